package org.tidemark.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import org.tidemark.domain.ClaimComparator;
import org.tidemark.domain.VolumeUnit;

/** The plain sentences the read model attaches to cap statuses and reconciliations, and the number style they use. */
public final class Wording {

    private Wording() {
    }

    /** 960,000 → "0.96 M bbl"; 125,000 → "0.13 M bbl"; 20,162.14 → "20,162 bbl"; tonnes as "t". */
    public static String volume(double amount, VolumeUnit unit) {
        String symbol = unit == VolumeUnit.TONNE ? "t" : "bbl";
        if (Math.abs(amount) >= 100_000) {
            BigDecimal millions = BigDecimal.valueOf(amount / 1_000_000).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            return millions.toPlainString() + " M " + symbol;
        }
        return whole(amount) + " " + symbol;
    }

    /** A count or a figure rounded to a whole number, with thousands separators. */
    public static String whole(double amount) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(Math.round(amount));
    }

    /** A fraction as a whole percentage: 0.534 → "53 %". */
    public static String percent(double fraction) {
        return Math.round(fraction * 100) + " %";
    }

    /** "1 trip", "43 trips". */
    public static String count(long n, String one, String many) {
        return whole(n) + " " + (n == 1 ? one : many);
    }

    /** "about 43", "more than 12": how a claim words its figure. */
    public static String claimed(ClaimComparator comparator, String figure) {
        return switch (comparator) {
            case ABOUT -> "about " + figure;
            case MORE_THAN -> "more than " + figure;
            case LESS_THAN -> "fewer than " + figure;
            case EXACTLY -> figure;
        };
    }

    /** "≈ 1 M bbl", "> 1 M bbl": a claimed volume. */
    public static String claimedVolume(ClaimComparator comparator, String figure) {
        return switch (comparator) {
            case ABOUT -> "≈ " + figure;
            case MORE_THAN -> "> " + figure;
            case LESS_THAN -> "< " + figure;
            case EXACTLY -> figure;
        };
    }

    /** 2024-03-07 → "7 March 2024". */
    public static String day(LocalDate day) {
        return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + day.getYear();
    }
}
