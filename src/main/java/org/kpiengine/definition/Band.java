package org.kpiengine.definition;

import java.util.Objects;
import org.kpiengine.error.SourceLocation;

/**
 * One interpretation band: values from {@code lower} (inclusive) up to {@code upper} (exclusive).
 * A missing bound is open. Bands are listed best first; {@code rank} 0 is the best.
 */
public record Band(String label, Double lower, Double upper, String colour, int rank, SourceLocation location) {

    public Band {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(colour, "colour");
        if (lower != null && upper != null && lower >= upper) {
            throw new IllegalArgumentException("band " + label + ": lower bound must be below upper bound");
        }
    }

    public boolean contains(double value) {
        return (lower == null || value >= lower) && (upper == null || value < upper);
    }

    /** The band's range as a reader would write it, such as {@code 70 to < 85}. */
    public String rangeText() {
        if (lower == null && upper == null) {
            return "any value";
        }
        if (lower == null) {
            return "< " + plain(upper);
        }
        if (upper == null) {
            return ">= " + plain(lower);
        }
        return plain(lower) + " to < " + plain(upper);
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
