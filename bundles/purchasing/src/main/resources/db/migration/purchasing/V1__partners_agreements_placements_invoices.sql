-- The purchasing offering's tables (pu_*). Plain types, so the same script runs on Derby and PostgreSQL; ${lob} is
-- unbounded text (CLOB / TEXT). Dates are ISO yyyy-mm-dd text, instants epoch milliseconds, money DECIMAL with two
-- decimals. Lists are JSON text.

CREATE TABLE pu_partner (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    code              VARCHAR(20)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    country           VARCHAR(2)    NOT NULL,
    org_number        VARCHAR(20),
    endpoint_scheme   VARCHAR(4),
    endpoint_id       VARCHAR(50),
    street            VARCHAR(200),
    postal_code       VARCHAR(20),
    city              VARCHAR(100),
    platform_url      VARCHAR(500),
    username          VARCHAR(100),
    password_sealed   VARCHAR(1000),
    public_key        VARCHAR(500),
    inbound_user      VARCHAR(100),
    transport         VARCHAR(10)   NOT NULL,
    bank_account      VARCHAR(50),
    registered_at     BIGINT        NOT NULL,
    registered_by     VARCHAR(100)  NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT pu_partner_code UNIQUE (code)
);

CREATE TABLE pu_agreement (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    partner_id          VARCHAR(36)   NOT NULL,
    role                VARCHAR(4)    NOT NULL,
    number              VARCHAR(50)   NOT NULL,
    service_id          VARCHAR(200)  NOT NULL,
    service_name        VARCHAR(200)  NOT NULL,
    service_type        VARCHAR(30)   NOT NULL,
    target_groups       VARCHAR(500)  NOT NULL,
    price               VARCHAR(8000) NOT NULL,
    reserved_places     INTEGER       NOT NULL,
    vacancy_grace_days  INTEGER       NOT NULL,
    vacancy_percent     DECIMAL(5,2)  NOT NULL,
    notice_days         INTEGER       NOT NULL,
    valid_from          VARCHAR(10)   NOT NULL,
    valid_to            VARCHAR(10),
    buyer_reference     VARCHAR(100)  NOT NULL,
    joint_pool          VARCHAR(100),
    joint_pool_places   INTEGER,
    min_age             INTEGER,
    max_age             INTEGER,
    registered_at       BIGINT        NOT NULL,
    registered_by       VARCHAR(100)  NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pu_agreement_number UNIQUE (partner_id, role, number)
);

-- A stay bought (side BUY: the buyer's order) or sold (side SELL: the order received). order_ref is the buyer's
-- order id on both platforms.
CREATE TABLE pu_placement (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    side              VARCHAR(4)    NOT NULL,
    order_ref         VARCHAR(36)   NOT NULL,
    agreement_id      VARCHAR(36)   NOT NULL,
    partner_id        VARCHAR(36)   NOT NULL,
    person_ref        VARCHAR(64)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    start_date        VARCHAR(10)   NOT NULL,
    started_on        VARCHAR(10),
    extents           VARCHAR(4000) NOT NULL,
    notice_given_on   VARCHAR(10),
    end_date          VARCHAR(10),
    ended_on          VARCHAR(10),
    decision_reason   VARCHAR(2000),
    decided_by        VARCHAR(100),
    refusal           VARCHAR(2000),
    note              VARCHAR(2000),
    created_by        VARCHAR(100)  NOT NULL,
    created_at        BIGINT        NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT pu_placement_order UNIQUE (side, partner_id, order_ref)
);
CREATE INDEX pu_placement_person ON pu_placement (person_ref);
CREATE INDEX pu_placement_agreement ON pu_placement (agreement_id, status);

-- One person at one supplier's service at a time: the row locked while an order for the person is written.
CREATE TABLE pu_person_lock (
    person_ref        VARCHAR(64)   NOT NULL PRIMARY KEY
);

CREATE TABLE pu_charge (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    placement_id      VARCHAR(36)   NOT NULL,
    charge_day        VARCHAR(10)   NOT NULL,
    hours             DECIMAL(7,2),
    item              VARCHAR(50),
    quantity          INTEGER       NOT NULL,
    recorded_at       BIGINT        NOT NULL,
    recorded_by       VARCHAR(100)  NOT NULL
);
CREATE INDEX pu_charge_placement ON pu_charge (placement_id);

CREATE TABLE pu_document (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    placement_id      VARCHAR(36)   NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    period_month      VARCHAR(7),
    title             VARCHAR(500)  NOT NULL,
    html              ${lob}        NOT NULL,
    received_at       BIGINT        NOT NULL
);
CREATE INDEX pu_document_placement ON pu_document (placement_id);

CREATE TABLE pu_invoice (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    number            VARCHAR(50)   NOT NULL,
    type              VARCHAR(12)   NOT NULL,
    direction         VARCHAR(8)    NOT NULL,
    agreement_id      VARCHAR(36)   NOT NULL,
    period_month      VARCHAR(7)    NOT NULL,
    issue_date        VARCHAR(10)   NOT NULL,
    due_date          VARCHAR(10)   NOT NULL,
    currency          VARCHAR(3)    NOT NULL,
    total             DECIMAL(16,2) NOT NULL,
    lines             ${lob}        NOT NULL,
    ubl               ${lob}        NOT NULL,
    vacancy_runs      VARCHAR(2000),
    credits           VARCHAR(50),
    credited_by       VARCHAR(50),
    reconciliation    VARCHAR(10),
    differences       ${lob},
    created_at        BIGINT        NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    CONSTRAINT pu_invoice_number UNIQUE (direction, agreement_id, number)
);
CREATE INDEX pu_invoice_month ON pu_invoice (agreement_id, period_month);

-- Invoice numbers per year, without gaps.
CREATE TABLE pu_invoice_sequence (
    invoice_year      INTEGER       NOT NULL PRIMARY KEY,
    last_number       INTEGER       NOT NULL
);

-- Messages to partner platforms, written in the transaction of the change they carry, sent until delivered.
CREATE TABLE pu_outbox (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    seq               BIGINT        NOT NULL,
    partner_id        VARCHAR(36)   NOT NULL,
    order_ref         VARCHAR(36)   NOT NULL,
    agreement_number  VARCHAR(50)   NOT NULL,
    type              VARCHAR(20)   NOT NULL,
    payload           ${lob}        NOT NULL,
    sent_at           VARCHAR(40)   NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    attempts          INTEGER       NOT NULL,
    next_attempt_at   BIGINT        NOT NULL,
    last_error        VARCHAR(2000),
    delivered_at      BIGINT,
    CONSTRAINT pu_outbox_seq UNIQUE (seq)
);
CREATE INDEX pu_outbox_due ON pu_outbox (status, next_attempt_at);
CREATE INDEX pu_outbox_order ON pu_outbox (order_ref, status);

CREATE TABLE pu_outbox_sequence (
    id                INTEGER       NOT NULL PRIMARY KEY,
    last_seq          BIGINT        NOT NULL
);
INSERT INTO pu_outbox_sequence (id, last_seq) VALUES (1, 0);

-- Messages received: the id makes a retried message harmless.
CREATE TABLE pu_inbox (
    message_id        VARCHAR(36)   NOT NULL PRIMARY KEY,
    partner_id        VARCHAR(36)   NOT NULL,
    type              VARCHAR(20)   NOT NULL,
    order_ref         VARCHAR(36)   NOT NULL,
    payload_sha256    VARCHAR(64)   NOT NULL,
    received_at       BIGINT        NOT NULL
);
