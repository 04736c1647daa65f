package org.tidemark.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.tidemark.claim.Claims;
import org.tidemark.claim.NewClaim;
import org.tidemark.domain.Source;
import org.tidemark.domain.Tanker;
import org.tidemark.domain.VoyageEvent;
import org.tidemark.ingest.EventImporter;
import org.tidemark.ingest.ImportFormat;
import org.tidemark.ingest.ImportReport;
import org.tidemark.registry.NewPort;
import org.tidemark.registry.NewSource;
import org.tidemark.registry.NewTanker;
import org.tidemark.registry.Registry;

/**
 * Loads the bundled 2024 Vostochny scenario into an empty database on first start, through the
 * same registry and import paths users take, in one transaction: all of it or none.
 */
@ApplicationScoped
public class ScenarioLoader {

    static final String DIR = "scenario/vostochny-2024/";
    static final String RECORDED_BY = "scenario:vostochny-2024";

    @ConfigProperty(name = "tidemark.scenario.load-on-first-start")
    boolean loadOnFirstStart;

    @ConfigProperty(name = "tidemark.scenario.illustrative")
    boolean withIllustrative;

    private final Registry registry;
    private final Claims claims;
    private final EventImporter importer;
    private final ObjectMapper json;

    ScenarioLoader(Registry registry, Claims claims, EventImporter importer, ObjectMapper json) {
        this.registry = registry;
        this.claims = claims;
        this.importer = importer;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        if (loadOnFirstStart && isEmpty()) {
            load(withIllustrative);
        }
    }

    /** Nothing recorded yet: a restart, or a database someone already uses, is never loaded into. */
    @Transactional
    boolean isEmpty() {
        return Source.count() == 0 && Tanker.count() == 0 && VoyageEvent.count() == 0;
    }

    /** Registers the sources, ports, tankers and claims, then imports the documented (and illustrative) events. */
    @Transactional
    public void load(boolean illustrative) {
        long started = System.nanoTime();
        ScenarioBundle bundle = bundle();
        for (NewSource source : bundle.sources()) {
            registry.register(source);
        }
        for (NewPort port : bundle.ports()) {
            registry.register(port);
        }
        for (NewTanker tanker : bundle.tankers()) {
            registry.register(tanker);
        }
        for (NewClaim claim : bundle.claims()) {
            claims.record(claim);
        }
        ImportReport documented = importCsv("documented-events.csv");
        long added = documented.eventsAdded();
        if (illustrative) {
            added += importCsv("illustrative-events.csv").eventsAdded();
        }
        Log.infof("Loaded the %s scenario: %d sources, %d tankers, %d claims, %d events (%s), %.1f s",
                bundle.scenario(), bundle.sources().size(), bundle.tankers().size(), bundle.claims().size(), added,
                illustrative ? "with the illustrative layer" : "documented only",
                (System.nanoTime() - started) / 1e9);
    }

    private ImportReport importCsv(String file) {
        try (InputStream in = resource(file)) {
            return importer.importWithin(in, ImportFormat.CSV, false, RECORDED_BY);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled " + DIR + file, e);
        }
    }

    private ScenarioBundle bundle() {
        try (InputStream in = resource("registry.json")) {
            return json.readValue(in, ScenarioBundle.class);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled " + DIR + "registry.json", e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException(DIR + file + " is missing from the application");
        }
        return in;
    }
}
