package org.kpiengine.cli;

import java.util.Arrays;
import java.util.Locale;
import org.kpiengine.report.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format} in lower case, as the help and the README write it. */
final class ReportFormatConverter implements ITypeConverter<ReportFormat> {

    @Override
    public ReportFormat convert(String value) {
        try {
            return ReportFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a report format; use one of "
                    + String.join(", ", Arrays.stream(ReportFormat.values())
                    .map(format -> format.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }
}
