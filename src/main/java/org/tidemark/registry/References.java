package org.tidemark.registry;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;

import org.tidemark.domain.DomainException;
import org.tidemark.domain.ImoNumber;
import org.tidemark.domain.Port;
import org.tidemark.domain.Source;
import org.tidemark.domain.Tanker;
import org.tidemark.domain.TimeWindow;

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
     * The tanker a reference names at any time (for query filters): its IMO number, an MMSI, name or
     * alias it held (any case), or its id. A reference several tankers held (at different times) is a
     * 422 naming them all.
     */
    public Tanker tanker(String reference) {
        return Tanker.findById(matches(reference).tankerAt("tanker", null));
    }

    /**
     * The id of the tanker a reference names during {@code window}, by the rules of identity at the time
     * ({@link IdentityMatches}), or at any time when {@code window} is null; the same for an event's tanker and a
     * ship-to-ship counterpart. A 422 on {@code field} when nothing held the reference then, or several tankers did
     * (naming each).
     */
    public long tankerAt(String field, String reference, TimeWindow window) {
        return matches(reference).tankerAt(field, window);
    }

    /** {@link #tankerAt(String, String, TimeWindow)} for the field "tanker". */
    public long tankerAt(String reference, TimeWindow window) {
        return tankerAt("tanker", reference, window);
    }

    /**
     * Every identity the reference could name, each with the time it held: the IMO number (always), the
     * current name and MMSI (from the last day an earlier one of the same kind was held, or always), the
     * identity history (NAME, ALIAS, MMSI rows), and the id (digits) as a timeless fallback.
     */
    IdentityMatches matches(String reference) {
        String ref = reference.strip();
        String imo = ImoNumber.normalise(ref);
        boolean digits = !ref.isEmpty() && ref.chars().allMatch(Character::isDigit);
        List<IdentityMatches.Match> found = flushed().doReturningWork(c -> {
            List<IdentityMatches.Match> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(MATCHES)) {
                ps.setString(1, ImoNumber.isValid(imo) ? imo : null);
                ps.setString(2, ref);
                ps.setString(3, digits ? ref : null);
                ps.setString(4, ref);
                ps.setString(5, digits ? ref : null);
                ps.setObject(6, digits && ref.length() < 19 ? Long.parseLong(ref) : null, Types.BIGINT);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new IdentityMatches.Match(rs.getLong("id"), rs.getString("name"),
                                IdentityMatches.Via.valueOf(rs.getString("via")),
                                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)));
                    }
                }
            }
            return rows;
        });
        return new IdentityMatches(ref, found);
    }

    /**
     * Whether tanker {@code id} exists and bears {@code reference}: its current name, IMO number or MMSI, or a name,
     * alias or MMSI it held (any case). An id read from another database rarely passes: the name then decides.
     */
    public boolean bears(long id, String reference) {
        String ref = reference.strip();
        return flushed().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(BEARS)) {
                ps.setLong(1, id);
                ps.setString(2, ref);
                ps.setString(3, ImoNumber.normalise(ref));
                ps.setString(4, ref);
                ps.setLong(5, id);
                ps.setString(6, ref);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private static final String BEARS = """
            select 1 from tanker where id = ? and (lower(name) = lower(?) or imo = ? or mmsi = ?)
            union all
            select 1 from tanker_identity where tanker_id = ? and lower(value) = lower(?)
            limit 1
            """;

    /** Tankers whose current name, or any earlier name or alias, is {@code name}; case does not matter. */
    public List<Tanker> tankersNamed(String name) {
        List<Long> ids = flushed().doReturningWork(c -> {
            List<Long> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(NAMED)) {
                ps.setString(1, name.strip());
                ps.setString(2, name.strip());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getLong(1));
                    }
                }
            }
            return found;
        });
        return ids.stream().map(id -> Tanker.<Tanker>findById(id)).toList();
    }

    /**
     * The session, flushed when in a transaction. Identity lookups go through JDBC, not HQL: through
     * Hibernate both the HQL and the native form missed the query plan cache on every call. JDBC does
     * not flush as a query does, so names and identities recorded earlier in this transaction are flushed
     * first to be seen.
     */
    private Session flushed() {
        Session session = em.unwrap(Session.class);
        if (session.isJoinedToTransaction()) {
            session.flush();
        }
        return session;
    }

    private static final String NAMED = """
            select id from tanker where lower(name) = lower(?)
            union
            select tanker_id from tanker_identity where kind in ('NAME', 'ALIAS') and lower(value) = lower(?)
            """;

    private static final String MATCHES = """
            select t.id, t.name, 'IMO' as via, cast(null as date) as valid_from, cast(null as date) as valid_to
            from tanker t where t.imo = ?
            union all
            select t.id, t.name, 'NAME', (select max(i.valid_to) from tanker_identity i
                                          where i.tanker_id = t.id and i.kind = 'NAME'), null
            from tanker t where lower(t.name) = lower(?)
            union all
            select t.id, t.name, 'MMSI', (select max(i.valid_to) from tanker_identity i
                                          where i.tanker_id = t.id and i.kind = 'MMSI'), null
            from tanker t where t.mmsi = ?
            union all
            select t.id, t.name, i.kind, i.valid_from, i.valid_to
            from tanker_identity i join tanker t on t.id = i.tanker_id
            where i.kind in ('NAME', 'ALIAS') and lower(i.value) = lower(?)
            union all
            select t.id, t.name, i.kind, i.valid_from, i.valid_to
            from tanker_identity i join tanker t on t.id = i.tanker_id
            where i.kind = 'MMSI' and i.value = ?
            union all
            select t.id, t.name, 'ID', null, null from tanker t where t.id = ?
            """;

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
