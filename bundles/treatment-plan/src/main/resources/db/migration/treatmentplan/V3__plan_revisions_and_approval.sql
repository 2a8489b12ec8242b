-- The plan's content in revisions: every revision kept, with who changed it, when and why.
ALTER TABLE tp_plan ADD COLUMN revision INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE tp_plan ADD COLUMN approved_revision INTEGER;
ALTER TABLE tp_plan ADD COLUMN approved_on DATE;

CREATE TABLE tp_plan_revision (
    id         VARCHAR(36)    NOT NULL PRIMARY KEY,
    plan_id    VARCHAR(36)    NOT NULL,
    revision   INTEGER        NOT NULL,
    changed_by VARCHAR(100)   NOT NULL,
    changed_at BIGINT         NOT NULL,
    summary    VARCHAR(500)   NOT NULL,
    content    VARCHAR(32000) NOT NULL,
    CONSTRAINT uq_tp_plan_revision UNIQUE (plan_id, revision),
    CONSTRAINT fk_tp_plan_revision_plan FOREIGN KEY (plan_id) REFERENCES tp_plan (id)
);
