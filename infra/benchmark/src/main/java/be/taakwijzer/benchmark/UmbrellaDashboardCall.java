package be.taakwijzer.benchmark;

import java.util.UUID;

import be.taakwijzer.allocation.SchoolYear;

/**
 * The umbrella dashboard's service call, the subject of {@link UmbrellaDashboardBenchmark} once
 * {@code be.taakwijzer.dashboard.UmbrellaDashboardService} exists: log in as an adviser of the umbrella
 * (a principal whose {@code umbrellaId()} is the umbrella) and call the service for the year. Plug it in
 * at {@link Benchmarks#umbrellaService}.
 */
@FunctionalInterface
interface UmbrellaDashboardCall {

    void dashboard(UUID umbrellaId, SchoolYear year) throws Exception;
}
