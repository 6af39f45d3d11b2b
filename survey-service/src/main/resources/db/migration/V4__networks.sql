-- Networks: named sets of municipalities with a theme and a leader (a NETWORK_LEADER account).
CREATE TABLE network (
  id      VARCHAR(64)  NOT NULL PRIMARY KEY,
  name    VARCHAR(200) NOT NULL,
  theme   VARCHAR(100) NOT NULL,
  leader  VARCHAR(100) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE network_member (
  network       VARCHAR(64) NOT NULL,
  municipality  CHAR(4)     NOT NULL,
  PRIMARY KEY (network, municipality),
  CONSTRAINT fk_member_network FOREIGN KEY (network) REFERENCES network (id) ON DELETE CASCADE,
  CONSTRAINT fk_member_municipality FOREIGN KEY (municipality) REFERENCES municipality (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
