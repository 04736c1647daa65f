package org.tidemark;

import java.util.Optional;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import org.tidemark.storage.EmbeddedDatabase;

/** Says in a few lines what started where: the address, the database, the data folder. */
@ApplicationScoped
class StartupSummary {

    /** Set by {@link TidemarkMain} when it started the embedded PostgreSQL: its data directory. */
    static final String EMBEDDED_DATA = "tidemark.embedded.data-directory";

    private static final Logger LOG = Logger.getLogger(StartupSummary.class);

    void onStart(@Observes StartupEvent started) {
        var config = ConfigProvider.getConfig();
        String port = config.getOptionalValue("quarkus.http.port", String.class).orElse("8080");
        String url = config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).orElse("(none)");
        int query = url.indexOf('?');
        String database = query < 0 ? url : url.substring(0, query); // parameters may carry a password
        LOG.infof("Tidemark at http://localhost:%s (API /api, Swagger UI /q/swagger-ui, health /q/health, metrics /q/metrics)", port);
        Optional<String> embedded = Optional.ofNullable(System.getProperty(EMBEDDED_DATA));
        if (embedded.isPresent()) {
            LOG.infof("Database: embedded PostgreSQL, %s; data in %s; its log in %s", database, embedded.get(),
                    EmbeddedDatabase.serverLog(java.nio.file.Path.of(embedded.get())));
        } else {
            LOG.infof("Database: %s", database);
        }
    }
}
