-- Measures (tiltak) linked to goals: what a municipality does to reach a goal, with owner, dates,
-- status, milestones and the partners involved (partssamarbeid). Milestones and partners are JSON
-- arrays as text (no JSON type, as in V1). The before/after figures are computed when read.

CREATE TABLE goal_measure (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  goal_id     BIGINT        NOT NULL,
  title       VARCHAR(200)  NOT NULL,
  description TEXT          NULL,
  owner       VARCHAR(200)  NOT NULL,
  target      VARCHAR(100)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  starts      DATE          NOT NULL,
  ends        DATE          NULL,
  status      VARCHAR(16)   NOT NULL,
  milestones  TEXT          NOT NULL,
  partners    TEXT          NOT NULL,
  PRIMARY KEY (id),
  KEY goal_measure_by_goal (goal_id),
  CONSTRAINT goal_measure_goal FOREIGN KEY (goal_id) REFERENCES goal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
