package org.kpiengine.definition;

import java.util.List;
import java.util.Set;
import org.kpiengine.definition.yaml.Located;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.ProblemCollector;

/** Reads one scorecard file. */
final class ScorecardReader {

    private static final Set<String> KEYS = Set.of("id", "title", "organisation", "kpis", "period", "segment_by",
            "template");
    private static final Set<String> PERIOD_KEYS = Set.of("grain", "trailing");
    static final String DEFAULT_TEMPLATE = "scorecard.jrxml";

    ScorecardDefinition read(YamlMap yaml, ProblemCollector problems) {
        String id = Ids.read(yaml, "scorecard", problems);
        String what = "scorecard '" + (id == null ? "?" : id) + "'";
        yaml.rejectUnknownKeys(KEYS, what, problems);
        String title = yaml.requiredString("title", what, problems);
        String organisation = yaml.optionalString("organisation", what, problems).orElse("");
        List<Located<String>> kpis = yaml.stringList("kpis", what, problems);
        if (kpis.isEmpty()) {
            problems.error(yaml.locationOf("kpis"), what + ": 'kpis' must list at least one KPI id");
        }
        String segmentBy = yaml.optionalString("segment_by", what, problems).orElse(null);
        String template = yaml.optionalString("template", what, problems).orElse(DEFAULT_TEMPLATE);
        PeriodGrain grain = null;
        int trailing = 0;
        if (!yaml.has("period")) {
            problems.error(yaml.location(), what + ": the required key 'period' is missing");
        }
        YamlMap period = yaml.optionalMap("period", what, problems).orElse(null);
        if (period != null) {
            period.rejectUnknownKeys(PERIOD_KEYS, what + " period", problems);
            grain = period.requiredEnum("grain", PeriodGrain.class, what, problems);
            trailing = period.optionalWholeNumber("trailing", what, problems).orElse(12);
            if (trailing < 1 || trailing > 120) {
                problems.error(period.valueLocationOf("trailing"), what + ": 'trailing' must be between 1 and 120 periods");
            }
        }
        if (id == null || title == null || kpis.isEmpty() || grain == null || trailing < 1 || trailing > 120) {
            return null;
        }
        return new ScorecardDefinition(id, title, organisation, kpis, grain,
                trailing, segmentBy, template, yaml.location());
    }
}
