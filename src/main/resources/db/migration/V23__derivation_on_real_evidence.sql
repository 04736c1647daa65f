-- Derivation on the evidence analysts have (issue: separate calls, origin unknown, ship-to-ship,
-- conflicts, stable links, confidence). See docs/ARCHITECTURE.md, "Voyage derivation".

-- A ship-to-ship transfer may name the other tanker and which way the cargo went.
alter table voyage_event
    add column counterpart_tanker_id bigint references tanker (id),
    add column sts_direction varchar(8) check (sts_direction in ('GAVE', 'RECEIVED')),
    add constraint voyage_event_counterpart check (
        (counterpart_tanker_id is null) = (sts_direction is null)
        and (counterpart_tanker_id is null or type = 'SHIP_TO_SHIP')
        and (counterpart_tanker_id is null or counterpart_tanker_id <> tanker_id));
-- The counterpart's derivation reads the transfers naming it.
create index voyage_event_counterpart on voyage_event (counterpart_tanker_id) where counterpart_tanker_id is not null;

-- Each voyage: its confidence (the weaker of its two ends), the tanker it was loaded from at sea,
-- and the evidence that contradicts it. Voyages written before this migration are rewritten by the
-- next derivation of their tanker (their row digest no longer matches), or by a rebuild.
alter table voyage
    add column confidence smallint not null default 1 check (confidence between 1 and 4),
    add column loaded_from_tanker_id bigint references tanker (id),
    add column conflicts jsonb not null default '[]';
alter table voyage alter column confidence drop default;
alter table voyage alter column conflicts drop default;
create index voyage_with_conflicts on voyage (tanker_id) where conflicts <> '[]'::jsonb;

-- Stable links: a voyage id that re-derivation replaced keeps answering. The successor is the voyage
-- now holding most of its evidence (301), or none when its evidence no longer makes a voyage (410).
create table voyage_lineage (
    voyage_id     uuid primary key,
    tanker_id     bigint      not null references tanker (id),
    successor_id  uuid,
    reason        text        not null,
    replaced_at   timestamptz not null default now()
);
