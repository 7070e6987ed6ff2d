package org.kpiengine;

import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.reporters.QuietReporter;

/** ApprovalTests settings for every test below this package: approved files in one folder, no diff tool. */
public final class PackageSettings {

    public static ApprovalFailureReporter UseReporter = QuietReporter.INSTANCE;
    public static String UseApprovalSubdirectory = "approved";

    private PackageSettings() {
    }
}
