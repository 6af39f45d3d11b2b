package no.saman.analytics.catalog;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.ReadOnly;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import no.saman.analytics.indicator.IndicatorCatalogue;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.round.InstrumentStore;

/**
 * The indicator catalogue: every fixed indicator and every index of the instruments rounds have
 * run, with names and exact definitions.
 */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/indicators")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class IndicatorController {

  private final InstrumentStore instruments;

  IndicatorController(InstrumentStore instruments) {
    this.instruments = instruments;
  }

  @Get
  @ReadOnly
  List<IndicatorEntry> indicators() {
    return IndicatorCatalogue.all(instruments.modulesWithIndices()).stream()
        .map(IndicatorEntry::of)
        .toList();
  }
}
