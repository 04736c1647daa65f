-- A digest of each derived voyage's row and evidence as derivation wrote them
-- (org.tidemark.ingest.TankerDerivation): re-deriving a tanker rewrites only the voyages whose
-- digest changed. Voyages written before this column have none, so the next derivation rewrites them.
alter table voyage add column row_digest varchar(32);
