package org.kpiengine.definition;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.DidYouMean;
import org.kpiengine.error.ProblemCollector;

/** Reads the CSV options of a source; an option not given is left for the engine to detect. */
final class CsvOptionsReader {

    private CsvOptionsReader() {
    }

    static SourceOptions.Csv read(YamlMap source, String what, ProblemCollector problems) {
        long errorsBefore = problems.errorCount();
        Character delimiter = character(source, "delimiter", "',' or ';' (write a tab as \\t)", what, problems);
        Character quote = character(source, "quote", "'\"' or \"'\"", what, problems);
        Boolean header = source.optionalBoolean("header", what, problems).orElse(null);
        SourceOptions.Encoding encoding = encoding(source, what, problems);
        String dateFormat = pattern(source, "date_format", "%d/%m/%Y", what, problems);
        String timestampFormat = pattern(source, "timestamp_format", "%d/%m/%Y %H:%M", what, problems);
        List<String> nullValues = SourceReader.values(source.stringList("null_values", what, problems));
        if (delimiter != null && delimiter.equals(quote)) {
            problems.error(source.locationOf("quote"), what + ": 'delimiter' and 'quote' must be different characters");
        }
        if (problems.errorCount() > errorsBefore) {
            return null;
        }
        return new SourceOptions.Csv(delimiter, quote, header, encoding, dateFormat, timestampFormat, nullValues);
    }

    private static Character character(YamlMap source, String key, String examples, String what,
                                       ProblemCollector problems) {
        Optional<String> text = source.optionalString(key, what, problems);
        if (text.isEmpty()) {
            return null;
        }
        // values are read stripped of blanks, so a tab is written as the two characters \t
        String value = text.get().equals("\\t") ? "\t" : text.get();
        if (value.length() != 1 || value.charAt(0) == '\n' || value.charAt(0) == '\r') {
            problems.error(source.valueLocationOf(key), what + ": '" + key + "' must be one character, such as "
                    + examples + ", not '" + text.get() + "'");
            return null;
        }
        return value.charAt(0);
    }

    private static SourceOptions.Encoding encoding(YamlMap source, String what, ProblemCollector problems) {
        Optional<String> text = source.optionalString("encoding", what, problems);
        if (text.isEmpty()) {
            return null;
        }
        List<String> names = Arrays.stream(SourceOptions.Encoding.values()).map(SourceOptions.Encoding::spelling).toList();
        Optional<SourceOptions.Encoding> encoding = Arrays.stream(SourceOptions.Encoding.values())
                .filter(candidate -> candidate.spelling().equalsIgnoreCase(text.get())).findFirst();
        if (encoding.isEmpty()) {
            problems.error(source.valueLocationOf("encoding"), what + ": 'encoding' must be one of "
                    + String.join(", ", names) + ", not '" + text.get() + "'" + DidYouMean.hint(text.get(), names));
        }
        return encoding.orElse(null);
    }

    private static String pattern(YamlMap source, String key, String example, String what, ProblemCollector problems) {
        Optional<String> text = source.optionalString(key, what, problems);
        if (text.isPresent() && !text.get().contains("%")) {
            problems.error(source.valueLocationOf(key), what + ": '" + key + "' must be a strptime pattern such as '"
                    + example + "' (%d day, %m month, %Y year, %H hour, %M minute, %S second), not '" + text.get() + "'");
            return null;
        }
        return text.orElse(null);
    }
}
