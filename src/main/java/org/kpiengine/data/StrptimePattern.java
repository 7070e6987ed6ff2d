package org.kpiengine.data;

import java.util.Map;
import java.util.Optional;

/** A strptime pattern (as the definitions write dates) as the Java date pattern Spark's readers take. */
final class StrptimePattern {

    private static final Map<Character, String> CODES = Map.ofEntries(
            Map.entry('Y', "yyyy"), Map.entry('y', "yy"), Map.entry('m', "MM"), Map.entry('d', "dd"),
            Map.entry('H', "HH"), Map.entry('I', "hh"), Map.entry('M', "mm"), Map.entry('S', "ss"),
            Map.entry('f', "SSSSSS"), Map.entry('p', "a"), Map.entry('b', "MMM"), Map.entry('B', "MMMM"),
            Map.entry('j', "DDD"), Map.entry('z', "XX"));

    private StrptimePattern() {
    }

    /** The Java pattern, or empty when the pattern uses a code that has none. */
    static Optional<String> toJava(String strptime) {
        StringBuilder java = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < strptime.length(); i++) {
            char c = strptime.charAt(i);
            if (c != '%') {
                literal.append(c);
                continue;
            }
            if (i + 1 >= strptime.length()) {
                return Optional.empty();
            }
            char code = strptime.charAt(++i);
            if (code == '%') {
                literal.append('%');
                continue;
            }
            String mapped = CODES.get(code);
            if (mapped == null) {
                return Optional.empty();
            }
            flush(literal, java);
            java.append(mapped);
        }
        flush(literal, java);
        return Optional.of(java.toString());
    }

    /** Literal text, quoted where it holds letters or quotes that Java would read as pattern letters. */
    private static void flush(StringBuilder literal, StringBuilder java) {
        if (literal.isEmpty()) {
            return;
        }
        String text = literal.toString();
        boolean plain = text.chars().noneMatch(c -> Character.isLetter(c) || c == '\'' || c == '[' || c == ']'
                || c == '#' || c == '{' || c == '}');
        java.append(plain ? text : "'" + text.replace("'", "''") + "'");
        literal.setLength(0);
    }
}
