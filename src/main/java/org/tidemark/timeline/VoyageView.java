package org.tidemark.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tidemark.domain.EstimateMethod;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.domain.Voyage;
import org.tidemark.domain.VoyageStatus;

/**
 * A derived voyage as the API shows it: where and when it loaded and discharged, how sure that
 * is, and its cargo estimate with the method and inputs behind it.
 *
 * @param eventIds the supporting events, in event order; only in the single-voyage view
 */
public record VoyageView(
        UUID id,
        Ref tanker,
        Ref loadPort,
        Ref dischargePort,
        Instant loadingFrom,
        Instant loadingTo,
        Instant dischargeFrom,
        Instant dischargeTo,
        VoyageStatus status,
        boolean illustrative,
        boolean includesIllustrative,
        Estimate estimate,
        List<Long> eventIds) {

    /** A named record this voyage points at. */
    public record Ref(long id, String name) {
    }

    /** A band in one unit. */
    public record Band(double low, double central, double high, VolumeUnit unit) {
    }

    /** The cargo estimate: bands in barrels and tonnes (absent when the method is NONE), and what they rest on. */
    public record Estimate(EstimateMethod method, Band barrels, Band tonnes, Map<String, Object> inputs) {
    }

    static VoyageView of(Voyage v, String tanker, String loadPort, String dischargePort, List<Long> eventIds) {
        Band barrels = v.centralBarrels == null ? null
                : new Band(v.lowBarrels, v.centralBarrels, v.highBarrels, VolumeUnit.BARREL);
        Band tonnes = v.centralTonnes == null ? null
                : new Band(v.lowTonnes, v.centralTonnes, v.highTonnes, VolumeUnit.TONNE);
        return new VoyageView(v.id, new Ref(v.tankerId, tanker), new Ref(v.loadPortId, loadPort),
                v.dischargePortId == null ? null : new Ref(v.dischargePortId, dischargePort),
                v.loadingFrom, v.loadingTo, v.dischargeFrom, v.dischargeTo, v.status, v.illustrative,
                v.includesIllustrative, new Estimate(v.estimateMethod, barrels, tonnes, v.estimateInputs), eventIds);
    }
}
