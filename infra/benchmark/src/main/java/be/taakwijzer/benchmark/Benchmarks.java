package be.taakwijzer.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;

import be.taakwijzer.dashboard.UmbrellaDashboardService;

/**
 * The benchmarks of docs/performance.md, run by {@code infra/run-benchmarks.sh}: starts PostgreSQL,
 * loads the Flanders dataset unless it is there, then measures the overhead of row-level security, the
 * group dashboard and the umbrella dashboard, each printing its figure last. Warm-up and measured runs
 * from TAAKWIJZER_BENCH_WARMUP (default 30) and TAAKWIJZER_BENCH_RUNS (default 200).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        Path var = Path.of(env("TAAKWIJZER_VAR_DIR", "var")).resolve("benchmark").toAbsolutePath();
        Files.createDirectories(var);
        BenchmarkDatabase database = BenchmarkDatabase.start(var);
        FlandersDataset.ensure(database);

        Measurement measurement = new Measurement(Integer.parseInt(env("TAAKWIJZER_BENCH_WARMUP", "30")),
                Integer.parseInt(env("TAAKWIJZER_BENCH_RUNS", "200")));
        UUID group = FlandersDataset.groupOf30();
        int year = latestYear(database, group);
        System.out.printf("%nEach benchmark: %d warm-up rounds, then %d measured runs; times in ms, ratios by the medians.%n",
                measurement.warmUp(), measurement.runs());
        printMachine("before");

        new RlsOverheadBenchmark(database, measurement).run(group, year);
        try (ConfigurableApplicationContext core = CoreContext.start(database)) {
            new GroupDashboardBenchmark(database, measurement).run(core, group, year);
            new UmbrellaDashboardBenchmark(database, measurement).run(FlandersDataset.largeUmbrella(), year, umbrellaService(core));
        }
        System.out.println();
        printMachine("after");
    }

    /** Other work on the machine shows in the absolute times (the side-by-side ratios are meant to survive it): say how much there was. */
    private static void printMachine(String when) {
        System.out.printf("Machine %s: %d cores, load average %.2f (1 min), JVM %s%n", when, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.version());
    }

    /** The umbrella dashboard's service call, as an adviser of the umbrella. */
    private static Optional<UmbrellaDashboardCall> umbrellaService(ConfigurableApplicationContext core) {
        UmbrellaDashboardService service = core.getBean(UmbrellaDashboardService.class);
        return Optional.of((umbrella, year) -> {
            new AdviserPrincipal(umbrella).logIn();
            service.dashboard(year);
        });
    }

    /** The dataset's latest school year: the one of today when it was loaded. */
    private static int latestYear(BenchmarkDatabase database, UUID tenant) throws SQLException {
        try (Connection app = database.connectAsApp()) {
            app.setAutoCommit(false);
            try (PreparedStatement set = app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
                 PreparedStatement max = app.prepareStatement("SELECT max(start_year) FROM school_year")) {
                set.setString(1, tenant.toString());
                set.execute();
                try (ResultSet rs = max.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
