-- A counter the ingest transaction raises whenever the statistics change, so that readers may keep
-- merged statistics in memory and know, with one cheap read, when they are stale (also when several
-- instances share the database).
CREATE TABLE statistics_version (
  id TINYINT NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL
);

INSERT INTO statistics_version (id, version) VALUES (1, 0);
