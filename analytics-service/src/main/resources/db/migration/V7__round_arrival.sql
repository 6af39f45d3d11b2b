-- The order in which rounds first arrived (their creation order as the rounds topic told it): the
-- last tie-break between rounds of the same wave year and season, so that "the previous round" is
-- never chosen by a random round id. Existing rows are numbered in id order.
ALTER TABLE survey_round ADD COLUMN arrival BIGINT NOT NULL AUTO_INCREMENT UNIQUE;
