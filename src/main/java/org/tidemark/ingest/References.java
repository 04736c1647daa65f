package org.tidemark.ingest;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.tidemark.domain.DomainException;
import org.tidemark.domain.ImoNumber;
import org.tidemark.domain.Port;
import org.tidemark.domain.Source;
import org.tidemark.domain.Tanker;

/** Resolves the ways users name tankers, ports and sources to the records themselves. */
@ApplicationScoped
public class References {

    private final EntityManager em;

    References(EntityManager em) {
        this.em = em;
    }

    /** A per-request memo of resolved references (see {@link ReferenceCache}). */
    public ReferenceCache cache() {
        return new ReferenceCache(this, () -> { });
    }

    /** A memo that runs {@code beforeLookup} before each database lookup, e.g. to pause a COPY on the connection. */
    public ReferenceCache cache(Runnable beforeLookup) {
        return new ReferenceCache(this, beforeLookup);
    }

    /**
     * Re-reads the port under a share lock held to the end of the transaction. An event's rules and
     * its tanker's derivation read the port's role; the lock makes a concurrent change of role wait
     * for this transaction (and this one see the change if it came first), so no voyage is derived
     * from a role that is no longer true.
     */
    public Port lockShared(Port port) {
        em.refresh(port, LockModeType.PESSIMISTIC_READ);
        return port;
    }

    /**
     * A tanker by IMO number (seven digits with a valid check digit, "IMO " optional), by id
     * (other digits), or by name or alias, ignoring case.
     */
    public Tanker tanker(String reference) {
        String ref = reference.strip();
        String imo = ImoNumber.normalise(ref);
        if (ImoNumber.isValid(imo)) {
            Optional<Tanker> byImo = Tanker.findByImo(imo);
            if (byImo.isPresent()) {
                return byImo.get();
            }
        }
        if (ref.chars().allMatch(Character::isDigit) && ref.length() < 19) {
            Tanker byId = Tanker.findById(Long.parseLong(ref));
            if (byId != null) {
                return byId;
            }
        }
        List<Tanker> byName = Tanker.listByNameOrAlias(ref);
        if (byName.size() > 1) {
            throw DomainException.unprocessable("tanker", "'" + ref + "' names " + byName.size()
                    + " tankers; use the id or IMO number instead");
        }
        return byName.stream().findFirst().orElseThrow(() -> DomainException.unprocessable("tanker",
                "no tanker is known as '" + ref + "': record it with POST /api/tankers, or give its id, IMO number, name or alias"));
    }

    /** A port by UN/LOCODE, id or name. */
    public Port port(String reference) {
        String ref = reference.strip();
        Optional<Port> port = Optional.empty();
        if (ref.length() == 5 && !ref.chars().allMatch(Character::isDigit)) {
            port = Port.findByLocode(ref);
        }
        if (port.isEmpty() && ref.chars().allMatch(Character::isDigit) && ref.length() < 19) {
            port = Port.findByIdOptional(Long.parseLong(ref));
        }
        if (port.isEmpty()) {
            port = Port.findByName(ref);
        }
        return port.orElseThrow(() -> DomainException.unprocessable("port",
                "no port is known as '" + ref + "': record it with POST /api/ports, or give its id, UN/LOCODE or name"));
    }

    /** A source by key or id. */
    public Source source(String reference) {
        String ref = reference.strip();
        Optional<Source> source = Source.findByKey(ref);
        if (source.isEmpty() && ref.chars().allMatch(Character::isDigit) && ref.length() < 19) {
            source = Source.findByIdOptional(Long.parseLong(ref));
        }
        return source.orElseThrow(() -> DomainException.unprocessable("source",
                "no source is known as '" + ref + "': record it with POST /api/sources, or give its key or id"));
    }
}
