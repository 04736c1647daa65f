-- The read model's aggregates (volume series, cap status, reconciliation) over the voyage table.
--
-- Stored generated columns: PostgreSQL computes them from the estimate derivation already writes,
-- so the write path is unchanged and the values can never disagree with estimate_inputs.
--   loading_day        the UTC day the voyage loaded: what series and caps bucket by
--   capacity_t         cargo capacity, for capacity × load factor estimates only (what scales with a load factor)
--   low_bbl_per_t …    each band's product factor (barrels per tonne) as derivation used it
alter table voyage
    add column loading_day date
        generated always as ((loading_from at time zone 'UTC')::date) stored,
    add column capacity_t double precision
        generated always as (case when estimate_method = 'CAPACITY_LOAD_FACTOR'
                                  then (estimate_inputs ->> 'cargoCapacityT')::double precision end) stored,
    add column low_bbl_per_t double precision
        generated always as ((estimate_inputs ->> 'productLowBarrelsPerTonne')::double precision) stored,
    add column central_bbl_per_t double precision
        generated always as ((estimate_inputs ->> 'productCentralBarrelsPerTonne')::double precision) stored,
    add column high_bbl_per_t double precision
        generated always as ((estimate_inputs ->> 'productHighBarrelsPerTonne')::double precision) stored;

-- Covers everything the aggregates read, so that they scan this index alone (an index-only scan)
-- instead of the wide voyage rows with their jsonb inputs.
create index voyage_aggregates on voyage (loading_from) include (
    id, loading_day, tanker_id, load_port_id, discharge_port_id, includes_illustrative, estimate_method,
    low_bbl, central_bbl, high_bbl, low_t, central_t, high_t,
    capacity_t, low_bbl_per_t, central_bbl_per_t, high_bbl_per_t);
