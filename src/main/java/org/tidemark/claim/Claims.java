package org.tidemark.claim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tidemark.domain.AcceptedDates;
import org.tidemark.domain.Claim;
import org.tidemark.domain.ClaimComparator;
import org.tidemark.domain.ClaimSubject;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.Port;
import org.tidemark.domain.PortRole;
import org.tidemark.domain.RegistryChange;
import org.tidemark.domain.Source;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.Composition;
import org.tidemark.query.DesignatedShare;
import org.tidemark.query.SourceRef;
import org.tidemark.query.Sql;
import org.tidemark.query.TimelineFilter;
import org.tidemark.query.VoyageView;
import org.tidemark.query.Wording;
import org.tidemark.registry.References;
import org.tidemark.registry.RegistryHistory;

/** Published claims, and their reconciliation with the voyages tracked for the same period, port and filter. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Claims {

    private final References references;
    private final DataSource dataSource;

    private final RegistryHistory history;

    Claims(References references, DataSource dataSource, RegistryHistory history) {
        this.references = references;
        this.history = history;
        this.dataSource = dataSource;
    }

    @Transactional
    public ClaimView record(NewClaim in) {
        Source source = in.source() == null || in.source().isBlank() ? null : references.source(in.source());
        String publisher = in.publisher() != null && !in.publisher().isBlank() ? in.publisher().strip()
                : source != null ? source.publisher : null;
        if (publisher == null) {
            throw DomainException.invalid("publisher", "give the publisher, or a source to take it from");
        }
        if (in.periodTo().isBefore(in.periodFrom())) {
            throw DomainException.invalid("periodTo", "periodTo (" + in.periodTo() + ") is before periodFrom ("
                    + in.periodFrom() + ")");
        }
        if (in.subject() == ClaimSubject.VOLUME) {
            if (in.unit() == null || in.unit() == VolumeUnit.CUBIC_METRE) {
                throw DomainException.invalid("unit", "a VOLUME claim needs its unit: BARREL or TONNE");
            }
        } else if (in.subject() == ClaimSubject.DESIGNATED_SHARE) {
            if (in.unit() != null) {
                throw DomainException.invalid("unit", "a DESIGNATED_SHARE claim is a fraction of trips and has no unit");
            }
            if (in.value() > 1) {
                throw DomainException.invalid("value", "a DESIGNATED_SHARE claim is a fraction from 0 to 1 (\"more "
                        + "than half\" is MORE_THAN 0.5), not " + in.value());
            }
        } else {
            if (in.unit() != null) {
                throw DomainException.invalid("unit", "only VOLUME claims have a unit; a " + in.subject()
                        + " claim counts");
            }
            if (in.value() != Math.rint(in.value())) {
                throw DomainException.invalid("value", "a " + in.subject() + " claim counts whole "
                        + (in.subject() == ClaimSubject.TRIPS ? "trips" : "vessels") + ", not " + in.value());
            }
        }
        Port port = in.port() == null || in.port().isBlank() ? null : references.port(in.port());
        if (port != null && port.role == PortRole.DISCHARGE) {
            throw DomainException.unprocessable("port", "a claim's port is the loading port whose calls it counts; "
                    + port.name + " is a discharge port");
        }
        Claim claim = new Claim();
        claim.publisher = publisher;
        claim.sourceId = source == null ? null : source.id;
        claim.subject = in.subject();
        claim.comparator = in.comparator();
        claim.value = in.value();
        claim.unit = in.unit();
        claim.periodFrom = in.periodFrom();
        claim.periodTo = in.periodTo();
        claim.portId = port == null ? null : port.id;
        claim.statement = in.statement();
        claim.persist();
        Log.infof("Recorded claim %d: %s %s %s %s", claim.id, publisher, claim.subject, claim.comparator, claim.value);
        ClaimView view = view(claim, source, port);
        history.record(RegistryChange.Kind.CLAIM, claim.id, "CREATED", null, view);
        return view;
    }

    /** Claims whose period overlaps [from, to] (either may be null for open), by period then id. */
    public List<ClaimView> claims(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw DomainException.invalid("to", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
        List<Claim> found = Claim.<Claim>list("periodTo >= ?1 and periodFrom <= ?2", Sort.by("periodFrom").and("id"),
                from == null ? AcceptedDates.FIRST_DAY : from, to == null ? AcceptedDates.LAST_DAY : to);
        Map<Long, Source> sources = byId(Source.<Source>list("id in ?1", ids(found, c -> c.sourceId)), s -> s.id);
        Map<Long, Port> ports = byId(Port.<Port>list("id in ?1", ids(found, c -> c.portId)), p -> p.id);
        return found.stream().map(c -> view(c, sources.get(c.sourceId), ports.get(c.portId))).toList();
    }

    private static Set<Long> ids(List<Claim> claims, Function<Claim, Long> id) {
        Set<Long> ids = claims.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    public Optional<ClaimView> claim(long id) {
        return Claim.<Claim>findByIdOptional(id).map(c -> view(c,
                c.sourceId == null ? null : Source.findById(c.sourceId),
                c.portId == null ? null : Port.findById(c.portId)));
    }

    /**
     * The claim beside the tracked figures for its period (both days included), at its loading port,
     * under {@code filter} (whose own from/to are replaced by the claim's period). 404 for an unknown claim.
     */
    public Reconciliation reconcile(long claimId, TimelineFilter filter) {
        ClaimView claim = claim(claimId).orElseThrow(() -> DomainException.notFound("there is no claim " + claimId));
        TimelineFilter scope = filter
                .withRange(claim.periodFrom().atStartOfDay(ZoneOffset.UTC).toInstant(),
                        claim.periodTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .withLoadPort(claim.port() == null ? null : claim.port().id());
        VolumeUnit unit = claim.subject() == ClaimSubject.VOLUME ? claim.unit() : VolumeUnit.BARREL;
        String col = unit == VolumeUnit.TONNE ? "_t" : "_bbl";
        Sql sql = new Sql().add("""
                select count(*) as trips, count(distinct v.tanker_id) as vessels,
                       count(*) filter (where v.estimate_method = 'NONE') as without_estimate,
                       coalesce(sum(v.low%1$s), 0) as low, coalesce(sum(v.central%1$s), 0) as central,
                       coalesce(sum(v.high%1$s), 0) as high,
                       coalesce(bool_or(v.includes_illustrative), false) as illustrative, %2$s
                from voyage v
                where true""".formatted(col, DesignatedShare.counts()));
        sql.add(scope.voyageConditions());
        Reconciliation.Tracked tracked;
        boolean illustrative;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = sql.prepare(c);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            tracked = new Reconciliation.Tracked(claim.periodFrom(), claim.periodTo(), claim.port(),
                    rs.getLong("trips"), rs.getLong("vessels"),
                    new VoyageView.Band(rs.getDouble("low"), rs.getDouble("central"), rs.getDouble("high"), unit),
                    rs.getLong("without_estimate"), Composition.of(c, scope, scope.from(), scope.to()),
                    DesignatedShare.read(rs));
            illustrative = rs.getBoolean("illustrative");
        } catch (SQLException e) {
            throw new IllegalStateException("reconciling claim " + claimId + " failed", e);
        }
        ClaimVerdict verdict = ClaimVerdict.of(claim, tracked);
        return new Reconciliation(claim, tracked, difference(claim, tracked),
                verdict.outcome() != ClaimVerdict.Outcome.CONTRADICTED, summary(claim, tracked, illustrative),
                illustrative, filter.illustrative(), verdict);
    }

    private static Reconciliation.Difference difference(ClaimView claim, Reconciliation.Tracked tracked) {
        double claimed = claim.value();
        Double ratio;
        return switch (claim.subject()) {
            case TRIPS, VESSELS -> {
                long n = claim.subject() == ClaimSubject.TRIPS ? tracked.trips() : tracked.vessels();
                ratio = claimed == 0 ? null : n / claimed;
                yield new Reconciliation.Difference(n - claimed, null, null, ratio, null);
            }
            case VOLUME -> {
                VoyageView.Band band = tracked.volume();
                ratio = claimed == 0 ? null : band.central() / claimed;
                yield new Reconciliation.Difference(band.central() - claimed, band.low() - claimed,
                        band.high() - claimed, ratio, band.unit());
            }
            case DESIGNATED_SHARE -> {
                DesignatedShare share = tracked.designated();
                if (share.share() == null) {
                    yield new Reconciliation.Difference(-claimed, null, null, null, null);
                }
                ratio = claimed == 0 ? null : share.share() / claimed;
                yield new Reconciliation.Difference(share.share() - claimed, share.share() - claimed,
                        share.shareIfUnknownDesignated() - claimed, ratio, null);
            }
        };
    }

    static String summary(ClaimView claim, Reconciliation.Tracked tracked, boolean illustrative) {
        String at = claim.port() == null ? "" : " loading at " + claim.port().name();
        String claimed = Wording.whole(claim.value());
        VoyageView.Band volume = tracked.volume();
        String central = "central estimate " + Wording.volume(volume.central(), volume.unit());
        String sentence = switch (claim.subject()) {
            case TRIPS -> {
                boolean within = tracked.trips() <= claim.value()
                        && (claim.comparator() == ClaimComparator.ABOUT || claim.comparator() == ClaimComparator.EXACTLY);
                yield within
                        ? "tracked " + Wording.whole(tracked.trips()) + " of " + Wording.claimed(claim.comparator(), claimed)
                                + " claimed trips" + at + "; " + central
                        : "tracked " + Wording.count(tracked.trips(), "trip", "trips") + at + " against "
                                + Wording.claimed(claim.comparator(), claimed) + " claimed; " + central;
            }
            case VOLUME -> "tracked " + Wording.count(tracked.trips(), "trip", "trips") + at + "; " + central + " (low "
                    + Wording.volume(volume.low(), volume.unit()) + ", high " + Wording.volume(volume.high(), volume.unit())
                    + ") against a claimed " + Wording.claimedVolume(claim.comparator(),
                    Wording.volume(claim.value(), claim.unit()));
            case DESIGNATED_SHARE -> designatedShare(claim, tracked, at);
            case VESSELS -> "tracked " + Wording.count(tracked.vessels(), "distinct tanker", "distinct tankers") + at
                    + " against "
                    + Wording.claimed(claim.comparator(), claimed) + " claimed";
        };
        return illustrative ? sentence + " (tracked figures include illustrative data)" : sentence;
    }

    private static String designatedShare(ClaimView claim, Reconciliation.Tracked tracked, String at) {
        DesignatedShare d = tracked.designated();
        String claimed = Wording.claimed(claim.comparator(), Wording.percent(claim.value())) + " claimed";
        if (d.share() == null) {
            return "no tracked trips" + at + " to take a share of, against " + claimed;
        }
        String undecided = d.unknownTrips() == 0 ? ""
                : ", up to " + Wording.percent(d.shareIfUnknownDesignated()) + " if the "
                + Wording.count(d.unknownTrips(), "trip", "trips") + " whose designation dates cannot decide "
                + (d.unknownTrips() == 1 ? "was" : "were");
        return "tracked " + Wording.whole(d.designatedTrips()) + " of " + Wording.count(tracked.trips(), "trip", "trips")
                + at + " (" + Wording.percent(d.share()) + ") by vessels designated at the time" + undecided + ", against "
                + claimed;
    }

    private static ClaimView view(Claim c, Source s, Port p) {
        SourceRef source = s == null ? null
                : new SourceRef(s.id, s.key, s.publisher, s.title, s.url, s.publishedOn, s.illustrative);
        return new ClaimView(c.id, c.publisher, source, c.subject, c.comparator, c.value, c.unit, c.periodFrom,
                c.periodTo, p == null ? null : new VoyageView.Ref(p.id, p.name), c.statement);
    }
}
