package org.tidemark.query;

import java.time.Instant;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tidemark.domain.DomainException;
import org.tidemark.registry.References;

/**
 * Turns typed {@link FilterCriteria} into the {@link TimelineFilter} the queries take: checks the range and
 * the confidence, and resolves the tanker and port references to ids. An unknown tanker or port is a bad
 * argument (400) here, not the 422 a request body gets: the resource exists, the filter names nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FilterResolver {

    private final References references;

    FilterResolver(References references) {
        this.references = references;
    }

    public TimelineFilter filter(FilterCriteria c) {
        Instant from = c.from() == null ? null : c.from().start();
        Instant to = c.to() == null ? null : c.to().end();
        if (from != null && to != null && !from.isBefore(to)) {
            throw DomainException.invalid("to", "'to' (" + to + ") must be after 'from' (" + from + ")");
        }
        Integer minConfidence = c.minConfidence();
        if (minConfidence != null && (minConfidence < 1 || minConfidence > 4)) {
            throw DomainException.invalid("minConfidence", "confidence runs from 1 to 4, got " + minConfidence);
        }
        return new TimelineFilter(from, to,
                present(c.tanker()) ? tankerId(c.tanker()) : null,
                present(c.port()) ? portId(c.port()) : null,
                null, c.types(), c.evidenceTypes(), minConfidence, c.illustrative(), c.retracted(), c.designated());
    }

    /** A tanker reference in a filter: its id, IMO number, MMSI, name or alias. */
    public long tankerId(String reference) {
        // the id alone, as a filter needs it: no tanker entity (identities, designations) loaded for every page
        return asArgument("tanker", () -> references.tankerAt("tanker", reference, null));
    }

    /** A port reference in a filter: its id, UN/LOCODE or name. */
    public long portId(String reference) {
        return asArgument("port", () -> references.port(reference).id);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** References reports an unknown name as 422 (right for a request body); in a filter it is a bad argument. */
    private static long asArgument(String name, Supplier<Long> lookup) {
        try {
            return lookup.get();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.UNPROCESSABLE) {
                throw DomainException.invalid(name, e.getMessage());
            }
            throw e;
        }
    }
}
