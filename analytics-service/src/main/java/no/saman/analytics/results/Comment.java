package no.saman.analytics.results;

/**
 * A screened free-text comment and the module it was written in; the API shows the text only.
 *
 * @param module the instrument module, e.g. HEILTID
 */
public record Comment(String module, String text) {}
