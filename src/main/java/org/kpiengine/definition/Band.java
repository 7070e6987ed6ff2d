package org.kpiengine.definition;

import java.util.Objects;
import org.kpiengine.error.SourceLocation;

/**
 * One interpretation band: the values between {@code lower} and {@code upper}, each edge inclusive or
 * exclusive as the definition says (by default the lower edge is inclusive, the upper exclusive). A
 * missing bound is open. Bands are listed best first; {@code rank} 0 is the best.
 */
public record Band(String label, Double lower, boolean lowerInclusive, Double upper, boolean upperInclusive,
                   String colour, String meaning, int rank, SourceLocation location) {

    public Band {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(colour, "colour");
        if (lower != null && upper != null && lower > upper) {
            throw new IllegalArgumentException("band " + label + ": lower bound above upper bound");
        }
    }

    public boolean contains(double value) {
        boolean aboveLower = lower == null || (lowerInclusive ? value >= lower : value > lower);
        boolean belowUpper = upper == null || (upperInclusive ? value <= upper : value < upper);
        return aboveLower && belowUpper;
    }

    /** The band's range as a reader would write it, such as {@code >= 70 and < 85}. */
    public String rangeText() {
        if (lower == null && upper == null) {
            return "any value";
        }
        String low = lower == null ? null : (lowerInclusive ? ">= " : "> ") + plain(lower);
        String high = upper == null ? null : (upperInclusive ? "<= " : "< ") + plain(upper);
        if (low == null) {
            return high;
        }
        return high == null ? low : low + " and " + high;
    }

    static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
