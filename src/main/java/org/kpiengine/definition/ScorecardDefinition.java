package org.kpiengine.definition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kpiengine.definition.yaml.Located;
import org.kpiengine.error.SourceLocation;

/**
 * Which KPIs a scorecard shows and how grouped, over which periods, split by which dimension, through which
 * template, and how long its archived runs must be kept. {@code language} is the BCP 47 tag of the language its
 * texts are written in, such as {@code en} or {@code de-CH}.
 */
public record ScorecardDefinition(
        String id,
        String title,
        String organisation,
        List<ScorecardSection> sections,
        PeriodCalendar calendar,
        int trailingPeriods,
        List<String> segmentBy,
        String template,
        String language,
        List<SignOffRole> signOff,
        Optional<RetentionPeriod> retention,
        SourceLocation location) {

    public ScorecardDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(language, "language");
        sections = List.copyOf(sections);
        segmentBy = List.copyOf(segmentBy);
        signOff = List.copyOf(signOff);
        Objects.requireNonNull(retention, "retention");
        if (trailingPeriods < 1) {
            throw new IllegalArgumentException("scorecard " + id + ": needs at least one period");
        }
    }

    /** Every KPI reference, in the order the scorecard shows them. */
    public List<Located<String>> kpiReferences() {
        return sections.stream().flatMap(section -> section.kpiReferences().stream()).toList();
    }

    /** The ids of the scorecard's KPIs, in the order it shows them. */
    public List<String> kpis() {
        return kpiReferences().stream().map(Located::value).toList();
    }

    public PeriodGrain grain() {
        return calendar.grain();
    }

    /** The dimensions the scorecard breaks its KPIs down by, each on its own, in the order given. */
    public List<String> segmentBy() {
        return segmentBy;
    }

    /** The dimensions written for a reader, such as "team" or "team and channel". */
    public String segmentByText() {
        return segmentBy.isEmpty() ? "none" : String.join(" and ", segmentBy);
    }
}
