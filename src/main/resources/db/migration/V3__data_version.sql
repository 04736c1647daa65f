-- A number that moves whenever anything a chart or series shows may have changed: derived voyages,
-- claims, caps, tankers or ports. A sequence, not a counter row, so concurrent writers never wait
-- on each other for it (a rolled-back write may move it too: that only costs one cache miss).
create sequence data_version_seq;

create function bump_data_version() returns trigger language plpgsql as $$
begin
    perform nextval('data_version_seq');
    return null;
end;
$$;

create trigger voyage_data_version after insert or update or delete on voyage
    for each statement execute function bump_data_version();
create trigger claim_data_version after insert or update or delete on claim
    for each statement execute function bump_data_version();
create trigger cap_data_version after insert or update or delete on cap
    for each statement execute function bump_data_version();
create trigger tanker_data_version after insert or update or delete on tanker
    for each statement execute function bump_data_version();
create trigger port_data_version after insert or update or delete on port
    for each statement execute function bump_data_version();
create trigger voyage_event_data_version after insert on voyage_event
    for each statement execute function bump_data_version();
