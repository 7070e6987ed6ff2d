package org.kpiengine.sample;

/** The product line complained about. */
enum Product {
    MOBILE("mobile", 0.30, 1.00),
    BROADBAND("broadband", 0.25, 1.10),
    TV("tv", 0.15, 0.95),
    ENERGY("energy", 0.18, 1.05),
    SMART_HOME("smart_home", 0.12, 1.25);

    private final String label;
    private final double share;
    private final double resolutionFactor;

    Product(String label, double share, double resolutionFactor) {
        this.label = label;
        this.share = share;
        this.resolutionFactor = resolutionFactor;
    }

    String label() {
        return label;
    }

    double share() {
        return share;
    }

    double resolutionFactor() {
        return resolutionFactor;
    }
}
