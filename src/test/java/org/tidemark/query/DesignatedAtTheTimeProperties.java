package org.tidemark.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.flywaydb.core.Flyway;

import org.tidemark.TestDatabase;
import org.tidemark.domain.DatePrecision;

/**
 * The invariants of designation at the time, checked on the SQL that computes it ({@link DesignatedAtTheTime#sql})
 * over random designations, on a PostgreSQL migrated by the product's own Flyway scripts.
 */
class DesignatedAtTheTimeProperties {

    private static final LocalDate FIRST_DAY = LocalDate.parse("2017-01-01");
    private static final LocalDate LAST_DAY = LocalDate.parse("2026-12-31");
    private static final long TANKER = 1;

    private static TestDatabase database;
    private static Connection c;

    /** A listing or delisting date as recorded: the period's first day and its precision. */
    record RecordedDate(LocalDate first, DatePrecision precision) {

        LocalDate last() {
            return switch (precision) {
                case DAY -> first;
                case MONTH -> first.plusMonths(1).minusDays(1);
                case YEAR -> first.plusYears(1).minusDays(1);
            };
        }

        /** The same date known to the day: some day inside the period. */
        RecordedDate refined(int pick) {
            long days = ChronoUnit.DAYS.between(first, last()) + 1;
            return new RecordedDate(first.plusDays(Math.floorMod(pick, days)), DatePrecision.DAY);
        }
    }

    /** A designation: listed (null: date not known) and delisted (null: still listed). */
    record Listing(RecordedDate listed, RecordedDate delisted) {
    }

    @BeforeContainer
    static void startDatabase() throws SQLException {
        database = new TestDatabase();
        Map<String, String> config = database.start();
        String url = config.get("quarkus.datasource.jdbc.url");
        String user = config.get("quarkus.datasource.username");
        String password = config.get("quarkus.datasource.password");
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        c = DriverManager.getConnection(url, user, password);
        c.setAutoCommit(false);
    }

    @AfterContainer
    static void stopDatabase() throws SQLException {
        if (c != null) {
            c.close();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Provide
    Arbitrary<RecordedDate> dates() {
        Arbitrary<DatePrecision> precisions = Arbitraries.of(DatePrecision.class);
        Arbitrary<Integer> offsets = Arbitraries.integers().between(0, 9 * 365);
        return Combinators.combine(precisions, offsets).as((p, offset) -> {
            LocalDate day = FIRST_DAY.plusDays(offset);
            return new RecordedDate(switch (p) {
                case DAY -> day;
                case MONTH -> day.withDayOfMonth(1);
                case YEAR -> day.withDayOfYear(1);
            }, p);
        });
    }

    @Provide
    Arbitrary<Listing> listings() {
        return Combinators.combine(dates().injectNull(0.15), dates().injectNull(0.5)).as((listed, delisted) -> {
            if (listed != null && delisted != null && delisted.first().isBefore(listed.first())) {
                return new Listing(delisted, listed);
            }
            return new Listing(listed, delisted);
        });
    }

    @Property(tries = 60)
    void knowingADateToTheDayNeverOverturnsADecidedAnswer(@ForAll("listings") Listing coarse,
                                                          @ForAll int pickListed, @ForAll int pickDelisted)
            throws SQLException {
        RecordedDate listed = coarse.listed() == null ? null : coarse.listed().refined(pickListed);
        RecordedDate delisted = coarse.delisted() == null ? null : coarse.delisted().refined(pickDelisted);
        // a refinement is another fact when it delists before it lists: not a refinement of anything real
        Assume.that(listed == null || delisted == null || !delisted.first().isBefore(listed.first()));
        List<String> before = valuesByDay(List.of(coarse));
        List<String> after = valuesByDay(List.of(new Listing(listed, delisted)));
        for (int day = 0; day < before.size(); day++) {
            if (!before.get(day).equals("UNKNOWN")) {
                assertThat(after.get(day)).as("day %s", FIRST_DAY.plusDays(day)).isEqualTo(before.get(day));
            }
        }
        if (listed != null) {
            assertThat(after).as("a listing known to the day decides every day").doesNotContain("UNKNOWN");
        }
    }

    @Property(tries = 60)
    void aListingWithoutDelistingGoesFromFalseThroughUnknownToTrueAndNeverBack(@ForAll("dates") RecordedDate listed)
            throws SQLException {
        List<String> values = valuesByDay(List.of(new Listing(listed, null)));
        String sequence = String.join(",", values).replace("FALSE", "F").replace("UNKNOWN", "U").replace("TRUE", "T");
        assertThat(sequence.replace(",", "")).matches("F*U*T*");
        // undecided exactly on the days of the listing's period before its last
        for (int day = 0; day < values.size(); day++) {
            LocalDate d = FIRST_DAY.plusDays(day);
            boolean inside = !d.isBefore(listed.first()) && d.isBefore(listed.last());
            assertThat(values.get(day).equals("UNKNOWN")).as("day %s", d).isEqualTo(inside);
        }
    }

    @Property(tries = 60)
    void addingADesignationNeverMakesATankerLessDesignated(@ForAll("listings") Listing one,
                                                          @ForAll("listings") Listing other) throws SQLException {
        List<String> alone = valuesByDay(List.of(one));
        List<String> both = valuesByDay(List.of(one, other));
        List<String> order = List.of("FALSE", "UNKNOWN", "TRUE");
        for (int day = 0; day < alone.size(); day++) {
            assertThat(order.indexOf(both.get(day))).as("day %s", FIRST_DAY.plusDays(day))
                    .isGreaterThanOrEqualTo(order.indexOf(alone.get(day)));
        }
    }

    @Property(tries = 20)
    void aTankerWithoutDesignationsWasNeverDesignated() throws SQLException {
        assertThat(valuesByDay(List.of())).containsOnly("FALSE");
    }

    /** The value for every day from FIRST_DAY to LAST_DAY, with only these designations recorded. */
    private static List<String> valuesByDay(List<Listing> listings) throws SQLException {
        try {
            try (PreparedStatement ps = c.prepareStatement("insert into tanker (id, name) values (?, 'Property tanker')")) {
                ps.setLong(1, TANKER);
                ps.executeUpdate();
            }
            long id = 1;
            for (Listing l : listings) {
                try (PreparedStatement ps = c.prepareStatement("insert into designation (id, tanker_id, regime, listed_on,"
                        + " listed_on_precision, delisted_on, delisted_on_precision) values (?, ?, 'UN 1718', ?, ?, ?, ?)")) {
                    ps.setLong(1, id++);
                    ps.setLong(2, TANKER);
                    ps.setObject(3, l.listed() == null ? null : l.listed().first());
                    ps.setObject(4, l.listed() == null ? null : l.listed().precision().name());
                    ps.setObject(5, l.delisted() == null ? null : l.delisted().first());
                    ps.setObject(6, l.delisted() == null ? null : l.delisted().precision().name());
                    ps.executeUpdate();
                }
            }
            List<String> values = new ArrayList<>();
            String sql = "select " + DesignatedAtTheTime.sql(Long.toString(TANKER), "g.day")
                    + " from (select d::date as day from generate_series(cast(? as date), cast(? as date),"
                    + " interval '1 day') d) g order by g.day";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, FIRST_DAY);
                ps.setObject(2, LAST_DAY);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        values.add(rs.getString(1));
                    }
                }
            }
            return values;
        } finally {
            c.rollback();
        }
    }
}
