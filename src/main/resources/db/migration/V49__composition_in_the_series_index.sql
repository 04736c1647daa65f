-- Every series, cap status and reconciliation says what its voyages rest on (query.Composition): how many are of
-- unknown origin, loaded at sea, inferred, or carry conflicting evidence. Counting that read the table rows
-- (status, loaded_from_tanker_id, the conflicts JSON) in a second pass beside the series' index-only scan: 27,800
-- buffers against 4,100 for 140,000 voyages. A stored flag for "has conflicts" and the three columns in the
-- covering index let the same index-only scan count both.
alter table voyage add column has_conflicts boolean generated always as (conflicts <> '[]'::jsonb) stored;

drop index voyage_aggregates;
create index voyage_aggregates on voyage (loading_from) include (
    id, loading_day, tanker_id, load_port_id, discharge_port_id, includes_illustrative, estimate_method,
    low_bbl, central_bbl, high_bbl, low_t, central_t, high_t,
    capacity_t, capacity_low_t, capacity_high_t, low_bbl_per_t, central_bbl_per_t, high_bbl_per_t,
    status, loaded_from_tanker_id, has_conflicts, illustrative, confidence);
