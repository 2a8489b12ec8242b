-- Enrolments (inskrivningar) and placements by a commissioning municipality, with waiting lists.
CREATE TABLE tp_enrolment (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    person_ref        VARCHAR(36)  NOT NULL,
    programme_id      VARCHAR(60)  NOT NULL,
    legal_basis       VARCHAR(20)  NOT NULL,
    commissioner_code VARCHAR(4)   NOT NULL,
    commissioner_name VARCHAR(100) NOT NULL,
    phase             VARCHAR(20)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    granted_from      DATE         NOT NULL,
    granted_to        DATE         NOT NULL,
    requested_at      BIGINT       NOT NULL,
    admitted_at       BIGINT,
    ended_at          BIGINT,
    created_by        VARCHAR(100) NOT NULL,
    version           BIGINT       NOT NULL
);
CREATE INDEX ix_tp_enrolment_programme ON tp_enrolment (programme_id, status);
CREATE INDEX ix_tp_enrolment_person ON tp_enrolment (person_ref);

CREATE TABLE tp_enrolment_extension (
    enrolment_id  VARCHAR(36) NOT NULL,
    position      INTEGER     NOT NULL,
    previous_end  DATE        NOT NULL,
    PRIMARY KEY (enrolment_id, position),
    CONSTRAINT fk_tp_extension_enrolment FOREIGN KEY (enrolment_id) REFERENCES tp_enrolment (id)
);

-- One row per programme, locked while places are counted and taken, so two enrolments never take the last place.
CREATE TABLE tp_programme_lock (
    programme_id VARCHAR(60) NOT NULL PRIMARY KEY
);
