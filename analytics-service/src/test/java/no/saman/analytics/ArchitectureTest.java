package no.saman.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import no.saman.analytics.anonymity.AnonymityGuard;
import no.saman.analytics.anonymity.AnonymityThreshold;
import no.saman.analytics.anonymity.CommentScreen;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.anonymity.GroupTable;
import no.saman.analytics.anonymity.Verdicts;
import no.saman.analytics.export.Background;
import no.saman.analytics.export.ReleasePlan;
import no.saman.analytics.results.TableView;
import no.saman.analytics.statistics.GroupStatistics;
import no.saman.analytics.statistics.Measures;
import no.saman.analytics.statistics.ResponseMeasures;
import no.saman.analytics.statistics.Segment;
import no.saman.analytics.statistics.SufficientStats;
import no.saman.analytics.statistics.UnitCell;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static final JavaClasses SERVICE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("no.saman.analytics");

  private static final String[] FRAMEWORKS = {
    "io.micronaut..",
    "jakarta..",
    "java.sql..",
    "javax.sql..",
    "org.apache.kafka..",
    "com.fasterxml.."
  };

  @Test
  void shouldKeepTheMathsFreeOfFrameworks() {
    noClasses()
        .that()
        .resideInAnyPackage("..indicator..", "..instrument..", "..grouping..")
        .or()
        .belongToAnyOf(
            SufficientStats.class,
            ResponseMeasures.class,
            GroupStatistics.class,
            Measures.class,
            Segment.class,
            UnitCell.class,
            AnonymityThreshold.class,
            AnonymityGuard.class,
            GroupTable.class,
            Verdicts.class,
            CommentScreen.class,
            Disclosure.class,
            TableView.class,
            ReleasePlan.class,
            Background.class)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS)
        .check(SERVICE);
  }

  @Test
  void shouldLetOnlyTheAnonymityPackageDeclareAGroupShowable() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..anonymity..")
        .should()
        .callConstructor(Disclosure.Shown.class, long.class, Object.class)
        .check(SERVICE);
  }

  @Test
  void shouldKeepEventTypesOutOfResultsAndReports() {
    noClasses()
        .that()
        .resideInAnyPackage("..results..", "..report..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..ingest..")
        .check(SERVICE);
  }
}
