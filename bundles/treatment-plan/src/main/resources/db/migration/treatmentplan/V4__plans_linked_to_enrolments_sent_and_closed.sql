-- A plan belongs to an enrolment; the revision sent to the commissioner and the plan's closing are recorded.
ALTER TABLE tp_plan ADD COLUMN enrolment_id VARCHAR(36);
ALTER TABLE tp_plan ADD COLUMN sent_revision INTEGER;
ALTER TABLE tp_plan ADD COLUMN sent_at BIGINT;
ALTER TABLE tp_plan ADD COLUMN sent_to VARCHAR(4);
ALTER TABLE tp_plan ADD COLUMN closed_at BIGINT;
CREATE INDEX ix_tp_plan_enrolment ON tp_plan (enrolment_id);
