package org.tidemark.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.tidemark.domain.DomainException;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.TimeWindow;
import org.tidemark.registry.IdentityMatches.Match;
import org.tidemark.registry.IdentityMatches.Via;

/** Identity at the time, case by case, as an analyst would put each one. */
class IdentityMatchesTest {

    // Tanker ids and names below are placeholders: no real hull, IMO number or MMSI is implied.
    private static final Match OLD_NAME_2020_2023 = new Match(1, "Tanker A", Via.NAME,
            LocalDate.parse("2020-01-01"), LocalDate.parse("2023-12-31"));
    private static final Match CURRENT_NAME_FROM_2024 = new Match(2, "Tanker B", Via.NAME,
            LocalDate.parse("2023-12-31"), null);
    private static final Match MMSI_TO_MID_MARCH = new Match(1, "Tanker A", Via.MMSI, null, LocalDate.parse("2024-03-15"));
    private static final Match MMSI_FROM_APRIL = new Match(2, "Tanker B", Via.MMSI, LocalDate.parse("2024-04-01"), null);
    private static final Match UNDATED_ALIAS = new Match(3, "Tanker C", Via.ALIAS, null, null);
    private static final Match ID_ONLY = new Match(4, "Tanker D", Via.ID, null, null);

    /** One case: what is on file, the event's time, and which tanker (or which error) the analyst expects. */
    record Case(String analystSays, List<Match> onFile, TimeWindow eventTime, Long expectedTanker,
                String errorMentions) {
        @Override
        public String toString() {
            return analystSays;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("a name held 2020–2023 identifies the tanker in a 2022 sighting",
                        List.of(OLD_NAME_2020_2023), day("2022-06-01"), 1L, null),
                new Case("a name held 2020–2023 does not identify anything in a 2024 sighting; the error gives its validity",
                        List.of(OLD_NAME_2020_2023), day("2024-03-07"), null, "from 2020-01-01 to 2023-12-31"),
                new Case("the last day of a validity is still inside it",
                        List.of(OLD_NAME_2020_2023), day("2023-12-31"), 1L, null),
                new Case("a name passed from one hull to another resolves to whoever held it at the time",
                        List.of(OLD_NAME_2020_2023, CURRENT_NAME_FROM_2024), day("2024-03-07"), 2L, null),
                new Case("on the day the name passed over, both held it: ambiguous, both named",
                        List.of(OLD_NAME_2020_2023, CURRENT_NAME_FROM_2024), day("2023-12-31"), null,
                        "tanker 1 (Tanker A)"),
                new Case("an MMSI identifies the tanker that held it in early March",
                        List.of(MMSI_TO_MID_MARCH, MMSI_FROM_APRIL), day("2024-03-07"), 1L, null),
                new Case("an MMSI reused from April identifies the new holder in a May event",
                        List.of(MMSI_TO_MID_MARCH, MMSI_FROM_APRIL), day("2024-05-02"), 2L, null),
                new Case("a March-only window that runs past the first holder's end still resolves: nobody else held it in March",
                        List.of(MMSI_TO_MID_MARCH, MMSI_FROM_APRIL), month("2024-03-01"), 1L, null),
                new Case("a window from March into April could be either holder: 422 naming both",
                        List.of(MMSI_TO_MID_MARCH, MMSI_FROM_APRIL),
                        TimeWindow.between(Instant.parse("2024-03-10T00:00:00Z"), Instant.parse("2024-04-05T00:00:00Z")),
                        null, "tanker 2 (Tanker B)"),
                new Case("between the two holders nobody held the MMSI: 422 saying who held it when",
                        List.of(MMSI_TO_MID_MARCH, MMSI_FROM_APRIL), day("2024-03-20"), null,
                        "to 2024-03-15"),
                new Case("an undated alias holds at every time",
                        List.of(UNDATED_ALIAS), day("1999-01-01"), 3L, null),
                new Case("an exact instant at midnight of the first day held resolves",
                        List.of(MMSI_FROM_APRIL), TimeWindow.exact(Instant.parse("2024-04-01T00:00:00Z")), 2L, null),
                new Case("an exact instant one second before the first day held does not",
                        List.of(MMSI_FROM_APRIL), TimeWindow.exact(Instant.parse("2024-03-31T23:59:59Z")), null,
                        "from 2024-04-01"),
                new Case("digits that are no identity held at the time fall back to the tanker's id",
                        List.of(ID_ONLY), day("2024-03-07"), 4L, null),
                new Case("an identity held at the time wins over the same digits read as an id",
                        List.of(ID_ONLY, UNDATED_ALIAS), day("2024-03-07"), 3L, null),
                new Case("a reference nobody ever held is refused with how to register the tanker",
                        List.of(), day("2024-03-07"), null, "POST /api/tankers"));
    }

    @org.junit.jupiter.api.Test
    void anIdentityReadFromDataNeverFallsBackToATankerId() {
        // An AIS MMSI such as 000000004 is no reference to tanker 4.
        IdentityMatches onlyAnId = new IdentityMatches("000000004", List.of(ID_ONLY));
        assertThat(onlyAnId.tankerAt("tanker", day("2024-03-07"))).isEqualTo(4L);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> onlyAnId.tankerAt("tanker", day("2024-03-07"), false))
                .hasMessageContaining("no tanker is known as '000000004'");
        IdentityMatches held = new IdentityMatches("000000004", List.of(ID_ONLY, UNDATED_ALIAS));
        assertThat(held.tankerAt("tanker", day("2024-03-07"), false)).isEqualTo(3L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolvesAsTheAnalystExpects(Case c) {
        IdentityMatches matches = new IdentityMatches("the reference", c.onFile());
        if (c.expectedTanker() != null) {
            assertThat(matches.tankerAt("tanker", c.eventTime())).isEqualTo(c.expectedTanker());
        } else {
            assertThatThrownBy(() -> matches.tankerAt("tanker", c.eventTime()))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
                        assertThat(e.field()).isEqualTo("tanker");
                    })
                    .hasMessageContaining("'the reference'")
                    .hasMessageContaining(c.errorMentions());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFieldAtFaultIsTheOneTheCallerNames(Case c) {
        if (c.expectedTanker() == null) {
            assertThatThrownBy(() -> new IdentityMatches("x", c.onFile()).tankerAt("counterpart", c.eventTime()))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("counterpart"));
        }
    }

    private static TimeWindow day(String date) {
        return TimeWindow.around(LocalDate.parse(date), TimePrecision.DAY);
    }

    private static TimeWindow month(String date) {
        return TimeWindow.around(LocalDate.parse(date), TimePrecision.MONTH);
    }
}
