package org.kpiengine.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.kpiengine.definition.DisplayFormat;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.Unit;

/** Writes a KPI's numbers the way a reader expects them for its unit and format, independent of locale. */
public final class ValueFormatter {

    private final Unit unit;
    private final DisplayFormat format;

    public ValueFormatter(Unit unit, DisplayFormat format) {
        this.unit = unit;
        this.format = format;
    }

    public static ValueFormatter of(KpiDefinition kpi) {
        return new ValueFormatter(kpi.unit(), kpi.format());
    }

    /** The number rounded half-up to the KPI's decimals, without the unit. */
    public String number(double value) {
        return rounded(value).toPlainString();
    }

    /** The number with its unit, such as {@code 87.3 %}, {@code 18.2 h} or {@code 54.20 EUR}; a dash when there is none. */
    public String value(Double value) {
        return value == null ? "–" : withSymbol(number(value));
    }

    /** A signed difference; percentages change by percentage points. */
    public String change(Double change) {
        if (change == null) {
            return "–";
        }
        BigDecimal rounded = rounded(change);
        String signed = rounded.signum() > 0 ? "+" + rounded.toPlainString() : rounded.toPlainString();
        return unit == Unit.PERCENT ? signed + " pp" : withSymbol(signed);
    }

    /** The unit as written after a number. */
    public String symbol() {
        return unit == Unit.CURRENCY ? format.currency() : unit.symbol();
    }

    private BigDecimal rounded(double value) {
        BigDecimal result = BigDecimal.valueOf(value).setScale(format.decimals(), RoundingMode.HALF_UP);
        return result.signum() == 0 ? result.abs() : result;
    }

    private String withSymbol(String number) {
        String symbol = symbol();
        return symbol == null || symbol.isEmpty() ? number : number + " " + symbol;
    }

    /** Counts such as sample sizes: whole numbers. */
    public static String count(double value) {
        return new ValueFormatter(Unit.COUNT, new DisplayFormat(0, null)).number(value);
    }
}
