package org.nashra.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The most heap a benchmark's JVM has used, as its memory pools saw it (garbage included). */
final class HeapPeak {
    private HeapPeak() {
    }

    /** Prints the sum of the heap pools' peaks, in MB (over the maximum when the pools peak at different times). */
    static void print() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("\npeak heap (sum of the heap pools' peaks): " + peak / (1024 * 1024) + " MB");
    }
}
