package org.kpiengine.definition.yaml;

import org.kpiengine.error.SourceLocation;

/** A value read from a definition file, together with where it was written. */
public record Located<T>(T value, SourceLocation location) {
}
