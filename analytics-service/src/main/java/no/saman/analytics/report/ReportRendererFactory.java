package no.saman.analytics.report;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import no.saman.analytics.anonymity.AnonymityThreshold;
import no.saman.reports.ReportRenderer;

/**
 * One renderer for the whole service: it loads its templates when created (on the first report) and
 * guards the same anonymity and comment thresholds as the API.
 */
@Factory
class ReportRendererFactory {

  @Singleton
  ReportRenderer reportRenderer(AnonymityThreshold threshold) {
    return new ReportRenderer(threshold.k(), threshold.commentK());
  }
}
