package org.tidemark.cap;

import org.tidemark.domain.Cap;
import org.tidemark.domain.VolumeUnit;

/** A legal cap as the API shows it. */
public record CapView(long id, String code, String name, double limit, VolumeUnit unit, String periodRule,
        String legalReference) {

    static CapView of(Cap cap) {
        return new CapView(cap.id, cap.code, cap.name, cap.limit, cap.unit, cap.periodRule, cap.legalReference);
    }
}
