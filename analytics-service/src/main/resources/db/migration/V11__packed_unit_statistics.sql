-- One row per (round, unit, segment) with all its sufficient statistics packed in one JSON column,
-- instead of ~85 rows per response over four tables: ingestion merges a whole batch per key in
-- memory and writes each touched key once (README, "Scale"). stats holds, each list sorted:
--   {"m": [[measure, n, Σx, Σx²], …],             the measures' sufficient statistics
--    "h": [[item, [[answer, responses], …]], …],  the integer items' histograms
--    "c": [[item, [[choice, responses], …]], …]}  the choice items' category counts
-- The existing statistics move over as they are (exact: this MariaDB writes doubles in JSON with
-- round-trip precision), so no replay of the topics is needed. The four old tables become views
-- that unpack the column, for operators and for the row-for-row checks against a rebuild.

CREATE TABLE unit_statistics (
  round_id     VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  unit         VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  segment      VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  municipality VARCHAR(4)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  unit_path    TEXT         NOT NULL,
  responses    BIGINT       NOT NULL,
  stats        MEDIUMTEXT   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (round_id, unit, segment)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- JSON_ARRAYAGG is bounded by group_concat_max_len; one key's statistics are far below this.
SET SESSION group_concat_max_len = 67108864;

CREATE TEMPORARY TABLE packed_measures AS
SELECT round_id, unit, segment,
       JSON_ARRAYAGG(JSON_ARRAY(measure, n, sum_x, sum_x2) ORDER BY measure) AS packed
FROM unit_measure_stats GROUP BY round_id, unit, segment;

CREATE TEMPORARY TABLE packed_histogram_items AS
SELECT round_id, unit, segment, item,
       JSON_ARRAYAGG(JSON_ARRAY(answer, responses) ORDER BY answer) AS packed
FROM unit_item_histogram GROUP BY round_id, unit, segment, item;

CREATE TEMPORARY TABLE packed_histograms AS
SELECT round_id, unit, segment,
       JSON_ARRAYAGG(JSON_ARRAY(item, JSON_EXTRACT(packed, '$')) ORDER BY item) AS packed
FROM packed_histogram_items GROUP BY round_id, unit, segment;

CREATE TEMPORARY TABLE packed_choice_items AS
SELECT round_id, unit, segment, item,
       JSON_ARRAYAGG(JSON_ARRAY(choice, responses) ORDER BY choice) AS packed
FROM unit_choice_count GROUP BY round_id, unit, segment, item;

CREATE TEMPORARY TABLE packed_choices AS
SELECT round_id, unit, segment,
       JSON_ARRAYAGG(JSON_ARRAY(item, JSON_EXTRACT(packed, '$')) ORDER BY item) AS packed
FROM packed_choice_items GROUP BY round_id, unit, segment;

INSERT INTO unit_statistics (round_id, unit, segment, municipality, unit_path, responses, stats)
SELECT c.round_id, c.unit, c.segment, c.municipality, c.unit_path, c.responses,
       JSON_OBJECT(
         'm', JSON_EXTRACT(COALESCE(m.packed, '[]'), '$'),
         'h', JSON_EXTRACT(COALESCE(h.packed, '[]'), '$'),
         'c', JSON_EXTRACT(COALESCE(ch.packed, '[]'), '$'))
FROM unit_response_count c
LEFT JOIN packed_measures m
  ON m.round_id = c.round_id AND m.unit = c.unit AND m.segment = c.segment
LEFT JOIN packed_histograms h
  ON h.round_id = c.round_id AND h.unit = c.unit AND h.segment = c.segment
LEFT JOIN packed_choices ch
  ON ch.round_id = c.round_id AND ch.unit = c.unit AND ch.segment = c.segment;

DROP TEMPORARY TABLE packed_measures, packed_histogram_items, packed_histograms,
  packed_choice_items, packed_choices;

DROP TABLE unit_response_count, unit_measure_stats, unit_item_histogram, unit_choice_count;

CREATE SQL SECURITY INVOKER VIEW unit_response_count AS
SELECT round_id, unit, segment, municipality, unit_path, responses FROM unit_statistics;

CREATE SQL SECURITY INVOKER VIEW unit_measure_stats AS
SELECT s.round_id, s.unit, s.segment, j.measure, j.n, j.sum_x, j.sum_x2
FROM unit_statistics s,
  JSON_TABLE(s.stats, '$.m[*]' COLUMNS (
    measure VARCHAR(100) CHARACTER SET utf8mb4 PATH '$[0]',
    n       BIGINT PATH '$[1]',
    sum_x   DOUBLE PATH '$[2]',
    sum_x2  DOUBLE PATH '$[3]')) j;

CREATE SQL SECURITY INVOKER VIEW unit_item_histogram AS
SELECT s.round_id, s.unit, s.segment, j.item, j.answer, j.responses
FROM unit_statistics s,
  JSON_TABLE(s.stats, '$.h[*]' COLUMNS (
    item VARCHAR(16) CHARACTER SET utf8mb4 PATH '$[0]',
    NESTED PATH '$[1][*]' COLUMNS (
      answer    INT    PATH '$[0]',
      responses BIGINT PATH '$[1]'))) j;

CREATE SQL SECURITY INVOKER VIEW unit_choice_count AS
SELECT s.round_id, s.unit, s.segment, j.item, j.choice, j.responses
FROM unit_statistics s,
  JSON_TABLE(s.stats, '$.c[*]' COLUMNS (
    item VARCHAR(16) CHARACTER SET utf8mb4 PATH '$[0]',
    NESTED PATH '$[1][*]' COLUMNS (
      choice    VARCHAR(100) CHARACTER SET utf8mb4 PATH '$[0]',
      responses BIGINT PATH '$[1]'))) j;
