package no.saman.survey.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentScreenerTest {

  @Test
  void shouldMaskEmailPhoneAndNationalIdentityNumbers() {
    String masked =
        CommentScreener.mask(
            "Kontakt ola.nordmann@kommune.no, +47 912 34 567, 41234567 eller 01017012345.");

    assertThat(masked)
        .isEqualTo(
            "Kontakt [e-post fjerna], [telefonnummer fjerna], [telefonnummer fjerna] eller"
                + " [fødselsnummer fjerna].");
  }

  @Test
  void shouldLeaveOrdinaryNumbersAlone() {
    assertThat(CommentScreener.mask("Eg jobbar 60 % og vil ha 80 % frå 2014."))
        .isEqualTo("Eg jobbar 60 % og vil ha 80 % frå 2014.");
  }
}
