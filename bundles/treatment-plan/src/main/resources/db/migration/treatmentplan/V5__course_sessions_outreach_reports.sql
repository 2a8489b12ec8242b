-- A client's course: who works with the client, sessions from the programme's calendar and their attendance,
-- notes, drug tests, assessments, outreach after missed sessions, relapses, specialist referrals and reports.
CREATE TABLE tp_assignment (
    enrolment_id VARCHAR(36)  NOT NULL,
    practitioner VARCHAR(100) NOT NULL,
    assigned_at  BIGINT       NOT NULL,
    assigned_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (enrolment_id, practitioner),
    CONSTRAINT fk_tp_assignment_enrolment FOREIGN KEY (enrolment_id) REFERENCES tp_enrolment (id)
);
CREATE INDEX ix_tp_assignment_practitioner ON tp_assignment (practitioner);

CREATE TABLE tp_session (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    enrolment_id      VARCHAR(36)   NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    session_date      DATE          NOT NULL,
    start_minute      INTEGER       NOT NULL,
    week              INTEGER,
    phase             VARCHAR(100),
    theme             VARCHAR(200),
    status            VARCHAR(20)   NOT NULL,
    attendance_note   VARCHAR(2000),
    recorded_by       VARCHAR(100),
    recorded_at       BIGINT,
    calendar_key      VARCHAR(60),
    travel_claimed    INTEGER,
    travel_reimbursed INTEGER,
    version           BIGINT        NOT NULL,
    CONSTRAINT uq_tp_session_calendar UNIQUE (enrolment_id, calendar_key),
    CONSTRAINT fk_tp_session_enrolment FOREIGN KEY (enrolment_id) REFERENCES tp_enrolment (id)
);
CREATE INDEX ix_tp_session_enrolment_date ON tp_session (enrolment_id, session_date);

CREATE TABLE tp_note (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    enrolment_id VARCHAR(36)   NOT NULL,
    session_id   VARCHAR(36),
    text         VARCHAR(4000) NOT NULL,
    written_by   VARCHAR(100)  NOT NULL,
    written_at   BIGINT        NOT NULL,
    CONSTRAINT fk_tp_note_enrolment FOREIGN KEY (enrolment_id) REFERENCES tp_enrolment (id)
);
CREATE INDEX ix_tp_note_enrolment ON tp_note (enrolment_id, written_at);

CREATE TABLE tp_drug_test (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    enrolment_id VARCHAR(36)   NOT NULL,
    taken_on     DATE          NOT NULL,
    method       VARCHAR(20)   NOT NULL,
    results      VARCHAR(1000) NOT NULL,
    any_positive INTEGER       NOT NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    recorded_at  BIGINT        NOT NULL,
    CONSTRAINT fk_tp_drug_test_enrolment FOREIGN KEY (enrolment_id) REFERENCES tp_enrolment (id)
);
CREATE INDEX ix_tp_drug_test_enrolment ON tp_drug_test (enrolment_id, taken_on);

CREATE TABLE tp_assessment (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    enrolment_id VARCHAR(36)  NOT NULL,
    instrument   VARCHAR(10)  NOT NULL,
    taken_on     DATE         NOT NULL,
    sex          VARCHAR(10)  NOT NULL,
    age          INTEGER      NOT NULL,
    answers      VARCHAR(100) NOT NULL,
    score        INTEGER      NOT NULL,
    level        VARCHAR(40)  NOT NULL,
    cut_off      VARCHAR(300) NOT NULL,
    recorded_by  VARCHAR(100) NOT NULL,
    recorded_at  BIGINT       NOT NULL,
    CONSTRAINT fk_tp_assessment_enrolment FOREIGN KEY (enrolment_id) REFERENCES tp_enrolment (id)
);
CREATE INDEX ix_tp_assessment_enrolment ON tp_assessment (enrolment_id, taken_on);

CREATE TABLE tp_outreach_task (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    enrolment_id VARCHAR(36)   NOT NULL,
    session_id   VARCHAR(36)   NOT NULL,
    level        INTEGER       NOT NULL,
    method       VARCHAR(20)   NOT NULL,
    due_at       BIGINT        NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    outcome      VARCHAR(2000),
    done_by      VARCHAR(100),
    done_at      BIGINT,
    next_task_id VARCHAR(36),
    created_at   BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT uq_tp_outreach_level UNIQUE (session_id, level),
    CONSTRAINT fk_tp_outreach_enrolment FOREIGN KEY (enrolment_id) REFERENCES tp_enrolment (id)
);
CREATE INDEX ix_tp_outreach_status_due ON tp_outreach_task (status, due_at);
CREATE INDEX ix_tp_outreach_enrolment ON tp_outreach_task (enrolment_id);

CREATE TABLE tp_relapse (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    enrolment_id  VARCHAR(36)   NOT NULL,
    occurred_on   DATE          NOT NULL,
    kind          VARCHAR(10)   NOT NULL,
    substance     VARCHAR(40)   NOT NULL,
    description   VARCHAR(2000) NOT NULL,
    actions_taken VARCHAR(2000),
    plan_id       VARCHAR(36),
    plan_revision INTEGER,
    relapse_plan  VARCHAR(4000),
    recorded_by   VARCHAR(100)  NOT NULL,
    recorded_at   BIGINT        NOT NULL,
    CONSTRAINT fk_tp_relapse_enrolment FOREIGN KEY (enrolment_id) REFERENCES tp_enrolment (id)
);
CREATE INDEX ix_tp_relapse_enrolment ON tp_relapse (enrolment_id, occurred_on);

CREATE TABLE tp_referral (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    enrolment_id  VARCHAR(36)   NOT NULL,
    service       VARCHAR(40)   NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    consent_on    DATE          NOT NULL,
    consent_scope VARCHAR(1000) NOT NULL,
    recorded_by   VARCHAR(100)  NOT NULL,
    recorded_at   BIGINT        NOT NULL,
    CONSTRAINT fk_tp_referral_enrolment FOREIGN KEY (enrolment_id) REFERENCES tp_enrolment (id)
);
CREATE INDEX ix_tp_referral_enrolment ON tp_referral (enrolment_id);

CREATE TABLE tp_report (
    id           VARCHAR(36)    NOT NULL PRIMARY KEY,
    enrolment_id VARCHAR(36)    NOT NULL,
    kind         VARCHAR(10)    NOT NULL,
    period_key   VARCHAR(10)    NOT NULL,
    status       VARCHAR(10)    NOT NULL,
    content      VARCHAR(32000) NOT NULL,
    generated_by VARCHAR(100)   NOT NULL,
    generated_at BIGINT         NOT NULL,
    reviewed_by  VARCHAR(100),
    reviewed_at  BIGINT,
    sent_at      BIGINT,
    sent_to      VARCHAR(4),
    version      BIGINT         NOT NULL,
    CONSTRAINT uq_tp_report_period UNIQUE (enrolment_id, kind, period_key),
    CONSTRAINT fk_tp_report_enrolment FOREIGN KEY (enrolment_id) REFERENCES tp_enrolment (id)
);
