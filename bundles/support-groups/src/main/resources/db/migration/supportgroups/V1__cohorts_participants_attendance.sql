-- Stödgrupper: cohorts of group programmes, their meetings, participants (registered, anonymous or from a partner
-- municipality), attendance, notices of changed meetings and questionnaires without participant links.
-- Plain types only, so the same script runs on Derby and PostgreSQL. Flags are INTEGER 0/1.
CREATE TABLE sg_cohort (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    programme_id    VARCHAR(60)  NOT NULL,
    first_meeting   DATE         NOT NULL,
    last_meeting    DATE         NOT NULL,
    start_time      VARCHAR(5)   NOT NULL,
    place           VARCHAR(200) NOT NULL,
    places          INTEGER      NOT NULL,
    intake_until    DATE         NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      BIGINT       NOT NULL,
    version         BIGINT       NOT NULL
);
CREATE INDEX ix_sg_cohort_programme ON sg_cohort (programme_id, first_meeting);

CREATE TABLE sg_leader (
    cohort_id  VARCHAR(36)  NOT NULL,
    user_name  VARCHAR(100) NOT NULL,
    PRIMARY KEY (cohort_id, user_name),
    CONSTRAINT fk_sg_leader_cohort FOREIGN KEY (cohort_id) REFERENCES sg_cohort (id)
);
CREATE INDEX ix_sg_leader_user ON sg_leader (user_name);

-- A partner municipality's share of the places (samverkan).
CREATE TABLE sg_share (
    cohort_id  VARCHAR(36)  NOT NULL,
    code       VARCHAR(4)   NOT NULL,
    name       VARCHAR(100) NOT NULL,
    places     INTEGER      NOT NULL,
    user_name  VARCHAR(100) NOT NULL,
    PRIMARY KEY (cohort_id, code),
    CONSTRAINT fk_sg_share_cohort FOREIGN KEY (cohort_id) REFERENCES sg_cohort (id)
);

CREATE TABLE sg_meeting (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    cohort_id      VARCHAR(36)  NOT NULL,
    number         INTEGER      NOT NULL,
    kind           VARCHAR(10)  NOT NULL,
    meeting_date   DATE         NOT NULL,
    start_time     VARCHAR(5)   NOT NULL,
    minutes        INTEGER      NOT NULL,
    theme          VARCHAR(500),
    status         VARCHAR(10)  NOT NULL,
    original_date  DATE,
    reason         VARCHAR(2000),
    version        BIGINT       NOT NULL,
    CONSTRAINT fk_sg_meeting_cohort FOREIGN KEY (cohort_id) REFERENCES sg_cohort (id)
);
CREATE INDEX ix_sg_meeting_cohort ON sg_meeting (cohort_id, kind, number);

-- No identity number is ever stored: a registered participant is a person register id, the others an alias and a code.
CREATE TABLE sg_participant (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    cohort_id            VARCHAR(36)   NOT NULL,
    way                  VARCHAR(12)   NOT NULL,
    person_ref           VARCHAR(36),
    related_client_ref   VARCHAR(36),
    share_consent        INTEGER       NOT NULL,
    alias                VARCHAR(40),
    code                 VARCHAR(11),
    age_years            INTEGER,
    partner_code         VARCHAR(4),
    guardian_name        VARCHAR(200),
    guardian_contact     VARCHAR(200),
    consented_on         DATE,
    consent_scope        VARCHAR(2000),
    contact              VARCHAR(200),
    status               VARCHAR(10)   NOT NULL,
    requested_at         BIGINT        NOT NULL,
    admitted_at          BIGINT,
    enrolled_by          VARCHAR(100)  NOT NULL,
    withdrawn_at         BIGINT,
    withdrawal_reason    VARCHAR(2000),
    version              BIGINT        NOT NULL,
    CONSTRAINT fk_sg_participant_cohort FOREIGN KEY (cohort_id) REFERENCES sg_cohort (id)
);
CREATE INDEX ix_sg_participant_cohort ON sg_participant (cohort_id, status);
CREATE INDEX ix_sg_participant_client ON sg_participant (related_client_ref);
CREATE INDEX ix_sg_participant_code ON sg_participant (code);

CREATE TABLE sg_attendance (
    meeting_id      VARCHAR(36)  NOT NULL,
    participant_id  VARCHAR(36)  NOT NULL,
    present         INTEGER      NOT NULL,
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     BIGINT       NOT NULL,
    PRIMARY KEY (meeting_id, participant_id),
    CONSTRAINT fk_sg_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES sg_meeting (id),
    CONSTRAINT fk_sg_attendance_participant FOREIGN KEY (participant_id) REFERENCES sg_participant (id)
);

-- The outbox: nothing is sent by the platform itself.
CREATE TABLE sg_notice (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    cohort_id       VARCHAR(36)   NOT NULL,
    meeting_id      VARCHAR(36)   NOT NULL,
    participant_id  VARCHAR(36)   NOT NULL,
    contact         VARCHAR(200)  NOT NULL,
    message         VARCHAR(2000) NOT NULL,
    created_at      BIGINT        NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    sent_at         BIGINT,
    sent_by         VARCHAR(100),
    CONSTRAINT fk_sg_notice_meeting FOREIGN KEY (meeting_id) REFERENCES sg_meeting (id),
    CONSTRAINT fk_sg_notice_participant FOREIGN KEY (participant_id) REFERENCES sg_participant (id)
);
CREATE INDEX ix_sg_notice_cohort ON sg_notice (cohort_id, created_at);

-- A paper questionnaire as entered: deliberately without any participant link.
CREATE TABLE sg_questionnaire (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    cohort_id   VARCHAR(36)   NOT NULL,
    answers     VARCHAR(4000) NOT NULL,
    entered_by  VARCHAR(100)  NOT NULL,
    entered_at  BIGINT        NOT NULL,
    CONSTRAINT fk_sg_questionnaire_cohort FOREIGN KEY (cohort_id) REFERENCES sg_cohort (id)
);
CREATE INDEX ix_sg_questionnaire_cohort ON sg_questionnaire (cohort_id, entered_at);
