package no.saman.web.problem;

/** One field of a request that was not valid: its JSON path and what it should have held. */
public record InvalidField(String name, String reason) {}
