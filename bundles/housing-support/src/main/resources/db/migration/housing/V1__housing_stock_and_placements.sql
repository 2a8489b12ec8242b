-- Boendestöd: the housing stock, placements with their waiting lists, and each placement's case records.
-- Plain types only, so the same script runs on Derby and PostgreSQL. Flags are INTEGER 0/1; lists are JSON text.
CREATE TABLE hs_unit (
    id                              VARCHAR(36)  NOT NULL PRIMARY KEY,
    kind_id                         VARCHAR(60)  NOT NULL,
    name                            VARCHAR(200) NOT NULL,
    address                         VARCHAR(200) NOT NULL,
    landlord                        VARCHAR(200),
    places                          INTEGER      NOT NULL,
    max_stay_months                 INTEGER,
    contract_transfer_after_months  INTEGER,
    eviction_notice_hours           INTEGER,
    staffing                        VARCHAR(500),
    active                          INTEGER      NOT NULL,
    created_by                      VARCHAR(100) NOT NULL,
    version                         BIGINT       NOT NULL
);
CREATE INDEX ix_hs_unit_kind ON hs_unit (kind_id, active);

-- One row per unit (unit:<id>) or unit-less kind (kind:<id>), locked while places are counted and taken.
CREATE TABLE hs_capacity_lock (
    lock_key VARCHAR(100) NOT NULL PRIMARY KEY
);

CREATE TABLE hs_placement (
    id                       VARCHAR(36)   NOT NULL PRIMARY KEY,
    person_ref               VARCHAR(36)   NOT NULL,
    kind_id                  VARCHAR(60)   NOT NULL,
    unit_id                  VARCHAR(36),
    status                   VARCHAR(30)   NOT NULL,
    start_date               DATE          NOT NULL,
    planned_end_date         DATE,
    planned_end_given        INTEGER       NOT NULL,
    ended_on                 DATE,
    end_reason               VARCHAR(30),
    end_note                 VARCHAR(2000),
    move_out_by              DATE,
    contract_type            VARCHAR(20)   NOT NULL,
    rent_per_month           INTEGER,
    work_plan                VARCHAR(32000) NOT NULL,
    work_plan_revision       INTEGER       NOT NULL,
    follow_up_interval_days  INTEGER       NOT NULL,
    last_follow_up_on        DATE,
    stay_decided_by          VARCHAR(100),
    stay_decided_on          DATE,
    stay_reason              VARCHAR(2000),
    requested_at             BIGINT        NOT NULL,
    admitted_at              BIGINT,
    created_by               VARCHAR(100)  NOT NULL,
    plan_id                  VARCHAR(36),
    plan_enrolment_id        VARCHAR(36),
    plan_goal                VARCHAR(2000),
    plan_linked_at           BIGINT,
    version                  BIGINT        NOT NULL,
    CONSTRAINT fk_hs_placement_unit FOREIGN KEY (unit_id) REFERENCES hs_unit (id)
);
CREATE INDEX ix_hs_placement_unit ON hs_placement (unit_id, status);
CREATE INDEX ix_hs_placement_kind ON hs_placement (kind_id, status);
CREATE INDEX ix_hs_placement_person ON hs_placement (person_ref);
CREATE INDEX ix_hs_placement_enrolment ON hs_placement (plan_enrolment_id);

CREATE TABLE hs_staff (
    placement_id  VARCHAR(36)  NOT NULL,
    user_name     VARCHAR(100) NOT NULL,
    assigned_at   BIGINT       NOT NULL,
    assigned_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (placement_id, user_name),
    CONSTRAINT fk_hs_staff_placement FOREIGN KEY (placement_id) REFERENCES hs_placement (id)
);
CREATE INDEX ix_hs_staff_user ON hs_staff (user_name);

CREATE TABLE hs_work_plan_revision (
    placement_id  VARCHAR(36)    NOT NULL,
    revision      INTEGER        NOT NULL,
    work_plan     VARCHAR(32000) NOT NULL,
    revised_at    BIGINT         NOT NULL,
    revised_by    VARCHAR(100)   NOT NULL,
    PRIMARY KEY (placement_id, revision),
    CONSTRAINT fk_hs_revision_placement FOREIGN KEY (placement_id) REFERENCES hs_placement (id)
);

CREATE TABLE hs_visit (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    placement_id  VARCHAR(36)   NOT NULL,
    visited_on    DATE          NOT NULL,
    visitors      VARCHAR(32000) NOT NULL,
    activities    VARCHAR(32000) NOT NULL,
    support       VARCHAR(4000),
    control_text  VARCHAR(4000),
    note          VARCHAR(4000),
    recorded_by   VARCHAR(100)  NOT NULL,
    recorded_at   BIGINT        NOT NULL,
    CONSTRAINT fk_hs_visit_placement FOREIGN KEY (placement_id) REFERENCES hs_placement (id)
);
CREATE INDEX ix_hs_visit_placement ON hs_visit (placement_id, visited_on);

CREATE TABLE hs_key_event (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    placement_id  VARCHAR(36)   NOT NULL,
    event         VARCHAR(20)   NOT NULL,
    key_label     VARCHAR(100),
    occurred_on   DATE          NOT NULL,
    note          VARCHAR(2000),
    recorded_by   VARCHAR(100)  NOT NULL,
    recorded_at   BIGINT        NOT NULL,
    CONSTRAINT fk_hs_key_placement FOREIGN KEY (placement_id) REFERENCES hs_placement (id)
);
CREATE INDEX ix_hs_key_placement ON hs_key_event (placement_id);

CREATE TABLE hs_breach (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    placement_id      VARCHAR(36)   NOT NULL,
    occurred_on       DATE          NOT NULL,
    description       VARCHAR(4000) NOT NULL,
    breach_condition  VARCHAR(500),
    consequence       VARCHAR(20)   NOT NULL,
    reason            VARCHAR(2000),
    decision_maker    VARCHAR(100),
    move_out_by       DATE,
    recorded_by       VARCHAR(100)  NOT NULL,
    recorded_at       BIGINT        NOT NULL,
    CONSTRAINT fk_hs_breach_placement FOREIGN KEY (placement_id) REFERENCES hs_placement (id)
);
CREATE INDEX ix_hs_breach_placement ON hs_breach (placement_id);

CREATE TABLE hs_follow_up (
    id             VARCHAR(36)    NOT NULL PRIMARY KEY,
    placement_id   VARCHAR(36)    NOT NULL,
    held_on        DATE           NOT NULL,
    participants   VARCHAR(32000) NOT NULL,
    goal_progress  VARCHAR(32000) NOT NULL,
    note           VARCHAR(4000),
    next_due       DATE           NOT NULL,
    recorded_by    VARCHAR(100)   NOT NULL,
    recorded_at    BIGINT         NOT NULL,
    CONSTRAINT fk_hs_follow_up_placement FOREIGN KEY (placement_id) REFERENCES hs_placement (id)
);
CREATE INDEX ix_hs_follow_up_placement ON hs_follow_up (placement_id, held_on);

-- Events another offering reported about the person of an active placement (treatment plan ended, relapse…).
CREATE TABLE hs_case_event (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    placement_id   VARCHAR(36)  NOT NULL,
    source         VARCHAR(40)  NOT NULL,
    topic          VARCHAR(40)  NOT NULL,
    detail         VARCHAR(100),
    enrolment_id   VARCHAR(36),
    occurred_at    BIGINT       NOT NULL,
    CONSTRAINT fk_hs_case_event_placement FOREIGN KEY (placement_id) REFERENCES hs_placement (id)
);
CREATE INDEX ix_hs_case_event_placement ON hs_case_event (placement_id);
