-- Invitations by e-mail and their reminders (V20, clear of other branches' next numbers).
-- Privacy: an address is kept only here, beside its token's hash, until its round closes (then the
-- rows are deleted). Nothing here joins a response: a response row holds no token and no time of
-- day, and these tables hold no response id, no auto-increment and no time finer than a date.
-- sealed_token is the token encrypted with the service's key, so that a reminder can carry the
-- same link again; the database alone never holds a usable link.
CREATE TABLE email_invitation (
  token_hash    BINARY(32)      NOT NULL PRIMARY KEY,
  round_id      CHAR(36)        NOT NULL,
  address       VARCHAR(254)    NOT NULL,
  sealed_token  VARBINARY(128)  NOT NULL,
  -- sending (claimed by one sender), sent, failed (to be retried), bounced (refused by SMTP)
  state         VARCHAR(10)     NOT NULL,
  sent_count    INT             NOT NULL DEFAULT 0,
  last_sent_on  DATE            NULL,
  attempts      INT             NOT NULL DEFAULT 0,
  attempted_on  DATE            NULL,
  error         VARCHAR(500)    NULL,
  UNIQUE KEY uq_email_invitation_address (round_id, address),
  CONSTRAINT fk_email_invitation_token FOREIGN KEY (token_hash) REFERENCES invitation (token_hash)
    ON DELETE CASCADE,
  CONSTRAINT fk_email_invitation_round FOREIGN KEY (round_id) REFERENCES survey_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When a round's reminders are due: fixed days, halfway through the window, days before the deadline.
CREATE TABLE reminder_schedule (
  round_id              CHAR(36)      NOT NULL PRIMARY KEY,
  days                  VARCHAR(400)  NOT NULL,
  halfway               BOOLEAN       NOT NULL,
  days_before_deadline  VARCHAR(200)  NOT NULL,
  CONSTRAINT fk_reminder_schedule_round FOREIGN KEY (round_id) REFERENCES survey_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per round and due day, inserted by the sender that claims it: a day is sent once, across
-- restarts and instances.
CREATE TABLE reminder_run (
  round_id  CHAR(36)  NOT NULL,
  due_on    DATE      NOT NULL,
  PRIMARY KEY (round_id, due_on),
  CONSTRAINT fk_reminder_run_round FOREIGN KEY (round_id) REFERENCES survey_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
