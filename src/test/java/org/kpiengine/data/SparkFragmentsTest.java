package org.kpiengine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Fragments written for DuckDB, as Spark is given them. */
class SparkFragmentsTest {

    @Test
    void secondsSinceEpochBecomeMicrosecondsAsADouble() {
        assertEquals("((CAST(unix_micros(CAST(first_response_at AS TIMESTAMP)) AS DOUBLE) / 1000000.0D)"
                        + " - (CAST(unix_micros(CAST(received_at AS TIMESTAMP)) AS DOUBLE) / 1000000.0D)) / 3600.0",
                SparkFragments.translate("(extract(epoch from first_response_at) - EXTRACT( EPOCH FROM received_at)) / 3600.0"));
    }

    @Test
    void anExpressionInsideExtractIsTranslatedToo() {
        assertEquals("(CAST(unix_micros(CAST(coalesce(`closed at`, resolved_at) AS TIMESTAMP)) AS DOUBLE) / 1000000.0D)",
                SparkFragments.translate("extract(epoch from coalesce(\"closed at\", resolved_at))"));
    }

    @Test
    void doubleQuotedNamesBecomeBackticksAndTextKeepsItsValue() {
        assertEquals("`team name` = 'O\\'Brien\\\\s' AND note <> 'extract(epoch from x)'",
                SparkFragments.translate("\"team name\" = 'O''Brien\\s' AND note <> 'extract(epoch from x)'"));
    }

    @Test
    void wordsThatOnlyContainExtractAreLeftAlone() {
        assertEquals("my_extract(epoch_seconds)", SparkFragments.translate("my_extract(epoch_seconds)"));
    }
}
