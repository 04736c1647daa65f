-- Who changed a registered record, when, what (the record before and after) and why (issue 17, item 5).
-- Append-only: a trigger refuses updates and deletes, so the trail cannot be edited after the fact.
create table registry_change (
    id          bigint generated always as identity primary key,
    kind        varchar(16)  not null check (kind in ('TANKER', 'PORT', 'SOURCE', 'CLAIM', 'USER')),
    record_id   bigint       not null,
    action      varchar(32)  not null,
    changed_by  varchar(100) not null,
    changed_at  timestamptz  not null default clock_timestamp(),
    before      jsonb,
    after       jsonb,
    reason      text check (reason is null or length(reason) <= 2000)
);

create index registry_change_record on registry_change (kind, record_id, id);
create index registry_change_time on registry_change (changed_at);

create function registry_change_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'registry_change is append-only';
end $$;

create trigger registry_change_append_only before update or delete on registry_change
    for each row execute function registry_change_is_append_only();
