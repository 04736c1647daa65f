package org.tidemark.domain;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Binds a reference to a registered record (a source, a port) as the text a write names it by, given either as that
 * text or as the object the API reads out: {@code {"id": 3, "key": "osc-refined-tastes", …}} gives its {@code key},
 * {@code {"id": 7, "name": "Vostochny"}} its {@code name}, and an object with neither its id. The key or name is
 * what stays true in another database (docs/API.md, "Read and write").
 */
public final class ReferenceText extends StdDeserializer<String> {

    public ReferenceText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.START_OBJECT)) {
            // the application's own String binding, with its checks (NoNulInJson)
            return ctxt.readValue(p, String.class);
        }
        JsonNode object = ctxt.readTree(p);
        for (String member : new String[] {"key", "name"}) {
            JsonNode text = object.get(member);
            if (text != null && text.isTextual()) {
                if (text.asText().indexOf('\u0000') >= 0) {
                    throw RefusedMember.of(p, String.class, member, "must not contain the character U+0000");
                }
                return text.asText();
            }
        }
        JsonNode id = object.get("id");
        if (id != null && id.canConvertToLong()) {
            return id.asText();
        }
        throw RefusedMember.of(p, String.class, "key", "a reference is a text (key, name or id) or an object with "
                + "its key, name or id, as the API reads it out");
    }
}
