package org.kpiengine.sample;

/** The handling team. Teams differ modestly; how {@code delta} changes over time lives in {@link TeamDrift}. */
enum Team {
    //      label      share  speedX  escalationX  reopenX  satisfactionShift
    ALPHA("alpha",     0.28,  0.92,   0.90,        0.90,     0.08),
    BRAVO("bravo",     0.26,  1.00,   1.00,        1.00,     0.00),
    CHARLIE("charlie", 0.24,  1.10,   1.08,        1.05,    -0.06),
    DELTA("delta",     0.22,  0.97,   0.95,        1.00,     0.04);

    private final String label;
    private final double share;
    private final double speedFactor;
    private final double escalationFactor;
    private final double reopenFactor;
    private final double satisfactionShift;

    Team(String label, double share, double speedFactor, double escalationFactor, double reopenFactor,
         double satisfactionShift) {
        this.label = label;
        this.share = share;
        this.speedFactor = speedFactor;
        this.escalationFactor = escalationFactor;
        this.reopenFactor = reopenFactor;
        this.satisfactionShift = satisfactionShift;
    }

    String label() {
        return label;
    }

    double share() {
        return share;
    }

    /** Multiplies every waiting time the team causes; below 1 is faster. */
    double speedFactor() {
        return speedFactor;
    }

    double escalationFactor() {
        return escalationFactor;
    }

    double reopenFactor() {
        return reopenFactor;
    }

    double satisfactionShift() {
        return satisfactionShift;
    }
}
