package org.tidemark.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;

/** The bundled scenario files: reproducible, sourced, and free of identifiers the facts do not give. */
class ScenarioFilesTest {

    private static final String DIR = "scenario/vostochny-2024/";
    /** The only identifiers reference/FACTS.md gives as established (An San 1's 7303803 is "less certain"). */
    private static final Set<String> IMO_NUMBERS_IN_FACTS = Set.of("8691702", "8106496");

    @Test
    void theIllustrativeFileIsExactlyTheReconstructionOutput() throws IOException {
        String generated = IllustrativeReconstruction.csv();
        if (Boolean.getBoolean("tidemark.scenario.regenerate")) {
            Files.writeString(Path.of("src/main/resources", DIR, "illustrative-events.csv"), generated);
        }
        assertThat(resource("illustrative-events.csv"))
                .as("regenerate with: mvn -q test -Dtest=ScenarioFilesTest -Dtidemark.scenario.regenerate=true")
                .isEqualTo(generated);
    }

    @Test
    void everyEventNamesARegisteredTankerPortAndSource() throws IOException {
        JsonNode registry = new ObjectMapper().readTree(resource("registry.json"));
        Set<String> sources = names(registry.get("sources"), "key");
        Set<String> ports = names(registry.get("ports"), "name");
        Set<String> tankers = names(registry.get("tankers"), "name");
        registry.get("tankers").forEach(t -> {
            if (t.has("identities")) {
                t.get("identities").forEach(i -> tankers.add(i.get("value").asText()));
            }
        });
        for (String file : List.of("documented-events.csv", "illustrative-events.csv")) {
            List<Map<String, String>> rows = rows(file);
            assertThat(rows).as(file).isNotEmpty();
            for (Map<String, String> row : rows) {
                assertThat(sources).as(file + " source").contains(row.get("source"));
                assertThat(tankers).as(file + " tanker").contains(row.get("tanker"));
                if (!row.get("port").isEmpty()) {
                    assertThat(ports).as(file + " port").contains(row.get("port"));
                }
                assertThat(row.get("illustrative")).as(file).isEqualTo(file.startsWith("illustrative") ? "true" : "false");
            }
        }
        registry.get("tankers").forEach(t -> assertThat(sources).contains(t.get("source").asText()));
        registry.get("claims").forEach(c -> assertThat(sources).contains(c.get("source").asText()));
    }

    @Test
    void noIdentifierAppearsThatTheFactsDoNotGive() throws IOException {
        JsonNode registry = new ObjectMapper().readTree(resource("registry.json"));
        registry.get("tankers").forEach(t -> {
            if (t.has("imo")) {
                assertThat(IMO_NUMBERS_IN_FACTS).contains(t.get("imo").asText());
            }
            assertThat(t.has("mmsi")).as("no MMSI is published in our sources").isFalse();
        });
        String all = resource("registry.json") + resource("documented-events.csv") + resource("illustrative-events.csv");
        Matcher identifiers = Pattern.compile("(?i)(imo|mmsi)\\D{0,12}(\\d{7,9})").matcher(all);
        while (identifiers.find()) {
            assertThat(Set.of("8691702", "8106496", "7303803")).as("an identifier").contains(identifiers.group(2));
        }
        assertThat(Pattern.compile("(?<![\\d,])\\d{9}(?![\\d,])").matcher(all).find()).as("an MMSI-like number").isFalse();
    }

    @Test
    void illustrativeTankersSayTheirParticularsAreAssumed() throws IOException {
        JsonNode registry = new ObjectMapper().readTree(resource("registry.json"));
        registry.get("tankers").forEach(t -> {
            if (t.path("illustrative").asBoolean()) {
                assertThat(t.get("particularsNote").asText()).as(t.get("name").asText()).contains("ASSUMED");
            } else {
                assertThat(t.has("deadweightT") || t.has("cargoCapacityT")).isTrue();
            }
        });
    }

    private static Set<String> names(JsonNode array, String field) {
        Set<String> names = new HashSet<>();
        array.forEach(n -> names.add(n.get(field).asText()));
        return names;
    }

    private static List<Map<String, String>> rows(String file) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(resource(file))) {
            return it.readAll();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ScenarioFilesTest.class.getClassLoader().getResourceAsStream(DIR + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
