package no.saman.survey.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.survey.organisation.MunicipalityRepository;
import no.saman.survey.problem.ProblemException;

/** Signs users in with a JWT both services accept, and creates accounts. */
@Singleton
public class AccountService {

  private final UserAccountRepository accounts;
  private final MunicipalityRepository municipalities;
  private final JwtTokenGenerator tokens;
  private final int expirySeconds;

  public AccountService(
      UserAccountRepository accounts,
      MunicipalityRepository municipalities,
      JwtTokenGenerator tokens,
      @Value("${micronaut.security.token.jwt.generator.access-token.expiration:3600}")
          int expirySeconds) {
    this.accounts = accounts;
    this.municipalities = municipalities;
    this.tokens = tokens;
    this.expirySeconds = expirySeconds;
  }

  /** The same 401 for an unknown user and a wrong password, in the same time. */
  public AccountCommands.AccessToken login(AccountCommands.Login login) {
    UserAccount account = accounts.findById(login.username()).orElse(null);
    if (!Passwords.matches(login.password(), account == null ? null : account.passwordHash())) {
      throw new ProblemException(HttpStatus.UNAUTHORIZED, "Unknown user or wrong password.");
    }
    Map<String, Object> claims = new HashMap<>();
    if (account.municipality() != null) {
      claims.put(Scope.MUNICIPALITY_CLAIM, account.municipality());
    }
    if (account.network() != null) {
      claims.put(Scope.NETWORK_CLAIM, account.network());
    }
    Authentication who =
        Authentication.build(account.username(), List.of(account.role().name()), claims);
    String jwt =
        tokens
            .generateToken(who, expirySeconds)
            .orElseThrow(() -> new IllegalStateException("No JWT signature is configured"));
    return new AccountCommands.AccessToken(jwt, "Bearer", expirySeconds);
  }

  @Transactional
  public UserAccount create(AccountCommands.CreateUser command) {
    if (command.role() == Role.HR
        && (command.municipality() == null || !municipalities.existsById(command.municipality()))) {
      throw ProblemException.invalid("municipality", "HR needs an existing municipality");
    }
    if (command.role() == Role.NETWORK_LEADER && command.network() == null) {
      throw ProblemException.invalid("network", "a network leader needs a network");
    }
    if (accounts.existsById(command.username())) {
      throw new ProblemException(HttpStatus.CONFLICT, "The username is taken.");
    }
    return accounts.save(
        new UserAccount(
            command.username(),
            Passwords.hash(command.password()),
            command.role(),
            command.role() == Role.HR ? command.municipality() : null,
            command.role() == Role.NETWORK_LEADER ? command.network() : null));
  }
}
