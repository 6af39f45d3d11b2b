package no.saman.survey.organisation.importing;

/** A unit as a file line (or the database) gives it, its service type as a code. */
public record ImportedUnit(String code, String name, String parent, int headcount, String type) {}
