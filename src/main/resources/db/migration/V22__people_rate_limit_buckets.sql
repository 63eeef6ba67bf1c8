-- Rate limits on signing in, signing up, token creation and password resets: one Bucket4j bucket per
-- key (the door, the limit and a hash of the email or the client address), kept here so that every app
-- node counts against the same buckets. state is Bucket4j's serialized bucket; expires_at (epoch
-- milliseconds) is when a full bucket could be forgotten.
create table rate_limit_buckets (
    id         varchar(200) not null,
    state      bytea,
    expires_at bigint,
    constraint rate_limit_buckets_pk primary key (id)
);
create index rate_limit_buckets_expires on rate_limit_buckets (expires_at);
