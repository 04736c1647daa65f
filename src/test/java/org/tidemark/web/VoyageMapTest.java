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
        String svg = new VoyageMap(null).svg(List.of(vostochny, chongjin, nampo),
                List.of(new VoyageMap.Leg(vostochny, chongjin, 9, false), new VoyageMap.Leg(vostochny, nampo, 2, true)), 1);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "voyage-map.svg"), svg);
        assertThat(svg).contains(">Vostochny</text>").contains(">Chongjin</text>").contains(">Nampo</text>");
        assertThat(svg).contains("class=\"leg uncertain\"").contains("Vostochny → Chongjin: 9 complete deliveries");
        assertThat(svg).contains("class=\"land\"").contains("Natural Earth");
        double[] box = VoyageMap.bounds(List.of(vostochny, chongjin, nampo));
        double[] v = VoyageMap.project(new double[] {vostochny.longitude, vostochny.latitude}, box);
        assertThat(v[0]).isBetween(0.0, (double) VoyageMap.WIDTH);
        assertThat(v[1]).isBetween(0.0, (double) VoyageMap.HEIGHT);
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
