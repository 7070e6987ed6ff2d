package org.kpiengine.sample;

/** What the complaint is about; drives severity, resolution effort and compensation. */
enum Category {
    //                 label             share  severeX  resolveX  externalWait  compensationChance  compensationMedian
    BILLING("billing",                   0.26,  0.8,     0.85,     0.08,         0.45,               25.0),
    DELIVERY("delivery",                 0.20,  0.9,     0.95,     0.22,         0.30,               15.0),
    PRODUCT_DEFECT("product_defect",     0.17,  1.8,     1.35,     0.30,         0.55,               80.0),
    SERVICE("service",                   0.16,  1.0,     1.00,     0.08,         0.20,               20.0),
    ACCOUNT_ACCESS("account_access",     0.11,  1.4,     0.70,     0.03,         0.05,               10.0),
    OTHER("other",                       0.10,  0.7,     0.90,     0.05,         0.10,               10.0);

    private final String label;
    private final double share;
    private final double severeFactor;
    private final double resolutionFactor;
    private final double externalWaitChance;
    private final double compensationChance;
    private final double compensationMedian;

    Category(String label, double share, double severeFactor, double resolutionFactor,
             double externalWaitChance, double compensationChance, double compensationMedian) {
        this.label = label;
        this.share = share;
        this.severeFactor = severeFactor;
        this.resolutionFactor = resolutionFactor;
        this.externalWaitChance = externalWaitChance;
        this.compensationChance = compensationChance;
        this.compensationMedian = compensationMedian;
    }

    String label() {
        return label;
    }

    double share() {
        return share;
    }

    /** Multiplies how often a complaint of this category is high or critical. */
    double severeFactor() {
        return severeFactor;
    }

    double resolutionFactor() {
        return resolutionFactor;
    }

    /** How often resolution waits on someone outside the company: a carrier, a repair centre, a supplier. */
    double externalWaitChance() {
        return externalWaitChance;
    }

    double compensationChance() {
        return compensationChance;
    }

    /** Median refund or goodwill payment, in currency units, when one is paid. */
    double compensationMedian() {
        return compensationMedian;
    }
}
