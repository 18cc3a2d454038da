-- Full-text search over what readers look for; one row per article, keyed through article_search_rows
-- because an articles rowid is not stable across VACUUM.
CREATE TABLE article_search_rows (
    search_row  INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE
);

CREATE VIRTUAL TABLE article_search USING fts5 (
    title, subtitle, excerpt, body, tags, authors,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(10.0, 5.0, 3.0, 1.0, 4.0, 4.0)');

CREATE TRIGGER article_search_follows_delete BEFORE DELETE ON articles BEGIN
    DELETE FROM article_search WHERE rowid = (SELECT search_row FROM article_search_rows WHERE article_id = old.id);
END;

INSERT INTO article_search_rows (article_id) SELECT id FROM articles ORDER BY id;
INSERT INTO article_search (rowid, title, subtitle, excerpt, body, tags, authors)
SELECT r.search_row, a.title, COALESCE(a.subtitle, ''), a.excerpt, cms_search_text(a.body_text),
    COALESCE((SELECT group_concat(t.name, ' ') FROM article_tags x JOIN tags t ON t.id = x.tag_id
              WHERE x.article_id = a.id AND t.visibility = 'public'), ''),
    COALESCE((SELECT group_concat(p.name, ' ') FROM article_authors x JOIN authors p ON p.id = x.author_id
              WHERE x.article_id = a.id), '')
FROM articles a JOIN article_search_rows r ON r.article_id = a.id;

-- Titles sort without regard to case or accents.
ALTER TABLE articles ADD COLUMN sort_title TEXT NOT NULL DEFAULT '';
UPDATE articles SET sort_title = cms_sort_name(title);
CREATE INDEX articles_by_title ON articles (sort_title, id);

-- Tag and author pages read their newest articles straight from the link tables, which carry
-- the article's status and publication time; triggers keep those copies exact whatever writes.
ALTER TABLE article_tags ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE article_tags ADD COLUMN published_at TEXT NOT NULL DEFAULT '';
ALTER TABLE article_authors ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE article_authors ADD COLUMN published_at TEXT NOT NULL DEFAULT '';
UPDATE article_tags SET (status, published_at) =
    (SELECT status, COALESCE(published_at, '') FROM articles WHERE id = article_tags.article_id);
UPDATE article_authors SET (status, published_at) =
    (SELECT status, COALESCE(published_at, '') FROM articles WHERE id = article_authors.article_id);
CREATE INDEX article_tags_by_publication ON article_tags (tag_id, status, published_at, article_id);
CREATE INDEX article_authors_by_publication ON article_authors (author_id, status, published_at, article_id);

CREATE TRIGGER article_tags_copy_publication AFTER INSERT ON article_tags BEGIN
    UPDATE article_tags SET (status, published_at) =
        (SELECT status, COALESCE(published_at, '') FROM articles WHERE id = new.article_id)
    WHERE article_id = new.article_id AND position = new.position;
END;
CREATE TRIGGER article_authors_copy_publication AFTER INSERT ON article_authors BEGIN
    UPDATE article_authors SET (status, published_at) =
        (SELECT status, COALESCE(published_at, '') FROM articles WHERE id = new.article_id)
    WHERE article_id = new.article_id AND position = new.position;
END;
CREATE TRIGGER articles_publication_to_links AFTER UPDATE OF status, published_at ON articles BEGIN
    UPDATE article_tags SET status = new.status, published_at = COALESCE(new.published_at, '') WHERE article_id = new.id;
    UPDATE article_authors SET status = new.status, published_at = COALESCE(new.published_at, '') WHERE article_id = new.id;
END;
