package org.tidemark.registry;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.tidemark.domain.DatePrecision;
import org.tidemark.domain.Designation;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.EventType;
import org.tidemark.domain.IdentityKind;
import org.tidemark.domain.ImoNumber;
import org.tidemark.domain.Port;
import org.tidemark.domain.PortRole;
import org.tidemark.domain.RegistryChange.Kind;
import org.tidemark.domain.Source;
import org.tidemark.domain.Tanker;
import org.tidemark.domain.TankerIdentity;
import org.tidemark.projection.TankerDerivation;
import org.tidemark.projection.VoyageChanges;

/**
 * Tankers, ports and sources: the things events refer to; registered, amended and extended here.
 * <p>
 * Amending what derivation reads (a tanker's particulars, a port's role) re-derives the voyages concerned in
 * the same transaction.
 */
@ApplicationScoped
@Transactional
public class Registry {

    private static final Map<String, String> TANKER_LISTS = Map.of(
            "identities", "identities are added with POST /api/tankers/{id}/identities",
            "designations", "designations are added with POST /api/tankers/{id}/designations");

    private final References references;
    private final TankerDerivation derivation;
    private final EntityManager em;
    private final Validator validator;
    private final ObjectMapper json;
    private final RegistryHistory history;

    Registry(References references, TankerDerivation derivation, EntityManager em, Validator validator, ObjectMapper json,
             RegistryHistory history) {
        this.history = history;
        this.references = references;
        this.derivation = derivation;
        this.em = em;
        this.validator = validator;
        this.json = json;
    }

    public TankerView register(NewTanker in) {
        checkImo(in.imo(), null);
        checkNameFree(in.name(), null);
        checkRanges(in);
        Tanker t = new Tanker();
        t.name = in.name().strip();
        t.imo = in.imo();
        t.mmsi = in.mmsi();
        t.flag = in.flag();
        t.deadweightT = in.deadweightT();
        t.cargoCapacityT = in.cargoCapacityT();
        t.tpcTonnesPerCm = in.tpcTonnesPerCm();
        t.ballastDraftM = in.ballastDraftM();
        t.illustrative = in.illustrative();
        t.particularsNote = in.particularsNote();
        applyRanges(t, in);
        t.sourceId = sourceId(in.source());
        for (NewTanker.Identity i : Optional.ofNullable(in.identities()).orElse(List.of())) {
            if (i.kind() == IdentityKind.NAME || i.kind() == IdentityKind.ALIAS) {
                checkNameFree(i.value(), null);
            }
            t.identities.add(identity(t, i));
        }
        for (NewTanker.NewDesignation d : Optional.ofNullable(in.designations()).orElse(List.of())) {
            t.designations.add(designation(t, d));
        }
        t.persist();
        history.record(Kind.TANKER, t.id, "CREATED", null, snapshot(t));
        return view(t);
    }

