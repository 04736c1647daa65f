-- voyage and voyage_evidence are derived: TankerDerivation is their only writer, and it writes them
-- from the events it has just read, in the same transaction, under the tanker's lock; events are
-- never deleted. The foreign keys from derived rows to voyage_event, and from voyage_evidence to
-- voyage, could therefore never fire, yet every check locked a referenced row: a bulk import or a
-- rebuild writes one evidence row per event, and these checks took most of its time. The keys to
-- tanker and port stay (few rows, cheap to check). TankerDerivation deletes a tanker's evidence
-- itself now that the cascade from voyage is gone.
alter table voyage_evidence drop constraint voyage_evidence_event_id_fkey;
alter table voyage_evidence drop constraint voyage_evidence_voyage_id_fkey;
alter table voyage drop constraint voyage_opening_event_id_fkey;
alter table voyage drop constraint voyage_closing_event_id_fkey;
