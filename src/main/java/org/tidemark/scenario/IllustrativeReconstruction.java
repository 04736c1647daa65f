package org.tidemark.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.TimePrecision;
import org.tidemark.ingest.NewVoyageEvent;

/**
 * The illustrative layer of the 2024 Vostochny scenario: the calls the reporting counts (43) but
 * does not date or name, filled in by a fixed rule so that charts cover March to November. Pure
 * and deterministic: the bundled {@code illustrative-events.csv} is exactly its output, which a
 * test checks. The rule (also in the scenario note and scenario/vostochny-2024/README.md):
 * <ol>
 * <li>Calls: the six documented ones and two pinned ones (the tankers whose documented discharge
 * at Chongjin and Nampo needs a call before it); 8 calls in March (the RUSI and White House March
 * figures); the other 30 evenly spaced from 15 April to 1 November.</li>
 * <li>Tankers: each free slot goes, in date order, to the tanker with the most calls still to make
 * that has no other call within 20 days; ties by the order of {@link #QUOTAS}. The quotas give the
 * six UN-designated tankers 23 of the 43 trips (OSC: more than half).</li>
 * <li>Discharge: Chongjin for two calls in three, Nampo for every third (call index mod 3 = 2),
 * arriving 3 or 7 days after the call (assumed transit); none for the two pinned calls, whose
 * discharge is documented.</li>
 * </ol>
 */
public final class IllustrativeReconstruction {

    public static final String SOURCE = "tidemark-scenario-note";
    public static final String LOADING_PORT = "Vostochny";
    public static final int TOTAL_CALLS = 43;
    static final int MIN_DAYS_BETWEEN_CALLS = 20;

    /** Calls per tanker over the period, documented ones included; the first six are UN-designated. */
    static final Map<String, Integer> QUOTAS = quotas();

    /** Vostochny calls dated and attributed by the sources (documented-events.csv). */
    static final Map<LocalDate, String> DOCUMENTED_CALLS = Map.of(
            LocalDate.of(2024, 3, 7), "Paek Yang San 1",
            LocalDate.of(2024, 4, 1), "Yu Son",
            LocalDate.of(2024, 4, 3), "Eunheung",
            LocalDate.of(2024, 4, 7), "Paek Yang San 1",
            LocalDate.of(2024, 4, 10), "Wol Bong San",
            LocalDate.of(2024, 11, 5), "Unidentified tanker 1");

    /** Illustrative calls that precede a documented discharge (Chongjin in March, Nampo in April). */
    static final Map<LocalDate, String> PINNED_CALLS = Map.of(
            LocalDate.of(2024, 3, 8), "Unidentified tanker 2",
            LocalDate.of(2024, 3, 28), "Unidentified tanker 3");

    /** One event of the scenario with the idempotency key that makes reloading it harmless. */
    public record ScenarioEvent(String idempotencyKey, NewVoyageEvent event) {
    }

    /** One call: its date, tanker and whether its discharge is documented rather than illustrative. */
    record Call(LocalDate date, String tanker, boolean documented, boolean dischargeDocumented) {
    }

    private IllustrativeReconstruction() {
    }

    /** All 43 calls in date order, documented and illustrative. */
    static List<Call> calls() {
        TreeMap<LocalDate, Call> calls = new TreeMap<>();
        Map<String, Integer> remaining = new LinkedHashMap<>(QUOTAS);
        DOCUMENTED_CALLS.forEach((day, tanker) -> {
            calls.put(day, new Call(day, tanker, true, false));
            remaining.merge(tanker, -1, Integer::sum);
        });
        PINNED_CALLS.forEach((day, tanker) -> {
            calls.put(day, new Call(day, tanker, false, true));
            remaining.merge(tanker, -1, Integer::sum);
        });
        for (LocalDate slot : freeSlots()) {
            String chosen = null;
            for (String tanker : remaining.keySet()) {
                if (remaining.get(tanker) > 0 && isFree(calls, tanker, slot)
                        && (chosen == null || remaining.get(tanker) > remaining.get(chosen))) {
                    chosen = tanker;
                }
            }
            if (chosen == null) {
                throw new IllegalStateException("no tanker is free for the call on " + slot + "; the quotas do not fit");
            }
            calls.put(slot, new Call(slot, chosen, false, false));
            remaining.merge(chosen, -1, Integer::sum);
        }
        return List.copyOf(calls.values());
    }

