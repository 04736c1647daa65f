package org.tidemark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.tidemark.aisimport.AisImportReport;
import org.tidemark.aisimport.AisImports;
import org.tidemark.aisimport.AisSettings;
import org.tidemark.bundle.RegistryBundleImport;
import org.tidemark.bundle.RegistryBundles;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.InputErrors;
import org.tidemark.ingest.EventImporter;
import org.tidemark.ingest.ImportFormat;
import org.tidemark.ingest.ImportRejected;

/** Imports a file of events as POST /api/events/import does, and prints the same report. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Record the events in FILE (CSV, a JSON array, or NDJSON), all or nothing. Prints the import "
                + "report as JSON; a refused file prints its bad rows and exits with 1. With --registry BUNDLE, first "
                + "registers the registry bundle (export --format registry), all or nothing, then the events if FILE is given. "
                + "With --ais AIS_FILE, imports AIS position reports instead (exit 1 on a file that is not one).")
public class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The file: .csv, .json or .ndjson (or say --format)")
    Path file;

    @Option(names = "--registry", paramLabel = "BUNDLE", description = "A registry bundle (JSON, as export --format "
            + "registry writes it) to register first; its own transaction, before the events'")
    Path registry;

    @Option(names = "--ais", paramLabel = "AIS_FILE", description = "A file of AIS position reports (DMA or NOAA "
            + "MarineCadastre CSV, plain or gzipped) to import as POST /api/ais/import does: reports stored, events "
            + "detected and recorded; prints the same report")
    Path ais;

    @Option(names = "--ais-layout", paramLabel = "LAYOUT", description = "dma or noaa: read --ais in this layout "
            + "whatever its header announces")
    String aisLayout;

    @Option(names = "--format", description = "csv, json or ndjson; default from the file's extension")
    String format;

    @Option(names = "--dry-run", description = "Check and report, store nothing")
    boolean dryRun;

    @Option(names = "--recorded-by", description = "Who the events are recorded by, default the system user (${DEFAULT-VALUE})",
            defaultValue = "${sys:user.name}")
    String recordedBy;

    @Inject
    EventImporter importer;
    @Inject
    ObjectMapper json;
    @Inject
    RegistryBundles bundles;
    @Inject
    AisImports aisImports;

    @Override
    @ActivateRequestContext
    public Integer call() throws IOException {
        if (ais != null) {
            if (registry != null || file != null) {
                System.err.println("--ais imports an AIS file on its own; import FILE or --registry separately");
                return 2;
            }
            return importAis();
        }
        if (registry == null && file == null) {
            System.err.println("Say what to import: FILE (events), --registry BUNDLE, both, or --ais AIS_FILE");
            return 2;
        }
        if (registry != null) {
            int registered = importRegistry();
            if (registered != 0 || file == null) {
                return registered;
            }
            if (dryRun) {
                System.err.println("--dry-run: the events name the registry's records, which a dry run does not store; "
                        + "check " + file + " on its own once the registry is imported");
                return 0;
            }
        }
        ImportFormat kind = format(format, file);
        if (kind == null) {
            System.err.println("Say the file's format with --format csv|json|ndjson (its extension does not tell)");
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            System.err.println("No such file: " + file);
            return 1;
        }
        var out = json.writer().with(SerializationFeature.INDENT_OUTPUT);
        try (InputStream in = Files.newInputStream(file)) {
            System.out.println(out.writeValueAsString(importer.importEvents(in, kind, dryRun, "cli:" + recordedBy)));
            return 0;
        } catch (ImportRejected e) {
            System.err.println(e.getMessage());
            for (ImportRejected.RowError error : e.errors()) {
                System.err.println("  row " + error.row() + (error.field() == null ? "" : ", " + error.field()) + ": "
                        + error.message());
            }
            return 1;
        } catch (DomainException e) {
            System.err.println((e.field() == null ? "" : e.field() + ": ") + e.getMessage());
            return 1;
        }
    }

    private int importAis() throws IOException {
        if (!Files.isRegularFile(ais)) {
            System.err.println("No such file: " + ais);
            return 1;
        }
        try (InputStream in = Files.newInputStream(ais)) {
            AisImportReport report = aisImports.importFile(in, new AisImports.Request(ais.getFileName().toString(),
                    aisLayout, null, AisSettings.DEFAULTS, dryRun), "cli:" + recordedBy);
            System.out.println(json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            return 0;
        } catch (DomainException e) {
            System.err.println(ais + ": " + (e.field() == null ? "" : e.field() + ": ") + e.getMessage());
            return 1;
        }
    }

    private int importRegistry() throws IOException {
        if (!Files.isRegularFile(registry)) {
            System.err.println("No such file: " + registry);
            return 1;
        }
        RegistryBundleImport bundle;
        try (InputStream in = Files.newInputStream(registry)) {
            bundle = json.readValue(in, RegistryBundleImport.class);
        } catch (JsonProcessingException e) {
            String field = InputErrors.field(e);
            System.err.println(registry + " is not a registry bundle: " + (field == null ? e.getOriginalMessage()
                    : field + " " + InputErrors.message(e)) + "; nothing was imported");
            return 1;
        }
        try {
            RegistryBundles.Report report = bundles.importBundle(bundle, dryRun);
            System.out.println(json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            return 0;
        } catch (DomainException e) {
            System.err.println((e.field() == null ? "" : e.field() + ": ") + e.getMessage());
            return 1;
        }
    }

    static ImportFormat format(String given, Path file) {
        String name = given != null ? given : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("csv") || lower.endsWith(".csv")) {
            return ImportFormat.CSV;
        }
        if (lower.equals("ndjson") || lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return ImportFormat.NDJSON;
        }
        if (lower.equals("json") || lower.endsWith(".json")) {
            return ImportFormat.JSON;
        }
        return null;
    }
}
