-- A practitioner's private wish not to be placed in a learning partnership with
-- another. Only the one who made it ever sees it; partnership formation reads
-- the pairs without learning who asked. One wish per ordered pair.
create table do_not_match (
    practitioner_id bigint not null references practitioners (id) on delete cascade,
    other_id        bigint not null references practitioners (id) on delete cascade,
    created_at      timestamp with time zone not null,
    primary key (practitioner_id, other_id),
    constraint ck_do_not_match_distinct check (practitioner_id <> other_id)
);
create index ix_do_not_match_other on do_not_match (other_id);
