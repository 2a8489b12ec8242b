-- Retention of delivered federation messages (purchasing.delivered-message): when the payload of a delivered message
-- was replaced by a marker without personal data. The row itself (seq, type, order_ref, delivered_at) is kept, so the
-- order of what was sent to the partner stays provable.
ALTER TABLE pu_outbox ADD COLUMN weeded_at BIGINT;
