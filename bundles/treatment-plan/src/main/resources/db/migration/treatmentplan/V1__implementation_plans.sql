-- Implementation plans (genomförandeplaner). person_ref is the person register's id or an anonymous code.
CREATE TABLE tp_plan (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    person_ref   VARCHAR(36)  NOT NULL,
    programme_id VARCHAR(60)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    start_date   DATE         NOT NULL,
    created_at   BIGINT       NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    version      BIGINT       NOT NULL
);
CREATE INDEX ix_tp_plan_programme ON tp_plan (programme_id, status);
CREATE INDEX ix_tp_plan_person ON tp_plan (person_ref);

CREATE TABLE tp_plan_goal (
    plan_id  VARCHAR(36)  NOT NULL,
    position INTEGER      NOT NULL,
    text     VARCHAR(500) NOT NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_tp_plan_goal_plan FOREIGN KEY (plan_id) REFERENCES tp_plan (id)
);
