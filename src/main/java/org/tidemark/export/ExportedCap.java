package org.tidemark.export;

import org.tidemark.domain.VolumeUnit;

/** A legal cap per calendar year, for the eras of a timeline. */
record ExportedCap(String code, String name, double limit, VolumeUnit unit) {
}
