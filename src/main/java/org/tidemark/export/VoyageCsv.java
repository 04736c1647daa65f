package org.tidemark.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.tidemark.query.SourceRef;

/** Voyages as CSV, one row each: ports, times, status, the estimate band and its method, and their sources. */
final class VoyageCsv implements AutoCloseable {

    static final List<String> COLUMNS = List.of("id", "tanker", "tankerImo", "status", "loadPort", "dischargePort",
            "loadedFrom", "loadingFrom", "loadingTo", "dischargeFrom", "dischargeTo", "lowBbl", "centralBbl", "highBbl",
            "lowT", "centralT", "highT", "estimateMethod", "confidence", "designatedAtTheTime", "illustrative",
            "includesIllustrative", "sources", "sourceUrls");

    private final CsvSheet sheet;

    VoyageCsv(OutputStream out) throws IOException {
        sheet = new CsvSheet(out, COLUMNS);
    }

    void write(ExportedVoyage v) throws IOException {
        sheet.value(v.id()).text(v.tanker()).text(v.tankerImo()).value(v.status()).text(v.loadPort())
                .text(v.dischargePort()).text(v.loadedFrom()).value(v.loadingFrom()).value(v.loadingTo())
                .value(v.dischargeFrom()).value(v.dischargeTo()).number(v.lowBbl()).number(v.centralBbl())
                .number(v.highBbl()).number(v.lowT()).number(v.centralT()).number(v.highT()).value(v.method())
                .number(v.confidence()).value(v.designatedAtTheTime().text()).value(v.illustrative())
                .value(v.includesIllustrative())
                .text(v.sources().stream().map(SourceRef::key).collect(Collectors.joining("; ")))
                .text(v.sources().stream().map(SourceRef::url).filter(u -> u != null && !u.isBlank())
                        .collect(Collectors.joining(" ")));
        sheet.endRow();
    }

    @Override
    public void close() throws IOException {
        sheet.close();
    }
}
