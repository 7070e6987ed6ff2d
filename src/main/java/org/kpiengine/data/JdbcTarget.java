package org.kpiengine.data;

import java.util.Optional;
import java.util.Properties;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.SourceOptions;
import org.kpiengine.error.ProblemCollector;

/**
 * The database a JDBC dataset reads, with its URL and credentials resolved from the environment.
 * Neither {@link #toString()} nor any message shows the password, nor the URL's parameters, which
 * may hold one.
 */
record JdbcTarget(String url, String user, String password) {

    static Optional<JdbcTarget> resolve(DatasetDefinition dataset, EnvironmentVariables environment,
                                        ProblemCollector problems) {
        SourceOptions.Jdbc jdbc = dataset.options().jdbc();
        String what = "dataset '" + dataset.id() + "'";
        long errorsBefore = problems.errorCount();
        String url = jdbc.url() != null ? jdbc.url() : lookUp(jdbc.urlEnv(), "url_env", dataset, environment, problems);
        if (url != null && !url.startsWith(SourceOptions.Jdbc.POSTGRESQL_PREFIX)) {
            problems.error(dataset.location(), what + ": the environment variable " + jdbc.urlEnv() + " (its url_env) "
                    + "must hold a PostgreSQL JDBC URL starting with " + SourceOptions.Jdbc.POSTGRESQL_PREFIX + "//");
        }
        String user = jdbc.userEnv() == null ? null : lookUp(jdbc.userEnv(), "user_env", dataset, environment, problems);
        String password = jdbc.passwordEnv() == null ? null
                : lookUp(jdbc.passwordEnv(), "password_env", dataset, environment, problems);
        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new JdbcTarget(url, user, password));
    }

    private static String lookUp(String variable, String key, DatasetDefinition dataset, EnvironmentVariables environment,
                                 ProblemCollector problems) {
        Optional<String> value = environment.value(variable).filter(text -> !text.isBlank());
        if (value.isEmpty()) {
            problems.error(dataset.location(), "dataset '" + dataset.id() + "': the environment variable " + variable
                    + " (its " + key + ") is not set");
        }
        return value.orElse(null);
    }

    /** The URL without its parameters, safe to show. */
    String safeUrl() {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    Properties properties() {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "kpi-engine");
        properties.setProperty("readOnly", "true");
        properties.setProperty("readOnlyMode", "always");
        return properties;
    }

    @Override
    public String toString() {
        return "JdbcTarget[" + safeUrl() + (user == null ? "" : ", user " + user) + "]";
    }
}
