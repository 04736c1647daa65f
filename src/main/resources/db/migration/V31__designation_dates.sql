-- Designation at the time (issue 11, item 8). A listing (and a delisting) is a date with the precision
-- it is known to: DAY, MONTH or YEAR. A date known to the month is stored as the month's first day with
-- MONTH, so "March 2018" is never faked as a day; listed_by / delisted_by are the last day the period
-- allows, so a read can tell "certainly listed by then" from "perhaps".
alter table designation
    add column listed_on_precision   varchar(5) check (listed_on_precision in ('DAY', 'MONTH', 'YEAR')),
    add column delisted_on           date,
    add column delisted_on_precision varchar(5) check (delisted_on_precision in ('DAY', 'MONTH', 'YEAR'));

-- dates recorded before this migration were whole days
update designation set listed_on_precision = 'DAY' where listed_on is not null;

alter table designation
    add constraint designation_listed_precision check ((listed_on is null) = (listed_on_precision is null)),
    add constraint designation_delisted_precision check ((delisted_on is null) = (delisted_on_precision is null)),
    add constraint designation_listed_period_start check (
        listed_on_precision is distinct from 'MONTH' and listed_on_precision is distinct from 'YEAR'
        or listed_on_precision = 'MONTH' and extract(day from listed_on) = 1
        or listed_on_precision = 'YEAR' and extract(doy from listed_on) = 1),
    add constraint designation_delisted_period_start check (
        delisted_on_precision is distinct from 'MONTH' and delisted_on_precision is distinct from 'YEAR'
        or delisted_on_precision = 'MONTH' and extract(day from delisted_on) = 1
        or delisted_on_precision = 'YEAR' and extract(doy from delisted_on) = 1),
    add constraint designation_delisted_after_listed check (listed_on is null or delisted_on is null
                                                            or listed_on <= delisted_on),
    add column listed_by date generated always as (case listed_on_precision
        when 'DAY' then listed_on
        when 'MONTH' then (listed_on + interval '1 month')::date - 1
        when 'YEAR' then (listed_on + interval '1 year')::date - 1 end) stored,
    add column delisted_by date generated always as (case delisted_on_precision
        when 'DAY' then delisted_on
        when 'MONTH' then (delisted_on + interval '1 month')::date - 1
        when 'YEAR' then (delisted_on + interval '1 year')::date - 1 end) stored;

-- voyages say whether their tanker was designated at the time, computed at read time: a designation's
-- change must move the data version (chart ETags) as a voyage's does
create trigger designation_data_version after insert or update or delete on designation
    for each statement execute function bump_data_version();
