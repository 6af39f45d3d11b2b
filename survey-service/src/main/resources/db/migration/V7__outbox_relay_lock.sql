-- One row that a relay locks before it claims outbox rows, so that only one relay of all the
-- instances sharing this schema publishes at a time. Two relays each claiming rows with SKIP LOCKED
-- could send a unit's or a round's successive states (same key, compacted topics) out of order, and
-- analytics keeps the last state it reads.
CREATE TABLE outbox_relay_lock (
  id TINYINT NOT NULL PRIMARY KEY
) ENGINE = InnoDB;

INSERT INTO outbox_relay_lock (id) VALUES (1);
