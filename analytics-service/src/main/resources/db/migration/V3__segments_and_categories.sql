-- Statistics per (round, unit, segment): segment '' is everyone, 'occupation=nurse' etc. one
-- background category, so that breakdowns merge unit statistics too. Measure names grow to hold
-- index and alpha measures ('alpha:mastery_leadership_index:L1'). Choice and multi items keep
-- category counts.

ALTER TABLE unit_response_count
  ADD COLUMN segment VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '' AFTER unit,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (round_id, unit, segment);

ALTER TABLE unit_measure_stats
  ADD COLUMN segment VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '' AFTER unit,
  MODIFY measure VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (round_id, unit, segment, measure);

ALTER TABLE unit_item_histogram
  ADD COLUMN segment VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '' AFTER unit,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (round_id, unit, segment, item, answer);

CREATE TABLE unit_choice_count (
  round_id  VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  unit      VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  segment   VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  item      VARCHAR(16)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  choice    VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  responses BIGINT       NOT NULL,
  PRIMARY KEY (round_id, unit, segment, item, choice)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
