-- Employment support (sysselsättningsstöd, arbetsträning). Plain types only: the same script runs on Derby and
-- PostgreSQL. person_ref is the person register's id or an anonymous code; flags are SMALLINT 0/1.
CREATE TABLE es_work_place (
    id                  VARCHAR(60)  NOT NULL PRIMARY KEY,
    kind_id             VARCHAR(60)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    provider_kind       VARCHAR(20)  NOT NULL,
    provider_name       VARCHAR(200),
    provider_org_number VARCHAR(20),
    work_type           VARCHAR(200) NOT NULL,
    places              INTEGER      NOT NULL,
    reserved_young      INTEGER      NOT NULL,
    reserved_light      INTEGER      NOT NULL,
    supervisor_name     VARCHAR(200),
    supervisor_phone    VARCHAR(40),
    active              SMALLINT     NOT NULL,
    created_at          BIGINT       NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    version             BIGINT       NOT NULL
);
CREATE INDEX ix_es_work_place_kind ON es_work_place (kind_id, active);

-- One row per work place, locked while its places are counted and taken.
CREATE TABLE es_work_place_lock (
    work_place_id VARCHAR(60) NOT NULL PRIMARY KEY
);

CREATE TABLE es_placement (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    person_ref         VARCHAR(36)   NOT NULL,
    kind_id            VARCHAR(60)   NOT NULL,
    work_place_id      VARCHAR(60)   NOT NULL,
    reservation        VARCHAR(20)   NOT NULL,
    place_type         VARCHAR(20),
    status             VARCHAR(20)   NOT NULL,
    start_date         DATE          NOT NULL,
    planned_end_date   DATE,
    requested_at       BIGINT        NOT NULL,
    admitted_at        BIGINT,
    ended_on           DATE,
    outcome            VARCHAR(30),
    end_note           VARCHAR(2000),
    step               VARCHAR(10),
    step_since         DATE,
    hours_per_week     INTEGER       NOT NULL,
    work_plan_revision INTEGER       NOT NULL,
    tp_plan_id         VARCHAR(36),
    tp_enrolment_id    VARCHAR(36),
    tp_goal            VARCHAR(2000),
    tp_linked_at       BIGINT,
    created_by         VARCHAR(100)  NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT fk_es_placement_work_place FOREIGN KEY (work_place_id) REFERENCES es_work_place (id)
);
CREATE INDEX ix_es_placement_work_place ON es_placement (work_place_id, status);
CREATE INDEX ix_es_placement_person ON es_placement (person_ref, status);
CREATE INDEX ix_es_placement_tp_enrolment ON es_placement (tp_enrolment_id);

-- Assigned supervisors and practitioners: only they (and case officers, unit managers) reach the placement.
CREATE TABLE es_staff (
    placement_id VARCHAR(36)  NOT NULL,
    user_name    VARCHAR(100) NOT NULL,
    assigned_at  BIGINT       NOT NULL,
    assigned_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (placement_id, user_name),
    CONSTRAINT fk_es_staff_placement FOREIGN KEY (placement_id) REFERENCES es_placement (id)
);

-- Every revision of a work plan (arbetsplan) is kept; content holds the goals and tasks as JSON.
CREATE TABLE es_work_plan_revision (
    id             VARCHAR(36)    NOT NULL PRIMARY KEY,
    placement_id   VARCHAR(36)    NOT NULL,
    revision       INTEGER        NOT NULL,
    step           VARCHAR(10),
    hours_per_week INTEGER        NOT NULL,
    content        VARCHAR(32000) NOT NULL,
    changed_by     VARCHAR(100)   NOT NULL,
    changed_at     BIGINT         NOT NULL,
    CONSTRAINT uq_es_work_plan_revision UNIQUE (placement_id, revision),
    CONSTRAINT fk_es_revision_placement FOREIGN KEY (placement_id) REFERENCES es_placement (id)
);

CREATE TABLE es_attendance (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    placement_id   VARCHAR(36)  NOT NULL,
    attended_on    DATE         NOT NULL,
    present        SMALLINT     NOT NULL,
    minutes        INTEGER      NOT NULL,
    absence_reason VARCHAR(20),
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uq_es_attendance_day UNIQUE (placement_id, attended_on),
    CONSTRAINT fk_es_attendance_placement FOREIGN KEY (placement_id) REFERENCES es_placement (id)
);

CREATE TABLE es_note (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    placement_id VARCHAR(36)   NOT NULL,
    written_on   DATE          NOT NULL,
    text         VARCHAR(4000) NOT NULL,
    written_by   VARCHAR(100)  NOT NULL,
    written_at   BIGINT        NOT NULL,
    CONSTRAINT fk_es_note_placement FOREIGN KEY (placement_id) REFERENCES es_placement (id)
);
CREATE INDEX ix_es_note_placement ON es_note (placement_id);

-- Network meetings (uppföljningsmöten) with Arbetsförmedlingen, Försäkringskassan, employers, health care.
CREATE TABLE es_meeting (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    placement_id    VARCHAR(36)   NOT NULL,
    held_on         DATE          NOT NULL,
    summary         VARCHAR(4000) NOT NULL,
    next_meeting_on DATE,
    recorded_by     VARCHAR(100)  NOT NULL,
    recorded_at     BIGINT        NOT NULL,
    CONSTRAINT fk_es_meeting_placement FOREIGN KEY (placement_id) REFERENCES es_placement (id)
);
CREATE INDEX ix_es_meeting_placement ON es_meeting (placement_id);

CREATE TABLE es_meeting_participant (
    meeting_id   VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    organisation VARCHAR(30)  NOT NULL,
    name         VARCHAR(200),
    PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_es_participant_meeting FOREIGN KEY (meeting_id) REFERENCES es_meeting (id)
);

-- Step changes, each decided by a care conference (vårdkonferens).
CREATE TABLE es_step_change (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    placement_id       VARCHAR(36)   NOT NULL,
    from_step          VARCHAR(10)   NOT NULL,
    to_step            VARCHAR(10)   NOT NULL,
    decided_on         DATE          NOT NULL,
    conference_held_on DATE          NOT NULL,
    decision           VARCHAR(4000) NOT NULL,
    early_change       SMALLINT      NOT NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        BIGINT        NOT NULL,
    CONSTRAINT fk_es_step_change_placement FOREIGN KEY (placement_id) REFERENCES es_placement (id)
);
CREATE INDEX ix_es_step_change_placement ON es_step_change (placement_id);

CREATE TABLE es_step_change_participant (
    step_change_id VARCHAR(36)  NOT NULL,
    position       INTEGER      NOT NULL,
    name           VARCHAR(200) NOT NULL,
    PRIMARY KEY (step_change_id, position),
    CONSTRAINT fk_es_step_participant FOREIGN KEY (step_change_id) REFERENCES es_step_change (id)
);

-- What the treatment-plan offering reported about a placed person (completed, discharged, relapse, ended).
CREATE TABLE es_case_event (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    placement_id  VARCHAR(36)  NOT NULL,
    source        VARCHAR(40)  NOT NULL,
    topic         VARCHAR(40)  NOT NULL,
    detail        VARCHAR(40),
    enrolment_id  VARCHAR(36),
    occurred_at   BIGINT       NOT NULL,
    CONSTRAINT fk_es_case_event_placement FOREIGN KEY (placement_id) REFERENCES es_placement (id)
);
CREATE INDEX ix_es_case_event_placement ON es_case_event (placement_id);
