package be.taakwijzer.benchmark;

import java.util.Arrays;

/** Median and 95th percentile of a series of durations, in milliseconds (nearest rank). */
record Timings(int count, double medianMs, double p95Ms) {

    static Timings of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Timings(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95));
    }

    private static double rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(index, 0)] / 1e6;
    }

    @Override
    public String toString() {
        return String.format("median %.2f ms, p95 %.2f ms (%d runs)", medianMs, p95Ms, count);
    }
}