    /**
     * Amends a tanker with a merge patch of its fields. A new name keeps the old one as an earlier
     * NAME, so events that cite it still resolve. Changed particulars (deadweight, capacity, TPC,
     * ballast draft) re-derive the tanker's voyages under its lock, since its estimates rest on them.
     */
    public TankerView amendTanker(long id, JsonNode patch) {
        Tanker t = lockedTanker(id);
        NewTanker before = snapshot(t);
        NewTanker current = new NewTanker(t.name, t.imo, t.mmsi, t.flag, t.deadweightT, t.cargoCapacityT,
                t.tpcTonnesPerCm, t.ballastDraftM, t.illustrative, t.particularsNote,
                t.sourceId == null ? null : t.sourceId.toString(), null, null,
                t.cargoCapacityLowT, t.cargoCapacityHighT, t.deadweightLowT, t.deadweightHighT);
        NewTanker amended = MergePatch.apply(json, validator, current, patch, TANKER_LISTS);
        checkRanges(amended);
        if (!Objects.equals(amended.imo(), t.imo)) {
            checkImo(amended.imo(), t.id);
        }
        String name = amended.name().strip();
        if (!name.equalsIgnoreCase(t.name)) {
            checkNameFree(name, t.id);
            boolean known = t.identities.stream().anyMatch(i -> i.kind == IdentityKind.NAME && i.value.equalsIgnoreCase(t.name));
            if (!known) {
                t.identities.add(identity(t, new NewTanker.Identity(IdentityKind.NAME, t.name, null, null, null)));
            }
        }
        boolean particularsChanged = !Objects.equals(amended.deadweightT(), t.deadweightT)
                || !Objects.equals(amended.cargoCapacityT(), t.cargoCapacityT)
                || !Objects.equals(amended.tpcTonnesPerCm(), t.tpcTonnesPerCm)
                || !Objects.equals(amended.ballastDraftM(), t.ballastDraftM)
                // estimates show the capacity ranges, and an illustrative capacity as assumed with its note
                || !Objects.equals(amended.cargoCapacityLowT(), t.cargoCapacityLowT)
                || !Objects.equals(amended.cargoCapacityHighT(), t.cargoCapacityHighT)
                || !Objects.equals(amended.deadweightLowT(), t.deadweightLowT)
                || !Objects.equals(amended.deadweightHighT(), t.deadweightHighT)
                || amended.illustrative() != t.illustrative
                || !Objects.equals(amended.particularsNote(), t.particularsNote);
        t.name = name;
        t.imo = amended.imo();
        t.mmsi = amended.mmsi();
        t.flag = amended.flag();
        t.deadweightT = amended.deadweightT();
        t.cargoCapacityT = amended.cargoCapacityT();
        t.tpcTonnesPerCm = amended.tpcTonnesPerCm();
        t.ballastDraftM = amended.ballastDraftM();
        t.illustrative = amended.illustrative();
        t.particularsNote = amended.particularsNote();
        applyRanges(t, amended);
        t.sourceId = sourceId(amended.source());
        if (particularsChanged) {
            derivation.rederive(t.id);
        }
        history.record(Kind.TANKER, t.id, "AMENDED", before, snapshot(t));
        return viewAfterChange(t);
    }

    /** Adds an earlier name, alias, flag or MMSI. A name or alias must not already name another tanker. */
    public TankerView addIdentity(long tankerId, NewTanker.Identity in) {
        Tanker t = lockedTanker(tankerId);
        boolean present = t.identities.stream().anyMatch(i -> i.kind == in.kind() && i.value.equalsIgnoreCase(in.value().strip())
                && Objects.equals(i.validFrom, in.validFrom()) && Objects.equals(i.validTo, in.validTo()));
        if (present) {
            throw DomainException.conflict("value", "tanker " + tankerId + " already has the " + in.kind() + " '" + in.value() + "'");
        }
        if (in.kind() == IdentityKind.NAME || in.kind() == IdentityKind.ALIAS) {
            checkNameFree(in.value(), t.id);
        }
        NewTanker before = snapshot(t);
        t.identities.add(identity(t, in));
        history.record(Kind.TANKER, t.id, "IDENTITY_ADDED", before, snapshot(t));
        return viewAfterChange(t);
    }

    /** Adds a sanctions listing. */
    public TankerView addDesignation(long tankerId, NewTanker.NewDesignation in) {
        Tanker t = lockedTanker(tankerId);
        NewTanker before = snapshot(t);
        t.designations.add(designation(t, in));
        history.record(Kind.TANKER, t.id, "DESIGNATION_ADDED", before, snapshot(t));
        return viewAfterChange(t);
    }

    /**
     * Amends a sanctions listing with a merge patch of its fields, e.g. its delisting date once known.
     * Voyages read their designation at the time when they are read, so nothing is re-derived.
     */
    public TankerView amendDesignation(long tankerId, long designationId, JsonNode patch) {
        Tanker t = lockedTanker(tankerId);
        Designation d = t.designations.stream().filter(x -> x.id == designationId).findFirst()
                .orElseThrow(() -> DomainException.notFound("tanker " + tankerId + " has no designation " + designationId));
        NewTanker.NewDesignation current = new NewTanker.NewDesignation(d.regime, d.listedOn, d.listedOnPrecision,
                d.delistedOn, d.delistedOnPrecision, d.reference, d.sourceId == null ? null : d.sourceId.toString());
        // a patch that sets a date without its precision means the day, not the stored date's old precision
        ObjectNode amended = patch != null && patch.isObject() ? ((ObjectNode) patch).deepCopy() : null;
        if (amended != null) {
            for (String date : List.of("listedOn", "delistedOn")) {
                if (amended.has(date) && !amended.has(date + "Precision")) {
                    amended.putNull(date + "Precision");
                }
            }
        }
        NewTanker before = snapshot(t);
        apply(d, MergePatch.apply(json, validator, current, amended == null ? patch : amended, Map.of()));
        history.record(Kind.TANKER, t.id, "DESIGNATION_AMENDED", before, snapshot(t));
        return viewAfterChange(t);
    }

