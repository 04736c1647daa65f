package org.tidemark.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A packaged Quarkus app run as its own process, timed from start to ready and stopped with SIGTERM. */
final class AppProcess implements AutoCloseable {

    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

    final String name;
    final int port;
    final Process process;
    final Path log;
    private final long startNanos;
    private long readyNanos;

    private AppProcess(String name, int port, Process process, Path log, long startNanos) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.startNanos = startNanos;
    }

    /**
     * Starts {@code java [jvmArgs] -jar jar} with {@code env} on a free port and waits for {@code readyPath}.
     * {@code QUARKUS_DATASOURCE_*} of the benchmark's own environment are never passed on.
     */
    static AppProcess start(String name, Path jar, List<String> jvmArgs, Map<String, String> env, Path log,
                            String readyPath) throws Exception {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the benchmark with mvn -B -Pbench verify");
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_DATASOURCE"));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Files.createDirectories(log.getParent());
        long start = System.nanoTime();
        AppProcess app = new AppProcess(name, port, builder.start(), log, start);
        try {
            app.awaitReady(readyPath, Duration.ofSeconds(180));
        } catch (Exception e) {
            app.close();
            throw e;
        }
        return app;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Wall time from process start to the first 200 from the readiness path. */
    double startupMillis() {
        return (readyNanos - startNanos) / 1e6;
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size of the JVM process, in MiB. */
    double rssMiB() throws IOException {
        return rssMiB(process.pid());
    }

    static double rssMiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IOException("no VmRSS for pid " + pid);
    }

    private void awaitReady(String path, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (PROBE.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    readyNanos = System.nanoTime();
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    /** SIGTERM and wait; SIGKILL if it hangs; then stop anything it started that outlived it. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> null).join();
            }
            if (child.isAlive()) {
                System.err.println("[bench] " + name + " left pid " + child.pid() + " running: stopping it");
                child.destroy();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
