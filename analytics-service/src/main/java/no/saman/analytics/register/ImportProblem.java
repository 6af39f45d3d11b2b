package no.saman.analytics.register;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The problem+json answer to a file with bad lines that was stored not at all, carrying the same
 * {@code accepted} and {@code rejected} members as a successful import (RFC 9457 extension
 * members).
 */
@Serdeable
public record ImportProblem(
    String type,
    String title,
    int status,
    String detail,
    int accepted,
    List<ImportResult.RejectedLine> rejected) {}
