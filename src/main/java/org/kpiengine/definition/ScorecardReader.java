package org.kpiengine.definition;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kpiengine.definition.yaml.Located;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.ProblemCollector;

/** Reads one scorecard file. */
final class ScorecardReader {

    private static final Set<String> KEYS = Set.of("id", "title", "organisation", "kpis", "sections", "period",
            "segment_by", "template", "language", "sign_off", "retention");
    private static final Set<String> PERIOD_KEYS = Set.of("grain", "trailing", "fiscal_year_start");
    private static final Set<String> SECTION_KEYS = Set.of("title", "kpis");
    private static final Set<String> SIGN_OFF_KEYS = Set.of("role", "meaning");
    static final String DEFAULT_TEMPLATE = "scorecard.jrxml";
    static final String DEFAULT_LANGUAGE = "en";
    /** A BCP 47 language tag: a language, then optional script, region or variant subtags. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");
    private static final int MOST_PERIODS = 120;

    ScorecardDefinition read(YamlMap yaml, ProblemCollector problems) {
        String id = Ids.read(yaml, "scorecard", problems);
        String what = "scorecard '" + (id == null ? "?" : id) + "'";
        yaml.rejectUnknownKeys(KEYS, what, problems);
        String title = yaml.requiredString("title", what, problems);
        String organisation = yaml.optionalString("organisation", what, problems).orElse("");
        List<ScorecardSection> sections = readSections(yaml, what, problems);
        List<String> segmentBy = readSegmentBy(yaml, what, problems);
        String template = yaml.optionalString("template", what, problems).orElse(DEFAULT_TEMPLATE);
        String language = readLanguage(yaml, what, problems);
        List<SignOffRole> signOff = readSignOff(yaml, what, problems);
        Optional<RetentionPeriod> retention = readRetention(yaml, what, problems);
        PeriodGrain grain = null;
        Month fiscalYearStart = Month.JANUARY;
        int trailing = 0;
        yaml.requireKey("period", what, problems);
        YamlMap period = yaml.optionalMap("period", what, problems).orElse(null);
        if (period != null) {
            period.rejectUnknownKeys(PERIOD_KEYS, what + " period", problems);
            grain = period.requiredEnum("grain", PeriodGrain.class, what, problems);
            fiscalYearStart = period.optionalEnum("fiscal_year_start", Month.class, what, problems).orElse(Month.JANUARY);
            trailing = period.optionalWholeNumber("trailing", what, problems).orElse(12);
            if (trailing < 1 || trailing > MOST_PERIODS) {
                problems.error(period.valueLocationOf("trailing"), what + ": 'trailing' must be between 1 and "
                        + MOST_PERIODS + " periods");
            }
        }
        if (id == null || title == null || sections.isEmpty() || grain == null || trailing < 1 || trailing > MOST_PERIODS) {
            return null;
        }
        return new ScorecardDefinition(id, title, organisation, sections, new PeriodCalendar(grain, fiscalYearStart),
                trailing, segmentBy, template, language, signOff, retention, yaml.location());
    }

    private static List<ScorecardSection> readSections(YamlMap yaml, String what, ProblemCollector problems) {
        if (yaml.has("kpis") && yaml.has("sections")) {
            problems.error(yaml.locationOf("sections"), what + ": give either 'kpis' or 'sections', not both");
            return List.of();
        }
        List<ScorecardSection> sections = new ArrayList<>();
        if (yaml.has("sections")) {
            for (YamlMap entry : yaml.mapList("sections", what, problems)) {
                entry.rejectUnknownKeys(SECTION_KEYS, what + " section", problems);
                String title = entry.requiredString("title", what + " section", problems);
                List<Located<String>> kpis = entry.stringList("kpis", what, problems);
                if (kpis.isEmpty()) {
                    problems.error(entry.location(), what + ": section '" + title + "' must list at least one KPI id");
                } else if (title != null) {
                    sections.add(new ScorecardSection(title, kpis));
                }
            }
        } else if (yaml.has("kpis")) {
            List<Located<String>> kpis = yaml.stringList("kpis", what, problems);
            if (kpis.isEmpty()) {
                problems.error(yaml.locationOf("kpis"), what + ": 'kpis' must list at least one KPI id");
            } else {
                sections.add(new ScorecardSection("", kpis));
            }
        } else {
            problems.error(yaml.location(), what + ": list its KPIs under 'kpis' or 'sections'");
        }
        return sections;
    }

    /** One dimension as a single value, or several as a list; each is broken down on its own. */
    private static List<String> readSegmentBy(YamlMap yaml, String what, ProblemCollector problems) {
        if (!yaml.has("segment_by")) {
            return List.of();
        }
        if (yaml.holdsList("segment_by")) {
            List<Located<String>> dimensions = yaml.stringList("segment_by", what, problems);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Located<String> dimension : dimensions) {
                if (!seen.add(dimension.value())) {
                    problems.error(dimension.location(), what + ": segment_by names '" + dimension.value() + "' twice");
                }
            }
            return dimensions.stream().map(Located::value).distinct().toList();
        }
        return yaml.optionalString("segment_by", what, problems).map(List::of).orElse(List.of());
    }

    private static String readLanguage(YamlMap yaml, String what, ProblemCollector problems) {
        String language = yaml.optionalString("language", what, problems).orElse(DEFAULT_LANGUAGE).strip();
        if (!LANGUAGE_TAG.matcher(language).matches()) {
            problems.error(yaml.valueLocationOf("language"), what + ": 'language' must be a language tag such as en, "
                    + "de or fr-CH, not '" + language + "'");
            return DEFAULT_LANGUAGE;
        }
        return language;
    }

    /** Empty when the scorecard declares none, or when what it declares is not a period (which is reported). */
    private static Optional<RetentionPeriod> readRetention(YamlMap yaml, String what, ProblemCollector problems) {
        Optional<String> text = yaml.optionalString("retention", what, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<RetentionPeriod> retention = RetentionPeriod.parse(text.get());
        if (retention.isEmpty()) {
            problems.error(yaml.valueLocationOf("retention"), what + ": 'retention' must be a number of years, months "
                    + "or days up to " + RetentionPeriod.MOST_YEARS + " years, such as '10 years' or '18 months'; '"
                    + text.get() + "' is not");
        }
        return retention;
    }

    private static List<SignOffRole> readSignOff(YamlMap yaml, String what, ProblemCollector problems) {
        List<SignOffRole> roles = new ArrayList<>();
        for (YamlMap entry : yaml.mapList("sign_off", what, problems)) {
            entry.rejectUnknownKeys(SIGN_OFF_KEYS, what + " sign-off", problems);
            String role = entry.requiredString("role", what + " sign-off", problems);
            String meaning = entry.optionalString("meaning", what, problems).orElse("");
            if (role != null) {
                roles.add(new SignOffRole(role, meaning));
            }
        }
        return roles;
    }
}
