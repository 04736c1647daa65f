package org.tidemark.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tidemark.brief.Brief;
import org.tidemark.cap.CapStatus;
import org.tidemark.claim.Reconciliation;
import org.tidemark.domain.VoyageStatus;
import org.tidemark.query.SourceRef;
import org.tidemark.query.VoyageView;

/**
 * What a published brief stated, kept beside its rendering so that a later comparison reads the figures
 * as they were rather than recomposing them: the totals, each cap year, each claim's verdict, every voyage
 * with its band, and the events and sources the brief rested on.
 *
 * @param eventIds the live (unretracted) events that matched the brief's filter when it was published
 */
public record PublishedFigures(
        long trips,
        long documentedTrips,
        double low,
        double central,
        double high,
        List<CapYear> capYears,
        List<ClaimAt> claims,
        List<VoyageAt> voyages,
        List<Long> eventIds,
        List<Long> sourceIds) {

    /** A cap year's central total and the day it crossed the cap (null: it did not). */
    public record CapYear(long capId, String cap, int year, long trips, double central, LocalDate crossedOn) {
        static CapYear of(CapStatus s) {
            return new CapYear(s.cap().id(), s.cap().name(), s.year(), s.voyages(), s.central().total(),
                    s.central().crossed() ? s.central().crossedOn() : null);
        }
    }

    /** A claim and the verdict the brief gave it. */
    public record ClaimAt(long id, String claim, String outcome) {
        static ClaimAt of(Reconciliation r) {
            return new ClaimAt(r.claim().id(), r.claim().publisher() + ": " + (r.claim().statement() != null
                    ? r.claim().statement() : r.claim().subject().name()), r.verdict().outcome().name());
        }
    }

    /** A voyage as the brief listed it; the band in barrels, null without an estimate. */
    public record VoyageAt(UUID id, long tankerId, String tanker, Long loadPortId, Long dischargePortId,
                           Instant loadingFrom, VoyageStatus status, VoyageView.Band barrels) {
        static VoyageAt of(VoyageView v) {
            return new VoyageAt(v.id(), v.tanker().id(), v.tanker().name(),
                    v.loadPort() == null ? null : v.loadPort().id(),
                    v.dischargePort() == null ? null : v.dischargePort().id(), v.loadingFrom(), v.status(),
                    v.estimate() == null ? null : v.estimate().barrels());
        }
    }

    static PublishedFigures of(Brief b, List<Long> eventIds) {
        return new PublishedFigures(b.trips(), b.documentedTrips(), b.volume().low(), b.volume().central(),
                b.volume().high(), b.capYears().stream().map(CapYear::of).toList(),
                b.claims().stream().map(ClaimAt::of).toList(), b.voyages().stream().map(VoyageAt::of).toList(),
                List.copyOf(eventIds), b.sources().stream().map(SourceRef::id).toList());
    }
}
