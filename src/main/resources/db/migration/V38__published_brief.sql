-- Published briefs (issue 17, item 3): what a brief said when it was published, frozen. The filter it was
-- composed for (resolved: ids, not names, so a later rename cannot change what it meant), the data version,
-- the figures a later comparison needs (totals, cap years, claims' verdicts, voyages, events and sources),
-- and the rendered HTML and PDF with their SHA-256. A published brief is served from these bytes, never
-- re-rendered; a trigger refuses updates and deletes.
create table published_brief (
    id                 uuid primary key,
    title              text         not null,
    filter_description text         not null,
    filter             jsonb        not null,
    paper              varchar(8)   not null check (paper in ('A4', 'LETTER')),
    data_version       bigint       not null,
    published_by       varchar(120) not null,
    published_at       timestamptz  not null,
    figures            jsonb        not null,
    html               text         not null,
    html_sha256        varchar(64)  not null check (length(html_sha256) = 64),
    pdf                bytea        not null,
    pdf_sha256         varchar(64)  not null check (length(pdf_sha256) = 64)
);

create index published_brief_time on published_brief (published_at desc, id);

create function published_brief_is_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'a published brief is frozen: publish a new one instead';
end $$;

create trigger published_brief_frozen before update or delete on published_brief
    for each row execute function published_brief_is_frozen();
