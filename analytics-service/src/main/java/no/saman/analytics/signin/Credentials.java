package no.saman.analytics.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A sign-in as the page sends it; passed on to survey-service, which checks it and names what is
 * missing.
 */
@Serdeable
public record Credentials(@Nullable String username, @Nullable String password) {}
