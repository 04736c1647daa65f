package org.tidemark.claim;

import org.tidemark.domain.ClaimComparator;
import org.tidemark.domain.ClaimSubject;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.DesignatedShare;
import org.tidemark.query.Wording;

/**
 * What the tracked figures say of a claim, by a stated rule per comparator, naming the band that decided it.
 * A volume is a low–central–high band; a count (trips, vessels) is one figure, so it supports or contradicts.
 *
 * @param outcome SUPPORTED, POSSIBLE (only an outer band meets the claim) or CONTRADICTED
 * @param band    the band that decided: "central", "low" or "high" for a volume, "count" for trips and vessels
 * @param rule    the rule for the claim's comparator, in words
 * @param reason  the verdict in one sentence, with the deciding band's figure
 */
public record ClaimVerdict(Outcome outcome, String band, String rule, String reason) {

    /** How far the tracked figures go with a claim. */
    public enum Outcome {
        SUPPORTED,
        POSSIBLE,
        CONTRADICTED
    }

    /** "about X" reaches this far either side of X. */
    static final double ABOUT_TOLERANCE = 0.10;

    static final String MORE_THAN_RULE = "more than X: supported when the central estimate exceeds X; possible when"
            + " only the high band does; contradicted when even the high band does not";
    static final String LESS_THAN_RULE = "less than X: supported when the central estimate is below X; possible when"
            + " only the low band is; contradicted when even the low band is not";
    static final String ABOUT_RULE = "about X (X ± 10 %): supported when the central estimate lies within X ± 10 %;"
            + " possible when only the low–high band reaches into it; contradicted when the whole band lies outside";
    static final String EXACTLY_RULE = "exactly X: supported when the central estimate equals X (to a whole barrel,"
            + " a tenth of a tonne); possible when X lies within the low–high band; contradicted when it lies outside";
    static final String COUNT_NOTE = "; a count (trips, vessels) is one figure, so it supports or contradicts";
    static final String SHARE_NOTE = "; for a designated share the central figure is the share of trips known to be"
            + " by designated vessels and the high one the share if every undecided trip was";

    /** The verdict on {@code claim} given what was tracked for its period, port and filter. */
    static ClaimVerdict of(ClaimView claim, Reconciliation.Tracked tracked) {
        boolean volume = claim.subject() == ClaimSubject.VOLUME;
        boolean share = claim.subject() == ClaimSubject.DESIGNATED_SHARE;
        double low;
        double central;
        double high;
        if (volume) {
            low = tracked.volume().low();
            central = tracked.volume().central();
            high = tracked.volume().high();
        } else if (share) {
            // the share known designated is the figure; the share if every undecided trip was designated its
            // upper end (DesignatedShare): "more than half" is possible when only the upper end exceeds a half
            DesignatedShare d = tracked.designated();
            low = central = d.share() == null ? 0 : d.share();
            high = d.shareIfUnknownDesignated() == null ? 0 : d.shareIfUnknownDesignated();
        } else {
            low = central = high = claim.subject() == ClaimSubject.TRIPS ? tracked.trips() : tracked.vessels();
        }
        double x = claim.value();
        String rule = rule(claim.comparator()) + (volume ? "" : share ? SHARE_NOTE : COUNT_NOTE);
        Decision d = switch (claim.comparator()) {
            case MORE_THAN -> central > x ? new Decision(Outcome.SUPPORTED, "central", central)
                    : high > x ? new Decision(Outcome.POSSIBLE, "high", high)
                    : new Decision(Outcome.CONTRADICTED, "high", high);
            case LESS_THAN -> central < x ? new Decision(Outcome.SUPPORTED, "central", central)
                    : low < x ? new Decision(Outcome.POSSIBLE, "low", low)
                    : new Decision(Outcome.CONTRADICTED, "low", low);
            case ABOUT -> {
                double from = x * (1 - ABOUT_TOLERANCE);
                double to = x * (1 + ABOUT_TOLERANCE);
                if (central >= from && central <= to) {
                    yield new Decision(Outcome.SUPPORTED, "central", central);
                }
                // the end of the band that faces the claim decides
                boolean above = central > to;
                double end = above ? low : high;
                boolean reaches = above ? end <= to : end >= from;
                yield new Decision(reaches ? Outcome.POSSIBLE : Outcome.CONTRADICTED, above ? "low" : "high", end);
            }
            case EXACTLY -> central == x ? new Decision(Outcome.SUPPORTED, "central", central)
                    : low <= x && x <= high ? new Decision(Outcome.POSSIBLE, central < x ? "high" : "low",
                            central < x ? high : low)
                    : new Decision(Outcome.CONTRADICTED, central < x ? "high" : "low", central < x ? high : low);
        };
        String band = volume ? d.band() : share ? (d.band().equals("high") ? "share if undecided designated"
                : "share known designated") : "count";
        return new ClaimVerdict(d.outcome(), band, rule, reason(claim, d, band, volume, share));
    }

    static String rule(ClaimComparator comparator) {
        return switch (comparator) {
            case MORE_THAN -> MORE_THAN_RULE;
            case LESS_THAN -> LESS_THAN_RULE;
            case ABOUT -> ABOUT_RULE;
            case EXACTLY -> EXACTLY_RULE;
        };
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 1000) / 10.0 + " %";
    }

    private record Decision(Outcome outcome, String band, double figure) {
    }

    private static String reason(ClaimView claim, Decision d, String band, boolean volume, boolean share) {
        VolumeUnit unit = volume ? claim.unit() : null;
        String figure = volume ? Wording.volume(d.figure(), unit) : share ? percent(d.figure()) : Wording.whole(d.figure());
        String claimed = volume ? Wording.claimedVolume(claim.comparator(), Wording.volume(claim.value(), unit))
                : Wording.claimed(claim.comparator(), share ? percent(claim.value()) : Wording.whole(claim.value()));
        String what = volume ? "the " + band + " estimate, " + figure + ","
                : share ? "the " + band + ", " + figure + "," : "the tracked count, " + figure + ",";
        String verb = switch (d.outcome()) {
            case SUPPORTED -> "supported";
            case POSSIBLE -> "possible";
            case CONTRADICTED -> "contradicted";
        };
        String meets = switch (d.outcome()) {
            case SUPPORTED, POSSIBLE -> " meets ";
            case CONTRADICTED -> " does not meet ";
        };
        String only = d.outcome() == Outcome.POSSIBLE ? "only " : d.outcome() == Outcome.CONTRADICTED && volume
                && !band.equals("central") ? "even " : "";
        return verb + ": " + only + what + meets + "the claim (" + claimed + ")";
    }
}
