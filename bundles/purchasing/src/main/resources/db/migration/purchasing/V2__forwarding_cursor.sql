-- How far the plans and reports the treatment plan sent to commissioners have been taken to the buyers' platforms:
-- the last document's sentAt and id, advanced in the transaction that queues the documents.
CREATE TABLE pu_forward_cursor (
    id                INTEGER       NOT NULL PRIMARY KEY,
    sent_at           BIGINT        NOT NULL,
    last_id           VARCHAR(36)   NOT NULL
);
INSERT INTO pu_forward_cursor (id, sent_at, last_id) VALUES (1, 0, '');
