package org.tidemark.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.tidemark.domain.DomainException;
import org.tidemark.domain.Port;
import org.tidemark.domain.Source;
import org.tidemark.domain.TimeWindow;

/**
 * Looks each distinct tanker, port and source reference of one request up once; ports are share-locked as resolved.
 * <p>
 * An import of a million rows naming three tankers looks each up once, and a name that resolves to nothing
 * fails every row using it without asking the database again. Not thread-safe: one per request.
 */
public final class ReferenceCache {

    /** Distinct names remembered per kind; beyond this a file of ever-new bad names would only fill memory. */
    private static final int MAX_REMEMBERED = 10_000;

    private final References references;
    private final Runnable beforeLookup;
    private final Map<String, Object> tankers = new HashMap<>();
    private final Map<String, Object> ports = new HashMap<>();
    private final Map<String, Object> sources = new HashMap<>();
    private final Map<String, Object> tankerIds = new HashMap<>();

    ReferenceCache(References references, Runnable beforeLookup) {
        this.references = references;
        this.beforeLookup = beforeLookup;
    }

    /**
     * The id of the tanker the reference names during {@code window} ({@link References#tankerAt}). The
     * reference's identities are read once; each event's time is then matched against them in memory.
     */
    public long tankerAt(String reference, TimeWindow window) {
        return tankerAt("tanker", reference, window);
    }

    /** {@link #tankerAt(String, TimeWindow)} with errors on {@code field} (a transfer's counterpart). */
    public long tankerAt(String field, String reference, TimeWindow window) {
        IdentityMatches matches = lookup(tankers, reference, references::matches);
        return matches.tankerAt(field, window);
    }

    /**
     * The tanker that held {@code identity} (an MMSI, IMO number, name or alias) during {@code window}, never by the
     * reference being a tanker's id: for identities read from data (AIS), where digits are an MMSI, not an id.
     */
    public long tankerIdentifiedAt(String field, String identity, TimeWindow window) {
        IdentityMatches matches = lookup(tankers, identity, references::matches);
        return matches.tankerAt(field, window, false);
    }

    /**
     * As {@link #tankerAt(String, String, TimeWindow)}, but when {@code id} (read beside the reference from an earlier
     * answer) is a tanker that bears the reference, that tanker: so a name read back resolves to the record it was
     * read from, whatever it held at the event's time. Otherwise the reference decides, as always.
     */
    public long tankerAt(String field, String reference, Long id, TimeWindow window) {
        if (id != null) {
            Boolean bears = lookup(tankerIds, id + "/" + reference, k -> references.bears(id, reference));
            if (bears) {
                return id;
            }
        }
        return tankerAt(field, reference, window);
    }

    /** The port, share-locked for the rest of the transaction. */
    public Port port(String reference) {
        return lookup(ports, reference, r -> references.lockShared(references.port(r)));
    }

    public Source source(String reference) {
        return lookup(sources, reference, references::source);
    }

    @SuppressWarnings("unchecked")
    private <T> T lookup(Map<String, Object> memo, String reference, Function<String, T> resolve) {
        Object known = memo.get(reference);
        if (known == null) {
            beforeLookup.run();
            try {
                known = resolve.apply(reference);
            } catch (DomainException e) {
                known = e;
            }
            if (memo.size() < MAX_REMEMBERED) {
                memo.put(reference, known);
            }
        }
        if (known instanceof DomainException e) {
            throw e;
        }
        return (T) known;
    }
}
