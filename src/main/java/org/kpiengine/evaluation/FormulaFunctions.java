package org.kpiengine.evaluation;

/** The implementations of the functions a formula may call. Nothing else is reachable from a formula. */
public final class FormulaFunctions {

    private FormulaFunctions() {
    }

    public static double abs(double x) {
        return Math.abs(x);
    }

    public static double min(double a, double b) {
        return Math.min(a, b);
    }

    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    public static double round(double x) {
        return Math.rint(x);
    }

    public static double floor(double x) {
        return Math.floor(x);
    }

    public static double ceil(double x) {
        return Math.ceil(x);
    }

    public static double sqrt(double x) {
        return Math.sqrt(x);
    }

    public static double pow(double base, double exponent) {
        return Math.pow(base, exponent);
    }
}
