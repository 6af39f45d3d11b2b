package no.saman.survey.invitation.reminder;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import no.saman.survey.account.Scope;
import no.saman.survey.invitation.InvitationService;
import no.saman.survey.invitation.email.EmailCommands;
import no.saman.survey.problem.Problem;
import no.saman.survey.problem.ProblemException;
import no.saman.survey.round.RoundService;
import no.saman.survey.round.SurveyRound;

/** Reminders now, and the round's reminder schedule: admins, and HR of its municipality. */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/rounds/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ReminderController {

  private final ReminderService reminders;
  private final RoundService rounds;
  private final InvitationService invitations;
  private final ReminderScheduleRepository schedules;
  private final ReminderRuns runs;

  public ReminderController(
      ReminderService reminders,
      RoundService rounds,
      InvitationService invitations,
      ReminderScheduleRepository schedules,
      ReminderRuns runs) {
    this.reminders = reminders;
    this.rounds = rounds;
    this.invitations = invitations;
    this.schedules = schedules;
    this.runs = runs;
  }

  @Post("/reminders")
  public EmailCommands.RemindersSent remind(Authentication who, String id) {
    scoped(who, id);
    return reminders.remindNow(id);
  }

  @Get("/reminder-schedule")
  public ScheduleCommands.Schedule schedule(Authentication who, String id) {
    return view(scoped(who, id));
  }

  @Put("/reminder-schedule")
  @Transactional
  public ScheduleCommands.Schedule setSchedule(
      Authentication who, String id, @Body ScheduleCommands.SetSchedule body) {
    SurveyRound round = scoped(who, id);
    if (invitations.closed(round)) {
      throw new ProblemException(HttpStatus.CONFLICT, "The round is closed: no more reminders.");
    }
    ReminderPlan plan = body.plan();
    List<no.saman.survey.problem.Problem.FieldError> errors =
        new ArrayList<>(plan.check(round.opens(), round.closes()));
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    ReminderSchedule row = ReminderSchedule.of(id, plan);
    if (schedules.existsById(id)) {
      schedules.update(row);
    } else {
      schedules.save(row);
    }
    return view(round);
  }

  private ScheduleCommands.Schedule view(SurveyRound round) {
    ReminderPlan plan =
        schedules
            .findById(round.id())
            .map(ReminderSchedule::plan)
            .orElse(new ReminderPlan(List.of(), false, List.of()));
    return new ScheduleCommands.Schedule(
        round.id(),
        plan.days(),
        plan.halfway(),
        plan.daysBeforeDeadline(),
        List.copyOf(plan.sendDays(round.opens(), round.closes())),
        runs.days(round.id()));
  }

  private SurveyRound scoped(Authentication who, String id) {
    SurveyRound round = rounds.find(id);
    Scope.requireMunicipality(who, round.municipality());
    return round;
  }
}
