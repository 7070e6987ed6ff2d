package org.kpiengine.sample;

import java.time.LocalDate;

/** How values are spelled in every file: locale-independent, empty for what did not happen. */
final class CsvValues {

    private CsvValues() {
    }

    /** {@code yyyy-MM-dd HH:mm:ss}, or empty when the step has not happened. */
    static String timestamp(long value) {
        return SimulatedComplaint.happened(value) ? LocalTimestamps.format(value) : "";
    }

    /** {@code yyyy-MM-dd}. */
    static String date(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    /** Two decimals with a dot. */
    static String money(long cents) {
        long remainder = cents % 100;
        return (cents / 100) + (remainder < 10 ? ".0" : ".") + remainder;
    }

    /** One decimal with a dot. */
    static String tenths(int tenths) {
        return (tenths / 10) + "." + (tenths % 10);
    }
}
