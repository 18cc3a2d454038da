-- A counter of changes to authors and tags: readers keep every author's and tag's name in memory and reload them
-- when the counter they read beside an article differs from the one they loaded.
CREATE TABLE name_directory (version INTEGER NOT NULL);
INSERT INTO name_directory (version) VALUES (1);
CREATE TRIGGER authors_inserted_to_directory AFTER INSERT ON authors BEGIN UPDATE name_directory SET version = version + 1; END;
CREATE TRIGGER authors_updated_to_directory AFTER UPDATE ON authors BEGIN UPDATE name_directory SET version = version + 1; END;
CREATE TRIGGER authors_deleted_to_directory AFTER DELETE ON authors BEGIN UPDATE name_directory SET version = version + 1; END;
CREATE TRIGGER tags_inserted_to_directory AFTER INSERT ON tags BEGIN UPDATE name_directory SET version = version + 1; END;
CREATE TRIGGER tags_updated_to_directory AFTER UPDATE ON tags BEGIN UPDATE name_directory SET version = version + 1; END;
CREATE TRIGGER tags_deleted_to_directory AFTER DELETE ON tags BEGIN UPDATE name_directory SET version = version + 1; END;
