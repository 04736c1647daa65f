package org.tidemark;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.runtime.PreventFurtherStepsException;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.QuarkusBindException;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigValidationException;
import org.jboss.logging.Logger;

import jakarta.inject.Inject;
import picocli.CommandLine;

import org.tidemark.cli.TidemarkCommand;
import org.tidemark.storage.EmbeddedDatabase;

/**
 * Starts Tidemark: the web server, or with arguments a command ({@link TidemarkCommand}). Without
 * {@code QUARKUS_DATASOURCE_JDBC_URL} it first starts an embedded PostgreSQL on
 * {@code TIDEMARK_DATA_DIR} (default {@code ./data}) and hands its URL to Quarkus; with it, it
 * uses that server.
 */
@QuarkusMain
public class TidemarkMain implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(TidemarkMain.class);
    /** Longer than quarkus.shutdown.timeout plus Quarkus' own stop: the hook never cuts a graceful stop short. */
    private static final long STOP_WAIT_SECONDS = 90;

    @Inject
    CommandLine.IFactory factory;

    public static void main(String... args) throws Exception {
        // --help and --version (and arguments picocli cannot parse) are answered before Quarkus and the
        // embedded PostgreSQL start: they need neither, and starting both took about 35 s on a first run.
        // Not under @QuarkusMainTest (which calls this main and sets tidemark.embedded-database=false): there the
        // JVM is the test runner's, and the launcher expects the answer from a run of Quarkus.
        boolean testRunner = "false".equals(configured("TIDEMARK_EMBEDDED_DATABASE", "tidemark.embedded-database"));
        int answered = args.length == 0 || testRunner ? -1 : TidemarkCommand.answerWithoutStarting(args);
        if (answered >= 0) {
            System.exit(answered);
        }
        if (args.length > 0 && System.getProperty("quarkus.http.port") == null) {
            // A command next to a running server must not fight it for port 8080.
            System.setProperty("quarkus.http.port", "0");
        }
        // The test runner sets tidemark.embedded-database=false: @QuarkusMainTest calls this main too,
        // and its tests get their database from org.tidemark.TestDatabase.
        if ("false".equals(configured("TIDEMARK_EMBEDDED_DATABASE", "tidemark.embedded-database"))
                || configured("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url") != null) {
            Quarkus.run(TidemarkMain.class, args);
            return;
        }
        String dataDir = configured("TIDEMARK_DATA_DIR", "tidemark.data-dir");
        Path postgresData = Path.of(dataDir == null ? "data" : dataDir).toAbsolutePath().resolve("postgres");
        LOG.infof("No QUARKUS_DATASOURCE_JDBC_URL given: starting the embedded PostgreSQL on %s", postgresData);
        EmbeddedDatabase database = EmbeddedDatabase.start(postgresData, true);
        System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
        System.setProperty("quarkus.datasource.password", "");
        System.setProperty(StartupSummary.EMBEDDED_DATA, postgresData.toString());

        // PostgreSQL stops only once Quarkus has stopped using it. Quarkus' default exit handler calls
        // System.exit, which would never let this thread reach the stop; so the exit code is kept and the
        // JVM exits here. On SIGTERM the JVM's hooks run first: this hook holds the exit until Quarkus has
        // let in-flight requests finish (quarkus.shutdown.timeout) and this thread has stopped PostgreSQL.
        CountDownLatch databaseStopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (!databaseStopped.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warn("Quarkus did not stop in time; stopping the embedded PostgreSQL anyway");
                    database.close();
                }
            } catch (Exception e) {
                LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
            }
        }, "embedded-postgres-stop"));
        AtomicInteger exitCode = new AtomicInteger();
        try {
            Quarkus.run(TidemarkMain.class, (code, cause) -> {
                exitCode.set(code);
                if (cause != null) {
                    reportFailedStart(cause);
                }
            }, args);
        } finally {
            try {
                database.close();
            } catch (Exception e) {
                LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
            } finally {
                databaseStopped.countDown();
            }
        }
        System.exit(exitCode.get());
    }

    /**
     * Says why Quarkus stopped with an error. Quarkus reports a failed start itself only when it was given no exit
     * handler; the embedded path gives one (above), so without this a port in use or a broken configuration ended
     * the README's start with exit code 1 and not a word.
     */
    private static void reportFailedStart(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof QuarkusBindException bind) {
            LOG.errorf("Port %d is in use by another program (another Tidemark?): stop it, or start Tidemark on another"
                    + " port with QUARKUS_HTTP_PORT=<port>", bind.getPort());
        } else if (root instanceof ConfigurationException || root instanceof ConfigValidationException) {
            LOG.errorf("Tidemark's configuration is not valid: %s", root.getMessage());
        } else if (root instanceof PreventFurtherStepsException) {
            if (root.getMessage() != null && !root.getMessage().isBlank()) {
                LOG.error(root.getMessage());
            }
        } else {
            LOG.error("Tidemark could not start", root);
        }
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        return new CommandLine(TidemarkCommand.class, factory).execute(args);
    }

    private static String configured(String environmentVariable, String systemProperty) {
        String value = System.getProperty(systemProperty);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
