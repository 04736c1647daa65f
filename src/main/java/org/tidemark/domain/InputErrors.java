package org.tidemark.domain;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Says which input field a binding or validation error is about and what is wrong, for the API and for import rows alike. */
public final class InputErrors {

    private InputErrors() {
    }

    /** The JSON path of the bad value ("confidence", "identities.[0].kind"), or null when the error has none. */
    public static String field(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
        }
        return null;
    }

    /** What is wrong with the value, in words a person can act on. */
    public static String message(JsonProcessingException e) {
        if (e instanceof RefusedMember) {
            return e.getOriginalMessage();
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not a valid " + describe(format.getTargetType());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "is not a member of " + unknown.getReferringClass().getSimpleName() + "; its members are "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        }
        return "cannot be read: " + e.getOriginalMessage();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return type.getSimpleName() + " (one of " + List.of(type.getEnumConstants()) + ")";
        }
        return type.getSimpleName();
    }

    /** The property a bean-validation violation is about ("confidence"), without the method and parameter of its path. */
    public static String field(ConstraintViolation<?> v) {
        String name = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                name = name == null ? node.getName() : name + "." + node.getName();
            }
        }
        return name == null ? v.getPropertyPath().toString() : name;
    }
}
