package org.tidemark.brief;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateExtension;

import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.Wording;

/** How the brief's template writes numbers and dates: the read model's own wording. */
@TemplateExtension
final class BriefFormats {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private BriefFormats() {
    }

    static String day(LocalDate day) {
        return Wording.day(day);
    }

    static String instantDay(Instant at) {
        return at == null ? "" : Wording.day(at.atZone(ZoneOffset.UTC).toLocalDate());
    }

    static String generated(Instant at) {
        return GENERATED.format(at);
    }

    static String bbl(double barrels) {
        return Wording.volume(barrels, VolumeUnit.BARREL);
    }

    static String whole(double amount) {
        return Wording.whole(amount);
    }

    static String percent(double fraction) {
        return Wording.percent(fraction);
    }
}
