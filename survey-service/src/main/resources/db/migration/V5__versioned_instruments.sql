-- The instrument catalogue, versioned: a module version that a round has used is never changed in
-- place; a revision becomes the next version. Rounds keep a snapshot of the versions they ran.
CREATE TABLE instrument_module (
  id          VARCHAR(40) NOT NULL,
  version     INT         NOT NULL,
  definition  MEDIUMTEXT  NOT NULL,
  PRIMARY KEY (id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE round_module (
  round_id  CHAR(36)    NOT NULL,
  module    VARCHAR(40) NOT NULL,
  version   INT         NOT NULL,
  PRIMARY KEY (round_id, module),
  INDEX ix_round_module_version (module, version),
  CONSTRAINT fk_round_module_round FOREIGN KEY (round_id) REFERENCES survey_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE survey_round ADD COLUMN instrument MEDIUMTEXT NULL;
