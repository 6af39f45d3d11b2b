package no.saman.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "no.saman.reports", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule reportsTouchNoDatabaseAndNoFramework =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.sql..", "javax.sql..", "io.micronaut..", "jakarta.persistence..");

  @ArchTest
  static final ArchRule numberFormattingIsPlainJava =
      noClasses()
          .that()
          .resideInAPackage("no.saman.reports.format..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "net.sf.jasperreports..",
              "org.jfree..",
              "org.apache.poi..",
              "no.saman.reports.unit..");

  @ArchTest
  static final ArchRule tablesGoalsAndGroupsKnowNoJasper =
      noClasses()
          .that()
          .resideInAnyPackage(
              "no.saman.reports.table..", "no.saman.reports.goal..", "no.saman.reports.group..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("net.sf.jasperreports..", "org.jfree..", "no.saman.reports.jasper..");

  @ArchTest
  static final ArchRule onlyTheJasperPackageAndPdfWritersUseJasperReports =
      noClasses()
          .that()
          .resideOutsideOfPackage("no.saman.reports.jasper..")
          .and()
          .haveSimpleNameNotEndingWith("Pdf")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("net.sf.jasperreports..", "org.jfree..");

  @ArchTest
  static final ArchRule onlyTheTablePackageWritesWorkbooks =
      noClasses()
          .that()
          .resideOutsideOfPackage("no.saman.reports.table..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.poi..");
}
