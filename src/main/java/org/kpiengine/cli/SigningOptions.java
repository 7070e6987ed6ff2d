package org.kpiengine.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Optional;
import org.kpiengine.archive.SigningKey;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Sign-off of an archived scorecard with a key from a PKCS#12 keystore. The password is never an
 * option, so it cannot end up in a shell history or a process list: it comes from an environment
 * variable, or is asked for on the terminal.
 */
final class SigningOptions {

    static final String PASSWORD_VARIABLE = "KPI_SIGN_PASSWORD";

    @Option(names = "--sign", paramLabel = "KEYSTORE.p12",
            description = "Sign the archived scorecard (PAdES) with the key in this PKCS#12 keystore. The password "
                    + "is read from the environment variable " + PASSWORD_VARIABLE + " or, without it, asked for "
                    + "on the terminal.")
    Path keystore;

    @Option(names = "--sign-alias", paramLabel = "ALIAS",
            description = "With --sign: the keystore entry to sign with (default: the keystore's only key).")
    String alias;

    /** The key to sign with, loaded before anything is evaluated so that a wrong password fails at once. */
    Optional<SigningKey> key(CommandSpec spec) {
        if (keystore == null) {
            if (alias != null) {
                throw new ParameterException(spec.commandLine(), "--sign-alias needs --sign KEYSTORE.p12");
            }
            return Optional.empty();
        }
        return Optional.of(SigningKey.load(keystore, password(spec), Optional.ofNullable(alias)));
    }

    private char[] password(CommandSpec spec) {
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        char[] typed = console == null ? null : console.readPassword("Password of %s: ", keystore);
        if (typed == null) {
            throw new ParameterException(spec.commandLine(), "--sign needs the keystore's password: set the "
                    + "environment variable " + PASSWORD_VARIABLE + ", or run kpi in a terminal to be asked for it");
        }
        return typed;
    }
}
