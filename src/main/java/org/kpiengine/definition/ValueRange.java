package org.kpiengine.definition;

/** A closed range of values; either end may be open (null). */
public record ValueRange(Double min, Double max) {

    public static final ValueRange UNBOUNDED = new ValueRange(null, null);

    public ValueRange {
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("range minimum above maximum: " + min + " > " + max);
        }
    }

    public boolean contains(double value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    public String text() {
        if (min == null && max == null) {
            return "any value";
        }
        if (min == null) {
            return "at most " + Band.plain(max);
        }
        return max == null ? "at least " + Band.plain(min) : Band.plain(min) + " to " + Band.plain(max);
    }
}
