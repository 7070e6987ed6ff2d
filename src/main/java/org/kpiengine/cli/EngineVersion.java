package org.kpiengine.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest at build time. */
public final class EngineVersion implements IVersionProvider {

    public static String current() {
        String version = EngineVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"kpi-engine " + current()};
    }
}
