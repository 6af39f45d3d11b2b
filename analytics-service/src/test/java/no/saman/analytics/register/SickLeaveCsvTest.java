package no.saman.analytics.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SickLeaveCsvTest {

  private static final String HEADER =
      "unit;period;agreed_days;lost_days_self_certified;lost_days_doctor_certified;"
          + "lost_days_short;lost_days_long;headcount_3y;long_term_healthy\n";
  private static final Set<String> UNITS = Set.of("A", "B");

  @Test
  void shouldReadGoodLinesWithDecimalCommasUnderASemicolonHeader() {
    SickLeaveCsv.Parsed parsed =
        SickLeaveCsv.parse(
            HEADER + "A;2013Q2;5000;100;300;150;250;20;8\nB;2013Q2;5000,5;50;350;200;200;4;1\n",
            UNITS);

    assertThat(parsed.rejected()).isEmpty();
    assertThat(parsed.accepted()).extracting(SickLeaveCsv.Line::line).containsExactly(2, 3);
    SickLeave b = parsed.accepted().get(1).figures();
    assertThat(b.agreedDays()).isCloseTo(5000.5, within(1e-9));
    assertThat(b.longTermHealthy()).isEqualTo(1);
  }

  @Test
  void shouldNameEveryProblemOfEveryBadLine() {
    SickLeaveCsv.Parsed parsed =
        SickLeaveCsv.parse(
            HEADER
                + "X;2013Q2;100;1;1;1;1;1;1\n"
                + "A;2013Q5;100;1;1;1;1;1;1\n"
                + "A;2013Q3;100;80;40;60;60;3;4\n"
                + "A;2013Q4;100;1;1;1;1\n"
                + "B;2013Q4;100;1;1;1;1;1;1\n"
                + "B;2013Q4;100;1;1;1;2;1;x\n",
            UNITS);

    assertThat(parsed.accepted()).extracting(SickLeaveCsv.Line::line).containsExactly(6);
    assertThat(parsed.rejected())
        .extracting(SickLeaveCsv.Rejected::line)
        .containsExactly(2, 3, 4, 5, 7);
    assertThat(parsed.rejected().get(0).error())
        .isEqualTo("unit: is not a unit of the municipality");
    assertThat(parsed.rejected().get(1).error()).contains("period: must be a quarter");
    assertThat(parsed.rejected().get(2).error())
        .contains("exceed the agreed days")
        .contains("cannot exceed headcount_3y");
    assertThat(parsed.rejected().get(3).error()).contains("has 7 fields, the header 9");
    assertThat(parsed.rejected().get(4).error())
        .contains("short and long must add up")
        .contains("long_term_healthy: must be a whole number")
        .contains("another line for 2013Q4");
  }

  @Test
  void shouldRefuseAFileWhoseHeaderLacksColumns() {
    assertThat(SickLeaveCsv.parse("unit,period,agreed_days\nA,2013Q1,5\n", UNITS).header())
        .contains("lost_days_self_certified")
        .contains("long_term_healthy");
    assertThat(SickLeaveCsv.parse("", UNITS).header()).contains("empty");
  }

  @Test
  void shouldGiveVefsnsSickLeaveAndPresence() {
    // Vefsn's goal of 6.9 %: 690 of 10 000 agreed days lost.
    var figures = RegisterIndicators.of(new SickLeave(10_000, 190, 500, 240, 450, 120, 30));

    assertThat(figures.get("sick_leave_pct").value()).isCloseTo(6.9, within(1e-12));
    assertThat(figures.get("presence_pct").value()).isCloseTo(93.1, within(1e-12));
    assertThat(figures.get("sick_leave_self_certified_pct").value()).isCloseTo(1.9, within(1e-12));
    assertThat(figures.get("sick_leave_long_pct").value()).isCloseTo(4.5, within(1e-12));
    assertThat(figures.get("long_term_healthy_share").value()).isEqualTo(0.25);
    assertThat(figures.get("long_term_healthy_share").basis()).isEqualTo(120);
  }
}
