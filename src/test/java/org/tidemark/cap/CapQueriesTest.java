package org.tidemark.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tidemark.CapWorld;
import org.tidemark.Fixtures;
import org.tidemark.Trips;
import org.tidemark.query.FilterResolver;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.TimelineFilter;

@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class CapQueriesTest {

    private static final double CENT = 1e-6;

    @Inject
    CapQueries caps;
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
    void theSeededCapIsFoundByCodeAndById() {
        CapView byCode = caps.find("unscr-2397-refined").orElseThrow();
        assertThat(byCode.limit()).isEqualTo(500_000);
        assertThat(byCode.unit()).isEqualTo(VolumeUnit.BARREL);
        assertThat(caps.find(Long.toString(byCode.id()))).contains(byCode);
        assertThat(caps.caps()).contains(byCode);
        assertThat(caps.find("unscr-9999")).isEmpty();
    }

    @Test
    void twentyTwentyTwoAgainstTheUnCapBandByBand() {
        CapStatus s = caps.status("unscr-2397-refined", 2022, atLoadingPort);

        // see CapWorld for the arithmetic
        assertThat(s.voyages()).isEqualTo(7);
        assertThat(s.voyagesWithoutEstimate()).isEqualTo(1);
        assertThat(s.includesIllustrative()).isFalse();
        assertThat(s.low().total()).isEqualTo(375_451);
        assertThat(s.central().total()).isEqualTo(541_744);
        assertThat(s.high().total()).isEqualTo(606_052);
        assertThat(s.central().shareOfLimit()).isEqualTo(1.083); // 541,744 / 500,000 to 0.1 %

        assertThat(s.low().crossed()).isFalse();
        assertThat(s.low().crossedOn()).isNull();
        assertThat(s.central().crossedOn()).isEqualTo(LocalDate.parse("2022-06-01"));
        assertThat(s.high().crossedOn()).isEqualTo(LocalDate.parse("2022-05-01"));
        assertThat(s.central().crossedByVoyage()).isEqualTo(voyageLoadedAt(w.f.loadingPort, "2022-06-01T00:00:00Z"));
        assertThat(s.high().crossedByVoyage()).isEqualTo(voyageLoadedAt(w.f.loadingPort, "2022-05-01T00:00:00Z"));

        assertThat(s.loadFactorBasis().capacityBasedVoyages()).isEqualTo(5);
        assertThat(s.loadFactorBasis().capacityTonnes()).isCloseTo(36_006, within(CENT));
        assertThat(s.loadFactorBasis().fixedVoyages()).isEqualTo(1);
        assertThat(s.central().fixedVolume()).isCloseTo(300_000, within(CENT));
        assertThat(s.central().volumeAtFullLoad()).isEqualTo(268_605); // 268,604.76 to a barrel
        // 200,000 ÷ 228,638.1, ÷ 268,604.76, ÷ 306,051, to 0.001
        assertThat(s.low().loadFactorToReach()).isEqualTo(0.875);
        assertThat(s.central().loadFactorToReach()).isEqualTo(0.745);
        assertThat(s.high().loadFactorToReach()).isEqualTo(0.653);
        assertThat(s.central().loadFactorToReachMeaning()).isEqualTo(
                "reached at a load factor of 0.745 on every capacity-based voyage");
        assertThat(s.summary()).startsWith("2022: 7 voyages; central estimate 0.54 M bbl, 108 % of the 0.5 M bbl cap, "
                + "crossed on 2022-06-01; low 0.38 M bbl, not crossed; high 0.61 M bbl, crossed on 2022-05-01");
    }

    @Test
    void aYearWithOneSmallVoyageIsFarFromTheCap() {
        CapStatus s = caps.status("unscr-2397-refined", 2021, atLoadingPort);

        assertThat(s.voyages()).isEqualTo(1);
        assertThat(s.central().total()).isCloseTo(CapWorld.A_CENTRAL, within(CENT));
        assertThat(s.central().crossed()).isFalse();
        // 500,000 ÷ (10,000 × 7.46): even full tankers would not reach it
        assertThat(s.central().loadFactorToReach()).isEqualTo(6.702).isGreaterThan(1); // 500,000 / 74,600
        assertThat(s.central().loadFactorToReachMeaning()).startsWith("unreachable at any load factor")
                .contains("6.702");
    }

    @Test
    void aYearWithoutVoyagesHasZerosAndNoLoadFactor() {
        CapStatus s = caps.status("unscr-2397-refined", 2019, atLoadingPort);

        assertThat(s.voyages()).isZero();
        assertThat(s.central().total()).isZero();
        assertThat(s.central().loadFactorToReach()).isNull();
        assertThat(s.summary()).isEqualTo("2019: no tracked voyages against the 0.5 M bbl cap");
    }

    @Test
    void documentedOnlyAndOtherFiltersNarrowTheYear() {
        CapStatus s2023 = caps.status("unscr-2397-refined", 2023, atLoadingPort);
        CapStatus documented = caps.status("unscr-2397-refined", 2023, atLoadingPort.withIllustrative(false));
        CapStatus oneTanker = caps.status("unscr-2397-refined", 2022,
                atLoadingPort.withTanker(arguments.tankerId(w.a)));

        assertThat(s2023.includesIllustrative()).isTrue();
        assertThat(s2023.voyages()).isEqualTo(1);
        assertThat(documented.voyages()).isZero();
        // V2, V3, V6: 3 × 67,140
        assertThat(oneTanker.central().total()).isCloseTo(3 * CapWorld.A_CENTRAL, within(CENT));
        assertThat(oneTanker.loadFactorBasis().fixedVoyages()).isZero();
    }

    @Test
    void onTheCrossingDayTheVoyageThatReachesTheLimitIsNamed() {
        Fixtures f = Fixtures.create();
        // three reported 200,000 bbl loadings on one day, by three tankers: 200,000, 400,000, 600,000;
        // the third, at 03:00, reaches 500,000 in every band
        for (int hour = 1; hour <= 3; hour++) {
            Map<String, Object> loading = f.event("LOADING", "2016-08-01T0" + hour + ":00:00Z", f.loadingPort);
            loading.put("tanker", Trips.tanker(f, "Same day " + hour, Map.of("deadweightT", 3000)));
            loading.put("reportedVolume", 200_000);
            loading.put("reportedVolumeUnit", "BARREL");
            Fixtures.post("/api/events", loading);
        }
        TimelineFilter port = TimelineFilter.ALL.withLoadPort(arguments.portId(f.loadingPort));

        CapStatus s = caps.status("unscr-2397-refined", 2016, port);

        UUID third = voyageLoadedAt(f.loadingPort, "2016-08-01T03:00:00Z");
        assertThat(List.of(s.low(), s.central(), s.high())).allSatisfy(band -> {
            assertThat(band.crossedOn()).isEqualTo(LocalDate.parse("2016-08-01"));
            assertThat(band.crossedByVoyage()).isEqualTo(third);
            assertThat(band.total()).isCloseTo(600_000, within(CENT));
            assertThat(band.loadFactorToReach()).as("no capacity-based voyage").isNull();
        });
    }

    @Test
    void anUnknownCapIsNotFound() {
        assertThatThrownBy(() -> caps.status("no-such-cap", 2024, TimelineFilter.ALL))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    private UUID voyageLoadedAt(String port, String instant) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id from voyage where loading_from = ? and load_port_id = ?")) {
            ps.setObject(1, Instant.parse(instant).atOffset(ZoneOffset.UTC));
            ps.setLong(2, arguments.portId(port));
            try (ResultSet rs = ps.executeQuery()) {
                List<UUID> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
                assertThat(ids).as("voyages loaded at " + instant).hasSize(1);
                return ids.get(0);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
