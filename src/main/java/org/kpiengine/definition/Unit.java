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

    /** Default number of decimals shown. */
    public int decimals() {
        return decimals;
    }

    /** The values this unit can take at all, such as 0 to 100 for a percentage. */
    public ValueRange naturalRange() {
        return switch (this) {
            case PERCENT -> new ValueRange(0.0, 100.0);
            case POINTS, SCORE -> ValueRange.UNBOUNDED;
            case HOURS, MINUTES, DAYS, COUNT, CURRENCY, RATE -> new ValueRange(0.0, null);
        };
    }
}
