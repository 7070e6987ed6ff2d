package org.kpiengine.data;

import java.util.Map;
import java.util.Optional;

/**
 * Where JDBC URLs and credentials named by {@code url_env}, {@code user_env} and {@code password_env}
 * are looked up: the process environment, or a map given by the Java API (tests, or an application
 * that keeps its secrets elsewhere). Values found here are never written into a message.
 */
@FunctionalInterface
public interface EnvironmentVariables {

    Optional<String> value(String name);

    static EnvironmentVariables system() {
        return name -> Optional.ofNullable(System.getenv(name));
    }

    static EnvironmentVariables of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return name -> Optional.ofNullable(copy.get(name));
    }
}
