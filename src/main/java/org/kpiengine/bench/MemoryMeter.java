package org.kpiengine.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak memory of one phase of the run: the heap pools' peak usage (reset when the phase starts), the
 * largest heap occupancy a garbage collection reported finding, and the process's peak resident set
 * (VmHWM, which Linux lets a process reset through /proc/self/clear_refs).
 */
final class MemoryMeter implements AutoCloseable {

    /**
     * @param heapPoolPeakBytes   the sum of each heap pool's peak since the reset (an upper bound: the
     *                            pools need not peak at the same moment)
     * @param gcPeakBytes         the largest heap occupancy any collection found before it ran, or -1
     *                            when no collection ran during the phase
     * @param rssPeakBytes        VmHWM at the end of the phase, or -1 when /proc/self/status is unreadable
     * @param rssPeakSincePhase   whether VmHWM could be reset at the start of the phase (otherwise it is
     *                            the peak since the process started)
     */
    record Peak(long heapPoolPeakBytes, long gcPeakBytes, int collections, long collectionMillis, long rssPeakBytes,
                boolean rssPeakSincePhase, long heapMaxBytes) {
    }

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
    private final Set<String> heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final AtomicLong gcPeak = new AtomicLong(-1);
    private final AtomicLong collections = new AtomicLong();
    private final AtomicLong collectionMillis = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onCollection;
    private boolean rssReset;

    MemoryMeter() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    /** Collects garbage left by earlier phases, then resets every peak. */
    void startPhase() {
        System.gc();
        try {
            Thread.sleep(200); // the collection's notification arrives on another thread; let it pass
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        gcPeak.set(-1);
        collections.set(0);
        collectionMillis.set(0);
        rssReset = resetRssPeak();
    }

    Peak endPhase() {
        long poolPeaks = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Peak(poolPeaks, gcPeak.get(), (int) collections.get(), collectionMillis.get(),
                rssPeak(), rssReset, Runtime.getRuntime().maxMemory());
    }

    private static long rssPeak() {
        long kilobytes = statusKilobytes("VmHWM:");
        return kilobytes < 0 ? -1 : kilobytes * 1024;
    }

    private void onCollection(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        long before = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                .filter(entry -> heapPoolNames.contains(entry.getKey()))
                .map(java.util.Map.Entry::getValue).mapToLong(MemoryUsage::getUsed).sum();
        gcPeak.accumulateAndGet(before, Math::max);
        collections.incrementAndGet();
        collectionMillis.addAndGet(info.getGcInfo().getDuration());
    }

    /** Writing 5 to clear_refs resets the peak resident set size (Linux 4.0 and later). */
    private static boolean resetRssPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5", StandardCharsets.US_ASCII);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A "kB" line of /proc/self/status, or -1 when there is none. */
    static long statusKilobytes(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable: no figure
        }
        return -1;
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
