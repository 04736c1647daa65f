package org.tidemark.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.tidemark.domain.DomainException;
import org.tidemark.domain.TimeWindow;
import org.tidemark.registry.IdentityMatches.Match;
import org.tidemark.registry.IdentityMatches.Via;

/** The invariants of identity at the time, over random identity histories and event windows. */
class IdentityMatchesProperties {

    private static final LocalDate EPOCH = LocalDate.parse("2018-01-01");
    private static final Instant START = EPOCH.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

    @Provide
    Arbitrary<List<Match>> histories() {
        Arbitrary<Long> tankers = Arbitraries.longs().between(1, 3);
        Arbitrary<Via> vias = Arbitraries.of(Via.NAME, Via.ALIAS, Via.MMSI, Via.IMO);
        Arbitrary<Integer> starts = Arbitraries.integers().between(0, 2000);
        Arbitrary<Integer> lengths = Arbitraries.integers().between(0, 800);
        Arbitrary<Boolean> open = Arbitraries.of(true, false, false);
        return Combinators.combine(tankers, vias, starts, lengths, open, open).as((t, via, s, len, openStart, openEnd) ->
                new Match(t, "Tanker " + t, via, openStart ? null : EPOCH.plusDays(s),
                        openEnd ? null : EPOCH.plusDays(s + len))).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<TimeWindow> windows() {
        return Combinators.combine(Arbitraries.integers().between(0, 2800 * 24), Arbitraries.integers().between(0, 90 * 24))
                .as((h, len) -> new TimeWindow(START.plus(Duration.ofHours(h)), START.plus(Duration.ofHours(h + len)),
                        len == 0 ? org.tidemark.domain.TimePrecision.EXACT : org.tidemark.domain.TimePrecision.WINDOW));
    }

    @Property(tries = 500)
    void aResolvedTankerHeldAMatchingIdentityDuringTheWindow(@ForAll("histories") List<Match> history,
                                                            @ForAll("windows") TimeWindow window) {
        resolve(history, window).ifPresent(id -> assertThat(history)
                .anySatisfy(m -> {
                    assertThat(m.tankerId()).isEqualTo(id);
                    assertThat(m.heldDuring(window)).isTrue();
                }));
    }

    @Property(tries = 500)
    void theOrderIdentitiesAreReadInChangesNothing(@ForAll("histories") List<Match> history,
                                                   @ForAll("windows") TimeWindow window, @ForAll long seed) {
        List<Match> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(outcome(shuffled, window)).isEqualTo(outcome(history, window));
    }

    @Property(tries = 500)
    void wideningAWindowNeverResolvesToAnotherTanker(@ForAll("histories") List<Match> history,
                                                     @ForAll("windows") TimeWindow window,
                                                     @ForAll("windows") TimeWindow other) {
        Instant from = window.from().isBefore(other.from()) ? window.from() : other.from();
        Instant to = window.to().isAfter(other.to()) ? window.to() : other.to();
        TimeWindow wider = TimeWindow.between(from, to);
        Optional<Long> narrow = resolve(history, window);
        Optional<Long> wide = resolve(history, wider);
        // a wider window can only add candidates: the same tanker, or an ambiguity, never a different one
        if (narrow.isPresent() && wide.isPresent()) {
            assertThat(wide).isEqualTo(narrow);
        }
        if (narrow.isPresent()) {
            assertThat(outcome(history, wider)).isNotEqualTo("nothing held then");
        }
    }

    private static Optional<Long> resolve(List<Match> history, TimeWindow window) {
        try {
            return Optional.of(new IdentityMatches("ref", history).tankerAt("tanker", window));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    private static String outcome(List<Match> history, TimeWindow window) {
        try {
            return "tanker " + new IdentityMatches("ref", history).tankerAt("tanker", window);
        } catch (DomainException e) {
            return e.getMessage().contains(" names ") ? "ambiguous: " + e.getMessage() : "nothing held then";
        }
    }
}
