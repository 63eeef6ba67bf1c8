-- A session counts as held only when it was ended and at least one partner checked in as there.
-- Ended sessions nobody checked in to become NOT_HELD: they count as not held, like a session that
-- passed without meeting, until a partner checks in.
alter table partnership_sessions drop constraint ck_partnership_sessions_status;
alter table partnership_sessions add constraint ck_partnership_sessions_status
    check (status in ('PLANNED', 'HELD', 'NOT_HELD', 'CANCELLED'));

update partnership_sessions set status = 'NOT_HELD', version = version + 1
where status = 'HELD'
  and not exists (select 1 from session_check_ins c where c.session_id = partnership_sessions.id and c.attending = true);
