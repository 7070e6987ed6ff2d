package org.kpiengine.definition;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long an archived run of a scorecard must be kept: a whole number of years, months or days,
 * written {@code 10 years}, {@code 18 months} or {@code 90 days} (singular for one).
 */
public record RetentionPeriod(int amount, Unit unit) {

    /** The units a retention period is counted in. */
    public enum Unit {
        YEARS, MONTHS, DAYS;

        String word(int amount) {
            String plural = name().toLowerCase(Locale.ROOT);
            return amount == 1 ? plural.substring(0, plural.length() - 1) : plural;
        }
    }

    /** A century is the longest period the archive will promise to keep anything. */
    static final int MOST_YEARS = 100;
    private static final Pattern TEXT = Pattern.compile("([1-9][0-9]{0,5}) +(year|month|day)s?");

    public RetentionPeriod {
        java.util.Objects.requireNonNull(unit, "unit");
        if (amount < 1 || inDays(amount, unit) > MOST_YEARS * 366L) {
            throw new IllegalArgumentException("a retention period runs from one day to " + MOST_YEARS + " years");
        }
    }

    /** The period written as text, or empty when the text is not one (or is longer than a century). */
    public static Optional<RetentionPeriod> parse(String text) {
        Matcher matcher = TEXT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Unit unit = Unit.valueOf(matcher.group(2).toUpperCase(Locale.ROOT) + "S");
        try {
            return Optional.of(new RetentionPeriod(Integer.parseInt(matcher.group(1)), unit));
        } catch (IllegalArgumentException tooLong) {
            return Optional.empty();
        }
    }

    /** The last day a record made on {@code day} must still be kept. */
    public LocalDate retainUntil(LocalDate day) {
        return switch (unit) {
            case YEARS -> day.plusYears(amount);
            case MONTHS -> day.plusMonths(amount);
            case DAYS -> day.plusDays(amount);
        };
    }

    @Override
    public String toString() {
        return amount + " " + unit.word(amount);
    }

    private static long inDays(long amount, Unit unit) {
        return switch (unit) {
            case YEARS -> amount * 365;
            case MONTHS -> amount * 30;
            case DAYS -> amount;
        };
    }
}
