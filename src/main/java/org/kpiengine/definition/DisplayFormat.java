package org.kpiengine.definition;

/** How a KPI's values are written: decimals, and for money the ISO 4217 currency code. */
public record DisplayFormat(int decimals, String currency) {

    public DisplayFormat {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be between 0 and 6");
        }
    }
}
