package org.kpiengine.definition;

import java.time.LocalDate;

/** A span of days, both ends inclusive; a null end is open. */
public record EffectiveDates(LocalDate from, LocalDate until) {

    public static final EffectiveDates ALWAYS = new EffectiveDates(null, null);

    public EffectiveDates {
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("effective dates end before they start: " + from + " .. " + until);
        }
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    public boolean overlaps(EffectiveDates other) {
        boolean startsBeforeOtherEnds = from == null || other.until == null || !from.isAfter(other.until);
        boolean otherStartsBeforeThisEnds = other.from == null || until == null || !other.from.isAfter(until);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    public String text() {
        if (from == null && until == null) {
            return "at all times";
        }
        if (from == null) {
            return "until " + until;
        }
        return until == null ? "from " + from : "from " + from + " until " + until;
    }
}
