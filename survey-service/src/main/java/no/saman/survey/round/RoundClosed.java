package no.saman.survey.round;

/**
 * Published inside the transaction that closes a round, so that whatever must end with the round
 * (the invitees' e-mail addresses) ends in the same commit.
 */
public record RoundClosed(String roundId) {}
