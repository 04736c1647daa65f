package org.tidemark.claim;

import java.time.LocalDate;

import org.tidemark.domain.ClaimComparator;
import org.tidemark.domain.ClaimSubject;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.SourceRef;
import org.tidemark.query.VoyageView;

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
        ClaimComparator comparator,
        double value,
        VolumeUnit unit,
        LocalDate periodFrom,
        LocalDate periodTo,
        VoyageView.Ref port,
        String statement) {
}
