package org.kpiengine.definition;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The ISO 10002 clauses on operating (7) and maintaining and improving (8) complaints handling that a KPI can serve. */
public enum IsoClause {
    C7_1("7.1", "Communication"),
    C7_2("7.2", "Receipt of complaint"),
    C7_3("7.3", "Tracking of complaint"),
    C7_4("7.4", "Acknowledgement of complaint"),
    C7_5("7.5", "Initial assessment of complaint"),
    C7_6("7.6", "Investigation of complaints"),
    C7_7("7.7", "Response to complaint"),
    C7_8("7.8", "Communicating the decision"),
    C7_9("7.9", "Closing the complaint"),
    C8_1("8.1", "Collection of information"),
    C8_2("8.2", "Analysis and evaluation of complaints"),
    C8_3("8.3", "Satisfaction with the complaints-handling process"),
    C8_4("8.4", "Monitoring of the complaints-handling process"),
    C8_5("8.5", "Auditing of the complaints-handling process"),
    C8_6("8.6", "Management review of the complaints-handling process"),
    C8_7("8.7", "Continual improvement");

    private final String number;
    private final String title;

    IsoClause(String number, String title) {
        this.number = number;
        this.title = title;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public static Optional<IsoClause> numbered(String number) {
        return Arrays.stream(values()).filter(clause -> clause.number.equals(number)).findFirst();
    }

    public static List<String> numbers() {
        return Arrays.stream(values()).map(IsoClause::number).toList();
    }
}
