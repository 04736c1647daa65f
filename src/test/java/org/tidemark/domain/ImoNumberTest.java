package org.tidemark.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ImoNumberTest {

    @Test
    void acceptsTheNumbersPublishedForTheScenarioTankers() {
        assertThat(ImoNumber.isValid("8691702")).as("Yu Son").isTrue();
        assertThat(ImoNumber.isValid("8106496")).as("Sam Ma 2").isTrue();
        assertThat(ImoNumber.isValid("7303803")).as("An San 1").isTrue();
    }

    @Test
    void rejectsWrongCheckDigitsLengthsAndLetters() {
        assertThat(ImoNumber.isValid("8691703")).isFalse();
        assertThat(ImoNumber.isValid("869170")).isFalse();
        assertThat(ImoNumber.isValid("86917022")).isFalse();
        assertThat(ImoNumber.isValid("869170A")).isFalse();
        assertThat(ImoNumber.isValid(null)).isFalse();
    }

    @Test
    void normaliseStripsThePrefix() {
        assertThat(ImoNumber.normalise(" IMO 8691702 ")).isEqualTo("8691702");
        assertThat(ImoNumber.normalise("imo8691702")).isEqualTo("8691702");
    }

    @Property
    void exactlyOneCheckDigitCompletesAnySixDigits(@ForAll @IntRange(min = 0, max = 999_999) int body) {
        String six = String.format("%06d", body);
        long valid = 0;
        for (int d = 0; d <= 9; d++) {
            if (ImoNumber.isValid(six + d)) {
                valid++;
            }
        }
        assertThat(valid).isEqualTo(1);
    }

    @Property
    void changingOneDigitBreaksTheCheck(@ForAll @IntRange(min = 0, max = 999_999) int body,
                                        @ForAll @IntRange(min = 0, max = 5) int position,
                                        @ForAll @IntRange(min = 1, max = 9) int shift) {
        String six = String.format("%06d", body);
        String imo = null;
        for (int d = 0; d <= 9; d++) {
            if (ImoNumber.isValid(six + d)) {
                imo = six + d;
            }
        }
        char[] digits = imo.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
        // Weights 7..2 are all coprime to 10 except 2, 4, 5, 6: a change at those positions can cancel out.
        int weight = 7 - position;
        if ((weight * shift) % 10 != 0) {
            assertThat(ImoNumber.isValid(new String(digits))).isFalse();
        }
    }
}
