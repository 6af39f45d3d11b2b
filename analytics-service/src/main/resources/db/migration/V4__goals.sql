-- Goals (gevinstrealisering): a municipality or unit, an indicator, a baseline and its wave (or
-- register period), a target and a deadline. Progress is computed when read, never stored.

CREATE TABLE goal (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  municipality  VARCHAR(4)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  unit          VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  indicator     VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  baseline      DOUBLE       NOT NULL,
  baseline_wave VARCHAR(64)  NOT NULL,
  target        DOUBLE       NOT NULL,
  deadline      DATE         NOT NULL,
  created_on    DATE         NOT NULL,
  PRIMARY KEY (id),
  KEY goal_by_municipality (municipality)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
