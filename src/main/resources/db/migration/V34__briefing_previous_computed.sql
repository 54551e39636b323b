-- A briefing is compared with the last briefing issued before it, found when it is read: a stored link could
-- point at an unissued draft, and would stop a draft from being deleted.
ALTER TABLE briefing DROP COLUMN previous_id;
