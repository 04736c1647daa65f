-- Tidemark core schema. Events are appended and never updated; voyages are derived from them
-- and can be dropped and rebuilt at any time.

create sequence tanker_seq start with 1 increment by 50;
create sequence tanker_identity_seq start with 1 increment by 50;
create sequence designation_seq start with 1 increment by 50;
create sequence port_seq start with 1 increment by 50;
create sequence source_seq start with 1 increment by 50;
create sequence voyage_event_seq start with 1 increment by 50;
create sequence claim_seq start with 1 increment by 50;
create sequence cap_seq start with 1 increment by 50;

create table source (
    id            bigint primary key,
    key           varchar(80)  not null unique,
    publisher     varchar(200) not null,
    title         varchar(500) not null,
    url           varchar(2000),
    published_on  date,
    retrieved_on  date,
    illustrative  boolean      not null default false,
    notes         text,
    created_at    timestamptz  not null default now()
);

create table port (
    id         bigint primary key,
    name       varchar(120) not null,
    locode     varchar(5) unique,
    country    varchar(2)      not null,
    latitude   double precision not null check (latitude between -90 and 90),
    longitude  double precision not null check (longitude between -180 and 180),
    role       varchar(16)  not null check (role in ('LOADING', 'DISCHARGE', 'OTHER')),
    created_at timestamptz  not null default now()
);
create unique index port_name_key on port (lower(name));

create table tanker (
    id                 bigint primary key,
    name               varchar(120) not null,
    imo                varchar(7) unique,
    mmsi               varchar(9),
    flag               varchar(2),
    deadweight_t       double precision check (deadweight_t > 0),
    cargo_capacity_t   double precision check (cargo_capacity_t > 0),
    tpc_t_per_cm       double precision check (tpc_t_per_cm > 0),
    ballast_draft_m    double precision check (ballast_draft_m > 0),
    illustrative       boolean      not null default false,
    particulars_note   text,
    source_id          bigint references source (id),
    created_at         timestamptz  not null default now()
);
create unique index tanker_name_key on tanker (lower(name));

-- Earlier names, other transliterations, flags and MMSIs, each with the time it held.
create table tanker_identity (
    id          bigint primary key,
    tanker_id   bigint      not null references tanker (id) on delete cascade,
    kind        varchar(8)  not null check (kind in ('NAME', 'ALIAS', 'FLAG', 'MMSI')),
    value       varchar(120) not null,
    valid_from  date,
    valid_to    date,
    source_id   bigint references source (id),
    check (valid_to is null or valid_from is null or valid_from <= valid_to)
);
create index tanker_identity_tanker on tanker_identity (tanker_id);
create index tanker_identity_name on tanker_identity (lower(value)) where kind in ('NAME', 'ALIAS');

create table designation (
    id          bigint primary key,
    tanker_id   bigint       not null references tanker (id) on delete cascade,
    regime      varchar(80)  not null,
    listed_on   date,
    reference   varchar(500),
    source_id   bigint references source (id)
);
create index designation_tanker on designation (tanker_id);

