package org.kpiengine.definition;

/** What a KPI's number counts, and how it is written beside the number. */
public enum Unit {
    PERCENT("%", 1),
    POINTS("pts", 1),
    SCORE("", 1),
    HOURS("h", 1),
    MINUTES("min", 0),
    DAYS("d", 1),
    COUNT("", 0),
    CURRENCY("", 2),
    RATE("per hour", 2);

    private final String symbol;
    private final int decimals;

    Unit(String symbol, int decimals) {
        this.symbol = symbol;
        this.decimals = decimals;
    }

    public String symbol() {
        return symbol;
    }

    public int decimals() {
        return decimals;
    }
}
