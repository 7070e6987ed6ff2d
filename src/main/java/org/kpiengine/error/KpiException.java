package org.kpiengine.error;

/** Base of every failure the engine reports on purpose; anything else is a bug. */
public class KpiException extends RuntimeException {

    public KpiException(String message) {
        super(message);
    }

    public KpiException(String message, Throwable cause) {
        super(message, cause);
    }
}
