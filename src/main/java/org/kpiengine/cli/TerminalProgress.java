package org.kpiengine.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.kpiengine.evaluation.Progress;

/**
 * Shows where a long run is, on one line of the terminal, once it has taken more than two seconds.
 * Quiet when the output is not a terminal, so logs and pipes stay clean.
 */
final class TerminalProgress implements Progress, AutoCloseable {

    static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final long started;
    private final ScheduledExecutorService ticker;
    private volatile String stage = "starting";
    private boolean shown;

    private TerminalProgress(PrintWriter err, LongSupplier nanoTime, boolean tickByItself) {
        this.err = err;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.ticker = tickByItself ? Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kpi-progress");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::tick, 500, 500, TimeUnit.MILLISECONDS);
        }
    }

    /** Progress on the terminal when there is one, otherwise none at all. */
    static Progress forTerminal(PrintWriter err) {
        return System.console() != null ? new TerminalProgress(err, System::nanoTime, true) : Progress.SILENT;
    }

    /** For tests: time comes from {@code nanoTime} and lines appear only when {@link #tick()} is called. */
    static TerminalProgress manual(PrintWriter err, LongSupplier nanoTime) {
        return new TerminalProgress(err, nanoTime, false);
    }

    @Override
    public void stage(String description) {
        stage = description;
        tick();
    }

    synchronized void tick() {
        long elapsed = nanoTime.getAsLong() - started;
        if (elapsed < QUIET_NANOS) {
            return;
        }
        String line = String.format(Locale.ROOT, "%s ... %ds", stage, TimeUnit.NANOSECONDS.toSeconds(elapsed));
        err.print("\r" + line + "\033[K");
        err.flush();
        shown = true;
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    static void closeIfOpen(Progress progress) {
        if (progress instanceof TerminalProgress terminal) {
            terminal.close();
        }
    }
}
