-- A delivery may have no loading port: discharged with no loading evidenced before it
-- (ORIGIN_UNKNOWN), or loaded at sea from another tanker (ship-to-ship).
alter table voyage alter column load_port_id drop not null;
alter table voyage drop constraint voyage_status_check;
alter table voyage add constraint voyage_status_check
    check (status in ('COMPLETE', 'INFERRED', 'IN_PROGRESS', 'ORIGIN_UNKNOWN'));
alter table voyage alter column status type varchar(16);
