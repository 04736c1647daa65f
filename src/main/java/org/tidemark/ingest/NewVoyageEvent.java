package org.tidemark.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.tidemark.domain.AcceptedDates;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.EventType;
import org.tidemark.domain.FormulaCells;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PositionSource;
import org.tidemark.domain.Product;
import org.tidemark.domain.StsDirection;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.TimeWindow;
import org.tidemark.domain.VolumeUnit;

/**
 * A voyage event as a user records it, before its references are resolved.
 *
 * @param tanker       the tanker's id, IMO number ("8691702" or "IMO 8691702"), name or alias
 * @param occurredAt   an instant ("2024-03-07T05:00:00Z") or a date ("2024-03-07"); or give
 *                     occurredFrom and occurredTo for a window
 * @param precision    how precisely occurredAt is known; defaults to EXACT for an instant, DAY for a date. With
 *                     occurredFrom/occurredTo: WINDOW (the default), or the precision whose window they are exactly,
 *                     as the API reads an event back (a DAY from 00:00 to the next 00:00)
 * @param port         the port's id, UN/LOCODE or name; none for an event at sea
 * @param source       the source's key or id
 * @param illustrative true for made-up data (scenario reconstructions), labelled wherever shown
 * @param counterpart  for a SHIP_TO_SHIP event, the other tanker (id, IMO number, name, alias or MMSI)
 * @param stsDirection for a SHIP_TO_SHIP event with a counterpart, whether this tanker GAVE or RECEIVED the cargo
 * @param latitude       where the tanker was seen, WGS 84 degrees north (-90 to 90); with longitude or not at all
 * @param longitude      WGS 84 degrees east (-180 to 180)
 * @param positionSource how the position is known; required with a position, refused without one
 * @param tankerId       the tanker's id where this JSON was read (the read shape's {@code tanker.id}): used when that
 *                       tanker bears the name in {@code tanker}, else the name decides (an id from another database)
 * @param counterpartTankerId likewise for the counterpart
 */
