package org.tidemark.ingest;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import org.tidemark.domain.RefusedMember;

/**
 * Lets {@link NewVoyageEvent} bind an event in the shapes the API reads it out, so that what was read can be
 * posted back unchanged: {@code GET /api/events/{id}}, a timeline entry ({@code kind: EVENT} with its
 * {@code event}), references as objects ({@code tanker: {id, name}}, {@code source: {id, key, …}}).
 * <p>
 * The rule (docs/API.md, "Read and write"): members only the server sets ({@code id}, {@code recordedBy},
 * {@code recordedAt}, {@code at}, the ids beside the reference objects) are ignored; a retraction is refused, since
 * posting a retracted event back would record the fact as live; a VOYAGE entry is refused, since voyages are
 * derived. CSV rows are flat already and bind directly.
 */
@Singleton
public class EventReadShape implements ObjectMapperCustomizer {

    /** Members of the read shapes that the server sets: accepted and ignored. */
    static final Set<String> IGNORED = Set.of("id", "recordedBy", "recordedAt", "at", "portId", "sourceId");
    /** Members of a timeline entry around its event. */
    private static final Set<String> ENTRY = Set.of("kind", "id", "at", "tanker", "illustrative", "source", "event",
            "voyage");
    /** Reference members: the object's member that names the record portably, and the id member it may fill. */
    private static final Map<String, List<String>> REFERENCES = Map.of(
            "tanker", List.of("name", "tankerId"),
            "counterpart", List.of("name", "counterpartTankerId"),
            "port", List.of("name", ""),
            "source", List.of("key", ""));

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("tidemark-event-read-shape");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == NewVoyageEvent.class ? new Flattening(deserializer) : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    /** Reads the object as a tree, turns a read shape into the flat input, and binds that as usual. */
    static final class Flattening extends DelegatingDeserializer {

        Flattening(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Flattening(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p instanceof CsvParser || !p.hasToken(JsonToken.START_OBJECT)) {
                return super.deserialize(p, ctxt);
            }
            JsonNode tree = ctxt.readTree(p);
            ObjectNode flat = flatten((ObjectNode) tree, p);
            try (JsonParser flatParser = flat.traverse(p.getCodec())) {
                flatParser.nextToken();
                return super.deserialize(flatParser, ctxt);
            }
        }
    }

    /** The flat input a read shape states; a flat input comes back with only the ignored members removed. */
    static ObjectNode flatten(ObjectNode in, JsonParser p) throws MismatchedInputException {
        ObjectNode out;
        if (in.has("kind") && in.has("event")) {
            String kind = in.get("kind").asText();
            if (!"EVENT".equals(kind)) {
                throw refused(p, "kind", "a " + kind + " entry is derived from events, not recorded; post its events");
            }
            JsonNode event = in.get("event");
            if (!event.isObject()) {
                throw refused(p, "event", "a timeline entry's event is an object");
            }
            out = ((ObjectNode) event).deepCopy();
            for (String member : List.of("tanker", "source", "illustrative")) {
                if (!out.has(member) && in.has(member)) {
                    out.set(member, in.get(member));
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                if (!ENTRY.contains(member.getKey())) {
                    // Not part of an entry: bound as a member of the event, and refused there by name.
                    out.set(member.getKey(), member.getValue());
                }
            }
        } else {
            out = in.deepCopy();
        }
        refuseRetraction(out, p);
        IGNORED.forEach(out::remove);
        for (Map.Entry<String, List<String>> reference : REFERENCES.entrySet()) {
            flattenReference(out, reference.getKey(), reference.getValue().get(0), reference.getValue().get(1), p);
        }
        return out;
    }

    private static void refuseRetraction(ObjectNode event, JsonParser p) throws MismatchedInputException {
        for (String member : List.of("retraction", "retractedBy")) {
            JsonNode retraction = event.get(member);
            if (retraction != null && !retraction.isNull()) {
                throw refused(p, member, "this event was retracted (by event " + retraction.path("eventId").asText("?")
                        + ": " + retraction.path("reason").asText("") + "); posting it back would record the fact as live. "
                        + "To record it again on purpose, leave " + member + " out");
            }
            event.remove(member);
        }
        JsonNode retracted = event.get("retracted");
        if (retracted != null && retracted.asBoolean(false)) {
            throw refused(p, "retracted", "this event was retracted; posting it back would record the fact as live. "
                    + "To record it again on purpose, leave retracted out");
        }
        event.remove("retracted");
        for (String member : List.of("retractsEventId", "reason")) {
            JsonNode value = event.get(member);
            if (value != null && !value.isNull()) {
                throw refused(p, member, "a retraction is recorded with POST /api/events/{id}/retraction and a reason");
            }
            event.remove(member);
        }
    }

    /**
     * {@code tanker: {id, name}} becomes {@code tanker: name} and {@code tankerId: id}. An object without its name
     * or key gives its id as the reference.
     */
    private static void flattenReference(ObjectNode event, String member, String nameMember, String idMember,
                                         JsonParser p) throws MismatchedInputException {
        JsonNode value = event.get(member);
        if (value == null || !value.isObject()) {
            return;
        }
        JsonNode name = value.get(nameMember);
        JsonNode id = value.get("id");
        if (name != null && name.isTextual()) {
            event.set(member, name);
        } else if (id != null && id.canConvertToLong()) {
            event.put(member, id.asText());
        } else {
            throw refused(p, member, "a reference object names the record by " + nameMember + " (or id)");
        }
        if (!idMember.isEmpty() && id != null && id.canConvertToLong()) {
            JsonNode given = event.get(idMember);
            if (given != null && !given.isNull() && given.asLong() != id.asLong()) {
                throw refused(p, idMember, idMember + " " + given.asText() + " differs from " + member + ".id "
                        + id.asText());
            }
            event.put(idMember, id.asLong());
        }
    }

    private static MismatchedInputException refused(JsonParser p, String field, String message) {
        return RefusedMember.of(p, NewVoyageEvent.class, field, message);
    }
}
