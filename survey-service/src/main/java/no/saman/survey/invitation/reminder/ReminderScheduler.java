package no.saman.survey.invitation.reminder;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.saman.survey.invitation.email.EmailDelivery;
import no.saman.survey.invitation.email.EmailInvitation;
import no.saman.survey.invitation.email.EmailInvitationRepository;
import no.saman.survey.invitation.email.EmailInvitationService;
import no.saman.survey.invitation.email.SmtpMailer;
import no.saman.survey.round.SurveyRound;
import no.saman.survey.round.SurveyRoundRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every few minutes, by the service's clock: deletes the addresses of closed rounds, tries failed
 * e-mails again (up to the limit), and on weekdays 09–15 sends each round's due reminders, once per
 * send day however many instances run.
 */
@Singleton
public class ReminderScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

  /** A send day missed (the service was down) is still sent this many days later. */
  static final int GRACE_DAYS = 2;

  private final Clock clock;
  private final EmailInvitationRepository rows;
  private final ReminderScheduleRepository schedules;
  private final SurveyRoundRepository rounds;
  private final ReminderRuns runs;
  private final ReminderService reminders;
  private final EmailInvitationService emails;
  private final EmailDelivery delivery;
  private final SmtpMailer mailer;

  public ReminderScheduler(
      Clock clock,
      EmailInvitationRepository rows,
      ReminderScheduleRepository schedules,
      SurveyRoundRepository rounds,
      ReminderRuns runs,
      ReminderService reminders,
      EmailInvitationService emails,
      EmailDelivery delivery,
      SmtpMailer mailer) {
    this.clock = clock;
    this.rows = rows;
    this.schedules = schedules;
    this.rounds = rounds;
    this.runs = runs;
    this.reminders = reminders;
    this.emails = emails;
    this.delivery = delivery;
    this.mailer = mailer;
  }

  @Scheduled(
      fixedDelay = "${survey.mail.check-every:5m}",
      initialDelay = "${survey.mail.check-every:5m}")
  void tick() {
    try {
      runAt(ZonedDateTime.now(clock));
    } catch (RuntimeException e) {
      LOG.warn("Reminder check failed; trying again at the next one", e);
    }
  }

  /** One check at {@code now} (in the service's zone); returns the rounds reminded. */
  public List<String> runAt(ZonedDateTime now) {
    LocalDate today = now.toLocalDate();
    int deleted = rows.deleteOfClosedRounds(today);
    if (deleted > 0) {
      LOG.info("Deleted {} e-mail addresses of closed rounds", deleted);
    }
    if (!mailer.configured()) {
      return List.of();
    }
    rows.releaseInterrupted(today);
    retryFailed(today);
    if (!ReminderWindow.isOpen(now.toLocalDateTime())) {
      return List.of();
    }
    List<String> reminded = new ArrayList<>();
    for (ReminderSchedule schedule : schedules.findAll()) {
      Optional<SurveyRound> round = rounds.findById(schedule.roundId());
      if (round.isPresent()
          && round.get().acceptsAnswersOn(today)
          && claimDue(round.get(), schedule, today)) {
        var sent = reminders.remind(round.get());
        LOG.info(
            "Scheduled reminder of round {}: {} sent, {} refused",
            schedule.roundId(),
            sent.sent(),
            sent.refused().size());
        reminded.add(schedule.roundId());
      }
    }
    return reminded;
  }

  /** Claims every send day now due; true if this caller claimed at least one. */
  private boolean claimDue(SurveyRound round, ReminderSchedule schedule, LocalDate today) {
    boolean claimed = false;
    for (LocalDate day : schedule.plan().sendDays(round.opens(), round.closes())) {
      if (!day.isAfter(today) && !day.isBefore(today.minusDays(GRACE_DAYS))) {
        claimed |= runs.claim(round.id(), day);
      }
    }
    return claimed;
  }

  private void retryFailed(LocalDate today) {
    Map<String, List<EmailInvitation>> byRound = new LinkedHashMap<>();
    for (EmailInvitation row : rows.toRetry(emails.maxAttempts())) {
      if (rows.claim(row.tokenHash(), EmailInvitation.FAILED, today) == 1) {
        byRound.computeIfAbsent(row.roundId(), r -> new ArrayList<>()).add(row);
      }
    }
    byRound.forEach(
        (roundId, claimed) ->
            rounds
                .findById(roundId)
                .ifPresent(round -> delivery.deliver(claimed, emails.texts(round))));
  }
}
