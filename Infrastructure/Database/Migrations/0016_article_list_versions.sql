-- How many times a write changed each list an article keeps of other articles (its picks, its translations), so that If-Match guards the
-- next write as it guards the article's own. A list never written has no row and is at version 1.
CREATE TABLE article_list_versions (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    list        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    PRIMARY KEY (article_id, list)
) WITHOUT ROWID;