    public Port register(NewPort in) {
        checkPortFree(in, null);
        Port p = new Port();
        apply(p, in);
        p.persist();
        history.record(Kind.PORT, p.id, "CREATED", null, in);
        return p;
    }

    /**
     * Amends a port with a merge patch. A new role re-derives every tanker with events there; a role
     * that its live events contradict (LOADING events at a would-be DISCHARGE port) is refused.
     */
    public Port amendPort(long id, JsonNode patch) {
        Port p = em.find(Port.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw DomainException.notFound("there is no port " + id);
        }
        NewPort current = new NewPort(p.name, p.locode, p.country, p.latitude, p.longitude, p.role);
        NewPort amended = MergePatch.apply(json, validator, current, patch, Map.of());
        checkPortFree(amended, p.id);
        boolean roleChanged = amended.role() != p.role;
        if (roleChanged) {
            checkRoleFitsEvents(p, amended.role());
        }
        apply(p, amended);
        history.record(Kind.PORT, p.id, "AMENDED", current, amended);
        if (roleChanged) {
            em.flush();
            List<Long> tankers = em.createQuery(
                    "select distinct e.tankerId from VoyageEvent e where e.portId = :port", Long.class)
                    .setParameter("port", p.id).getResultList();
            VoyageChanges changes = derivation.rederiveAll(tankers);
            io.quarkus.logging.Log.infof("Port %d (%s) is now %s: %d tankers re-derived, %d voyages changed",
                    p.id, p.name, p.role, tankers.size(), changes.total());
        }
        return p;
    }

    public Source register(NewSource in) {
        checkSourceKeyFree(in.key(), null);
        Source s = new Source();
        apply(s, in);
        s.persist();
        history.record(Kind.SOURCE, s.id, "CREATED", null, in);
        return s;
    }

    /** Amends a source with a merge patch; events cite it by id, so a new key does not orphan them. */
    public Source amendSource(long id, JsonNode patch) {
        Source s = em.find(Source.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw DomainException.notFound("there is no source " + id);
        }
        NewSource current = new NewSource(s.key, s.publisher, s.title, s.url, s.publishedOn, s.retrievedOn,
                s.illustrative, s.notes);
        NewSource amended = MergePatch.apply(json, validator, current, patch, Map.of());
        checkSourceKeyFree(amended.key(), s.id);
        apply(s, amended);
        history.record(Kind.SOURCE, s.id, "AMENDED", current, amended);
        return s;
    }

    /** Every tanker, by name, each with the number of its conflicts (not the conflicts: see {@link TankerView}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TankerView> tankers() {
        Map<Long, Integer> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select tanker_id, sum(jsonb_array_length(conflicts)) from voyage where has_conflicts
                group by tanker_id""").getResultList();
        for (Object[] r : rows) {
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        Map<Long, String> keys = sourceKeys();
        // the tankers with their identities, then their designations, in one query each (two bags cannot be fetched
        // in one; batch loading took two queries per 16 tankers)
        List<Tanker> tankers = em.createQuery("select distinct t from Tanker t left join fetch t.identities order by t.name",
                Tanker.class).getResultList();
        em.createQuery("select distinct t from Tanker t left join fetch t.designations", Tanker.class).getResultList();
        return tankers.stream().map(t -> TankerView.of(t, counts.getOrDefault(t.id, 0), null, keys)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TankerView> tanker(long id) {
        return Tanker.<Tanker>findByIdOptional(id).map(this::view);
    }

    private TankerView view(Tanker t) {
        List<TankerView.VoyageConflict> conflicts = conflicts(t.id);
        return TankerView.of(t, conflicts.size(), conflicts, sourceKeys());
    }

    /** Every source's key by id: a registry holds hundreds of sources, not millions. */
    private Map<Long, String> sourceKeys() {
        Map<Long, String> keys = new HashMap<>();
        for (Object[] row : em.createQuery("select s.id, s.key from Source s", Object[].class).getResultList()) {
            keys.put((Long) row[0], (String) row[1]);
        }
        return keys;
    }

