package no.saman.survey.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** An account row: the password only as a bcrypt hash, the scope by role. */
@MappedEntity("user_account")
public record UserAccount(
    @Id String username,
    @MappedProperty("password_hash") String passwordHash,
    Role role,
    @Nullable String municipality,
    @Nullable String network) {}
