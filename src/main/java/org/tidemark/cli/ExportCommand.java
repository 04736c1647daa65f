package org.tidemark.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.tidemark.api.QueryParamConverters;
import org.tidemark.bundle.RegistryBundle;
import org.tidemark.bundle.RegistryBundles;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.export.ExportKind;
import org.tidemark.export.Exports;
import org.tidemark.query.DesignatedAtTheTime;
import org.tidemark.query.FilterCriteria;
import org.tidemark.query.FilterResolver;
import org.tidemark.query.TimeBound;
import org.tidemark.query.TimelineFilter;

/** Writes an export to a file, as GET /api/export/… does, with the timeline's filters as options. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export events or voyages as CSV, a map as GeoJSON or KML, voyages as TimelineJS JSON, or the "
                + "registry (sources, ports, tankers, claims) as a JSON bundle. Rows written are reported on stderr as it goes.")
public class ExportCommand implements Callable<Integer> {

    /** The formats on the command line. */
    enum Format { csv, geojson, kml, timelinejs, registry }

    /** What a CSV holds. */
    enum What { events, voyages }

    @Option(names = "--format", required = true, description = "csv, geojson, kml, timelinejs or registry (the bundle import --registry reads; takes no filter)")
    Format format;

    @Option(names = "--what", defaultValue = "events", description = "For csv: events or voyages (default ${DEFAULT-VALUE}); "
            + "maps hold both, TimelineJS voyages")
    What what;

    @Option(names = "--out", description = "The file to write; default the export's own name in this folder")
    Path out;

    @Option(names = "--from", description = "First day or instant (UTC)")
    String from;

    @Option(names = "--to", description = "Last day (included) or instant (excluded), UTC")
    String to;

    @Option(names = "--tanker", description = "Only this tanker: id, IMO number, name or alias")
    String tanker;

    @Option(names = "--port", description = "Only this port: id, UN/LOCODE or name")
    String port;

    @Option(names = "--type", split = ",", description = "Event types, comma-separated")
    List<String> types;

    @Option(names = "--evidence-type", split = ",", description = "Evidence types, comma-separated")
    List<String> evidenceTypes;

    @Option(names = "--min-confidence", description = "Lowest confidence, 1 to 4")
    Integer minConfidence;

    @Option(names = "--illustrative", description = "true: only illustrative data; false: documented only")
    Boolean illustrative;

    @Option(names = "--retracted", description = "true: only retracted events; false: none (for re-import)")
    Boolean retracted;

    @Option(names = "--designated", description = "Designated at the time: TRUE, FALSE or UNKNOWN")
    DesignatedAtTheTime designated;

    @Inject
    Exports exports;
    @Inject
    FilterResolver filters;
    @Inject
    RegistryBundles bundles;
    @Inject
    ObjectMapper json;

    @Override
    @ActivateRequestContext
    public Integer call() throws IOException {
        if (format == Format.registry) {
            return registry();
        }
        TimelineFilter filter;
        try {
            filter = filters.filter(new FilterCriteria(
                    from == null ? null : TimeBound.parse("from", from), to == null ? null : TimeBound.parse("to", to),
                    tanker, port, enums("type", EventType.class, types),
                    enums("evidenceType", EvidenceType.class, evidenceTypes), minConfidence,
                    illustrative, retracted, designated));
        } catch (DomainException e) {
            System.err.println("--" + e.field() + ": " + e.getMessage());
            return 2;
        }
        ExportKind kind = switch (format) {
            case csv -> what == What.voyages ? ExportKind.VOYAGES_CSV : ExportKind.EVENTS_CSV;
            case geojson -> ExportKind.MAP_GEOJSON;
            case kml -> ExportKind.MAP_KML;
            case timelinejs -> ExportKind.TIMELINEJS;
            case registry -> throw new IllegalStateException("the registry is not a timeline export");
        };
        Path target = out != null ? out : Path.of(exports.fileName(kind, filter));
        long start = System.nanoTime();
        long rows;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            rows = exports.write(kind, filter, file, n -> System.err.printf("%,d rows written (%.1f s)%n", n,
                    (System.nanoTime() - start) / 1e9));
        }
        System.err.printf("%,d rows written to %s in %.1f s%n", rows, target, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** The registry bundle, as GET /api/export/registry writes it; filters do not apply to it. */
    private Integer registry() throws IOException {
        if (from != null || to != null || tanker != null || port != null || types != null || evidenceTypes != null
                || minConfidence != null || illustrative != null || retracted != null || designated != null) {
            System.err.println("--format registry exports the whole registry; it takes no filter options");
            return 2;
        }
        RegistryBundle bundle = bundles.export();
        Path target = out != null ? out
                : Path.of("tidemark-registry-" + bundle.exportedAt().toString().substring(0, 10) + ".json");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(file, bundle);
        }
        System.err.printf("%,d sources, %,d ports, %,d tankers, %,d claims written to %s%n", bundle.sources().size(),
                bundle.ports().size(), bundle.tankers().size(), bundle.claims().size(), target);
        return 0;
    }

    /** The option's values as the API reads its query parameters (any case, comma-separated), 400-style errors naming it. */
    private static <E extends Enum<E>> Set<E> enums(String name, Class<E> type, List<String> values) {
        Set<E> all = EnumSet.noneOf(type);
        for (String v : values == null ? List.<String>of() : values) {
            all.addAll(QueryParamConverters.oneOrMore(name, type, v));
        }
        return all;
    }
}
