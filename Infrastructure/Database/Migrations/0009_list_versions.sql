-- A counter of changes to what article lists hold and in which order: numbered pages keep each list's total and
-- markers along it, and count again only when this counter (or the name directory's, for tags and authors) moves.
CREATE TABLE list_version (version INTEGER NOT NULL);
INSERT INTO list_version (version) VALUES (1);
CREATE TRIGGER articles_inserted_to_lists AFTER INSERT ON articles BEGIN UPDATE list_version SET version = version + 1; END;
CREATE TRIGGER articles_updated_to_lists AFTER UPDATE ON articles BEGIN UPDATE list_version SET version = version + 1; END;
CREATE TRIGGER articles_deleted_to_lists AFTER DELETE ON articles BEGIN UPDATE list_version SET version = version + 1; END;
CREATE TRIGGER article_tags_inserted_to_lists AFTER INSERT ON article_tags BEGIN UPDATE list_version SET version = version + 1; END;
CREATE TRIGGER article_tags_deleted_to_lists AFTER DELETE ON article_tags BEGIN UPDATE list_version SET version = version + 1; END;
CREATE TRIGGER article_authors_inserted_to_lists AFTER INSERT ON article_authors BEGIN UPDATE list_version SET version = version + 1; END;
CREATE TRIGGER article_authors_deleted_to_lists AFTER DELETE ON article_authors BEGIN UPDATE list_version SET version = version + 1; END;
