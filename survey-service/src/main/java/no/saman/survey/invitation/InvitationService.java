package no.saman.survey.invitation;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.saman.survey.organisation.Municipality;
import no.saman.survey.organisation.MunicipalityRepository;
import no.saman.survey.organisation.Unit;
import no.saman.survey.organisation.UnitRepository;
import no.saman.survey.problem.Problem.FieldError;
import no.saman.survey.problem.ProblemException;
import no.saman.survey.round.RoundService;
import no.saman.survey.round.SurveyRound;

/**
 * Issues one-time links for a unit of a round: as JSON here, and checked, made and stored for the
 * letters, the link CSV and the e-mails.
 */
@Singleton
public class InvitationService {

  private final RoundService rounds;
  private final UnitRepository units;
  private final MunicipalityRepository municipalities;
  private final InvitationRepository invitations;
  private final Clock clock;
  private final String publicUrl;
  private final int maxPerRequest;

  public InvitationService(
      RoundService rounds,
      UnitRepository units,
      MunicipalityRepository municipalities,
      InvitationRepository invitations,
      Clock clock,
      @Value("${survey.public-url}") String publicUrl,
      @Value("${survey.invitations.max-per-request:2000}") int maxPerRequest) {
    this.rounds = rounds;
    this.units = units;
    this.municipalities = municipalities;
    this.invitations = invitations;
    this.clock = clock;
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    this.maxPerRequest = maxPerRequest;
  }

  /** Issues links for a unit of an open round: the same checks as the letters and the CSV. */
  @Transactional
  public InvitationCommands.IssuedInvitations issue(
      String roundId, InvitationCommands.CreateInvitations command) {
    IssuableRound target = issuable(roundId, command.unit(), String.valueOf(command.count()));
    List<String> tokens = newTokens(target.count());
    store(target, tokens);
    List<String> links = tokens.stream().map(this::link).toList();
    return new InvitationCommands.IssuedInvitations(command.unit(), tokens, links);
  }

  /**
   * Checks that {@code roundId} may hand out {@code count} more links for {@code unitCode}: 404 for
   * an unknown round, 400 naming {@code unit} or {@code count}, 409 once the round is closed (by
   * status or because its last day has passed).
   */
  public IssuableRound issuable(String roundId, String unitCode, String count) {
    SurveyRound round = rounds.find(roundId);
    List<FieldError> errors = new ArrayList<>();
    int parsed = parseCount(count, errors);
    Unit unit = null;
    if (unitCode == null || unitCode.isBlank()) {
      errors.add(new FieldError("unit", "is required"));
    } else {
      unit = units.findById(new Unit.Key(round.municipality(), unitCode)).orElse(null);
      if (unit == null) {
        errors.add(new FieldError("unit", "is not a unit of municipality " + round.municipality()));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    if (closed(round)) {
      throw new ProblemException(
          HttpStatus.CONFLICT,
          "The round closed on " + round.closes() + ": it hands out no more links.",
          List.of(new FieldError("id", "round is closed")));
    }
    Municipality municipality = municipalities.findById(round.municipality()).orElseThrow();
    return new IssuableRound(round, municipality, unit, parsed);
  }

  /** Whether the round takes no more answers: closed, or its last day is over in the zone. */
  public boolean closed(SurveyRound round) {
    return SurveyRound.CLOSED.equals(round.status())
        || round.closes().isBefore(LocalDate.now(clock));
  }

  /** The most links one request may ask for. */
  public int maxPerRequest() {
    return maxPerRequest;
  }

  /** {@code count} new tokens, not yet stored. */
  public static List<String> newTokens(int count) {
    List<String> tokens = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      tokens.add(LinkTokens.newToken());
    }
    return tokens;
  }

  /** Stores the hashes of {@code tokens} as unused invitations of the round's unit. */
  @Transactional
  public void store(IssuableRound target, List<String> tokens) {
    invitations.saveAll(
        tokens.stream()
            .map(
                t ->
                    new Invitation(
                        LinkTokens.hash(t).orElseThrow(),
                        target.round().id(),
                        target.unit().key().code(),
                        false))
            .toList());
  }

  /** The respondent link of a token. */
  public String link(String token) {
    return publicUrl + "/s/" + token;
  }

  private int parseCount(String count, List<FieldError> errors) {
    String message = "must be a whole number from 1 to " + maxPerRequest;
    try {
      int parsed = Integer.parseInt(count == null ? "" : count.trim());
      if (parsed >= 1 && parsed <= maxPerRequest) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new FieldError("count", message));
    return 0;
  }
}
