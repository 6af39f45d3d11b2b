-- The order in which rounds were created, told to analytics on the rounds topic: the last tie-break
-- between rounds of the same wave year and season. Analytics cannot take it from the order rounds
-- arrive in, because round events are keyed by round id and two rounds created together may reach
-- it on different partitions in either order. Rounds that exist already are numbered by opening
-- date, then id.
ALTER TABLE survey_round ADD COLUMN created BIGINT NULL;

UPDATE survey_round r
  JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY opens, id) AS n FROM survey_round) numbered
    ON numbered.id = r.id
SET r.created = numbered.n;

ALTER TABLE survey_round MODIFY COLUMN created BIGINT NOT NULL AUTO_INCREMENT UNIQUE;
