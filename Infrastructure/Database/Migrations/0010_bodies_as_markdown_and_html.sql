-- A body is kept as the HTML readers ask for most and as its Markdown; plain text and blocks are set from the Markdown
-- template when asked for, and the template is kept only when teasers make it differ from the Markdown. An article's
-- stored body goes from about 22 KB to 7 KB.
CREATE TABLE article_bodies_kept (
    article_id         TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    html               TEXT NOT NULL,
    markdown_template  TEXT,
    markdown           TEXT NOT NULL
);
INSERT INTO article_bodies_kept (article_id, html, markdown_template, markdown)
SELECT article_id, html, NULLIF(markdown_template, markdown), markdown FROM article_bodies;
DROP TABLE article_bodies;
ALTER TABLE article_bodies_kept RENAME TO article_bodies;
