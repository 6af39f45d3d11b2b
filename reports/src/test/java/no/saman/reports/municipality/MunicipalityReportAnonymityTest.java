package no.saman.reports.municipality;

import static no.saman.reports.ReportExamples.fraena;
import static no.saman.reports.ReportExamples.renderer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.saman.reports.ReportFormat;
import no.saman.reports.group.GroupFigures;
import no.saman.reports.group.WaveFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MunicipalityReportAnonymityTest {

  private static final Locale NYNORSK = Locale.forLanguageTag("nn");

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void shouldRefuseASuppressedUnitCarryingAFigure(ReportFormat format) {
    MunicipalityReportModel model =
        withUnit(5, new GroupFigures("Kjøkenet", true, null, null, Map.of("hidden_fte", 0.4)));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer().renderMunicipalityReport(model, format, NYNORSK))
        .withMessageContaining("Kjøkenet")
        .withMessageContaining("suppressed but carries figures");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void shouldRefuseAShownUnitBelowTheThreshold(ReportFormat format) {
    MunicipalityReportModel model =
        withUnit(5, new GroupFigures("Kjøkenet", false, 4, 0.8, Map.of("hidden_fte", 0.4)));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer().renderMunicipalityReport(model, format, NYNORSK))
        .withMessageContaining("anonymity threshold (5)");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void shouldRefuseASingleSuppressedUnitThatSubtractionWouldReveal(ReportFormat format) {
    MunicipalityReportModel model = withTotalResponses(withoutUnit(6), 243 + 3);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer().renderMunicipalityReport(model, format, NYNORSK))
        .withMessageContaining("recovered by subtraction");
  }

  @Test
  void shouldRenderASingleSuppressedUnitWithoutResponses() {
    MunicipalityReportModel model = withTotalResponses(withoutUnit(6), 243);

    assertThat(renderer().renderMunicipalityReport(model, ReportFormat.CSV, NYNORSK)).isNotEmpty();
  }

  @Test
  void shouldRenderASingleSuppressedUnitPooledWithEnoughOfTheMunicipalitysOwnRespondents() {
    MunicipalityReportModel model = withTotalResponses(withoutUnit(6), 243 + 3 + 6);

    assertThat(renderer().renderMunicipalityReport(model, ReportFormat.CSV, NYNORSK)).isNotEmpty();
  }

  @Test
  void shouldRefuseASubUnitThatSubtractionFromItsShownParentWouldReveal() {
    MunicipalityReportModel fraena = fraena();
    List<GroupFigures> units = new ArrayList<>(fraena.units());
    units.add(new GroupFigures("Avdeling A", false, 54, 0.6, Map.of(), "Institusjonstenesta"));
    units.add(new GroupFigures("Avdeling B", true, null, null, Map.of(), "Institusjonstenesta"));
    MunicipalityReportModel model = copy(fraena, units);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer().renderMunicipalityReport(model, ReportFormat.CSV, NYNORSK))
        .withMessageContaining("Institusjonstenesta")
        .withMessageContaining("recovered by subtraction");
  }

  @Test
  void shouldRenderSubUnitsThatAddUpToTheirParent() {
    MunicipalityReportModel fraena = fraena();
    List<GroupFigures> units = new ArrayList<>(fraena.units());
    units.add(new GroupFigures("Avdeling A", false, 30, 0.6, Map.of(), "Institusjonstenesta"));
    units.add(new GroupFigures("Avdeling B", false, 27, 0.6, Map.of(), "Institusjonstenesta"));
    MunicipalityReportModel model = copy(fraena, units);

    assertThat(renderer().renderMunicipalityReport(model, ReportFormat.CSV, NYNORSK)).isNotEmpty();
  }

  @Test
  void shouldRefuseAParentThatIsNotAUnitOfTheReport() {
    MunicipalityReportModel fraena = fraena();
    List<GroupFigures> units = new ArrayList<>(fraena.units());
    units.add(new GroupFigures("Avdeling A", true, null, null, Map.of(), "Nowhere"));
    MunicipalityReportModel model = copy(fraena, units);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer().renderMunicipalityReport(model, ReportFormat.CSV, NYNORSK))
        .withMessageContaining("not a unit of the report");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void shouldRefuseASuppressedWaveOfTheTrendCarryingAFigure(ReportFormat format) {
    MunicipalityReportModel fraena = fraena();
    List<WaveFigures> trend = new ArrayList<>(fraena.trend());
    trend.set(0, new WaveFigures("2012-baseline", true, null, Map.of("avg_position_size", 68.9)));
    MunicipalityReportModel model =
        new MunicipalityReportModel(
            fraena.municipalityName(),
            fraena.municipalityCode(),
            fraena.roundTitle(),
            fraena.wave(),
            fraena.indicatorIds(),
            fraena.total(),
            fraena.units(),
            trend,
            fraena.generatedOn());

    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer().renderMunicipalityReport(model, format, NYNORSK))
        .withMessageContaining("2012-baseline");
  }

  private static MunicipalityReportModel withUnit(int index, GroupFigures unit) {
    MunicipalityReportModel fraena = fraena();
    List<GroupFigures> units = new ArrayList<>(fraena.units());
    units.set(index, unit);
    return copy(fraena, units);
  }

  private static MunicipalityReportModel withoutUnit(int index) {
    MunicipalityReportModel fraena = fraena();
    List<GroupFigures> units = new ArrayList<>(fraena.units());
    units.remove(index);
    return copy(fraena, units);
  }

  private static MunicipalityReportModel withTotalResponses(
      MunicipalityReportModel m, int responses) {
    GroupFigures total = m.total();
    return new MunicipalityReportModel(
        m.municipalityName(),
        m.municipalityCode(),
        m.roundTitle(),
        m.wave(),
        m.indicatorIds(),
        new GroupFigures(total.name(), false, responses, total.responseRate(), total.values()),
        m.units(),
        m.trend(),
        m.generatedOn());
  }

  private static MunicipalityReportModel copy(MunicipalityReportModel m, List<GroupFigures> units) {
    return new MunicipalityReportModel(
        m.municipalityName(),
        m.municipalityCode(),
        m.roundTitle(),
        m.wave(),
        m.indicatorIds(),
        m.total(),
        units,
        m.trend(),
        m.generatedOn());
  }
}
