-- An MMSI now resolves a tanker (identity at the time, org.tidemark.ingest.References): look the
-- current MMSI and the MMSI history up by value, as names already are.
create index tanker_mmsi on tanker (mmsi) where mmsi is not null;
create index tanker_identity_mmsi on tanker_identity (value) where kind = 'MMSI';
