package org.kpiengine.sample;

/** Where a customer lives. */
enum Region {
    NORTH("north", 0.28),
    SOUTH("south", 0.27),
    EAST("east", 0.24),
    WEST("west", 0.21);

    private final String label;
    private final double share;

    Region(String label, double share) {
        this.label = label;
        this.share = share;
    }

    String label() {
        return label;
    }

    double share() {
        return share;
    }
}
