-- What the stored voyages were derived under besides the events: the version of the derivation rules and
-- every setting they read (tidemark.derive.*, tidemark.estimate.*), as a SHA-256. A start under another basis
-- derives every voyage again before serving (projection.DerivationBasis); a rebuild records the basis it used.
-- One row. Databases from before this table hold voyages of unknown basis, so their first start rebuilds.
create table derivation_basis (
    id            smallint     primary key check (id = 1),
    fingerprint   varchar(64)  not null,
    rules_version varchar(100) not null,
    derived_at    timestamptz
);

insert into derivation_basis (id, fingerprint, rules_version) values (1, 'unknown', 'before V48');
