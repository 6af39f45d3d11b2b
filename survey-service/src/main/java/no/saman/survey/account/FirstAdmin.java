package no.saman.survey.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first administrator from the environment when there are no accounts yet. There is no
 * default password: without SAMAN_ADMIN_PASSWORD nobody is created (local mode sets one). Safe when
 * several instances start together on an empty schema: the username is the key, and the insert
 * leaves an existing account alone.
 */
@Singleton
public class FirstAdmin implements ApplicationEventListener<StartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

  private final UserAccountRepository accounts;
  private final String username;
  private final String password;

  public FirstAdmin(
      UserAccountRepository accounts,
      @Value("${saman.admin.username:admin}") String username,
      @Value("${saman.admin.password:}") String password) {
    this.accounts = accounts;
    this.username = username;
    this.password = password;
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    if (accounts.count() > 0) {
      return;
    }
    if (password.isBlank()) {
      LOG.warn("No accounts and no SAMAN_ADMIN_PASSWORD: set it to create the first administrator");
      return;
    }
    createAdmin();
  }

  /** Creates the administrator unless another instance, starting at the same time, just did. */
  void createAdmin() {
    accounts.insertAdminIfAbsent(username, Passwords.hash(password));
    LOG.info("The first administrator '{}' is there", username);
  }
}
