package org.kpiengine.definition;

import java.time.LocalDate;
import java.util.List;
import org.kpiengine.error.SourceLocation;

/** The bands in force from one day to another (both inclusive; a missing day is open). */
public record BandSet(EffectiveDates dates, List<Band> bands, SourceLocation location) {

    public BandSet {
        bands = List.copyOf(bands);
    }

    public boolean inForceOn(LocalDate day) {
        return dates.contains(day);
    }
}
