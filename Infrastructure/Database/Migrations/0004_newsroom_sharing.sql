-- One row: the site's settings as a JSON document, so adding a setting needs no new column.
CREATE TABLE site_settings (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    document    TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL
);

-- The editor's picks for an article's related list, in order.
CREATE TABLE article_picks (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    target_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX article_picks_by_target ON article_picks (target_id);

-- Articles that are translations of each other share a group; one article per language is a rule of the newsroom.
CREATE TABLE article_translations (
    article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    group_id    TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX article_translations_by_group ON article_translations (group_id, article_id);
