package org.tidemark.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CumulativeSeriesDownsamplerProperties {

    @Property
    void keepsAtMostTheBoundAndTheEndPoints(@ForAll("series") List<VolumePoint> points,
            @ForAll @IntRange(min = 6, max = 400) int maxPoints) {
        List<VolumePoint> kept = CumulativeSeriesDownsampler.downsample(points, maxPoints);

        assertThat(kept.size()).isLessThanOrEqualTo(Math.max(maxPoints, 0));
        if (!points.isEmpty()) {
            assertThat(kept.get(0)).isSameAs(points.get(0));
            assertThat(kept.get(kept.size() - 1)).isSameAs(points.get(points.size() - 1));
        }
        if (points.size() <= maxPoints) {
            assertThat(kept).isEqualTo(points);
        }
    }

    @Property
    void keepsTheBandExtremesAndInputOrder(@ForAll("series") List<VolumePoint> points,
            @ForAll @IntRange(min = 6, max = 400) int maxPoints) {
        List<VolumePoint> kept = CumulativeSeriesDownsampler.downsample(points, maxPoints);

        if (!points.isEmpty()) {
            assertThat(max(kept, VolumePoint::high)).isEqualTo(max(points, VolumePoint::high));
            assertThat(-max(kept, p -> -p.low())).isEqualTo(-max(points, p -> -p.low()));
            assertThat(max(kept, VolumePoint::central)).isEqualTo(max(points, VolumePoint::central));
        }
        // A subsequence: every kept point appears in the input after the previous kept point.
        int from = 0;
        for (VolumePoint p : kept) {
            int at = indexOfIdentity(points, p, from);
            assertThat(at).as("kept point found in order").isGreaterThanOrEqualTo(from);
            from = at + 1;
        }
    }

    @Example
    void rejectsABoundTooSmallForOneBucket() {
        assertThatThrownBy(() -> CumulativeSeriesDownsampler.downsample(List.of(), 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<List<VolumePoint>> series() {
        // Mostly rising with occasional drops (a yearly reset, a revised estimate), a spread that varies.
        return Arbitraries.doubles().between(-50, 1000).list().ofMaxSize(3000).map(steps -> {
            List<VolumePoint> points = new ArrayList<>(steps.size());
            double central = 0;
            LocalDate day = LocalDate.of(2024, 1, 1);
            for (int i = 0; i < steps.size(); i++) {
                central = Math.max(0, central + steps.get(i));
                double spread = Math.abs(steps.get(i)) * 0.3;
                points.add(new VolumePoint(day.plusDays(i / 4), central - spread, central, central + 2 * spread));
            }
            return points;
        });
    }

    private static double max(List<VolumePoint> points, java.util.function.ToDoubleFunction<VolumePoint> f) {
        return points.stream().max(Comparator.comparingDouble(f)).map(f::applyAsDouble).orElseThrow();
    }

    private static int indexOfIdentity(List<VolumePoint> points, VolumePoint p, int from) {
        for (int i = from; i < points.size(); i++) {
            if (points.get(i) == p) {
                return i;
            }
        }
        return -1;
    }
}
