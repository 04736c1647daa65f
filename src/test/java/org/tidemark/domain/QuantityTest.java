package org.tidemark.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Property
    void tonnesToBarrelsAndBackRoundTrips(@ForAll @DoubleRange(min = 0, max = 1e7) double tonnes,
                                          @ForAll FactorTable table, @ForAll Product product) {
        ProductFactor factor = new ProductFactor(table, product);
        Volume back = Volume.tonnes(tonnes).to(VolumeUnit.BARREL, factor).to(VolumeUnit.TONNE, factor);
        assertThat(back.unit()).isEqualTo(VolumeUnit.TONNE);
        assertThat(back.amount()).isCloseTo(tonnes, within(1e-9 * Math.max(1, tonnes)));
    }

    @Property
    void cubicMetresRoundTripWithoutAFactor(@ForAll @DoubleRange(min = 0, max = 1e9) double barrels) {
        Volume back = Volume.barrels(barrels).to(VolumeUnit.CUBIC_METRE, null).to(VolumeUnit.BARREL, null);
        assertThat(back.amount()).isCloseTo(barrels, within(1e-9 * Math.max(1, barrels)));
    }

    @Test
    void oneBarrelIsFortyTwoUsGallons() {
        assertThat(Volume.barrels(1).to(VolumeUnit.CUBIC_METRE, null).amount()).isCloseTo(42 * 0.003785411784, within(1e-12));
    }

    @Test
    void tonnesNeedAProductFactor() {
        assertThatThrownBy(() -> Volume.tonnes(1).to(VolumeUnit.BARREL, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("product factor");
    }

    @Test
    void factorsAreTheOnesInFacts() {
        assertThat(FactorTable.BP.barrelsPerTonne(Product.GAS_DIESEL_OIL)).isEqualTo(7.46);
        assertThat(FactorTable.BP.barrelsPerTonne(Product.RESIDUAL_FUEL_OIL)).isEqualTo(6.35);
        assertThat(FactorTable.UNSD.barrelsPerTonne(Product.MOTOR_GASOLINE)).isEqualTo(8.50);
        assertThat(FactorTable.UNSD.barrelsPerTonne(Product.CRUDE_OIL)).isEqualTo(7.32);
    }

    @Test
    void negativeOrNonFiniteVolumesAreRefused() {
        assertThatThrownBy(() -> Volume.barrels(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Volume.barrels(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Volume.barrels(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void aBandKeepsItsOrderOrIsRefused(@ForAll @DoubleRange(min = 0, max = 1e6) double a,
                                       @ForAll @DoubleRange(min = 0, max = 1e6) double b,
                                       @ForAll @DoubleRange(min = 0, max = 1e6) double c) {
        if (a <= b && b <= c) {
            CargoBand band = new CargoBand(a, b, c, VolumeUnit.BARREL);
            assertThat(band.plus(band).central()).isEqualTo(2 * b);
        } else {
            assertThatThrownBy(() -> new CargoBand(a, b, c, VolumeUnit.BARREL)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
