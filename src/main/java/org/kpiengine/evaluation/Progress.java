package org.kpiengine.evaluation;

/** Where a long run is, for a person watching it. Implementations decide whether and how to show it. */
@FunctionalInterface
public interface Progress {

    Progress SILENT = stage -> { };

    /** The run has started a new stage, described in a few words such as "reading complaints". */
    void stage(String description);

    /**
     * This progress, with {@code check} run before each stage is shown: a step on another thread that has
     * failed (say, {@code BackgroundTask::throwIfFailed}) then stops the run before its next stage.
     */
    default Progress checkingFirst(Runnable check) {
        return stage -> {
            check.run();
            stage(stage);
        };
    }
}
