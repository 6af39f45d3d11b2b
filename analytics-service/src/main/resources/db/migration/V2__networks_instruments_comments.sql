-- Networks of municipalities (from the organisation topic), the instrument snapshot each round
-- runs (from the rounds topic), and the comments of each response.

CREATE TABLE network (
  id     VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  name   VARCHAR(200) NOT NULL,
  theme  VARCHAR(100) NOT NULL,
  leader VARCHAR(100) NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Replaced as a whole by each network event.
CREATE TABLE network_member (
  network      VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  municipality VARCHAR(4)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (network, municipality),
  KEY network_member_by_municipality (municipality)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The module versions a round runs, one row per module.
CREATE TABLE round_module (
  round_id VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  module   VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  position INT          NOT NULL,
  version  INT          NOT NULL,
  name_nn  VARCHAR(200) NULL,
  name_nb  VARCHAR(200) NULL,
  name_en  VARCHAR(200) NULL,
  PRIMARY KEY (round_id, module)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each item of a round's modules; choices is a JSON array of the choice values.
CREATE TABLE round_item (
  round_id  VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  item      VARCHAR(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  module    VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  position  INT         NOT NULL,
  type      VARCHAR(16) NOT NULL,
  min_value INT         NULL,
  max_value INT         NULL,
  scale     VARCHAR(32) NULL,
  reverse   BOOLEAN     NOT NULL,
  choices   TEXT        NULL,
  PRIMARY KEY (round_id, item)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each index of a round's modules; items is a JSON array of item ids.
CREATE TABLE round_index (
  round_id     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  index_id     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  module       VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  position     INT         NOT NULL,
  items        TEXT        NOT NULL,
  min_answered INT         NOT NULL,
  PRIMARY KEY (round_id, index_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One screened comment per response and module; shown only for groups at the comment threshold.
CREATE TABLE response_comment (
  response_id VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  module      VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  round_id    VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  unit        VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  text        TEXT        NOT NULL,
  PRIMARY KEY (response_id, module),
  KEY response_comment_by_unit (round_id, unit)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
