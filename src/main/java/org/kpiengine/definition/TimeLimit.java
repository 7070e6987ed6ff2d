package org.kpiengine.definition;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit as definitions write it: a whole number of seconds, minutes or hours, such as
 * {@code 90s}, {@code 15min}, {@code 15 minutes} or {@code 2h}.
 */
public final class TimeLimit {

    public static final Duration LONGEST = Duration.ofHours(24);
    private static final Pattern TEXT = Pattern.compile("(\\d{1,6})\\s*(s|secs?|seconds?|min|mins|minutes?|h|hours?)");

    private TimeLimit() {
    }

    /** The duration the text names, or empty when it is not one between a second and {@link #LONGEST}. */
    public static Optional<Duration> parse(String text) {
        Matcher matcher = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2);
        Duration duration = unit.startsWith("s") ? Duration.ofSeconds(amount)
                : unit.startsWith("m") ? Duration.ofMinutes(amount) : Duration.ofHours(amount);
        return duration.isZero() || duration.compareTo(LONGEST) > 0 ? Optional.empty() : Optional.of(duration);
    }

    /** The duration as a person reads it: {@code 15 minutes}, {@code 90 seconds}. */
    public static String describe(Duration duration) {
        if (duration.toSecondsPart() != 0 || duration.isZero()) {
            return plural(duration.toSeconds(), "second");
        }
        if (duration.toMinutesPart() != 0) {
            return plural(duration.toMinutes(), "minute");
        }
        return plural(duration.toHours(), "hour");
    }

    private static String plural(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }
}
