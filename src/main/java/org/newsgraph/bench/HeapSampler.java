package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The heap in use at its highest during a benchmark: the peak usage of every heap pool (what the collectors saw at
 * their fullest, garbage included, so an upper bound of what was live), read at the end.
 */
public final class HeapSampler {
    private HeapSampler() {
    }

    /** Resets the pools' peaks. */
    public static HeapSampler start() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        return new HeapSampler();
    }

    /** The sum of the heap pools' peaks since {@link #start()}, in MB. */
    public long peakMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }
}
