package org.kpiengine.definition.formula;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kpiengine.definition.yaml.Located;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;

/**
 * Checks a formula token by token against a whitelist before any expression language sees it.
 * Whatever is not a number, an id, an allowed operator or an allowed function is refused, so a
 * formula has no way to name a Java class, call a method, assign, or loop.
 */
public final class FormulaParser {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern WINDOW_CALL = Pattern.compile("\\s*\\(\\s*([a-z][a-z0-9_]*)\\s*(?:,\\s*(\\d{1,3})\\s*)?\\)");
    private static final int MOST_WINDOW_PERIODS = 120;
    private static final List<String> OPERATORS = List.of(
            "<=", ">=", "==", "!=", "&&", "||", "+", "-", "*", "/", "%", "(", ")", ",", "?", ":", "<", ">", "!");
    /** Words the expression language gives a meaning of its own; none may stand as an id. */
    private static final Set<String> RESERVED = Set.of(
            "new", "if", "else", "while", "for", "foreach", "do", "until", "return", "def", "function", "import",
            "instanceof", "is", "contains", "soundslike", "strsim", "convertable_to", "with", "null", "nil",
            "empty", "this", "class", "isdef", "assert", "var", "true", "false", "in", "switch", "case", "try",
            "catch", "throw", "package", "static", "void");

    private FormulaParser() {
    }

    /**
     * @param start where the formula's first character is written, used to point at a faulty token
     */
    public static Formula parse(String text, SourceLocation start, String what) {
        List<Located<String>> references = new ArrayList<>();
        List<WindowReference> windows = new ArrayList<>();
        StringBuilder expression = new StringBuilder();
        int copiedUpTo = 0;
        Deque<Integer> openParentheses = new ArrayDeque<>();
        int position = 0;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (Character.isWhitespace(c)) {
                position++;
                continue;
            }
            Matcher number = NUMBER.matcher(text).region(position, text.length());
            if (Character.isDigit(c) && number.lookingAt()) {
                position = number.end();
                rejectMemberAccess(text, position, start, what);
                continue;
            }
            Matcher identifier = IDENTIFIER.matcher(text).region(position, text.length());
            if (identifier.lookingAt()) {
                String word = identifier.group();
                SourceLocation at = shift(start, position);
                int next = identifier.end();
                rejectMemberAccess(text, next, start, what);
                if (RESERVED.contains(word)) {
                    throw refuse(at, what, "'" + word + "' is a reserved word and cannot be used in a formula");
                }
                if (nextNonBlank(text, next) == '(' && WindowFunction.named(word).isPresent()) {
                    Matcher call = WINDOW_CALL.matcher(text).region(next, text.length());
                    if (!call.lookingAt()) {
                        throw refuse(at, what, windowUsage(WindowFunction.named(word).get()));
                    }
                    WindowReference window = window(WindowFunction.named(word).get(), call, at, "window_" + windows.size(), what);
                    windows.add(window);
                    expression.append(text, copiedUpTo, position).append(window.variable());
                    copiedUpTo = call.end();
                    position = call.end();
                    continue;
                }
                if (nextNonBlank(text, next) == '(') {
                    if (FormulaFunction.named(word).isEmpty()) {
                        throw refuse(at, what, "'" + word + "' is not a function a formula may call; the functions are "
                                + FormulaFunction.allNames() + ", and over other periods " + windowNames());
                    }
                } else {
                    references.add(new Located<>(word, at));
                }
                position = next;
                continue;
            }
            String operator = operatorAt(text, position);
            if (operator == null) {
                throw refuse(shift(start, position), what, describeForbidden(c));
            }
            if (operator.equals("(")) {
                openParentheses.push(position);
            } else if (operator.equals(")") && openParentheses.poll() == null) {
                throw refuse(shift(start, position), what, "this ')' closes no '('");
            }
            position += operator.length();
        }
        if (text.isBlank()) {
            throw refuse(start, what, "the formula is empty");
        }
        if (!openParentheses.isEmpty()) {
            throw refuse(shift(start, openParentheses.peek()), what, "this '(' is never closed");
        }
        expression.append(text, copiedUpTo, text.length());
        return new Formula(text, expression.toString(), start, references, windows);
    }

    private static WindowReference window(WindowFunction function, Matcher call, SourceLocation at, String variable,
                                          String what) {
        String periods = call.group(2);
        if (function.takesPeriods() != (periods != null)) {
            throw refuse(at, what, windowUsage(function));
        }
        int count = periods == null ? 1 : Integer.parseInt(periods);
        if (count < 2 || count > MOST_WINDOW_PERIODS) {
            if (function.takesPeriods()) {
                throw refuse(at, what, function.formulaName() + " spans 2 to " + MOST_WINDOW_PERIODS + " periods, not " + count);
            }
        }
        return new WindowReference(function, call.group(1), count, variable, at);
    }

    private static String windowUsage(WindowFunction function) {
        return function.formulaName() + " takes " + (function.takesPeriods()
                ? "an id and a number of periods, as in " + function.formulaName() + "(complaints_received, 3)"
                : "one id, as in " + function.formulaName() + "(complaints_received)");
    }

    private static String windowNames() {
        return String.join(", ", java.util.Arrays.stream(WindowFunction.values()).map(WindowFunction::formulaName).toList());
    }

    private static String operatorAt(String text, int position) {
        for (String operator : OPERATORS) {
            if (text.startsWith(operator, position)) {
                return operator;
            }
        }
        return null;
    }

    private static void rejectMemberAccess(String text, int position, SourceLocation start, String what) {
        if (position < text.length() && text.charAt(position) == '.') {
            throw refuse(shift(start, position), what,
                    "a formula cannot use '.': it may not call methods or read fields, only combine ids with operators");
        }
    }

    private static String describeForbidden(char c) {
        return switch (c) {
            case '=' -> "a formula cannot assign values; compare with '==' instead";
            case ';' -> "a formula is a single expression; ';' is not allowed";
            case '{', '}' -> "a formula cannot contain blocks in '{ }'";
            case '"', '\'' -> "a formula cannot contain text in quotes";
            case '.' -> "a formula cannot use '.': it may not call methods or read fields";
            case '[', ']' -> "a formula cannot index into lists with '[ ]'";
            default -> "the character '" + c + "' is not allowed in a formula";
        };
    }

    private static char nextNonBlank(String text, int position) {
        for (int i = position; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    private static SourceLocation shift(SourceLocation start, int offset) {
        if (start.line() == 0) {
            return start;
        }
        return new SourceLocation(start.file(), start.line(), start.column() + offset);
    }

    private static InvalidInputException refuse(SourceLocation at, String what, String message) {
        return new InvalidInputException(at, what + ": " + message);
    }
}
