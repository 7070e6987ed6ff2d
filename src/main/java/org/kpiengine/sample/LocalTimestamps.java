package org.kpiengine.sample;

import java.time.LocalDate;

/**
 * Wall-clock local times held as seconds since 1970-01-01 00:00 of the same local clock (no zone,
 * no daylight-saving gaps), which makes arithmetic trivial. Formatting is hand-rolled because
 * DateTimeFormatter dominates the run time at millions of rows.
 */
final class LocalTimestamps {

    static final long SECONDS_PER_HOUR = 3600;
    static final long SECONDS_PER_DAY = 86_400;

    private LocalTimestamps() {
    }

    static long startOf(LocalDate day) {
        return day.toEpochDay() * SECONDS_PER_DAY;
    }

    static int hourOfDay(long timestamp) {
        return (int) (Math.floorMod(timestamp, SECONDS_PER_DAY) / SECONDS_PER_HOUR);
    }

    static boolean isSunday(long timestamp) {
        return dayOfWeekIndex(Math.floorDiv(timestamp, SECONDS_PER_DAY)) == 6;
    }

    /** 0 for Monday to 6 for Sunday; day 0 of the epoch was a Thursday. */
    static int dayOfWeekIndex(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L);
    }

    static long plusHours(long timestamp, double hours) {
        return timestamp + Math.round(hours * SECONDS_PER_HOUR);
    }

    static double hoursBetween(long from, long to) {
        return (to - from) / (double) SECONDS_PER_HOUR;
    }

    /** {@code yyyy-MM-dd HH:mm:ss}. */
    static String format(long timestamp) {
        long epochDay = Math.floorDiv(timestamp, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(timestamp, SECONDS_PER_DAY);
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        char[] text = new char[19];
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        writeDigits(text, 0, year, 4);
        text[4] = '-';
        writeDigits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        writeDigits(text, 8, date.getDayOfMonth(), 2);
        text[10] = ' ';
        writeDigits(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        writeDigits(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        writeDigits(text, 17, secondOfDay % 60, 2);
        return new String(text);
    }

    private static void writeDigits(char[] text, int offset, int value, int width) {
        for (int i = offset + width - 1; i >= offset; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
