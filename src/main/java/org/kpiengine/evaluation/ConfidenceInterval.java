package org.kpiengine.evaluation;

/**
 * A 95% confidence interval around a KPI value, on the KPI's own scale, with the standard error that
 * significance tests between periods use.
 */
public record ConfidenceInterval(double low, double high, double standardError) {

    /** Two-sided 95%: the normal quantile 0.975. */
    public static final double Z_95 = 1.959963984540054;

    public ConfidenceInterval {
        if (!(low <= high) || standardError < 0 || !Double.isFinite(standardError)) {
            throw new IllegalArgumentException("not an interval: " + low + " .. " + high + " (se " + standardError + ")");
        }
    }

    /**
     * Whether the change from {@code before} to {@code after} is larger than sampling noise explains:
     * the difference exceeds 1.96 standard errors of the difference (a two-sided z-test at 5%).
     */
    public static boolean significantChange(double before, ConfidenceInterval beforeInterval, double after,
                                            ConfidenceInterval afterInterval) {
        double standardError = Math.hypot(beforeInterval.standardError(), afterInterval.standardError());
        return standardError > 0 && Math.abs(after - before) > Z_95 * standardError;
    }
}
