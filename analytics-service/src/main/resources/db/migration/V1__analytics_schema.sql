-- The analytics schema: a copy of the organisation and the rounds (from their compacted topics),
-- each response's answers (kept for re-computation), and per-unit sufficient statistics that any
-- group merges. Portable to MySQL 8 and MariaDB 10.11: no JSON type, no VALUES() in upserts.
-- Identifiers compare exactly (utf8mb4_bin); texts use utf8mb4_unicode_ci.

CREATE TABLE municipality (
  code     VARCHAR(4)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  name     VARCHAR(200) NOT NULL,
  county   VARCHAR(100) NOT NULL,
  language VARCHAR(8)   NOT NULL,
  PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- id is the organisation topic's key of a unit: '<municipality>/<unit>'.
CREATE TABLE org_unit (
  id           VARCHAR(69)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  municipality VARCHAR(4)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  code         VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  name         VARCHAR(200) NOT NULL,
  parent       VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  headcount    INT          NOT NULL,
  service_type VARCHAR(40)  NOT NULL,
  PRIMARY KEY (id),
  KEY org_unit_by_municipality (municipality, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A response may arrive before its round: it then leaves a row with municipality and wave only,
-- completed when the round event comes.
CREATE TABLE survey_round (
  id           VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  municipality VARCHAR(4)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  title        VARCHAR(200) NULL,
  wave         VARCHAR(64)  NOT NULL,
  modules      TEXT         NULL,
  opens        DATE         NULL,
  closes       DATE         NULL,
  status       VARCHAR(16)  NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The idempotency record, written in the same transaction as the statistics an event changed.
-- No time column: a processing time would be a submission time, which is never kept (domain §6).
CREATE TABLE processed_event (
  event_id VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Each response's answers as JSON text, for distributions, alphas and re-computation.
CREATE TABLE response_answers (
  response_id  VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  round_id     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  municipality VARCHAR(4)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  unit         VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  unit_path    TEXT        NOT NULL,
  submitted_on DATE        NOT NULL,
  language     VARCHAR(8)  NOT NULL,
  background   TEXT        NULL,
  answers      MEDIUMTEXT  NOT NULL,
  PRIMARY KEY (response_id),
  KEY response_answers_by_unit (round_id, unit)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Responses per (round, unit); unit_path (JSON array, municipality first) places the unit in the
-- tree so that a unit's figures can include its sub-units even before the organisation arrives.
CREATE TABLE unit_response_count (
  round_id     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  unit         VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  municipality VARCHAR(4)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  unit_path    TEXT        NOT NULL,
  responses    BIGINT      NOT NULL,
  PRIMARY KEY (round_id, unit)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- n, Σx and Σx² per (round, unit, measure); measures are integer items (H1, H5, K1 …) and
-- per-respondent derived values (wants_larger, hidden_fte_gap, full_time …).
CREATE TABLE unit_measure_stats (
  round_id VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  unit     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  measure  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  n        BIGINT      NOT NULL,
  sum_x    DOUBLE      NOT NULL,
  sum_x2   DOUBLE      NOT NULL,
  PRIMARY KEY (round_id, unit, measure)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- How many gave each integer answer of an item, per (round, unit).
CREATE TABLE unit_item_histogram (
  round_id VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  unit     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  item     VARCHAR(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  answer   INT         NOT NULL,
  responses BIGINT     NOT NULL,
  PRIMARY KEY (round_id, unit, item, answer)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
