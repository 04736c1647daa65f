-- Re-deriving the stretch of a tanker's history around one change reads the events that start near it through
-- voyage_event_tanker_time; the few whose window is wider than 32 days (a month, a wide window) can reach in from
-- further back, and are found through this small index instead of a scan of the tanker's history.
create index voyage_event_wide on voyage_event (tanker_id, occurred_to)
    where occurred_to - occurred_from > interval '32 days';
