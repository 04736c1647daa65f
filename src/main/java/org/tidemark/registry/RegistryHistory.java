package org.tidemark.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.tidemark.domain.Claim;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.Port;
import org.tidemark.domain.RegistryChange;
import org.tidemark.domain.Source;
import org.tidemark.domain.Tanker;

/**
 * The trail of changes to registered records (tankers, ports, sources, claims, users): each write
 * appends who made it, when, the record before and after, and the reason the request gave
 * ({@link ChangeReason}). Written in the transaction of the change itself, so a change and its
 * entry are stored together or not at all.
 */
@ApplicationScoped
public class RegistryHistory {

    /** The author of changes made outside any request: the bundled scenario, the first start. */
    public static final String SYSTEM = "system";

    private final ObjectMapper json;

    RegistryHistory(ObjectMapper json) {
        this.json = json;
    }

    /**
     * One change as the API shows it.
     *
     * @param changed the top-level fields whose value differs between before and after (all of after's for a creation)
     */
    @Schema(name = "RegistryChange", description = "One change to a registered record")
    public record Entry(long id, RegistryChange.Kind kind, long recordId, String action, String changedBy,
                        Instant changedAt, List<String> changed,
                        @Schema(description = "The record before the change; null for a creation")
                        Map<String, Object> before,
                        @Schema(description = "The record after the change")
                        Map<String, Object> after,
                        String reason) {

        private static final ObjectMapper TREES = new ObjectMapper();

        @SuppressWarnings("unchecked")
        static Entry of(RegistryChange c) {
            return new Entry(c.id, c.kind, c.recordId, c.action, c.changedBy, c.changedAt,
                    changedFields(c.before, c.after), c.before == null ? null : TREES.convertValue(c.before, Map.class),
                    c.after == null ? null : TREES.convertValue(c.after, Map.class), c.reason);
        }
    }

    /** Appends a change; {@code before} is null for a creation. Nothing is appended when nothing changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(RegistryChange.Kind kind, long recordId, String action, Object before, Object after) {
        JsonNode was = before == null ? null : json.valueToTree(before);
        JsonNode is = after == null ? null : json.valueToTree(after);
        if (was != null && Objects.equals(was, is)) {
            return;
        }
        RegistryChange c = new RegistryChange();
        c.kind = kind;
        c.recordId = recordId;
        c.action = action;
        c.changedBy = author();
        c.changedAt = Instant.now();
        c.before = was;
        c.after = is;
        c.reason = ChangeReason.current();
        c.persist();
    }

    /** A record's changes, oldest first; 404 for a record that does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> of(RegistryChange.Kind kind, long recordId) {
        boolean exists = switch (kind) {
            case TANKER -> Tanker.findByIdOptional(recordId).isPresent();
            case PORT -> Port.findByIdOptional(recordId).isPresent();
            case SOURCE -> Source.findByIdOptional(recordId).isPresent();
            case CLAIM -> Claim.findByIdOptional(recordId).isPresent();
            case USER -> RegistryChange.count("kind = ?1 and recordId = ?2", kind, recordId) > 0;
        };
        if (!exists) {
            throw DomainException.notFound("there is no " + kind.name().toLowerCase() + " " + recordId);
        }
        return RegistryChange.<RegistryChange>list("kind = ?1 and recordId = ?2", Sort.by("id"), kind, recordId)
                .stream().map(Entry::of).toList();
    }

    /**
     * The changes made after {@code after} to the records named in {@code records} (by kind), oldest first:
     * what a published brief's comparison lists as amendments.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> since(Instant after, Map<RegistryChange.Kind, ? extends Collection<Long>> records) {
        List<Entry> found = new ArrayList<>();
        for (Map.Entry<RegistryChange.Kind, ? extends Collection<Long>> kind : records.entrySet()) {
            if (!kind.getValue().isEmpty()) {
                RegistryChange.<RegistryChange>list("kind = ?1 and recordId in ?2 and changedAt > ?3", Sort.by("id"),
                        kind.getKey(), kind.getValue(), after).forEach(c -> found.add(Entry.of(c)));
            }
        }
        found.sort(Comparator.comparingLong(Entry::id));
        return found;
    }

    /**
     * The tanker fields whose change re-derives its voyages (their estimates rest on them): the particulars
     * {@link Registry#amendTanker} compares.
     */
    static final Set<String> REDERIVING_TANKER_FIELDS = Set.of("deadweightT", "cargoCapacityT", "tpcTonnesPerCm",
            "ballastDraftM", "cargoCapacityLowT", "cargoCapacityHighT", "deadweightLowT", "deadweightHighT",
            "illustrative", "particularsNote");

    /**
     * The amendments that re-derived a voyage of {@code tankerId} at {@code portIds}: changes to the tanker's
     * particulars, and changes of those ports' role. Oldest first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> rederiving(long tankerId, Collection<Long> portIds) {
        List<Entry> found = new ArrayList<>();
        RegistryChange.<RegistryChange>list("kind = ?1 and recordId = ?2 and action = 'AMENDED'", Sort.by("id"),
                RegistryChange.Kind.TANKER, tankerId).stream().map(Entry::of)
                .filter(e -> e.changed().stream().anyMatch(REDERIVING_TANKER_FIELDS::contains)).forEach(found::add);
        if (!portIds.isEmpty()) {
            RegistryChange.<RegistryChange>list("kind = ?1 and recordId in ?2 and action = 'AMENDED'", Sort.by("id"),
                    RegistryChange.Kind.PORT, portIds).stream().map(Entry::of)
                    .filter(e -> e.changed().contains("role")).forEach(found::add);
        }
        found.sort(Comparator.comparingLong(Entry::id));
        return found;
    }

    private static String author() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }

    static List<String> changedFields(JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode node : new JsonNode[] {after, before}) {
            if (node != null) {
                for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                    names.add(it.next());
                }
            }
        }
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            JsonNode was = before == null ? null : before.get(name);
            JsonNode is = after == null ? null : after.get(name);
            boolean absent = (was == null || was.isNull()) && (is == null || is.isNull());
            if (!absent && !Objects.equals(was, is)) {
                changed.add(name);
            }
        }
        return changed;
    }
}
