-- Saved, unsubmitted answers, keyed by the link token's hash so a respondent can resume; deleted in
-- the transaction that stores the response, so that nothing ties a used token to its answers.
CREATE TABLE draft (
  token_hash  BINARY(32)  NOT NULL PRIMARY KEY,
  body        MEDIUMTEXT  NOT NULL,
  CONSTRAINT fk_draft_invitation FOREIGN KEY (token_hash) REFERENCES invitation (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
