-- My actions counts and pages a lead's actions by their rating, which the RAG rule computes from these columns
-- (RagRule.InSql): with all of them in the index, PostgreSQL answers from the index alone (an index-only scan)
-- instead of visiting every action row of a lead who has thousands. The single-column ix_action_lead_officer stays:
-- H2 uses it for the lead_officer_id foreign key.
CREATE INDEX ix_action_lead_rating ON improvement_action (lead_officer_id, status, target_date, last_progress_at, id);
