-- The round's place in survey-service's creation order, from the rounds topic: the tie-break between
-- rounds of the same wave year and season. Arrival order cannot be it, since round events are keyed
-- by round id and two rounds created together may arrive in either order. Null for rounds known only
-- from their responses and for events published before survey-service sent it.
ALTER TABLE survey_round ADD COLUMN created BIGINT NULL;
