package no.saman.survey.response;

import java.util.concurrent.CompletableFuture;

/**
 * A validated response waiting for its batch: what it writes, and the answer its request gets once
 * the batch has committed (or failed).
 */
record PendingResponse(
    byte[] tokenHash,
    StoredResponse row,
    String municipality,
    String eventJson,
    Receipt receipt,
    CompletableFuture<Receipt> answer) {}
