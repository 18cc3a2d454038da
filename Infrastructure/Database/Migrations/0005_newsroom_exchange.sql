-- The key an editorial script chose for a record, so that importing the same file again finds it.
ALTER TABLE authors ADD COLUMN external_id TEXT;
ALTER TABLE tags ADD COLUMN external_id TEXT;
ALTER TABLE articles ADD COLUMN external_id TEXT;
CREATE UNIQUE INDEX authors_by_external_id ON authors (external_id) WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX tags_by_external_id ON tags (external_id) WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX articles_by_external_id ON articles (external_id) WHERE external_id IS NOT NULL;
-- Exports walk articles by creation time then slug: both survive an import, so an export's order does too.
CREATE INDEX articles_by_creation ON articles (created_at, slug);

-- Webhooks: where to send which events, and the secret that signs them.
CREATE TABLE webhooks (
    id           TEXT PRIMARY KEY,
    url          TEXT NOT NULL,
    events       TEXT NOT NULL,
    secret       TEXT NOT NULL,
    description  TEXT,
    created_at   TEXT NOT NULL
);

-- One row per event type a webhook wants, patterns such as tag.* spelled out.
CREATE TABLE webhook_subscriptions (
    event       TEXT NOT NULL,
    webhook_id  TEXT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    PRIMARY KEY (event, webhook_id)
) WITHOUT ROWID;
CREATE INDEX webhook_subscriptions_by_webhook ON webhook_subscriptions (webhook_id);

-- The outbox: an event is written in the transaction of the change it announces, when some webhook wants it,
-- and handed out to deliveries afterwards.
CREATE TABLE outbox_events (
    id             TEXT PRIMARY KEY,
    type           TEXT NOT NULL,
    payload        TEXT NOT NULL,
    occurred_at    TEXT NOT NULL,
    dispatched_at  TEXT
);
CREATE INDEX outbox_events_waiting ON outbox_events (id) WHERE dispatched_at IS NULL;

CREATE TABLE webhook_deliveries (
    id            TEXT PRIMARY KEY,
    webhook_id    TEXT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event_id      TEXT NOT NULL REFERENCES outbox_events (id),
    replay_of     TEXT,
    state         TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts      INTEGER NOT NULL,
    due_at        TEXT NOT NULL,
    leased_until  TEXT,
    created_at    TEXT NOT NULL,
    finished_at   TEXT
);
CREATE UNIQUE INDEX webhook_deliveries_once ON webhook_deliveries (event_id, webhook_id) WHERE replay_of IS NULL;
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (due_at) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, id);

CREATE TABLE webhook_attempts (
    delivery_id  TEXT NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    at           TEXT NOT NULL,
    status_code  INTEGER,
    error        TEXT,
    response     TEXT,
    duration_ms  INTEGER NOT NULL,
    PRIMARY KEY (delivery_id, number)
) WITHOUT ROWID;

-- Idempotency-Key on imports: who holds a key, the hash of the body it was first used with, and the answer given,
-- in parts, so a retried upload gets the first answer back and writes nothing.
CREATE TABLE import_receipts (
    key          TEXT PRIMARY KEY,
    owner        TEXT NOT NULL,
    body_hash    TEXT,
    started_at   TEXT NOT NULL,
    finished_at  TEXT
);
CREATE TABLE import_receipt_parts (
    key   TEXT NOT NULL REFERENCES import_receipts (key) ON DELETE CASCADE,
    part  INTEGER NOT NULL,
    text  TEXT NOT NULL,
    PRIMARY KEY (key, part)
) WITHOUT ROWID;
