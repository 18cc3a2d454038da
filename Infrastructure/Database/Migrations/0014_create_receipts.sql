-- Idempotency-Key on creates: who holds a key, the hash of the body it was first used with and, once the create has
-- succeeded, its answer (status, the headers naming what was made, body), so a retry gets the first answer back and
-- writes nothing. A key carries the caller's API key, the method and the path.
CREATE TABLE create_receipts (
    key         TEXT PRIMARY KEY,
    owner       TEXT NOT NULL,
    body_hash   TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    status      INTEGER,
    headers     TEXT,
    body        BLOB
);
CREATE INDEX create_receipts_by_start ON create_receipts (started_at);
