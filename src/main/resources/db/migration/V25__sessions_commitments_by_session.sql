-- A session's page reads its commitments by session; the only index led by the partnership, so at
-- national scale (120,000 commitments) every session page scanned the whole table (26 ms).
create index ix_session_commitments_session on session_commitments (session_id, id);
