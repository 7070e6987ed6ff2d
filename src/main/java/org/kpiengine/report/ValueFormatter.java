package org.kpiengine.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.kpiengine.definition.Unit;

/** Writes numbers the way a reader expects them for their unit, independent of the machine's locale. */
public final class ValueFormatter {

    private ValueFormatter() {
    }

    /** The number rounded half-up to the unit's decimals, without the unit. */
    public static String number(Unit unit, double value) {
        return rounded(unit, value).toPlainString();
    }

    private static BigDecimal rounded(Unit unit, double value) {
        BigDecimal result = BigDecimal.valueOf(value).setScale(unit.decimals(), RoundingMode.HALF_UP);
        return result.signum() == 0 ? result.abs() : result;
    }

    /** The number with its unit, such as {@code 87.3 %} or {@code 18.2 h}; a dash when there is none. */
    public static String value(Unit unit, Double value) {
        if (value == null) {
            return "–";
        }
        return withSymbol(unit, number(unit, value));
    }

    /** A signed difference; percentages change by percentage points. */
    public static String change(Unit unit, Double change) {
        if (change == null) {
            return "–";
        }
        BigDecimal rounded = rounded(unit, change);
        String signed = rounded.signum() > 0 ? "+" + rounded.toPlainString() : rounded.toPlainString();
        return unit == Unit.PERCENT ? signed + " pp" : withSymbol(unit, signed);
    }

    private static String withSymbol(Unit unit, String number) {
        return unit.symbol().isEmpty() ? number : number + " " + unit.symbol();
    }
}
