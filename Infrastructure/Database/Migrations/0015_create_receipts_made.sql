-- A create's own transaction marks its Idempotency-Key receipt as made, so that a retry after the process stopped
-- between that commit and keeping the answer is told the create was made instead of making it again.
ALTER TABLE create_receipts ADD COLUMN made INTEGER NOT NULL DEFAULT 0;
