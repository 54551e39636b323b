-- A progress update is a record of what happened: the database refuses to rewrite or delete one, whoever asks.
-- (PostgreSQL has the same trigger in PL/pgSQL: db/vendor/postgresql.)
CREATE TRIGGER progress_update_append_only BEFORE UPDATE, DELETE ON progress_update
    FOR EACH ROW CALL 'uk.councils.reviewtracker.actions.ProgressUpdatesAppendOnly';
