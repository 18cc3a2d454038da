-- Each published article's public answers, set once and kept: its entry in a list and its body as HTML, both as the JSON
-- the API sends. Anything that changes what they show deletes them in the same transaction and puts the article in the
-- typesetting queue; a reader never finds a set answer older than the content, only a missing one, and then reads the
-- article from its rows. Each queued article carries a ticket: the typesetter keeps what it set only if the ticket is
-- still the one it read, so an article changed while it was being set waits for the next round.
-- A list reads one entry per article, so entries sit in rows of their own, small enough to fit on one page. An article
-- read by slug or id finds its entry, version and body here alone: an entry exists only while its article is published
-- and unchanged. A body is found by its entry's number and removed with it.
CREATE TABLE typeset_articles (
    entry       INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
    slug        TEXT NOT NULL UNIQUE,
    version     INTEGER NOT NULL,
    updated_at  TEXT NOT NULL,
    summary     BLOB NOT NULL
);

CREATE TABLE typeset_bodies (
    entry  INTEGER PRIMARY KEY REFERENCES typeset_articles (entry) ON DELETE CASCADE,
    body   BLOB NOT NULL
);

CREATE TABLE typesetting_queue (
    article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    ticket      INTEGER NOT NULL
) WITHOUT ROWID;

-- The article URL template the kept answers are set with: an instance whose template (configured or stored) differs makes
-- its own the edition and queues every article again, and answers set with another template are not kept.
CREATE TABLE typesetting_edition (url_template TEXT NOT NULL);
INSERT INTO typesetting_edition (url_template) VALUES ('');

INSERT INTO typesetting_queue (article_id, ticket) SELECT id, random() FROM articles WHERE status = 'published';

CREATE TRIGGER articles_inserted_to_typesetting AFTER INSERT ON articles WHEN new.status = 'published' BEGIN
    INSERT INTO typesetting_queue (article_id, ticket) VALUES (new.id, random())
    ON CONFLICT (article_id) DO UPDATE SET ticket = excluded.ticket;
END;

-- A teaser shows its target's title, slug, URL and whether it is published: the articles pointing at a changed one are set again.
CREATE TRIGGER articles_updated_to_typesetting AFTER UPDATE ON articles BEGIN
    DELETE FROM typeset_articles WHERE id = new.id;
    DELETE FROM typeset_articles WHERE id IN (SELECT article_id FROM article_read_also WHERE target_id = new.id);
    INSERT INTO typesetting_queue (article_id, ticket)
    SELECT new.id, random() WHERE new.status = 'published'
    UNION ALL SELECT article_id, random() FROM article_read_also WHERE target_id = new.id
    ON CONFLICT (article_id) DO UPDATE SET ticket = excluded.ticket;
END;

-- Links are written with their article's row, which sets it again; a link is deleted alone when its tag or target article is.
CREATE TRIGGER article_tags_deleted_to_typesetting AFTER DELETE ON article_tags BEGIN
    DELETE FROM typeset_articles WHERE id = old.article_id;
    INSERT INTO typesetting_queue (article_id, ticket) SELECT old.article_id, random() WHERE EXISTS (SELECT 1 FROM articles WHERE id = old.article_id)
    ON CONFLICT (article_id) DO UPDATE SET ticket = excluded.ticket;
END;

CREATE TRIGGER article_read_also_deleted_to_typesetting AFTER DELETE ON article_read_also BEGIN
    DELETE FROM typeset_articles WHERE id = old.article_id;
    INSERT INTO typesetting_queue (article_id, ticket) SELECT old.article_id, random() WHERE EXISTS (SELECT 1 FROM articles WHERE id = old.article_id)
    ON CONFLICT (article_id) DO UPDATE SET ticket = excluded.ticket;
END;

CREATE TRIGGER authors_updated_to_typesetting AFTER UPDATE ON authors BEGIN
    DELETE FROM typeset_articles WHERE id IN (SELECT article_id FROM article_authors WHERE author_id = new.id);
    INSERT INTO typesetting_queue (article_id, ticket) SELECT article_id, random() FROM article_authors WHERE author_id = new.id
    ON CONFLICT (article_id) DO UPDATE SET ticket = excluded.ticket;
END;

CREATE TRIGGER tags_updated_to_typesetting AFTER UPDATE ON tags BEGIN
    DELETE FROM typeset_articles WHERE id IN (SELECT article_id FROM article_tags WHERE tag_id = new.id);
    INSERT INTO typesetting_queue (article_id, ticket) SELECT article_id, random() FROM article_tags WHERE tag_id = new.id
    ON CONFLICT (article_id) DO UPDATE SET ticket = excluded.ticket;
END;

-- Stored settings hold the URL template every answer's links are written with.
CREATE TRIGGER site_settings_inserted_to_typesetting AFTER INSERT ON site_settings BEGIN
    DELETE FROM typeset_articles;
    INSERT INTO typesetting_queue (article_id, ticket) SELECT id, random() FROM articles WHERE status = 'published'
    ON CONFLICT (article_id) DO UPDATE SET ticket = excluded.ticket;
END;

CREATE TRIGGER site_settings_updated_to_typesetting AFTER UPDATE ON site_settings BEGIN
    DELETE FROM typeset_articles;
    INSERT INTO typesetting_queue (article_id, ticket) SELECT id, random() FROM articles WHERE status = 'published'
    ON CONFLICT (article_id) DO UPDATE SET ticket = excluded.ticket;
END;
