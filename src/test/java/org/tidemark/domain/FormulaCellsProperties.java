package org.tidemark.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The CSV formula guard is undone exactly by the import, and leaves nothing a spreadsheet would evaluate. */
class FormulaCellsProperties {

    @Provide
    Arbitrary<String> cells() {
        // Heavy on the characters that matter: quotes and formula starters, then anything.
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("'=+-@\t\rab1 ").ofMaxLength(6),
                Arbitraries.strings().ofMaxLength(20));
    }

    @Property(tries = 2000)
    void restoringUndoesNeutralising(@ForAll("cells") String text) {
        assertThat(FormulaCells.restore(FormulaCells.neutralise(text))).isEqualTo(text);
    }

    @Property(tries = 2000)
    void aNeutralisedCellNeverStartsAFormula(@ForAll("cells") String text) {
        String cell = FormulaCells.neutralise(text);
        assertThat(cell.isEmpty() ? ' ' : cell.charAt(0)).isNotIn('=', '+', '-', '@', '\t', '\r');
    }

    @Test
    void examples() {
        assertThat(FormulaCells.neutralise("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(FormulaCells.neutralise("-12 knots")).isEqualTo("'-12 knots");
        assertThat(FormulaCells.neutralise("'=x")).isEqualTo("''=x");
        assertThat(FormulaCells.neutralise("'quoted")).isEqualTo("'quoted");
        assertThat(FormulaCells.neutralise("Yu Son")).isEqualTo("Yu Son");
        assertThat(FormulaCells.restore("'quoted")).isEqualTo("'quoted");
        assertThat(FormulaCells.restore("'@here")).isEqualTo("@here");
    }
}
