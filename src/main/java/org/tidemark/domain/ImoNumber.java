package org.tidemark.domain;

/** IMO ship identification numbers: seven digits, the last a check digit. */
public final class ImoNumber {

    private ImoNumber() {
    }

    /**
     * True when {@code imo} is seven digits whose last digit is the check digit: the sum of the
     * first six digits weighted 7, 6, 5, 4, 3, 2, modulo 10.
     */
    public static boolean isValid(String imo) {
        if (imo == null || imo.length() != 7) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            char c = imo.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < 6) {
                sum += (c - '0') * (7 - i);
            }
        }
        return sum % 10 == imo.charAt(6) - '0';
    }

    /** Strips an optional "IMO" prefix and spaces: "IMO 8691702" becomes "8691702". */
    public static String normalise(String text) {
        String s = text.strip();
        if (s.regionMatches(true, 0, "IMO", 0, 3)) {
            s = s.substring(3).strip();
        }
        return s;
    }
}
