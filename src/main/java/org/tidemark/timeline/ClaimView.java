package org.tidemark.timeline;

import java.time.LocalDate;

import org.tidemark.domain.ClaimSubject;
import org.tidemark.domain.Comparator;
import org.tidemark.domain.VolumeUnit;

/**
 * A recorded claim as the API shows it.
 *
 * @param periodTo last day the claim covers (included)
 * @param port     the loading port whose calls the claim counts, or null
 */
public record ClaimView(
        long id,
        String publisher,
        SourceRef source,
        ClaimSubject subject,
        Comparator comparator,
        double value,
        VolumeUnit unit,
        LocalDate periodFrom,
        LocalDate periodTo,
        VoyageView.Ref port,
        String statement) {
}
