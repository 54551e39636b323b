-- A confirmed upload is kept (without its file) with what the import did, so that a second click on "Import the
-- plan" is answered with the finished import instead of an error. Abandoned-upload purging deletes it after a day.
ALTER TABLE import_upload ADD COLUMN imported_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE import_upload ADD COLUMN recommendations_created INTEGER;
ALTER TABLE import_upload ADD COLUMN actions_created INTEGER;
ALTER TABLE import_upload ADD COLUMN actions_updated INTEGER;
ALTER TABLE import_upload ADD COLUMN actions_unchanged INTEGER;
