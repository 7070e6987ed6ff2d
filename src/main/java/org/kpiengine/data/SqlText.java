package org.kpiengine.data;

/** Quoting for the few names and literals the engine writes into SQL itself. */
final class SqlText {

    private SqlText() {
    }

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }
}
