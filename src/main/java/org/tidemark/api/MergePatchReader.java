package org.tidemark.api;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

/** Reads RFC 7396 merge-patch documents ({@value #MEDIA_TYPE}), which the REST layer's JSON reader does not claim. */
@Provider
@Consumes(MergePatchReader.MEDIA_TYPE)
public class MergePatchReader implements MessageBodyReader<JsonNode> {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper json;

    MergePatchReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonNode.class.isAssignableFrom(type);
    }

    @Override
    public JsonNode readFrom(Class<JsonNode> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                             MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return json.readTree(entityStream);
    }
}
