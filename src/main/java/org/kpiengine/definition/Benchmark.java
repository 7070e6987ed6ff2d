package org.kpiengine.definition;

import java.util.Objects;

/** An industry figure to hold the KPI against, and where it comes from. */
public record Benchmark(double value, String source, String industry) {

    public Benchmark {
        Objects.requireNonNull(source, "source");
    }
}
