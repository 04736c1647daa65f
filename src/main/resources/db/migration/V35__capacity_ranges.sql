-- Capacity can be a range (org.tidemark.derive.TankerParticulars): a cargo capacity range, or a
-- deadweight range used as deadweight is when no cargo capacity is known. Both ends or neither; a
-- single figure given beside its range must lie in it (it is then the central band's figure).
alter table tanker
    add column cargo_capacity_low_t  double precision check (cargo_capacity_low_t > 0),
    add column cargo_capacity_high_t double precision,
    add column deadweight_low_t      double precision check (deadweight_low_t > 0),
    add column deadweight_high_t     double precision;
alter table tanker
    add constraint tanker_cargo_capacity_range check (
        (cargo_capacity_low_t is null) = (cargo_capacity_high_t is null)
        and cargo_capacity_low_t <= cargo_capacity_high_t
        and (cargo_capacity_t is null or cargo_capacity_low_t is null
             or cargo_capacity_t between cargo_capacity_low_t and cargo_capacity_high_t)),
    add constraint tanker_deadweight_range check (
        (deadweight_low_t is null) = (deadweight_high_t is null)
        and deadweight_low_t <= deadweight_high_t
        and (deadweight_t is null or deadweight_low_t is null
             or deadweight_t between deadweight_low_t and deadweight_high_t));

-- Each band's capacity as the estimate used it (low band: the range's low end, high band: its high
-- end; capacity_t stays the central figure), so that the load factor to reach a cap scales each band
-- by its own capacity. Estimates written before ranges existed have one figure: all bands use it.
alter table voyage
    add column capacity_low_t double precision
        generated always as (case when estimate_method = 'CAPACITY_LOAD_FACTOR'
                                  then coalesce((estimate_inputs ->> 'cargoCapacityLowT')::double precision,
                                                (estimate_inputs ->> 'cargoCapacityT')::double precision) end) stored,
    add column capacity_high_t double precision
        generated always as (case when estimate_method = 'CAPACITY_LOAD_FACTOR'
                                  then coalesce((estimate_inputs ->> 'cargoCapacityHighT')::double precision,
                                                (estimate_inputs ->> 'cargoCapacityT')::double precision) end) stored;

drop index voyage_aggregates;
create index voyage_aggregates on voyage (loading_from) include (
    id, loading_day, tanker_id, load_port_id, discharge_port_id, includes_illustrative, estimate_method,
    low_bbl, central_bbl, high_bbl, low_t, central_t, high_t,
    capacity_t, capacity_low_t, capacity_high_t, low_bbl_per_t, central_bbl_per_t, high_bbl_per_t);
