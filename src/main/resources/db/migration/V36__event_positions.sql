-- Issue 15: an event may carry where it was seen (WGS 84) and how that position is known.
-- All three nullable, so every event recorded before stays valid; a position is both coordinates or neither,
-- and its source comes with it. Ports already hold their coordinates (V1), which maps use for port events
-- recorded without a position.
alter table voyage_event
    add column latitude        double precision check (latitude between -90 and 90),
    add column longitude       double precision check (longitude between -180 and 180),
    add column position_source varchar(16) check (position_source in ('AIS', 'SATELLITE_IMAGE', 'REPORTED',
                                                                       'ANALYST_ESTIMATE', 'PORT')),
    add constraint voyage_event_position_both check ((latitude is null) = (longitude is null)),
    add constraint voyage_event_position_source check ((latitude is null) = (position_source is null));