public record NewVoyageEvent(
        @NotBlank @Size(max = 120) String tanker,
        @NotNull EventType type,
        @Size(max = 40) String occurredAt,
        TimePrecision precision,
        @AcceptedDates.Within Instant occurredFrom,
        @AcceptedDates.Within Instant occurredTo,
        @Size(max = 120) String port,
        LadenState ladenState,
        @Positive @Max(40) Double observedDraftM,
        @PositiveOrZero Double reportedVolume,
        VolumeUnit reportedVolumeUnit,
        Product product,
        @NotNull EvidenceType evidenceType,
        @NotNull @Min(1) @Max(4) @Schema(description = CONFIDENCE_SCALE) Integer confidence,
        @NotBlank @Size(max = 80) String source,
        @Size(max = 4000) String notes,
        boolean illustrative,
        @Size(max = 120) String counterpart,
        StsDirection stsDirection,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        PositionSource positionSource,
        @Schema(description = "The tanker's id in the database the event was read from (the read shape's tanker.id): "
                + "used when that tanker is the one named in tanker, else ignored and the name decides")
        Long tankerId,
        @Schema(description = "Likewise, the counterpart's id (the read shape's counterpart.id)")
        Long counterpartTankerId) {

    /** What each confidence level means, per evidence type (README, "How voyages and estimates are made"). */
    public static final String CONFIDENCE_SCALE = "1-4, per evidence type. AIS (Global Fishing Watch port-visit "
            + "levels): 4 entry and exit with a stop or gap, 3 entry or exit with a stop or gap, 2 a stop or gap only, "
            + "1 entry or exit only. Satellite image or patrol photo: 4 hull identified by name or markings, 3 identified "
            + "by size, shape and berth matching other evidence, 2 a tanker of that kind with identity inferred, 1 too "
            + "coarse to tell. Press report: 4 names the ship and cites documents or imagery, 3 names the ship without "
            + "showing evidence, 2 unnamed ship or second-hand, 1 hearsay. Official statement: 4 a dated, specific "
            + "finding, 3 an official figure without detail, 2 an official's remark. Analyst inference: 2 inferred from "
            + "dated evidence, 1 filled in by a rule (illustrative). A voyage's confidence is the weaker of its loading "
            + "and discharge ends, each as strong as its best event.";

    /** An event without a position (as recorded before V36). */
    public NewVoyageEvent(String tanker, EventType type, String occurredAt, TimePrecision precision, Instant occurredFrom,
                          Instant occurredTo, String port, LadenState ladenState, Double observedDraftM,
                          Double reportedVolume, VolumeUnit reportedVolumeUnit, Product product,
                          EvidenceType evidenceType, Integer confidence, String source, String notes,
                          boolean illustrative, String counterpart, StsDirection stsDirection) {
        this(tanker, type, occurredAt, precision, occurredFrom, occurredTo, port, ladenState, observedDraftM,
                reportedVolume, reportedVolumeUnit, product, evidenceType, confidence, source, notes, illustrative,
                counterpart, stsDirection, null, null, null);
    }

    /** An event naming its references by text alone (no ids read from an earlier answer). */
    public NewVoyageEvent(String tanker, EventType type, String occurredAt, TimePrecision precision, Instant occurredFrom,
                          Instant occurredTo, String port, LadenState ladenState, Double observedDraftM,
                          Double reportedVolume, VolumeUnit reportedVolumeUnit, Product product,
                          EvidenceType evidenceType, Integer confidence, String source, String notes,
                          boolean illustrative, String counterpart, StsDirection stsDirection, Double latitude,
                          Double longitude, PositionSource positionSource) {
        this(tanker, type, occurredAt, precision, occurredFrom, occurredTo, port, ladenState, observedDraftM,
                reportedVolume, reportedVolumeUnit, product, evidenceType, confidence, source, notes, illustrative,
                counterpart, stsDirection, latitude, longitude, positionSource, null, null);
    }

    /** The event as a CSV cell stated it: text cells with the export's formula quote removed ({@link FormulaCells}). */
    NewVoyageEvent withFormulaCellsRestored() {
        return new NewVoyageEvent(FormulaCells.restore(tanker), type, FormulaCells.restore(occurredAt), precision,
                occurredFrom, occurredTo, FormulaCells.restore(port), ladenState, observedDraftM, reportedVolume,
                reportedVolumeUnit, product, evidenceType, confidence, FormulaCells.restore(source),
                FormulaCells.restore(notes), illustrative, FormulaCells.restore(counterpart), stsDirection, latitude,
                longitude, positionSource, tankerId, counterpartTankerId);
    }

    /** The time window this event states, or a field-named error saying what is missing or inconsistent. */
    public TimeWindow timeWindow() {
        if (occurredAt != null && !occurredAt.isBlank()) {
            if (occurredFrom != null || occurredTo != null) {
                throw DomainException.invalid("occurredAt", "give either occurredAt or occurredFrom/occurredTo, not both");
            }
            return parseOccurredAt(occurredAt.strip());
        }
        if (occurredFrom == null && occurredTo == null) {
            throw DomainException.invalid("occurredAt",
                    "the event has no time: give occurredAt (an instant or a date) or occurredFrom and occurredTo");
        }
        if (occurredFrom == null || occurredTo == null) {
            throw DomainException.invalid(occurredFrom == null ? "occurredFrom" : "occurredTo",
                    "a time window needs both occurredFrom and occurredTo");
        }
        if (occurredTo.isBefore(occurredFrom)) {
            throw DomainException.invalid("occurredTo", "occurredTo (" + occurredTo + ") is before occurredFrom (" + occurredFrom + ")");
        }
        AcceptedDates.require("occurredFrom", occurredFrom);
        AcceptedDates.require("occurredTo", occurredTo);
        if (precision != null && precision != TimePrecision.WINDOW) {
            // The read shape: a DAY, WEEK, MONTH, HOUR or EXACT time as its window. It must be exactly that window.
            TimeWindow stated = TimeWindow.around(occurredFrom, precision);
            if (!stated.from().equals(occurredFrom) || !stated.to().equals(occurredTo)) {
                throw DomainException.invalid("precision", "occurredFrom " + occurredFrom + " to occurredTo " + occurredTo
                        + " is not a " + precision + " (that would run from " + stated.from() + " to " + stated.to()
                        + "); give precision WINDOW for a window of any length");
            }
            return stated;
        }
        return TimeWindow.between(occurredFrom, occurredTo);
    }

    private TimeWindow parseOccurredAt(String text) {
        try {
            if (text.length() == 10) {
                TimePrecision p = precision == null ? TimePrecision.DAY : precision;
                if (p != TimePrecision.DAY && p != TimePrecision.WEEK && p != TimePrecision.MONTH) {
                    throw DomainException.invalid("precision", "a date alone is known to DAY, WEEK or MONTH, not " + p);
                }
                return TimeWindow.around(AcceptedDates.require("occurredAt", LocalDate.parse(text)), p);
            }
            TimePrecision p = precision == null ? TimePrecision.EXACT : precision;
            if (p == TimePrecision.WINDOW) {
                throw DomainException.invalid("precision", "WINDOW precision needs occurredFrom and occurredTo");
            }
            return TimeWindow.around(AcceptedDates.require("occurredAt", Instant.parse(text)), p);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("occurredAt",
                    "'" + text + "' is neither a date (2024-03-07) nor a UTC instant (2024-03-07T05:00:00Z)");
        }
    }
}
