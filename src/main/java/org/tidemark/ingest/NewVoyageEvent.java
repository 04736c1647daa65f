package org.tidemark.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.tidemark.domain.AcceptedDates;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.Product;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.TimeWindow;
import org.tidemark.domain.VolumeUnit;

/**
 * A voyage event as a user records it, before its references are resolved.
 *
 * @param tanker       the tanker's id, IMO number ("8691702" or "IMO 8691702"), name or alias
 * @param occurredAt   an instant ("2024-03-07T05:00:00Z") or a date ("2024-03-07"); or give
 *                     occurredFrom and occurredTo for a window
 * @param precision    how precisely occurredAt is known; defaults to EXACT for an instant, DAY for a date
 * @param port         the port's id, UN/LOCODE or name; none for an event at sea
 * @param source       the source's key or id
 * @param illustrative true for made-up data (scenario reconstructions), labelled wherever shown
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
        @NotNull @Min(1) @Max(4) Integer confidence,
        @NotBlank @Size(max = 80) String source,
        @Size(max = 4000) String notes,
        boolean illustrative) {

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
        if (precision != null && precision != TimePrecision.WINDOW) {
            throw DomainException.invalid("precision", "a window given by occurredFrom/occurredTo has precision WINDOW");
        }
        AcceptedDates.require("occurredFrom", occurredFrom);
        AcceptedDates.require("occurredTo", occurredTo);
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