    /** The illustrative events: a sighting per illustrative call, an arrival per illustrative discharge. */
    public static List<ScenarioEvent> events() {
        List<ScenarioEvent> events = new ArrayList<>();
        List<Call> calls = calls();
        for (int i = 0; i < calls.size(); i++) {
            Call call = calls.get(i);
            int number = i + 1;
            if (!call.documented()) {
                events.add(new ScenarioEvent("vostochny-2024/ill/call-" + number, event(call.tanker(), EventType.SIGHTING,
                        call.date(), LOADING_PORT, "Illustrative call " + number + " of " + TOTAL_CALLS
                                + " at Vostochny: date and tanker filled in by the scenario rule, not observed.")));
            }
            if (!call.dischargeDocumented()) {
                boolean nampo = i % 3 == 2;
                String port = nampo ? "Nampo" : "Chongjin";
                LocalDate arrival = call.date().plusDays(nampo ? 7 : 3);
                events.add(new ScenarioEvent("vostochny-2024/ill/discharge-" + number, event(call.tanker(),
                        EventType.ARRIVAL, arrival, port, "Illustrative discharge of call " + number + ": " + port
                                + " by the scenario rule (two in three Chongjin), " + (nampo ? 7 : 3)
                                + " days' assumed transit; not observed.")));
            }
        }
        return events;
    }

    /** The columns of the scenario's CSV files: the import format's. */
    public static final List<String> COLUMNS = List.of("tanker", "type", "occurredAt", "precision", "occurredFrom",
            "occurredTo", "port", "ladenState", "observedDraftM", "reportedVolume", "reportedVolumeUnit", "product",
            "evidenceType", "confidence", "source", "notes", "illustrative", "idempotencyKey");

    /** {@link #events()} as the CSV users import (RFC 4180, header row, LF line ends). */
    public static String csv() {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        COLUMNS.forEach(schema::addColumn);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ScenarioEvent e : events()) {
            NewVoyageEvent v = e.event();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("tanker", v.tanker());
            row.put("type", v.type());
            row.put("occurredAt", v.occurredAt());
            row.put("precision", v.precision());
            row.put("port", v.port());
            row.put("evidenceType", v.evidenceType());
            row.put("confidence", v.confidence());
            row.put("source", v.source());
            row.put("notes", v.notes());
            row.put("illustrative", v.illustrative());
            row.put("idempotencyKey", e.idempotencyKey());
            rows.add(row);
        }
        try {
            return new CsvMapper().writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always serialise", e);
        }
    }

    private static NewVoyageEvent event(String tanker, EventType type, LocalDate day, String port, String notes) {
        return new NewVoyageEvent(tanker, type, day.toString(), TimePrecision.DAY, null, null, port, null, null, null,
                null, null, EvidenceType.ANALYST_INFERENCE, 1, SOURCE, notes, true, null, null);
    }

    private static List<LocalDate> freeSlots() {
        List<LocalDate> slots = new ArrayList<>();
        for (int day : new int[] {11, 14, 17, 20, 24}) {
            slots.add(LocalDate.of(2024, 3, day));
        }
        LocalDate first = LocalDate.of(2024, 4, 15);
        long span = ChronoUnit.DAYS.between(first, LocalDate.of(2024, 11, 1));
        int count = TOTAL_CALLS - DOCUMENTED_CALLS.size() - PINNED_CALLS.size() - slots.size();
        for (int i = 0; i < count; i++) {
            slots.add(first.plusDays(Math.round(i * (double) span / (count - 1))));
        }
        return slots;
    }

    private static boolean isFree(Map<LocalDate, Call> calls, String tanker, LocalDate day) {
        for (Call c : calls.values()) {
            if (c.tanker().equals(tanker) && Math.abs(ChronoUnit.DAYS.between(c.date(), day)) < MIN_DAYS_BETWEEN_CALLS) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> quotas() {
        Map<String, Integer> q = new LinkedHashMap<>();
        q.put("Yu Son", 4);
        q.put("Rye Song Gang 1", 4);
        q.put("Kum Jin Gang 3", 4);
        q.put("Chon Ma San", 4);
        q.put("Sam Ma 2", 4);
        q.put("An San 1", 3);
        q.put("Paek Yang San 1", 3);
        q.put("Eunheung", 2);
        q.put("Wol Bong San", 2);
        q.put("Unidentified tanker 1", 3);
        q.put("Unidentified tanker 2", 2);
        q.put("Unidentified tanker 3", 2);
        q.put("Unidentified tanker 4", 2);
        q.put("Unidentified tanker 5", 2);
        q.put("Unidentified tanker 6", 2);
        return java.util.Collections.unmodifiableMap(q);
    }
}
