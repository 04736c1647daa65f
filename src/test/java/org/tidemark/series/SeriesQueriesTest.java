package org.tidemark.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.tidemark.CapWorld.A_CENTRAL;
import static org.tidemark.CapWorld.A_HIGH;
import static org.tidemark.CapWorld.A_LOW;
import static org.tidemark.CapWorld.B_CENTRAL;
import static org.tidemark.CapWorld.B_HIGH;
import static org.tidemark.CapWorld.B_LOW;
import static org.tidemark.CapWorld.C;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tidemark.CapWorld;
import org.tidemark.query.FilterResolver;
import org.tidemark.query.TimeBound;
import org.tidemark.cap.CapStatus;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.TimelineFilter;

@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class SeriesQueriesTest {

    private static final double CENT = 1e-6;

    @Inject
    SeriesQueries series;
    @Inject
    FilterResolver arguments;
    @Inject
    DataSource dataSource;

    private CapWorld w;
    private TimelineFilter atLoadingPort;

    @BeforeEach
    void world() {
        w = CapWorld.get();
        atLoadingPort = w.atLoadingPort(arguments);
    }

    @Test
    void monthlyVolumeHasEveryMonthWithZerosAndTheHandWorkedAmounts() {
        VolumeSeries s = series.volume(new VolumeQuery(range("2021-12-01", "2023-02-01"), Interval.MONTH, false,
                null, null));

        assertThat(s.points()).extracting(VolumeSeries.Point::start).containsExactly(
                d("2021-12-01"), d("2022-01-01"), d("2022-02-01"), d("2022-03-01"), d("2022-04-01"), d("2022-05-01"),
                d("2022-06-01"), d("2022-07-01"), d("2022-08-01"), d("2022-09-01"), d("2022-10-01"), d("2022-11-01"),
                d("2022-12-01"), d("2023-01-01"));
        assertThat(s.points().get(0).end()).isEqualTo(d("2021-12-31"));
        assertThat(s.unit()).isEqualTo(VolumeUnit.BARREL);
        assertBand(s.points().get(0), A_LOW, A_CENTRAL, A_HIGH);
        assertBand(s.points().get(1), 0, 0, 0);
        assertBand(s.points().get(2), C, C, C);
        // April: V3 (A) + V4 (B)
        assertBand(s.points().get(4), A_LOW + B_LOW, A_CENTRAL + B_CENTRAL, A_HIGH + B_HIGH);
        assertThat(s.points().get(4).voyages()).isEqualTo(2);
        // June: V6 (A) and V7 (no estimate)
        assertBand(s.points().get(6), A_LOW, A_CENTRAL, A_HIGH);
        assertThat(s.points().get(6).voyages()).isEqualTo(2);
        assertThat(s.points().get(6).voyagesWithoutEstimate()).isEqualTo(1);
        assertBand(s.points().get(9), 0, 0, 0);
        assertThat(s.points().get(13).includesIllustrative()).isTrue();
        assertThat(s.points().get(12).includesIllustrative()).isFalse();

        // 4 A + C + 3 B: low 83,820 + 300,000 + 18,879 = 402,699; central 268,560 + 300,000 + 60,486
        // = 629,046; high 340,000 + 300,000 + 76,578 = 716,578
        assertThat(s.total().low()).isCloseTo(402_699, within(CENT));
        assertThat(s.total().central()).isCloseTo(629_046, within(CENT));
        assertThat(s.total().high()).isCloseTo(716_578, within(CENT));
        assertThat(s.voyages()).isEqualTo(9);
        assertThat(s.voyagesWithoutEstimate()).isEqualTo(1);
        assertThat(s.includesIllustrative()).isTrue();
        assertThat(s.capYears()).isEmpty();
    }

    @Test
    void aCumulativeSeriesAgainstACapRestartsEachFirstOfJanuary() {
        VolumeSeries s = series.volume(new VolumeQuery(range("2021-12-01", "2023-02-01"), Interval.MONTH, true,
                null, "unscr-2397-refined"));

        assertThat(s.resetsEachYear()).isTrue();
        assertBand(s.points().get(0), A_LOW, A_CENTRAL, A_HIGH);
        assertBand(s.points().get(1), 0, 0, 0);
        assertBand(s.points().get(3), 320_955, 367_140, 385_000);
        assertBand(s.points().get(6), 375_451, 541_744, 606_052);
        assertBand(s.points().get(12), 375_451, 541_744, 606_052);
        assertBand(s.points().get(13), B_LOW, B_CENTRAL, B_HIGH);

        assertThat(s.capYears()).extracting(CapStatus::year).containsExactly(2021, 2022, 2023);
        CapStatus y2022 = s.capYears().get(1);
        assertThat(y2022.central().crossedOn()).isEqualTo(d("2022-06-01"));
        assertThat(y2022.high().crossedOn()).isEqualTo(d("2022-05-01"));
        assertThat(y2022.low().crossed()).isFalse();
    }

    @Test
    void aCumulativeSeriesWithoutACapRunsOverTheWholeRange() {
        VolumeSeries s = series.volume(new VolumeQuery(range("2021-12-01", "2023-02-01"), Interval.MONTH, true,
                null, null));

        assertThat(s.resetsEachYear()).isFalse();
        assertBand(s.points().get(1), A_LOW, A_CENTRAL, A_HIGH);
        assertBand(s.points().get(13), 402_699, 629_046, 716_578);
    }

    @Test
    void aRunningTotalAgainstACapCountsFromFirstJanuaryEvenWhenTheRangeStartsLater() {
        // from 2022-05-15: the first point (May) already holds V1..V5, as the cap counts the whole year
        VolumeSeries s = series.volume(new VolumeQuery(range("2022-05-15", "2022-07-01"), Interval.MONTH, true,
                null, "unscr-2397-refined"));

        assertThat(s.points()).extracting(VolumeSeries.Point::start).containsExactly(d("2022-05-01"), d("2022-06-01"));
        assertBand(s.points().get(0), 354_496, 474_604, 521_052);
        assertBand(s.points().get(1), 375_451, 541_744, 606_052);
        // the per-range figures still count only from 2022-05-15: V6 and V7 (no estimate); V5 (05-01) is before it
        assertThat(s.points().get(0).voyages()).isZero();
        assertThat(s.points().get(1).voyages()).isEqualTo(2);
        assertThat(s.voyages()).isEqualTo(2);
        assertThat(s.total().central()).isCloseTo(A_CENTRAL, within(CENT));
    }

    @Test
    void theSumOfANonCumulativeSeriesEqualsTheSumOfTheVoyagesEstimatesPerBand() throws SQLException {
        String[][] ranges = {{"2021-12-01", "2023-02-01"}, {"2021-12-22", "2023-01-05"}, {"2022-04-10", "2022-06-02"},
                {"2022-02-01T00:00:00Z", "2022-02-01T00:00:00.000001Z"}};
        for (String[] r : ranges) {
            for (Interval interval : Interval.values()) {
                for (VolumeUnit unit : List.of(VolumeUnit.BARREL, VolumeUnit.TONNE)) {
                    TimelineFilter filter = range(r[0], r[1]);
                    VolumeSeries s = series.volume(new VolumeQuery(filter, interval, false, unit, null));
                    double[] expected = sumOfVoyages(filter, unit);
                    String what = interval + " " + unit + " " + r[0] + ".." + r[1];
                    assertThat(s.points().stream().mapToDouble(VolumeSeries.Point::low).sum()).as(what)
                            .isCloseTo(expected[0], within(CENT));
                    assertThat(s.points().stream().mapToDouble(VolumeSeries.Point::central).sum()).as(what)
                            .isCloseTo(expected[1], within(CENT));
                    assertThat(s.points().stream().mapToDouble(VolumeSeries.Point::high).sum()).as(what)
                            .isCloseTo(expected[2], within(CENT));
                    assertThat(s.points().stream().mapToLong(VolumeSeries.Point::voyages).sum()).as(what)
                            .isEqualTo((long) expected[3]);
                    assertThat(s.total().central()).as(what).isCloseTo(expected[1], within(CENT));
                }
            }
        }
        // and the full range's barrels are the hand-worked figures, so the check above is not vacuous
        assertThat(sumOfVoyages(range("2021-12-01", "2023-02-01"), VolumeUnit.BARREL)[1])
                .isCloseTo(629_046, within(CENT));
    }

    @Test
    void weeksAreSplitAtFirstJanuary() {
        VolumeSeries s = series.volume(new VolumeQuery(range("2022-12-26", "2023-01-16"), Interval.WEEK, false,
                null, null));

        // 2022-12-26 is a Monday; 2023-01-01 a Sunday: its week is split into 12-26..12-31 and 01-01 alone
        assertThat(s.points()).extracting(VolumeSeries.Point::start)
                .containsExactly(d("2022-12-26"), d("2023-01-01"), d("2023-01-02"), d("2023-01-09"));
        assertThat(s.points()).extracting(VolumeSeries.Point::end)
                .containsExactly(d("2022-12-31"), d("2023-01-01"), d("2023-01-08"), d("2023-01-15"));
        assertBand(s.points().get(3), B_LOW, B_CENTRAL, B_HIGH);
        assertThat(s.points().get(3).voyages()).isEqualTo(1);
    }

    @Test
    void tonnesComeFromTheTonneColumns() {
        VolumeSeries s = series.volume(new VolumeQuery(range("2022-03-01", "2022-04-01"), Interval.MONTH, false,
                VolumeUnit.TONNE, null));

        // V2 (A): low 10,000 × 0.33 = 3,300 t; central 10,000 × 0.90 = 9,000 t; high 10,000 t
        assertThat(s.points()).hasSize(1);
        assertBand(s.points().get(0), 3_300, 9_000, 10_000);
        assertThat(s.unit()).isEqualTo(VolumeUnit.TONNE);
    }

    @Test
    void documentedOnlyLeavesTheIllustrativeVoyageOut() {
        VolumeSeries s = series.volume(new VolumeQuery(range("2021-12-01", "2023-02-01").withIllustrative(false),
                Interval.MONTH, false, null, null));

        assertThat(s.includesIllustrative()).isFalse();
        assertThat(s.voyages()).isEqualTo(8);
        assertBand(s.points().get(13), 0, 0, 0);
    }

    @Test
    void withoutARangeTheSeriesSpansTheMatchingVoyages() {
        VolumeSeries s = series.volume(new VolumeQuery(atLoadingPort, Interval.MONTH, false, null, null));

        assertThat(s.from()).isEqualTo(Instant.parse("2021-12-20T00:00:00Z"));
        assertThat(s.to()).isEqualTo(Instant.parse("2023-01-11T00:00:00Z"));
        assertThat(s.points()).hasSize(14);
        assertThat(s.voyages()).isEqualTo(9);
    }

    @Test
    void tripsPerMonthSplitByDischargePortWithUnknownAsItsOwnGroup() {
        TripSeries s = series.trips(new TripQuery(range("2022-01-01", "2023-01-01"), Interval.MONTH, true));

        assertThat(s.dischargePorts()).extracting(TripSeries.PortGroup::port)
                .containsExactly(w.f.dischargePort, w.secondDischargePort, null);
        assertThat(s.points()).hasSize(12);
        assertThat(s.trips()).isEqualTo(7);
        // every point lists every group, zeros included
        assertThat(s.points()).allSatisfy(p -> assertThat(p.byDischargePort()).hasSize(3));
        assertThat(s.points().get(0).trips()).isZero();
        // April: V4 at D, V3 at D2
        assertThat(s.points().get(3).byDischargePort()).extracting(TripSeries.PortCount::trips).containsExactly(1L, 1L, 0L);
        // June: V7 at D, V6 with its discharge port unknown
        assertThat(s.points().get(5).byDischargePort()).extracting(TripSeries.PortCount::trips).containsExactly(1L, 0L, 1L);
        assertThat(s.points().get(5).byDischargePort().get(2).portId()).isNull();
        assertThat(s.voyagesWithoutEstimate()).isEqualTo(1);
        assertThat(s.includesIllustrative()).isFalse();
    }

    @Test
    void tripsWithoutTheSplitAreTotalsAndEmptyMonthsAreZero() {
        TripSeries s = series.trips(new TripQuery(range("2022-01-01", "2022-04-01"), Interval.MONTH, false));

        assertThat(s.points()).extracting(TripSeries.Point::trips).containsExactly(0L, 1L, 1L);
        assertThat(s.points()).allSatisfy(p -> assertThat(p.byDischargePort()).isNull());
        assertThat(s.dischargePorts()).isEmpty();
    }

    @Test
    void aRangeWithNoVoyagesStillHasItsIntervals() {
        TripSeries trips = series.trips(new TripQuery(range("2019-01-01", "2019-04-01"), Interval.MONTH, true));
        VolumeSeries volume = series.volume(new VolumeQuery(range("2019-01-01", "2019-04-01"), Interval.MONTH, true,
                null, null));

        assertThat(trips.points()).extracting(TripSeries.Point::trips).containsExactly(0L, 0L, 0L);
        assertThat(volume.points()).hasSize(3).allSatisfy(p -> assertThat(p.central()).isZero());
    }

    @Test
    void refusesTooManyPointsAnUnknownCapAndAUnitOtherThanTheCaps() {
        assertThatThrownBy(() -> series.volume(new VolumeQuery(range("1990-01-01", "2024-01-01"), Interval.DAY, false,
                null, null))).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("interval");
                });
        assertThatThrownBy(() -> series.volume(new VolumeQuery(atLoadingPort, Interval.MONTH, false, null, "no-such-cap")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("cap"));
        assertThatThrownBy(() -> series.volume(new VolumeQuery(atLoadingPort, Interval.MONTH, true, VolumeUnit.TONNE,
                "unscr-2397-refined"))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.field()).isEqualTo("unit"));
    }

    /** An independent sum straight from the voyage table: per band, and the count. */
    private double[] sumOfVoyages(TimelineFilter filter, VolumeUnit unit) throws SQLException {
        String col = unit == VolumeUnit.TONNE ? "_t" : "_bbl";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select coalesce(sum(low" + col + "), 0), coalesce(sum(central" + col + "), 0), coalesce(sum(high" + col
                        + "), 0), count(*) from voyage where load_port_id = ? and loading_from >= ? and loading_from < ?")) {
            ps.setLong(1, filter.portId());
            ps.setObject(2, filter.from().atOffset(java.time.ZoneOffset.UTC));
            ps.setObject(3, filter.to().atOffset(java.time.ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getLong(4)};
            }
        }
    }

    /** Both bounds as instants at the start of the day given: {@code to} is exclusive. */
    private TimelineFilter range(String from, String to) {
        return atLoadingPort.withRange(TimeBound.parse("from", from).start(), TimeBound.parse("to", to).start());
    }

    private static void assertBand(VolumeSeries.Point p, double low, double central, double high) {
        assertThat(p.low()).as("low of " + p.start()).isCloseTo(low, within(CENT));
        assertThat(p.central()).as("central of " + p.start()).isCloseTo(central, within(CENT));
        assertThat(p.high()).as("high of " + p.start()).isCloseTo(high, within(CENT));
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }
}
