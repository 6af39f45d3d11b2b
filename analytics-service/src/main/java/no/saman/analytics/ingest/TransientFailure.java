package no.saman.analytics.ingest;

/** A batch could not be stored for a reason that may pass (the database is away or busy). */
class TransientFailure extends Exception {

  TransientFailure(Throwable cause) {
    super(cause.getMessage(), cause);
  }
}
