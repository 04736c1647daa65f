package org.tidemark.domain;

/** Oil products that conversion tables give a barrels-per-tonne factor for. */
public enum Product {
    CRUDE_OIL,
    GAS_DIESEL_OIL,
    MOTOR_GASOLINE,
    KEROSENE_JET,
    RESIDUAL_FUEL_OIL
}
