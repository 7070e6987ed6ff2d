package org.kpiengine.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which scorecard to evaluate and as of which day. */
final class ScorecardOptions {

    @Option(names = {"-s", "--scorecard"}, paramLabel = "ID",
            description = "The scorecard to evaluate; may be left out when there is only one.")
    String scorecard;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The last day the scorecard covers, as YYYY-MM-DD (default: the day of the latest record).")
    LocalDate asOf;

    Optional<String> scorecardId() {
        return Optional.ofNullable(scorecard);
    }

    Optional<LocalDate> asOfDay() {
        return Optional.ofNullable(asOf);
    }
}
