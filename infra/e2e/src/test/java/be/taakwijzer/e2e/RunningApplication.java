package be.taakwijzer.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of Taakwijzer's applications as its own process, started from the runnable jar the build made,
 * the way an operator runs it: configured by environment only. Its output goes to a log file; closing
 * stops it (TERM, then KILL after 30 seconds).
 */
final class RunningApplication implements AutoCloseable {

    /** What a JVM needs from the environment; nothing else is inherited, so no stray TAAKWIJZER_* setting leaks in. */
    private static final List<String> INHERITED = List.of("PATH", "HOME", "TMPDIR", "LANG");

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private RunningApplication(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar named by the system property (set by the build) on the given port; does not wait. */
    static RunningApplication start(String name, String jarProperty, int port, Map<String, String> environment) throws IOException {
        String jar = System.getProperty(jarProperty);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("No runnable jar of " + name + " (system property " + jarProperty + " = " + jar
                    + "): run this test through Maven in the reactor, e.g. ./mvnw verify -Pe2e -pl infra/e2e -am");
        }
        Path log = Path.of("target", "e2e-logs", name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the quick compiler only: it starts sooner, and a few minutes of clicking never need the optimising one
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-jar", jar)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().retainAll(INHERITED);
        env.putAll(environment);
        Process process = builder.start();
        // should the test JVM end without closing it (an interrupted build), the application ends with it
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        return new RunningApplication(name, port, log, process);
    }

    /** Waits until {@code /actuator/health} answers UP; fails early when the process ends, with the end of its log. */
    RunningApplication awaitHealthy(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped with exit code " + process.exitValue() + ":\n" + logTail());
                }
                try {
                    HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                        return this;
                    }
                } catch (IOException notListeningYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException(name + " was not healthy within " + timeout + ":\n" + logTail());
    }

    /** On 127.0.0.1, not localhost: Keycloak's loopback rule accepts any port there (see infra/keycloak/README.md). */
    String url() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A port nobody listens on now (the operating system's choice), for an application to take a moment later. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String logTail() {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
