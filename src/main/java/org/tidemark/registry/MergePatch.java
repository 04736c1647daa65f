package org.tidemark.registry;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.tidemark.domain.DomainException;
import org.tidemark.domain.InputErrors;

/**
 * An RFC 7396 JSON merge patch applied to the flat fields of a registry record, then bound and validated.
 * <p>
 * A member sets a field, null clears it, an absent member leaves it. The result is validated exactly like a
 * new record, so an amendment cannot store what registration would refuse.
 */
final class MergePatch {

    private MergePatch() {
    }

    /**
     * @param fixed fields a patch may not touch, with the reason shown when it tries
     */
    static <T extends Record> T apply(ObjectMapper json, Validator validator, T current, JsonNode patch,
                                      Map<String, String> fixed) {
        if (patch == null || !patch.isObject()) {
            throw DomainException.invalid(null, "a merge patch is a JSON object of the fields to change");
        }
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) current.getClass();
        Set<String> fields = Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        ObjectNode merged = json.valueToTree(current);
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String name = member.getKey();
            if (fixed.containsKey(name)) {
                throw DomainException.invalid(name, fixed.get(name));
            }
            if (!fields.contains(name)) {
                fields.removeAll(fixed.keySet());
                throw DomainException.invalid(name, "there is no field '" + name + "'; the fields are " + String.join(", ", fields));
            }
            merged.set(name, member.getValue());
        }
        T amended;
        try {
            amended = json.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            throw DomainException.invalid(InputErrors.field(e), InputErrors.message(e));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(amended);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return amended;
    }
}
