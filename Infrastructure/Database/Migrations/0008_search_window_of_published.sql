-- Whether each search entry's article is published, so that a public search's window of recent matches counts
-- published articles only: drafts never crowd readers' results out of it.
ALTER TABLE article_search_rows ADD COLUMN published INTEGER NOT NULL DEFAULT 0;
UPDATE article_search_rows SET published = 1
WHERE article_id IN (SELECT id FROM articles WHERE status = 'published');
CREATE TRIGGER article_search_rows_follow_status AFTER UPDATE OF status ON articles BEGIN
    UPDATE article_search_rows SET published = (new.status = 'published') WHERE article_id = new.id;
END;
