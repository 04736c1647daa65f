package org.tidemark.derive;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings of the derivation walk (see docs/ARCHITECTURE.md, "Voyage derivation").
 *
 * @param maxCallGap observations at one port belong to one call only while each lies wholly within this
 *                   span of the start of the observation before it; a longer gap starts a new call
 */
public record DerivationRules(Duration maxCallGap) {

    /**
     * The version of the rules themselves (what {@link VoyageDeriver} and {@link CargoEstimator} do with the events
     * and settings). Change it with any change to what they derive: a start under a new version derives every stored
     * voyage again (projection.DerivationBasis). The date of the change, and what changed, in at most 100 characters
     * (column derivation_basis.rules_version).
     */
    public static final String VERSION = "2026-12-01: a discharge call takes what could precede its departure";

    /**
     * Three days: Vostochny–Chongjin is about 160 nautical miles, some 16 hours at 10 knots, so a
     * round trip with a day to discharge takes about two and a half days. A tanker seen at the berth
     * again more than three days later had time to deliver in between; closer observations are one stay.
     */
    public static final DerivationRules DEFAULTS = new DerivationRules(Duration.ofDays(3));

    public DerivationRules {
        Objects.requireNonNull(maxCallGap, "maxCallGap");
        if (maxCallGap.isNegative() || maxCallGap.isZero()) {
            throw new IllegalArgumentException("maxCallGap must be positive, not " + maxCallGap);
        }
    }
}
