package org.tidemark.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tidemark.domain.Port;
import org.tidemark.domain.PortRole;

/** The map is plain SVG from the ports and legs, over land drawn from the bundled Natural Earth rings. */
class VoyageMapTest {

    private static Port port(long id, String name, double lat, double lon, PortRole role) {
        Port p = new Port();
        p.id = id;
        p.name = name;
        p.latitude = lat;
        p.longitude = lon;
        p.role = role;
        return p;
    }

    @Test
    void drawsPortsLegsAndLandInsideTheView() throws Exception {
        Port vostochny = port(1, "Vostochny", 42.75, 133.07, PortRole.LOADING);
        Port chongjin = port(2, "Chongjin", 41.78, 129.82, PortRole.DISCHARGE);
        Port nampo = port(3, "Nampo", 38.73, 125.40, PortRole.DISCHARGE);
        String svg = new VoyageMap(null, null).svg(List.of(vostochny, chongjin, nampo),
                List.of(new VoyageMap.Leg(vostochny, chongjin, 9, false), new VoyageMap.Leg(vostochny, nampo, 2, true)), 1,
                List.of(), List.of());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "voyage-map.svg"), svg);
        assertThat(svg).contains(">Vostochny</text>").contains(">Chongjin</text>").contains(">Nampo</text>");
        assertThat(svg).contains("class=\"leg uncertain\"").contains("Vostochny → Chongjin: 9 complete deliveries");
        assertThat(svg).contains("class=\"land\"").contains("Natural Earth");
        double[] box = VoyageMap.bounds(List.of(vostochny, chongjin, nampo), List.of(), List.of());
        double[] v = VoyageMap.project(new double[] {vostochny.longitude, vostochny.latitude}, box);
        assertThat(v[0]).isBetween(0.0, (double) VoyageMap.WIDTH);
        assertThat(v[1]).isBetween(0.0, (double) VoyageMap.HEIGHT);
    }

    @Test
    void drawsATrackWithItsSilencesDashedAndEventPositionsInsideTheView() {
        Port vostochny = port(1, "Vostochny", 42.75, 133.07, PortRole.LOADING);
        Port nampo = port(3, "Nampo", 38.73, 125.40, PortRole.DISCHARGE);
        // a track that leaves the ports' box to the east: the view grows to hold it
        List<VoyageMap.TrackLine> track = List.of(
                new VoyageMap.TrackLine(List.of(new double[] {133.0, 42.7}, new double[] {137.5, 41.0}), false, "AIS track a"),
                new VoyageMap.TrackLine(List.of(new double[] {137.5, 41.0}, new double[] {138.9, 40.2}), true, "AIS silent <b>"));
        List<VoyageMap.Point> points = List.of(new VoyageMap.Point(131.0, 39.5, "7: SHIP_TO_SHIP"));

        String svg = new VoyageMap(null, null).svg(List.of(vostochny, nampo), List.of(), 0, track, points);

        assertThat(svg).contains("<polyline class=\"track\"").contains("<polyline class=\"track gap\"")
                .contains("AIS silent &lt;b&gt;").contains("<circle class=\"position\"");
        double[] box = VoyageMap.bounds(List.of(vostochny, nampo), track, points);
        for (double[] lonLat : List.of(new double[] {138.9, 40.2}, new double[] {131.0, 39.5})) {
            double[] xy = VoyageMap.project(lonLat, box);
            assertThat(xy[0]).isBetween(0.0, (double) VoyageMap.WIDTH);
            assertThat(xy[1]).isBetween(0.0, (double) VoyageMap.HEIGHT);
        }
    }

    @Test
    void clippingKeepsOnlyWhatIsInTheBox() {
        double[][] square = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
        List<double[]> clipped = VoyageMap.Clip.toBox(square, new double[] {2.5, 7.5, 2.5, 7.5});
        assertThat(clipped).allSatisfy(p -> {
            assertThat(p[0]).isBetween(2.0, 8.0);
            assertThat(p[1]).isBetween(2.0, 8.0);
        });
        assertThat(clipped).hasSize(4);
    }
}
