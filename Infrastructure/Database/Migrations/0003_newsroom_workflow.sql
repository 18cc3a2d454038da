CREATE TABLE api_keys (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('contributor', 'author', 'editor', 'admin')),
    author_id     TEXT REFERENCES authors (id) ON DELETE RESTRICT,
    prefix        TEXT NOT NULL,
    secret_hash   TEXT NOT NULL UNIQUE,
    created_at    TEXT NOT NULL,
    expires_at    TEXT,
    last_used_at  TEXT,
    revoked_at    TEXT
);
CREATE INDEX api_keys_by_prefix ON api_keys (prefix);
CREATE INDEX api_keys_by_author ON api_keys (author_id);

CREATE TABLE article_tombstones (
    id          TEXT PRIMARY KEY,
    slug        TEXT NOT NULL,
    deleted_at  TEXT NOT NULL,
    was_public  INTEGER NOT NULL
);
CREATE INDEX article_tombstones_by_deletion ON article_tombstones (deleted_at, id);

CREATE TABLE article_revisions (
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    number        INTEGER NOT NULL,
    slug          TEXT NOT NULL,
    status        TEXT NOT NULL,
    published_at  TEXT,
    content       TEXT NOT NULL,
    changed       TEXT NOT NULL,
    at            TEXT NOT NULL,
    key_id        TEXT,
    by_name       TEXT NOT NULL,
    PRIMARY KEY (article_id, number)
) WITHOUT ROWID;

CREATE TABLE audit_log (
    id        TEXT PRIMARY KEY,
    at        TEXT NOT NULL,
    key_id    TEXT,
    key_name  TEXT,
    action    TEXT NOT NULL,
    resource  TEXT NOT NULL,
    status    INTEGER NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (at, id);
CREATE INDEX audit_log_by_key ON audit_log (key_id, at);
CREATE INDEX audit_log_by_resource ON audit_log (resource);
