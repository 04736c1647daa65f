package org.tidemark.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelSanitizerTest {

    @Test
    void removesCharactersXmlCannotHold() {
        assertThat(LabelSanitizer.clean("a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf")).isEqualTo("abcdef");
    }

    @Test
    void removesLoneSurrogatesButKeepsPairs() {
        assertThat(LabelSanitizer.clean("x\uD800y\uDC00z")).isEqualTo("xyz");
        assertThat(LabelSanitizer.clean("ship \uD83D\uDEA2")).isEqualTo("ship \uD83D\uDEA2");
        assertThat(LabelSanitizer.clean("end\uD83D")).isEqualTo("end");
    }

    @Test
    void keepsTabNewlineReturnAndMarkup() {
        assertThat(LabelSanitizer.clean("a\tb\nc\rd <&>\"'")).isEqualTo("a\tb\nc\rd <&>\"'");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(LabelSanitizer.clean(null)).isEmpty();
    }

    @Test
    void hrefsKeepRelativeAndHttpOnly() {
        assertThat(SafeHref.of("/api/voyages/1")).isEqualTo("/api/voyages/1");
        assertThat(SafeHref.of("voyages?at=12:00")).isEqualTo("voyages?at=12:00");
        assertThat(SafeHref.of("https://example.org/a")).isEqualTo("https://example.org/a");
        assertThat(SafeHref.of("java\tscript:alert(1)")).isNull();
        assertThat(SafeHref.of("data:text/html,x")).isNull();
        assertThat(SafeHref.of("  ")).isNull();
        assertThat(SafeHref.of(null)).isNull();
    }
}
