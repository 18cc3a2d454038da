-- A counter of changes to the list of tombstones (one left by a deleted article, one purged). A tombstone has no read of
-- its own: the list's ETag carries this version, so that If-Match guards a purge.
CREATE TABLE article_tombstones_version (version INTEGER NOT NULL);
INSERT INTO article_tombstones_version (version) VALUES (1);
CREATE TRIGGER article_tombstones_inserted_to_version AFTER INSERT ON article_tombstones
BEGIN UPDATE article_tombstones_version SET version = version + 1; END;
CREATE TRIGGER article_tombstones_deleted_to_version AFTER DELETE ON article_tombstones
BEGIN UPDATE article_tombstones_version SET version = version + 1; END;
