-- Accounts of HR advisers, network leaders and programme admins; passwords only as bcrypt hashes.
CREATE TABLE user_account (
  username       VARCHAR(100) NOT NULL PRIMARY KEY,
  password_hash  VARCHAR(100) NOT NULL,
  role           VARCHAR(20)  NOT NULL,
  municipality   CHAR(4)      NULL,
  network        VARCHAR(64)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
