package org.kpiengine.definition;

import java.time.LocalDate;
import org.kpiengine.error.SourceLocation;

/** A target value in force over some days, for all segments or (with {@code segment}) for one. */
public record Target(double value, EffectiveDates dates, String segment, SourceLocation location) {

    public boolean appliesTo(LocalDate day, String segmentValue) {
        return dates.contains(day) && (segment == null || segment.equals(segmentValue));
    }
}
