package dev.briefing.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Watches the heap while one measured piece of work runs, two ways. The largest heap in use right
 * after a collection (summed over the heap pools, from the collectors' notifications) is what the
 * work keeps alive, the figure the 2 GiB target is about; slightly over, since after a young
 * collection the old generation's dead objects still count until a mixed or full one. The sum of the heap pools' peaks since
 * the start also counts garbage not yet collected, so it is an upper bound that depends on how
 * lazily the collector runs; it is reported for comparison, not as the retained size.
 */
public final class HeapWatcher implements AutoCloseable {

    /** What was seen: {@code afterGcMax} is -1 when no collection ran during the work. */
    public record HeapUse(long baselineAfterGc, long afterGcMax, long poolPeakSum, int collections) {
    }

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;
    private final AtomicLong afterGcMax = new AtomicLong(-1);
    private final AtomicInteger collections = new AtomicInteger();
    private volatile boolean armed;
    private long baseline;

    public HeapWatcher() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    /** Collects what earlier work left behind, then starts watching. */
    public void start() {
        armed = false;
        baseline = usedAfterFullGc();
        afterGcMax.set(-1);
        collections.set(0);
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
        armed = true;
    }

    public HeapUse stop() {
        long peaks = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        // Notifications arrive on a JMX service thread: give the last ones a moment.
        sleep(200);
        armed = false;
        return new HeapUse(baseline, afterGcMax.get(), peaks, collections.get());
    }

    /** The heap in use after a full collection: what is reachable now. */
    public static long usedAfterFullGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
            sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void collected(Notification notification, Object handback) {
        if (!armed || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        collections.incrementAndGet();
        afterGcMax.accumulateAndGet(used, Math::max);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException alreadyGone) {
                // nothing to remove
            }
        }
    }
}
