package no.saman.reports.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import no.saman.reports.unit.UnitReportModel;

/**
 * Reads a {@link UnitReportModel} from JSON named as the record's components, rejecting unknown
 * properties so that a misspelt field fails instead of silently printing nothing.
 */
public final class UnitReportJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private UnitReportJson() {}

  /** The model in {@code file}, dated today when it has no {@code generatedOn}. */
  public static UnitReportModel read(Path file) throws IOException {
    UnitReportModel model = MAPPER.readValue(file.toFile(), UnitReportModel.class);
    if (model.generatedOn() != null) {
      return model;
    }
    return new UnitReportModel(
        model.municipalityName(),
        model.unitName(),
        model.roundTitle(),
        model.wave(),
        model.suppressed(),
        model.responses(),
        model.responseRate(),
        model.indicators(),
        model.positionSizes(),
        LocalDate.now());
  }
}
