package org.kpiengine.rules;

import java.util.List;
import java.util.Locale;
import org.kpiengine.definition.Band;
import org.kpiengine.definition.KpiDefinition;

/**
 * Writes the Drools rules that place each result of a KPI in one of the bands its YAML defines, one
 * rule per band of each band set, matched on the band set in force for the result's period. Their
 * consequences are MVEL: a rule base holds a hundred band rules or more, and Java consequences would
 * have each compiled by ecj at every start (about 0.4 s of a fresh JVM's rule build).
 */
final class BandRuleGenerator {

    private BandRuleGenerator() {
    }

    static String generate(KpiDefinition kpi) {
        StringBuilder drl = new StringBuilder()
                .append("package org.kpiengine.rules.bands;\n\n")
                .append("import org.kpiengine.rules.model.KpiResult;\n")
                .append("import org.kpiengine.rules.model.BandVerdict;\n\n")
                .append("dialect \"mvel\"\n\n");
        List<org.kpiengine.definition.BandSet> sets = kpi.judgement().bandSets();
        for (int set = 0; set < sets.size(); set++) {
            List<Band> bands = sets.get(set).bands();
            int worstRank = bands.size() - 1;
            for (Band band : bands) {
                drl.append("rule \"").append(ruleName(kpi, band, sets.size() > 1 ? sets.get(set).dates().text() : null))
                        .append("\"\n")
                        .append("when\n")
                        .append("    $r : KpiResult( kpiId == ").append(quote(kpi.id())).append(", bandSet == ").append(set)
                        .append(", ratedValue != null")
                        .append(bound(band.lowerInclusive() ? ">=" : ">", band.lower()))
                        .append(bound(band.upperInclusive() ? "<=" : "<", band.upper())).append(" )\n")
                        .append("then\n")
                        .append("    insert(new BandVerdict($r.kpiId(), $r.period(), $r.periodIndex(), $r.segment(), ")
                        .append(quote(band.label())).append(", ").append(quote(band.colour())).append(", ")
                        .append(band.rank()).append(", ").append(band.rank() == worstRank).append("));\n")
                        .append("end\n\n");
            }
        }
        return drl.toString();
    }

    static String ruleName(KpiDefinition kpi, Band band, String dates) {
        return "band " + kpi.id() + ": " + band.label() + " (" + band.rangeText() + ")"
                + (dates == null ? "" : " " + dates);
    }

    private static String bound(String operator, Double limit) {
        return limit == null ? "" : ", ratedValue " + operator + " " + String.format(Locale.ROOT, "%s", limit);
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
