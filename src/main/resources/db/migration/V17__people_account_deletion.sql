-- When a person deleted their account. The row stays as a tombstone, without roles, email or
-- profile, so that what others built on (threads, replies, gatherings, stories) keeps its author
-- as "a former member"; a deleted account can never sign in, and its email is free again.
alter table accounts add column deleted_at timestamp with time zone;