    /** The conflicts derivation listed on the tanker's voyages, in loading order. */
    private List<TankerView.VoyageConflict> conflicts(long tankerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select v.id, cast(c ->> 'eventId' as bigint), c ->> 'kind', c ->> 'explanation'
                from voyage v cross join jsonb_array_elements(v.conflicts) c
                where v.tanker_id = :tanker and v.has_conflicts
                order by v.loading_from, v.id""").setParameter("tanker", tankerId).getResultList();
        return rows.stream().map(r -> new TankerView.VoyageConflict((UUID) r[0], ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3])).toList();
    }

    private Tanker lockedTanker(long id) {
        Tanker t = derivation.lock(id);
        if (t == null) {
            throw DomainException.notFound("there is no tanker " + id);
        }
        return t;
    }

    /** The view with identities and designations in their stored order, new ones included. */
    /** The tanker as its registration form, identities and designations included: what the history keeps. */
    private static NewTanker snapshot(Tanker t) {
        return new NewTanker(t.name, t.imo, t.mmsi, t.flag, t.deadweightT, t.cargoCapacityT, t.tpcTonnesPerCm,
                t.ballastDraftM, t.illustrative, t.particularsNote, t.sourceId == null ? null : t.sourceId.toString(),
                t.identities.stream().map(i -> new NewTanker.Identity(i.kind, i.value, i.validFrom, i.validTo,
                        i.sourceId == null ? null : i.sourceId.toString())).toList(),
                t.designations.stream().map(d -> new NewTanker.NewDesignation(d.regime, d.listedOn,
                        d.listedOnPrecision, d.delistedOn, d.delistedOnPrecision, d.reference,
                        d.sourceId == null ? null : d.sourceId.toString())).toList(),
                t.cargoCapacityLowT, t.cargoCapacityHighT, t.deadweightLowT, t.deadweightHighT);
    }

    private TankerView viewAfterChange(Tanker t) {
        em.flush();
        em.refresh(t);
        return view(t);
    }

    /** A range needs both ends, low ≤ high, and a single figure given beside it must lie in it. */
    private static void checkRanges(NewTanker in) {
        checkRange("cargoCapacity", in.cargoCapacityLowT(), in.cargoCapacityHighT(), in.cargoCapacityT());
        checkRange("deadweight", in.deadweightLowT(), in.deadweightHighT(), in.deadweightT());
    }

    private static void checkRange(String name, Double low, Double high, Double single) {
        if ((low == null) != (high == null)) {
            throw DomainException.invalid(low == null ? name + "LowT" : name + "HighT",
                    "a range needs both " + name + "LowT and " + name + "HighT");
        }
        if (low == null) {
            return;
        }
        if (low > high) {
            throw DomainException.invalid(name + "LowT", name + "LowT (" + low + ") is above " + name + "HighT (" + high + ")");
        }
        if (single != null && (single < low || single > high)) {
            throw DomainException.invalid(name + "T", name + "T (" + single + ") lies outside its range " + low + " – " + high);
        }
    }

    private static void applyRanges(Tanker t, NewTanker in) {
        t.cargoCapacityLowT = in.cargoCapacityLowT();
        t.cargoCapacityHighT = in.cargoCapacityHighT();
        t.deadweightLowT = in.deadweightLowT();
        t.deadweightHighT = in.deadweightHighT();
    }

    private static void checkImo(String imo, Long self) {
        if (imo == null) {
            return;
        }
        if (!ImoNumber.isValid(imo)) {
            throw DomainException.invalid("imo", "IMO " + imo + " fails the check digit; check the number");
        }
        Tanker.findByImo(imo).filter(t -> !t.id.equals(self)).ifPresent(t -> {
            throw DomainException.conflict("imo", "IMO " + imo + " is already registered as tanker " + t.id + " (" + t.name + ")");
        });
    }

    /** Names and aliases resolve events to tankers: one may not name two tankers. */
    private void checkNameFree(String name, Long self) {
        references.tankersNamed(name).stream().filter(t -> !t.id.equals(self)).findFirst().ifPresent(t -> {
            throw DomainException.conflict("name", "'" + name.strip() + "' already names or aliases tanker " + t.id
                    + " (" + t.name + "); add an IMO number or a distinguishing name");
        });
    }

    private static void checkPortFree(NewPort in, Long self) {
        Port.findByName(in.name()).filter(p -> !p.id.equals(self)).ifPresent(p -> {
            throw DomainException.conflict("name", "a port named '" + in.name() + "' is already registered (id " + p.id + ")");
        });
        if (in.locode() != null) {
            Port.findByLocode(in.locode()).filter(p -> !p.id.equals(self)).ifPresent(p -> {
                throw DomainException.conflict("locode", "UN/LOCODE " + in.locode() + " is already registered (port " + p.id + ")");
            });
        }
    }

    private void checkRoleFitsEvents(Port p, PortRole role) {
        EventType contradicting = role == PortRole.DISCHARGE ? EventType.LOADING
                : role == PortRole.LOADING ? EventType.DISCHARGE : null;
        if (contradicting == null) {
            return;
        }
        long count = em.createQuery("""
                        select count(e) from VoyageEvent e where e.portId = :port and e.type = :type
                        and not exists (select r.id from VoyageEvent r where r.retractsEventId = e.id)
                        """, Long.class)
                .setParameter("port", p.id).setParameter("type", contradicting).getSingleResult();
        if (count > 0) {
            throw DomainException.unprocessable("role", p.name + " has " + count + " " + contradicting
                    + " event(s), which a " + role + " port cannot have; retract them first if they are wrong");
        }
    }

    private static void checkSourceKeyFree(String key, Long self) {
        Source.findByKey(key).filter(s -> !s.id.equals(self)).ifPresent(s -> {
            throw DomainException.conflict("key", "a source with key '" + key + "' is already registered (id " + s.id + ")");
        });
    }

    private TankerIdentity identity(Tanker t, NewTanker.Identity in) {
        if (in.validFrom() != null && in.validTo() != null && in.validTo().isBefore(in.validFrom())) {
            throw DomainException.invalid("validTo", "validTo (" + in.validTo() + ") is before validFrom (" + in.validFrom() + ")");
        }
        TankerIdentity identity = new TankerIdentity();
        identity.tanker = t;
        identity.kind = in.kind();
        identity.value = in.value().strip();
        identity.validFrom = in.validFrom();
        identity.validTo = in.validTo();
        identity.sourceId = sourceId(in.source());
        return identity;
    }

    private Designation designation(Tanker t, NewTanker.NewDesignation in) {
        Designation designation = new Designation();
        designation.tanker = t;
        apply(designation, in);
        return designation;
    }

    private void apply(Designation d, NewTanker.NewDesignation in) {
        d.regime = in.regime();
        d.listedOn = in.listedOn();
        d.listedOnPrecision = precision("listedOn", in.listedOn(), in.listedOnPrecision());
        d.delistedOn = in.delistedOn();
        d.delistedOnPrecision = precision("delistedOn", in.delistedOn(), in.delistedOnPrecision());
        if (d.listedOn != null && d.delistedOn != null && d.delistedOn.isBefore(d.listedOn)) {
            throw DomainException.invalid("delistedOn", "delistedOn (" + d.delistedOn + ") is before listedOn ("
                    + d.listedOn + ")");
        }
        d.reference = in.reference();
        d.sourceId = sourceId(in.source());
    }

    /** A date's precision: DAY when only the date is given; a MONTH or YEAR date must be the period's first day. */
    private static DatePrecision precision(String field, LocalDate date, DatePrecision given) {
        if (date == null) {
            if (given != null) {
                throw DomainException.invalid(field + "Precision", "a precision needs its date: give " + field
                        + " too, or leave both out when the date is not known");
            }
            return null;
        }
        DatePrecision precision = given == null ? DatePrecision.DAY : given;
        if (!precision.startsPeriod(date)) {
            String example = precision == DatePrecision.MONTH ? date.withDayOfMonth(1) + " for "
                    + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear()
                    : date.withDayOfYear(1) + " for " + date.getYear();
            throw DomainException.invalid(field, "a date known to the " + precision.name().toLowerCase(Locale.ROOT)
                    + " is written as its first day (" + example + "), not " + date);
        }
        return precision;
    }

    private static void apply(Port p, NewPort in) {
        p.name = in.name().strip();
        p.locode = in.locode();
        p.country = in.country();
        p.latitude = in.latitude();
        p.longitude = in.longitude();
        p.role = in.role();
    }

    private static void apply(Source s, NewSource in) {
        s.key = in.key();
        s.publisher = in.publisher();
        s.title = in.title();
        s.url = in.url();
        s.publishedOn = in.publishedOn();
        s.retrievedOn = in.retrievedOn();
        s.illustrative = in.illustrative();
        s.notes = in.notes();
    }

    private Long sourceId(String reference) {
        return reference == null || reference.isBlank() ? null : references.source(reference).id;
    }
}
