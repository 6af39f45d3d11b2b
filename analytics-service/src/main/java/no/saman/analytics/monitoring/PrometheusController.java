package no.saman.analytics.monitoring;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/** Serves the Prometheus scrape at /metrics, the path api.md fixes for every service. */
@Controller("/metrics")
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
class PrometheusController {

  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;

  PrometheusController(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  @Get
  @Produces(PROMETHEUS_TEXT)
  String scrape() {
    return registry.scrape();
  }
}
