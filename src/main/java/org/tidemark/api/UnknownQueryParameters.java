package org.tidemark.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query parameter the matched resource method does not declare, naming every one, so that a
 * misspelt filter ({@code tanke=…}) or an option Tidemark lacks ({@code format=csv}) is a 400 rather than
 * an answer that silently ignored it. The names a method takes are read from its {@link QueryParam}
 * annotations, on its parameters and on the fields of its {@link BeanParam}s, once per method.
 */
public class UnknownQueryParameters {

    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuseUnknown(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || uri.getQueryParameters().isEmpty()
                || !method.getDeclaringClass().getPackageName().equals(UnknownQueryParameters.class.getPackageName())) {
            return null; // the API's resources only: web pages read their form's fields and ignore the rest
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, UnknownQueryParameters::declaredBy);
        Set<String> unknown = new TreeSet<>(uri.getQueryParameters().keySet());
        unknown.removeAll(declared);
        if (unknown.isEmpty()) {
            return null;
        }
        List<Problem.FieldError> errors = unknown.stream()
                .map(name -> new Problem.FieldError(name, "not a parameter of this endpoint"))
                .toList();
        String detail = (unknown.size() == 1 ? "unknown query parameter " : "unknown query parameters ")
                + String.join(", ", unknown) + "; " + (declared.isEmpty() ? "this endpoint takes none"
                : "this endpoint takes " + String.join(", ", new TreeSet<>(declared)));
        return ProblemMapper.respond(400, detail, uri, errors);
    }

    static Set<String> declaredBy(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            collect(parameter.getAnnotations(), parameter.getType(), names);
        }
        return Set.copyOf(names);
    }

    private static void collect(Annotation[] annotations, Class<?> type, Set<String> names) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                names.add(query.value());
            } else if (annotation instanceof BeanParam) {
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        collect(field.getAnnotations(), field.getType(), names);
                    }
                }
            }
        }
    }
}
