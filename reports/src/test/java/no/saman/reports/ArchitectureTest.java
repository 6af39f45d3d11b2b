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
          .resideInAnyPackage("net.sf.jasperreports..", "org.jfree..", "no.saman.reports.unit..");
}
