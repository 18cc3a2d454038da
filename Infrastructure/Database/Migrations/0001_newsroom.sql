CREATE TABLE authors (
    id           TEXT PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    sort_name    TEXT NOT NULL,
    bio          TEXT,
    avatar_url   TEXT,
    job_title    TEXT,
    website      TEXT,
    x            TEXT,
    facebook     TEXT,
    linkedin     TEXT,
    instagram    TEXT,
    mastodon     TEXT,
    bluesky      TEXT,
    email        TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    version      INTEGER NOT NULL
);
CREATE INDEX authors_by_name ON authors (sort_name, id);

CREATE TABLE tags (
    id           TEXT PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    sort_name    TEXT NOT NULL,
    description  TEXT,
    visibility   TEXT NOT NULL CHECK (visibility IN ('public', 'internal')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    version      INTEGER NOT NULL
);
CREATE INDEX tags_by_name ON tags (sort_name, id);

CREATE TABLE articles (
    id                  TEXT PRIMARY KEY,
    slug                TEXT NOT NULL UNIQUE,
    title               TEXT NOT NULL,
    subtitle            TEXT,
    excerpt             TEXT NOT NULL,
    language            TEXT NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'archived')),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    published_at        TEXT,
    first_published_at  TEXT,
    image_url           TEXT,
    image_alt           TEXT,
    image_caption       TEXT,
    image_credit        TEXT,
    image_width         INTEGER,
    image_height        INTEGER,
    canonical_url       TEXT,
    word_count          INTEGER NOT NULL,
    body_markdown       TEXT NOT NULL,
    body_markdown_template TEXT NOT NULL,
    body_html           TEXT NOT NULL,
    body_text           TEXT NOT NULL,
    body_blocks         TEXT NOT NULL,
    meta_title          TEXT,
    meta_description    TEXT,
    og_title            TEXT,
    og_description      TEXT,
    og_image            TEXT,
    twitter_title       TEXT,
    twitter_description TEXT,
    twitter_image       TEXT,
    twitter_card        TEXT,
    hashtags            TEXT NOT NULL,
    version             INTEGER NOT NULL
);
CREATE INDEX articles_by_publication ON articles (status, COALESCE(published_at, ''), id);
CREATE INDEX articles_by_publication_any_status ON articles (COALESCE(published_at, ''), id);
CREATE INDEX articles_by_update ON articles (updated_at, id);

CREATE TABLE article_authors (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    author_id   TEXT NOT NULL REFERENCES authors (id) ON DELETE RESTRICT,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX article_authors_by_author ON article_authors (author_id, article_id);

CREATE TABLE article_tags (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    tag_id      TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags (tag_id, article_id);

CREATE TABLE article_read_also (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    target_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX article_read_also_by_target ON article_read_also (target_id);
