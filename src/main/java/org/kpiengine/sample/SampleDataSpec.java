package org.kpiengine.sample;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What sample data to generate: how many complaints, received over which days, from which seed.
 * The same spec always yields byte-identical files.
 */
public record SampleDataSpec(long seed, int complaints, LocalDate firstDay, LocalDate lastDay) {

    public SampleDataSpec {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (complaints <= 0) {
            throw new IllegalArgumentException("complaints must be positive, was " + complaints);
        }
        if (firstDay.isAfter(lastDay)) {
            throw new IllegalArgumentException("firstDay " + firstDay + " is after lastDay " + lastDay);
        }
    }
}
