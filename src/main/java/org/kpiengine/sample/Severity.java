package org.kpiengine.sample;

/** How serious the complaint is; fixes the SLA and most of the handling effort. */
enum Severity {
    //        label      share  slaHours  firstResponseX  resolveMedianH  escalationChance  handlingX
    LOW("low",           0.36,  240,      1.30,           50.0,           0.03,             0.8),
    MEDIUM("medium",     0.38,  120,      1.00,           34.0,           0.07,             1.0),
    HIGH("high",         0.19,  72,       0.60,           21.0,           0.16,             1.6),
    CRITICAL("critical", 0.07,  24,       0.25,           6.0,            0.32,             2.6);

    private final String label;
    private final double share;
    private final int slaHours;
    private final double firstResponseFactor;
    private final double resolutionMedianHours;
    private final double escalationChance;
    private final double handlingFactor;

    Severity(String label, double share, int slaHours, double firstResponseFactor, double resolutionMedianHours,
             double escalationChance, double handlingFactor) {
        this.label = label;
        this.share = share;
        this.slaHours = slaHours;
        this.firstResponseFactor = firstResponseFactor;
        this.resolutionMedianHours = resolutionMedianHours;
        this.escalationChance = escalationChance;
        this.handlingFactor = handlingFactor;
    }

    String label() {
        return label;
    }

    double share() {
        return share;
    }

    /** Time allowed from receipt to resolution. */
    int slaHours() {
        return slaHours;
    }

    long slaSeconds() {
        return slaHours * 3600L;
    }

    boolean isSevere() {
        return this == HIGH || this == CRITICAL;
    }

    double firstResponseFactor() {
        return firstResponseFactor;
    }

    /** Median time from first response to resolution, before any other factor. */
    double resolutionMedianHours() {
        return resolutionMedianHours;
    }

    double escalationChance() {
        return escalationChance;
    }

    double handlingFactor() {
        return handlingFactor;
    }
}
