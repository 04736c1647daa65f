package org.tidemark.aistrack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Splitting a track at silences and thinning a line: pure. */
class TrackGeometryTest {

    @Test
    void aSilenceLongerThanTheThresholdSplitsTheTrackAndOneOfExactlyItDoesNot() {
        long[] t = {0, 600, 1200, 1200 + 43_200, 1200 + 43_200 + 43_201, 1200 + 86_401 + 600};
        List<int[]> segments = TrackGeometry.segments(t, t.length, 43_200);
        assertThat(segments).extracting(s -> s[0] + "-" + s[1]).containsExactly("0-3", "4-5");
        assertThat(TrackGeometry.segments(t, 0, 43_200)).isEmpty();
    }

    @Property
    void thinningKeepsBothEndsInOrderAndNeverMoreThanTheLimit(@ForAll @IntRange(min = 1, max = 5000) int n,
                                                               @ForAll @IntRange(min = 2, max = 2000) int max) {
        int[] picked = TrackGeometry.thin(10, 10 + n - 1, max);
        assertThat(picked.length).isEqualTo(Math.min(n, max));
        assertThat(picked[0]).isEqualTo(10);
        assertThat(picked[picked.length - 1]).isEqualTo(10 + n - 1);
        for (int i = 1; i < picked.length; i++) {
            assertThat(picked[i]).isGreaterThan(picked[i - 1]);
        }
    }
}
