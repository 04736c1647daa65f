-- AIS position reports, the files they came from, the vessels seen and the events detected in them (issue 18).
-- docs/AIS.md, "Storage", says how each table is written.

-- One imported file: found again by its SHA-256, so that the same file imports once.
create table ais_file (
    id            bigint generated always as identity primary key,
    file_name     varchar(300) not null,
    sha256        char(64)     not null unique,
    layout        varchar(16)  not null check (layout in ('dma', 'noaa', 'generic')),
    settings      jsonb        not null,
    issues        jsonb        not null,
    rows_read     bigint       not null check (rows_read >= 0),
    reports_stored bigint      not null check (reports_stored >= 0),
    first_row     bigint,
    last_row      bigint,
    imported_by   varchar(100) not null,
    imported_at   timestamptz  not null default now(),
    source_id     bigint references source (id)
);

-- Position reports, one per vessel and second, partitioned by month of reported_at (native range partitioning).
-- Partitions (ais_position_yYYYYmMM) are created by the import for the months a file touches. file_id names the
-- ais_file that stored the report; no foreign key: it would be checked for every one of millions of rows, and the
-- rows are only ever written by the import, in the transaction that writes their ais_file row.
create table ais_position (
    mmsi        char(9)          not null,
    reported_at timestamptz      not null,
    lat         double precision not null check (lat between -90 and 90),
    lon         double precision not null check (lon between -180 and 180),
    sog_kn      real,
    draught_m   real,
    imo         char(7),
    name        varchar(120),
    file_id     bigint           not null,
    row_number  bigint           not null,
    primary key (mmsi, reported_at)
) partition by range (reported_at);

create index ais_position_file on ais_position (file_id);

-- Every vessel (MMSI) seen in a stored report: what it last broadcast and which tanker it was matched to, if any.
create table ais_vessel (
    mmsi              char(9)      primary key,
    last_name         varchar(120),
    last_imo          char(7),
    first_report      timestamptz  not null,
    last_report       timestamptz  not null,
    reports           bigint       not null check (reports >= 0),
    matched_tanker_id bigint       references tanker (id),
    updated_at        timestamptz  not null default now()
);

create index ais_vessel_unmatched on ais_vessel (mmsi) where matched_tanker_id is null;
create index ais_vessel_tanker on ais_vessel (matched_tanker_id) where matched_tanker_id is not null;

-- One detection run over a file's stored reports, with its settings; the first is the import's own.
create table ais_run (
    id               bigint generated always as identity primary key,
    file_id          bigint       not null references ais_file (id),
    settings         jsonb        not null,
    settings_sha256  char(64)     not null,
    source_id        bigint       not null references source (id),
    run_by           varchar(100) not null,
    run_at           timestamptz  not null default now()
);

create index ais_run_file on ais_run (file_id, id);

-- Which recorded event a detection run proposed: the link from an event back to its file, run and reports.
create table ais_detected_event (
    event_id         bigint      primary key references voyage_event (id),
    run_id           bigint      not null references ais_run (id),
    file_id          bigint      not null references ais_file (id),
    mmsi             char(9)     not null,
    counterpart_mmsi char(9),
    detection_key    char(64)    not null,
    first_row        bigint      not null,
    last_row         bigint      not null
);

create index ais_detected_event_file on ais_detected_event (file_id, detection_key);
