package org.kpiengine.definition;

/** Whether a rising value is good news. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    TARGET_RANGE,
    NEITHER;

    /** +1 when a rise is good, -1 when a fall is good, 0 when that depends (a target range) or neither is. */
    public int sign() {
        return switch (this) {
            case HIGHER_IS_BETTER -> 1;
            case LOWER_IS_BETTER -> -1;
            case TARGET_RANGE, NEITHER -> 0;
        };
    }
}
