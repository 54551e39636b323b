-- The audit trail page filters by person and by record number alone, newest first (ids in descending order).
CREATE INDEX ix_audit_event_created_by ON audit_event (created_by, id);
CREATE INDEX ix_audit_event_subject_id ON audit_event (subject_id);
