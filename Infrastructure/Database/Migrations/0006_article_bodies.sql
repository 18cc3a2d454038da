-- The rendered bodies live apart from the article rows: lists, filters and teasers read only the small rows, and a
-- reader asking for HTML reads the HTML alone. Columns go in the order readers ask for them; the Markdown source,
-- read only for edits, comes last.
CREATE TABLE article_bodies (
    article_id         TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    html               TEXT NOT NULL,
    plain_text         TEXT NOT NULL,
    markdown_template  TEXT NOT NULL,
    blocks             TEXT NOT NULL,
    markdown           TEXT NOT NULL
);
INSERT INTO article_bodies (article_id, html, plain_text, markdown_template, blocks, markdown)
SELECT id, body_html, body_text, body_markdown_template, body_blocks, body_markdown FROM articles;
ALTER TABLE articles DROP COLUMN body_markdown;
ALTER TABLE articles DROP COLUMN body_markdown_template;
ALTER TABLE articles DROP COLUMN body_html;
ALTER TABLE articles DROP COLUMN body_text;
ALTER TABLE articles DROP COLUMN body_blocks;
