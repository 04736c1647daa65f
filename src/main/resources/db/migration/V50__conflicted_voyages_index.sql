-- GET /api/tankers counts each tanker's conflicts and GET /api/tankers/{id} lists them (registry.Registry). Both
-- read only the voyages that have conflicts, a small share of all; without this index each read scanned every voyage.
create index voyage_conflicted on voyage (tanker_id) where has_conflicts;
