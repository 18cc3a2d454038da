-- An article's author and tag links are inserted with its status and publication time already set, so each link row and
-- its index entries are written once. The triggers that copied them by updating every new row now only step in for an
-- insert that did not set them.
DROP TRIGGER article_tags_copy_publication;
CREATE TRIGGER article_tags_copy_publication AFTER INSERT ON article_tags
WHEN NOT EXISTS (SELECT 1 FROM articles WHERE id = new.article_id AND status = new.status AND COALESCE(published_at, '') = new.published_at)
BEGIN
    UPDATE article_tags SET (status, published_at) =
        (SELECT status, COALESCE(published_at, '') FROM articles WHERE id = new.article_id)
    WHERE article_id = new.article_id AND position = new.position;
END;
DROP TRIGGER article_authors_copy_publication;
CREATE TRIGGER article_authors_copy_publication AFTER INSERT ON article_authors
WHEN NOT EXISTS (SELECT 1 FROM articles WHERE id = new.article_id AND status = new.status AND COALESCE(published_at, '') = new.published_at)
BEGIN
    UPDATE article_authors SET (status, published_at) =
        (SELECT status, COALESCE(published_at, '') FROM articles WHERE id = new.article_id)
    WHERE article_id = new.article_id AND position = new.position;
END;

-- Every lookup of a tag's or an author's links (lists, counts, deletes) is served by the *_by_publication indexes, which
-- begin with the same column: these two only cost every insert an entry more.
DROP INDEX article_tags_by_tag;
DROP INDEX article_authors_by_author;
