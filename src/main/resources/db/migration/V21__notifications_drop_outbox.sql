-- Mail is no longer kept in the database for stewards to read: it held password-reset links and other
-- people's one-time secrets. The embedded default writes .eml files for the operator; SMTP sends.
drop table outbox_messages;
