package org.kpiengine.definition;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What makes a KPI value good or bad: direction, targets, bands and benchmarks, with their dates. */
public record KpiJudgement(
        Direction direction,
        List<Target> targets,
        ValueRange targetRange,
        BandOn bandOn,
        List<BandSet> bandSets,
        List<Benchmark> benchmarks) {

    public KpiJudgement {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(bandOn, "bandOn");
        targets = List.copyOf(targets);
        bandSets = List.copyOf(bandSets);
        benchmarks = List.copyOf(benchmarks);
    }

    /** The target in force on a day for a segment: a segment's own target wins over the general one. */
    public Optional<Double> targetFor(LocalDate day, String segment) {
        Optional<Target> own = targets.stream()
                .filter(target -> target.segment() != null && target.appliesTo(day, segment)).findFirst();
        return own.or(() -> targets.stream().filter(target -> target.segment() == null && target.appliesTo(day, segment))
                .findFirst()).map(Target::value);
    }

    /** The position of the band set in force on a day, or empty when none is. */
    public Optional<Integer> bandSetIndexFor(LocalDate day) {
        for (int i = 0; i < bandSets.size(); i++) {
            if (bandSets.get(i).inForceOn(day)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public List<Band> bandsFor(LocalDate day) {
        return bandSetIndexFor(day).map(index -> bandSets.get(index).bands()).orElse(List.of());
    }
}
