package org.kpiengine.definition;

import java.util.Objects;

/** A role that signs a scorecard off, and what the signature means. */
public record SignOffRole(String role, String meaning) {

    public SignOffRole {
        Objects.requireNonNull(role, "role");
    }
}
