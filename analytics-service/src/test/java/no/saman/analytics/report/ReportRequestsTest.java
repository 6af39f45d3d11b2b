package no.saman.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import no.saman.analytics.problem.Problem.InvalidParam;
import no.saman.analytics.problem.ProblemException;
import no.saman.reports.ReportFormat;
import org.junit.jupiter.api.Test;

class ReportRequestsTest {

  @Test
  void shouldReadEveryFormatAndLanguageAndDefaultToPdfInTheMunicipalitysLanguage() {
    assertThat(UnitReportRequest.parse("r1", "u1", null, null))
        .isEqualTo(new UnitReportRequest("r1", "u1", ReportFormat.PDF, null, "K1", null));
    assertThat(UnitReportRequest.parse("r1", "u1", "pdf", null, "N6", " 12.5"))
        .isEqualTo(new UnitReportRequest("r1", "u1", ReportFormat.PDF, null, "N6", 12.5));
    assertThat(MunicipalityReportRequest.parse("1551", "2026-autumn", "XLSX", "nb"))
        .isEqualTo(
            new MunicipalityReportRequest(
                "1551", "2026-autumn", ReportFormat.XLSX, Locale.forLanguageTag("nb"), "K1", null));
    assertThat(NetworkReportRequest.parse("romsdal", null, "csv", "en").format())
        .isEqualTo(ReportFormat.CSV);
  }

  @Test
  void shouldNameEveryBadParameterOnceInTheirOrder() {
    ProblemException problem =
        catchThrowableOfType(
            ProblemException.class,
            () -> MunicipalityReportRequest.parse("15510", "Haust 2026", "docx", "sv"));

    assertThat(problem.problem().errors())
        .extracting(InvalidParam::name)
        .containsExactly("municipality", "wave", "format", "lang");
    assertThat(problem.problem().status()).isEqualTo(400);
  }

  @Test
  void shouldNameAnUnknownOutcomeAndANeedThatIsNoPositiveNumber() {
    for (String need : new String[] {"0", "-3", "fem", "NaN", "100001"}) {
      ProblemException problem =
          catchThrowableOfType(
              ProblemException.class,
              () -> MunicipalityReportRequest.parse("1551", null, null, null, "K9", need));

      assertThat(problem.problem().errors())
          .extracting(InvalidParam::name)
          .containsExactly("outcome", "need");
    }
    assertThat(
            catchThrowableOfType(
                    ProblemException.class,
                    () -> UnitReportRequest.parse("r1", "u1", null, null, "wants_larger", "1e9"))
                .problem()
                .errors())
        .extracting(InvalidParam::name)
        .containsExactly("need");
  }

  @Test
  void shouldRequireTheNetworkAndTheUnitsRoundAndCode() {
    assertThat(
            catchThrowableOfType(
                    ProblemException.class, () -> NetworkReportRequest.parse(" ", null, null, null))
                .problem()
                .errors())
        .extracting(InvalidParam::name)
        .containsExactly("network");
    assertThat(
            catchThrowableOfType(
                    ProblemException.class, () -> UnitReportRequest.parse(null, "", null, null))
                .problem()
                .errors())
        .extracting(InvalidParam::name)
        .containsExactly("round", "unit");
  }

  @Test
  void shouldMakeFileNamesSafeForHeadersAndFileSystems() {
    assertThat(ReportFile.name("unit-report", "r-1\"; x", "../etc/passwd"))
        .isEqualTo("unit-report-r-1___x-.._etc_passwd")
        .matches("[A-Za-z0-9._-]+");
    assertThat(ReportFile.name("network-report", "nett\r\nverk", "2026-haust"))
        .isEqualTo("network-report-nett__verk-2026-haust");
    assertThat(ReportFile.name("unit-report", "x".repeat(300))).hasSize(120);
  }
}
