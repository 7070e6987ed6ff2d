package org.kpiengine.sample;

import java.nio.file.Path;

/** The files a generator run wrote, with their data-row counts (header lines not counted). */
public record SampleDataFiles(Path complaints, long complaintRows, Path surveyResponses, long surveyResponseRows) {
}