create table voyage_event (
    id                    bigint primary key,
    tanker_id             bigint       not null references tanker (id),
    port_id               bigint references port (id),
    type                  varchar(16)  not null check (type in ('AIS_ON', 'ARRIVAL', 'SIGHTING', 'LOADING', 'SHIP_TO_SHIP',
                                                                 'DISCHARGE', 'DEPARTURE', 'AIS_OFF', 'RETRACTION')),
    occurred_from         timestamptz  not null,
    occurred_to           timestamptz  not null,
    precision             varchar(8)   not null check (precision in ('EXACT', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'WINDOW')),
    laden_state           varchar(8) check (laden_state in ('LADEN', 'BALLAST', 'UNKNOWN')),
    observed_draft_m      double precision check (observed_draft_m > 0),
    reported_volume       double precision check (reported_volume >= 0),
    reported_volume_unit  varchar(12) check (reported_volume_unit in ('BARREL', 'TONNE', 'CUBIC_METRE')),
    product               varchar(20),
    evidence_type         varchar(20)  not null,
    confidence            smallint     not null check (confidence between 1 and 4),
    source_id             bigint       not null references source (id),
    notes                 text,
    illustrative          boolean      not null default false,
    retracts_event_id     bigint references voyage_event (id),
    content_key           varchar(64)     not null,
    idempotency_key       varchar(200) unique,
    recorded_by           varchar(120) not null,
    recorded_at           timestamptz  not null,
    check (occurred_from <= occurred_to),
    check ((reported_volume is null) = (reported_volume_unit is null)),
    check ((type = 'RETRACTION') = (retracts_event_id is not null))
);
create index voyage_event_tanker_time on voyage_event (tanker_id, occurred_from, id);
create index voyage_event_time on voyage_event (occurred_from, id);
create index voyage_event_port_time on voyage_event (port_id, occurred_from) where port_id is not null;
create unique index voyage_event_retracts on voyage_event (retracts_event_id) where retracts_event_id is not null;

-- Derived: one row per delivery, with its cargo estimate (one estimate per voyage, so no join to add them up).
create table voyage (
    id                    uuid primary key,
    tanker_id             bigint       not null references tanker (id),
    load_port_id          bigint       not null references port (id),
    discharge_port_id     bigint references port (id),
    loading_from          timestamptz  not null,
    loading_to            timestamptz  not null,
    discharge_from        timestamptz,
    discharge_to          timestamptz,
    status                varchar(12)  not null check (status in ('COMPLETE', 'INFERRED', 'IN_PROGRESS')),
    opening_event_id      bigint       not null references voyage_event (id),
    closing_event_id      bigint references voyage_event (id),
    illustrative          boolean      not null,
    includes_illustrative boolean      not null,
    estimate_method       varchar(24)  not null,
    low_bbl               double precision,
    central_bbl           double precision,
    high_bbl              double precision,
    low_t                 double precision,
    central_t             double precision,
    high_t                double precision,
    estimate_inputs       jsonb        not null,
    check (low_bbl <= central_bbl and central_bbl <= high_bbl)
);
create index voyage_tanker on voyage (tanker_id, loading_from);
create index voyage_loading on voyage (loading_from, id);

create table voyage_evidence (
    voyage_id  uuid   not null references voyage (id) on delete cascade,
    event_id   bigint not null references voyage_event (id),
    position   int    not null,
    primary key (voyage_id, event_id)
);
create index voyage_evidence_event on voyage_evidence (event_id);

create table claim (
    id            bigint primary key,
    publisher     varchar(200) not null,
    source_id     bigint references source (id),
    subject       varchar(12)  not null check (subject in ('TRIPS', 'VOLUME', 'VESSELS')),
    comparator    varchar(12)  not null check (comparator in ('ABOUT', 'MORE_THAN', 'LESS_THAN', 'EXACTLY')),
    value         double precision not null check (value >= 0),
    unit          varchar(12),
    period_from   date not null,
    period_to     date not null,
    port_id       bigint references port (id),
    statement     text,
    check (period_from <= period_to)
);

create table cap (
    id               bigint primary key,
    code             varchar(60)  not null unique,
    name             varchar(200) not null,
    limit_value      double precision not null check (limit_value > 0),
    unit             varchar(12)  not null,
    period_rule      varchar(20)  not null check (period_rule in ('CALENDAR_YEAR')),
    legal_reference  varchar(500) not null
);

insert into cap (id, code, name, limit_value, unit, period_rule, legal_reference)
values (nextval('cap_seq'), 'unscr-2397-refined', 'UNSCR 2397 refined petroleum products cap', 500000, 'BARREL',
        'CALENDAR_YEAR', 'UN Security Council resolution 2397 (22 Dec 2017), para. 5: 500,000 barrels per 12-month period beginning 1 January 2018');
