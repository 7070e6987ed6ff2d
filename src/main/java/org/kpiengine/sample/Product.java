package org.kpiengine.sample;

/** A product line: complained about, subscribed to, bought for. */
enum Product {
    //                      share  resolveX  monthlyChurn  revenueMedian  purchaseMedian
    MOBILE("mobile",        0.30,  1.00,     0.013,        32.0,          55.0),
    BROADBAND("broadband",  0.25,  1.10,     0.009,        44.0,          40.0),
    TV("tv",                0.15,  0.95,     0.012,        29.0,          22.0),
    ENERGY("energy",        0.18,  1.05,     0.015,        96.0,          110.0),
    SMART_HOME("smart_home", 0.12, 1.25,     0.010,        18.0,          75.0);

    private final String label;
    private final double share;
    private final double resolutionFactor;
    private final double monthlyChurn;
    private final double monthlyRevenueMedian;
    private final double purchaseMedian;

    Product(String label, double share, double resolutionFactor, double monthlyChurn,
            double monthlyRevenueMedian, double purchaseMedian) {
        this.label = label;
        this.share = share;
        this.resolutionFactor = resolutionFactor;
        this.monthlyChurn = monthlyChurn;
        this.monthlyRevenueMedian = monthlyRevenueMedian;
        this.purchaseMedian = purchaseMedian;
    }

    String label() {
        return label;
    }

    /** Share of complaints, and of customers, on this product line. */
    double share() {
        return share;
    }

    double resolutionFactor() {
        return resolutionFactor;
    }

    /** Chance per month that a customer leaves for reasons unrelated to any complaint. */
    double monthlyChurn() {
        return monthlyChurn;
    }

    double monthlyRevenueMedian() {
        return monthlyRevenueMedian;
    }

    /** Median amount of a one-off purchase (device, add-on, upgrade) for this line. */
    double purchaseMedian() {
        return purchaseMedian;
    }
}
