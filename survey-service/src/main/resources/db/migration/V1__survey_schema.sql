-- survey-service schema: organisation, rounds, one-time invitations, responses and the outbox.
-- Privacy: responses hold no token, IP, user agent or time of day; invitations hold only token hashes
-- and nothing that ties a used token to its response.

CREATE TABLE municipality (
  code      CHAR(4)      NOT NULL PRIMARY KEY,
  name      VARCHAR(200) NOT NULL,
  county    VARCHAR(100) NOT NULL,
  language  VARCHAR(8)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit (
  municipality  CHAR(4)      NOT NULL,
  code          VARCHAR(64)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  parent        VARCHAR(64)  NULL,
  headcount     INT          NOT NULL,
  service_type  VARCHAR(40)  NOT NULL,
  PRIMARY KEY (municipality, code),
  CONSTRAINT fk_unit_municipality FOREIGN KEY (municipality) REFERENCES municipality (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_round (
  id            CHAR(36)     NOT NULL PRIMARY KEY,
  municipality  CHAR(4)      NOT NULL,
  title         VARCHAR(200) NOT NULL,
  wave          VARCHAR(40)  NOT NULL,
  modules       VARCHAR(200) NOT NULL,
  opens         DATE         NOT NULL,
  closes        DATE         NOT NULL,
  status        VARCHAR(10)  NOT NULL,
  CONSTRAINT fk_round_municipality FOREIGN KEY (municipality) REFERENCES municipality (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invitation (
  token_hash  BINARY(32)   NOT NULL PRIMARY KEY,
  round_id    CHAR(36)     NOT NULL,
  unit_code   VARCHAR(64)  NOT NULL,
  used        BOOLEAN      NOT NULL DEFAULT FALSE,
  INDEX ix_invitation_round_unit (round_id, unit_code),
  CONSTRAINT fk_invitation_round FOREIGN KEY (round_id) REFERENCES survey_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE response (
  id            CHAR(36)     NOT NULL PRIMARY KEY,
  round_id      CHAR(36)     NOT NULL,
  unit_code     VARCHAR(64)  NOT NULL,
  submitted_on  DATE         NOT NULL,
  language      CHAR(2)      NOT NULL,
  background    TEXT         NOT NULL,
  answers       TEXT         NOT NULL,
  comments      TEXT         NOT NULL,
  INDEX ix_response_round_unit (round_id, unit_code),
  CONSTRAINT fk_response_round FOREIGN KEY (round_id) REFERENCES survey_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Rows wait here until the relay has published them, then they are deleted: no send history, no timestamps.
CREATE TABLE outbox (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  topic        VARCHAR(100) NOT NULL,
  message_key  VARCHAR(200) NOT NULL,
  payload      MEDIUMTEXT   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
