-- Person register: the one place that holds identities.
CREATE TABLE core_person (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    identity_type      VARCHAR(20)  NOT NULL,
    identity_number    VARCHAR(12)  NOT NULL,
    birth_date         DATE,
    gender             VARCHAR(6),
    given_name         VARCHAR(100) NOT NULL,
    family_name        VARCHAR(100) NOT NULL,
    given_name_key     VARCHAR(100) NOT NULL,
    family_name_key    VARCHAR(100) NOT NULL,
    address            VARCHAR(300),
    protected_identity BOOLEAN      NOT NULL,
    created_at         BIGINT       NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    CONSTRAINT uq_core_person_identity UNIQUE (identity_type, identity_number)
);
CREATE INDEX ix_core_person_given ON core_person (given_name_key);
CREATE INDEX ix_core_person_family ON core_person (family_name_key);

-- Anonymous contacts: a generated code and nothing else.
CREATE TABLE core_anonymous_contact (
    code       VARCHAR(20) NOT NULL PRIMARY KEY,
    created_at BIGINT      NOT NULL
);

-- Audit log: append-only, hash-chained; sequence numbers have no gaps.
CREATE TABLE core_audit_log (
    seq        BIGINT       NOT NULL PRIMARY KEY,
    at_millis  BIGINT       NOT NULL,
    user_name  VARCHAR(100) NOT NULL,
    role_name  VARCHAR(30)  NOT NULL,
    action     VARCHAR(20)  NOT NULL,
    person_id  VARCHAR(36),
    resource   VARCHAR(300) NOT NULL,
    criteria   VARCHAR(500),
    prev_hash  VARCHAR(64)  NOT NULL,
    hash       VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_core_audit_person ON core_audit_log (person_id);
CREATE INDEX ix_core_audit_user ON core_audit_log (user_name);

-- The head of the chain: one row, locked by every append so that appends are serialised.
CREATE TABLE core_audit_head (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO core_audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
