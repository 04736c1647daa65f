package org.tidemark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.tidemark.domain.EstimateMethod;
import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.PositionSource;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.VoyageStatus;
import org.tidemark.query.DesignatedAtTheTime;
import org.tidemark.query.SourceRef;

/** The writers alone, without a server: text cells guarded, numbers left numbers, XML-illegal characters dropped. */
class ExportWritersTest {

    private static final SourceRef SOURCE = new SourceRef(1, "src", "@publisher", "Title \u0001 with a control",
            "javascript:alert(1)", LocalDate.of(2024, 11, 22), false);

    private static ExportedEvent event(String notes, Double latitude, Double longitude) {
        Instant at = Instant.parse("2024-03-07T00:00:00Z");
        return new ExportedEvent(7, 3, "=cmd|' /C calc'!A0", null, EventType.SIGHTING, at, at.plusSeconds(86_400),
                TimePrecision.DAY, null, null, null, latitude, longitude, latitude == null ? null : PositionSource.REPORTED,
                null, null, null, null, null, EvidenceType.PRESS_REPORT, 2, SOURCE, notes, false, null,
                null, null, "analyst", at, null, null);
    }

    @Test
    void csvGuardsTextCellsAndLeavesNegativeNumbersAlone() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EventCsv csv = new EventCsv(out)) {
            csv.write(event("-5 bbl, +1 \"said\"", -33.9, -18.4));
        }
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(out.toByteArray())) {
            rows = it.readAll();
        }
        Map<String, String> row = rows.get(0);
        assertThat(row.get("latitude")).isEqualTo("-33.9");
        assertThat(row.get("longitude")).isEqualTo("-18.4");
        assertThat(row.get("notes")).isEqualTo("'-5 bbl, +1 \"said\"");
        assertThat(row.get("tanker")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(row.get("sourcePublisher")).isEqualTo("'@publisher");
        assertThat(row.get("occurredAt")).isEqualTo("2024-03-07");
        assertThat(row.get("confidence")).isEqualTo("2");
        assertThat(row.keySet()).containsExactlyElementsOf(EventCsv.concat(EventCsv.EVENT_COLUMNS,
                EventCsv.INFORMATIONAL_COLUMNS));
    }

    @Test
    void kmlDropsXmlIllegalCharactersAndLinksOnlyHttp() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Instant at = Instant.parse("2024-03-07T00:00:00Z");
        ExportedVoyage voyage = new ExportedVoyage(UUID.randomUUID(), 3, "Tanker \u0000<b>", null, "Vostochny", null,
                null, at, at.plusSeconds(86_400), null, null, VoyageStatus.IN_PROGRESS, 3, true, true,
                EstimateMethod.CAPACITY_LOAD_FACTOR, 6300.0, 20200.0, 25500.0, 990.0, 2700.0, 3000.0,
                DesignatedAtTheTime.UNKNOWN, List.of(new double[] {133.08, 42.74}), List.of(SOURCE));
        try (KmlMap kml = new KmlMap(out, "test \uFFFF")) {
            kml.voyage(voyage);
            kml.event(event("a \u0007 bell", 41.9, 131.5));
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        String text = document.getDocumentElement().getTextContent();
        assertThat(text).contains("Tanker <b>").doesNotContain("\u0000").doesNotContain("\u0007")
                .contains("Illustrative").doesNotContain("javascript:");
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("Tanker &lt;b&gt;");
        assertThat(document.getElementsByTagNameNS(KmlMap.NS, "TimeSpan").getLength()).isEqualTo(2);
    }

    @Test
    void windowsReadInWords() {
        Instant day = Instant.parse("2024-03-07T00:00:00Z");
        assertThat(TimelineDates.describe(day, day.plusSeconds(86_400))).isEqualTo("7 Mar 2024 (UTC, day known)");
        assertThat(TimelineDates.describe(day, day.plusSeconds(7 * 86_400)))
                .isEqualTo("between 7 Mar 2024 and 13 Mar 2024 (UTC)");
        assertThat(TimelineDates.describe(day.plusSeconds(3 * 3600), day.plusSeconds(14 * 3600)))
                .isEqualTo("between 7 Mar 2024 03:00 and 7 Mar 2024 14:00 UTC");
    }
}
