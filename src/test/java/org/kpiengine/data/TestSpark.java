package org.kpiengine.data;

/**
 * The Spark every test runs on: local mode on two cores. Spark's context is slow to start, so the first
 * test that opens a Spark dataset starts it and every later one in the JVM reuses it, each run in a
 * session of its own.
 */
final class TestSpark {

    static final String MASTER = "local[2]";

    private TestSpark() {
    }
}
