-- A progress update is a record of what happened: the database refuses to rewrite or delete one, whoever asks.
-- (H2 has the same trigger as a Java class: db/vendor/h2.)
CREATE FUNCTION progress_update_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'A progress update is never rewritten or deleted (% of progress_update %)', TG_OP, OLD.id
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER progress_update_append_only BEFORE UPDATE OR DELETE ON progress_update
    FOR EACH ROW EXECUTE FUNCTION progress_update_append_only();
