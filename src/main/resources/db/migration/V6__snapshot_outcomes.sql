-- Snapshots keep each action's intended outcome and success measure, as the plan exports print them.
ALTER TABLE snapshot_action ADD COLUMN outcome VARCHAR(4000);
ALTER TABLE snapshot_action ADD COLUMN success_measure VARCHAR(4000);
