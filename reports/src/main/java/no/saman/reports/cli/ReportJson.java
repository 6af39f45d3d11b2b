package no.saman.reports.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import no.saman.reports.municipality.MunicipalityReportModel;
import no.saman.reports.network.NetworkReportModel;
import no.saman.reports.unit.UnitReportModel;

/**
 * Reads report models from JSON named as the records' components, rejecting unknown properties so
 * that a misspelt field fails instead of silently printing nothing; a model without {@code
 * generatedOn} is dated today in the municipality's zone ({@code SAMAN_TIME_ZONE}, Europe/Oslo).
 */
public final class ReportJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private ReportJson() {}

  public static UnitReportModel unit(Path file) throws IOException {
    UnitReportModel m = MAPPER.readValue(file.toFile(), UnitReportModel.class);
    if (m.generatedOn() != null) {
      return m;
    }
    return new UnitReportModel(
        m.municipalityName(),
        m.unitName(),
        m.roundTitle(),
        m.wave(),
        m.suppressed(),
        m.responses(),
        m.responseRate(),
        m.indicators(),
        m.positionSizes(),
        today(),
        m.serviceType(),
        m.previousWave(),
        m.competenceUse(),
        m.leadershipItems(),
        m.scaleIndices(),
        m.goals(),
        m.comments());
  }

  public static MunicipalityReportModel municipality(Path file) throws IOException {
    MunicipalityReportModel m = MAPPER.readValue(file.toFile(), MunicipalityReportModel.class);
    if (m.generatedOn() != null) {
      return m;
    }
    return new MunicipalityReportModel(
        m.municipalityName(),
        m.municipalityCode(),
        m.roundTitle(),
        m.wave(),
        m.indicatorIds(),
        m.total(),
        m.units(),
        m.trend(),
        today());
  }

  public static NetworkReportModel network(Path file) throws IOException {
    NetworkReportModel m = MAPPER.readValue(file.toFile(), NetworkReportModel.class);
    if (m.generatedOn() != null) {
      return m;
    }
    return new NetworkReportModel(
        m.networkName(),
        m.theme(),
        m.wave(),
        m.indicatorIds(),
        m.municipalities(),
        m.networkMean(),
        m.allParticipants(),
        m.allParticipantsMunicipalities(),
        m.networkMeanTrend(),
        today(),
        m.networkMeanMunicipalities());
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of(System.getenv().getOrDefault("SAMAN_TIME_ZONE", "Europe/Oslo")));
  }
}
