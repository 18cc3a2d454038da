-- The key an editorial script chose for a record, so that importing the same file again finds it.
ALTER TABLE authors ADD COLUMN external_id TEXT;
ALTER TABLE tags ADD COLUMN external_id TEXT;
ALTER TABLE articles ADD COLUMN external_id TEXT;
CREATE UNIQUE INDEX authors_by_external_id ON authors (external_id) WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX tags_by_external_id ON tags (external_id) WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX articles_by_external_id ON articles (external_id) WHERE external_id IS NOT NULL;
