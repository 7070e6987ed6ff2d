package org.kpiengine.rules;

import java.util.Locale;
import org.kpiengine.definition.Band;
import org.kpiengine.definition.KpiDefinition;

/** Writes the Drools rules that place each result of a KPI in one of the bands its YAML defines. */
final class BandRuleGenerator {

    private BandRuleGenerator() {
    }

    static String generate(KpiDefinition kpi) {
        StringBuilder drl = new StringBuilder()
                .append("package org.kpiengine.rules.bands;\n\n")
                .append("import org.kpiengine.rules.model.KpiResult;\n")
                .append("import org.kpiengine.rules.model.BandVerdict;\n\n");
        int worstRank = kpi.bands().size() - 1;
        for (Band band : kpi.bands()) {
            drl.append("rule \"").append(ruleName(kpi, band)).append("\"\n")
                    .append("when\n")
                    .append("    $r : KpiResult( kpiId == ").append(quote(kpi.id())).append(", value != null")
                    .append(bound(">=", band.lower())).append(bound("<", band.upper())).append(" )\n")
                    .append("then\n")
                    .append("    insert(new BandVerdict($r.kpiId(), $r.period(), $r.periodIndex(), $r.segment(), ")
                    .append(quote(band.label())).append(", ").append(quote(band.colour())).append(", ")
                    .append(band.rank()).append(", ").append(band.rank() == worstRank).append("));\n")
                    .append("end\n\n");
        }
        return drl.toString();
    }

    static String ruleName(KpiDefinition kpi, Band band) {
        return "band " + kpi.id() + ": " + band.label() + " (" + band.rangeText() + ")";
    }

    private static String bound(String operator, Double limit) {
        return limit == null ? "" : ", value " + operator + " " + String.format(Locale.ROOT, "%s", limit);
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
