package be.taakwijzer.benchmark;

/**
 * Times calls: first a warm-up (JIT, caches, prepared statements), then a number of measured runs.
 * Side by side, the subject and its baseline alternate, and which goes first alternates too, so that
 * anything else the machine does in the meantime falls on both alike.
 */
final class Measurement {

    /** One call to time; it reads its whole result. */
    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    /** The subject against its baseline, measured in the same run. */
    record SideBySide(Timings subject, Timings baseline) {

        /** How many times slower the subject is, by the medians (steadier than the tails on a busy machine). */
        double medianRatio() {
            return subject.medianMs() / baseline.medianMs();
        }

        double p95Ratio() {
            return subject.p95Ms() / baseline.p95Ms();
        }
    }

    private final int warmUp;
    private final int runs;

    Measurement(int warmUp, int runs) {
        this.warmUp = warmUp;
        this.runs = runs;
    }

    int warmUp() {
        return warmUp;
    }

    int runs() {
        return runs;
    }

    Timings alone(Call call) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            call.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            nanos[i] = time(call);
        }
        return Timings.of(nanos);
    }

    SideBySide sideBySide(Call subject, Call baseline) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            subject.run();
            baseline.run();
        }
        long[] subjectNanos = new long[runs];
        long[] baselineNanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            if (i % 2 == 0) {
                subjectNanos[i] = time(subject);
                baselineNanos[i] = time(baseline);
            } else {
                baselineNanos[i] = time(baseline);
                subjectNanos[i] = time(subject);
            }
        }
        return new SideBySide(Timings.of(subjectNanos), Timings.of(baselineNanos));
    }

    private static long time(Call call) throws Exception {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }
}
