package org.kpiengine.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.ProblemCollector;
import org.kpiengine.error.SourceLocation;

/** Reads what makes a KPI's values good or bad: direction, targets, target range, bands, benchmarks. */
final class JudgementReader {

    private static final Set<String> TARGET_KEYS = Set.of("value", "from", "until", "segment");
    private static final Set<String> BAND_SET_KEYS = Set.of("from", "until", "bands");
    private static final Set<String> BAND_KEYS = Set.of("label", "min", "max", "min_inclusive", "max_inclusive",
            "colour", "meaning");
    private static final String DEFAULT_COLOUR = "#9E9E9E";

    private final String what;
    private final ProblemCollector problems;

    JudgementReader(String what, ProblemCollector problems) {
        this.what = what;
        this.problems = problems;
    }

    KpiJudgement read(YamlMap yaml) {
        Direction direction = yaml.requiredEnum("direction", Direction.class, what, problems);
        List<Target> targets = readTargets(yaml);
        ValueRange targetRange = yaml.optionalMap("target_range", what, problems)
                .map(map -> Ranges.read(map, what + " target_range", problems)).orElse(null);
        if (direction == Direction.TARGET_RANGE && targetRange == null && !yaml.has("target_range")) {
            problems.error(yaml.locationOf("direction"), what + ": direction 'target_range' needs a 'target_range' "
                    + "with 'min' and 'max'");
        }
        if (direction != null && direction != Direction.TARGET_RANGE && yaml.has("target_range")) {
            problems.error(yaml.locationOf("target_range"), what + ": 'target_range' only applies with direction "
                    + "'target_range'");
        }
        BandOn bandOn = yaml.optionalEnum("band_on", BandOn.class, what, problems).orElse(BandOn.EXACT_VALUE);
        List<BandSet> bandSets = readBandSets(yaml);
        List<Benchmark> benchmarks = KpiReader.readBenchmarks(yaml, what, problems);
        if (direction == null) {
            return null;
        }
        return new KpiJudgement(direction, targets, targetRange, bandOn, bandSets, benchmarks);
    }

    private List<Target> readTargets(YamlMap yaml) {
        if (yaml.has("target") && yaml.has("targets")) {
            problems.error(yaml.locationOf("targets"), what + ": give either 'target' or 'targets', not both");
            return List.of();
        }
        if (yaml.has("target")) {
            return yaml.optionalNumber("target", what, problems)
                    .map(value -> List.of(new Target(value, EffectiveDates.ALWAYS, null, yaml.valueLocationOf("target"))))
                    .orElse(List.of());
        }
        List<Target> targets = new ArrayList<>();
        for (YamlMap entry : yaml.mapList("targets", what, problems)) {
            entry.rejectUnknownKeys(TARGET_KEYS, what + " target", problems);
            Double value = entry.optionalNumber("value", what, problems).orElse(null);
            if (value == null && !entry.has("value")) {
                problems.error(entry.location(), what + " target: the required key 'value' is missing");
            }
            EffectiveDates dates = readDates(entry);
            String segment = entry.optionalString("segment", what, problems).orElse(null);
            if (value != null && dates != null) {
                targets.add(new Target(value, dates, segment, entry.location()));
            }
        }
        return targets;
    }

    private List<BandSet> readBandSets(YamlMap yaml) {
        if (yaml.has("bands") && yaml.has("band_sets")) {
            problems.error(yaml.locationOf("band_sets"), what + ": give either 'bands' or 'band_sets', not both");
            return List.of();
        }
        if (yaml.has("bands")) {
            List<Band> bands = readBands(yaml);
            return bands.isEmpty() ? List.of() : List.of(new BandSet(EffectiveDates.ALWAYS, bands, yaml.locationOf("bands")));
        }
        List<BandSet> sets = new ArrayList<>();
        for (YamlMap entry : yaml.mapList("band_sets", what, problems)) {
            entry.rejectUnknownKeys(BAND_SET_KEYS, what + " band set", problems);
            EffectiveDates dates = readDates(entry);
            if (!entry.has("bands")) {
                problems.error(entry.location(), what + " band set: the required key 'bands' is missing");
            }
            List<Band> bands = readBands(entry);
            if (dates != null && !bands.isEmpty()) {
                sets.add(new BandSet(dates, bands, entry.location()));
            }
        }
        return sets;
    }

    private EffectiveDates readDates(YamlMap entry) {
        var from = entry.optionalDate("from", what, problems).orElse(null);
        var until = entry.optionalDate("until", what, problems).orElse(null);
        if (from != null && until != null && until.isBefore(from)) {
            problems.error(entry.locationOf("until"), what + ": 'until' " + until + " is before 'from' " + from);
            return null;
        }
        return new EffectiveDates(from, until);
    }

    private List<Band> readBands(YamlMap yaml) {
        List<Band> bands = new ArrayList<>();
        for (YamlMap entry : yaml.mapList("bands", what, problems)) {
            Band band = readBand(entry, bands.size());
            if (band != null) {
                bands.add(band);
            }
        }
        return bands;
    }

    private Band readBand(YamlMap entry, int rank) {
        String band = what + " band";
        entry.rejectUnknownKeys(BAND_KEYS, band, problems);
        String label = entry.requiredString("label", band, problems);
        Double lower = entry.optionalNumber("min", band, problems).orElse(null);
        Double upper = entry.optionalNumber("max", band, problems).orElse(null);
        boolean lowerInclusive = entry.optionalBoolean("min_inclusive", band, problems).orElse(true);
        boolean upperInclusive = entry.optionalBoolean("max_inclusive", band, problems).orElse(false);
        String colour = entry.optionalString("colour", band, problems).orElse(DEFAULT_COLOUR);
        String meaning = entry.optionalString("meaning", band, problems).orElse("");
        if (!colour.matches("#[0-9A-Fa-f]{6}")) {
            problems.error(entry.valueLocationOf("colour"), band + ": colour '" + colour
                    + "' must be written as #RRGGBB, for example #009E73");
            return null;
        }
        if (lower != null && upper != null && (lower > upper || (lower.equals(upper) && !(lowerInclusive && upperInclusive)))) {
            problems.error(entry.location(), band + " '" + label + "': 'min' " + Band.plain(lower)
                    + " must be below 'max' " + Band.plain(upper));
            return null;
        }
        if (label == null) {
            return null;
        }
        SourceLocation location = entry.location();
        return new Band(label, lower, lowerInclusive, upper, upperInclusive,
                colour.toUpperCase(java.util.Locale.ROOT), meaning, rank, location);
    }
}
