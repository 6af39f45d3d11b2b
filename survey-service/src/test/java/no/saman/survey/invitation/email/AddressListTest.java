package no.saman.survey.invitation.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressListTest {

  @Test
  void shouldInviteEachAddressOnceAndSayWhyTheOthersAreRefused() {
    AddressList.Sorted sorted =
        AddressList.sort(
            List.of(
                " Kari@Fraena.no ", "kari@fraena.no", "ola@", "a b@c.no", "per@fraena.no", "x@y"),
            Set.of("per@fraena.no"));

    assertThat(sorted.valid()).containsExactly("kari@fraena.no");
    assertThat(sorted.refused())
        .extracting(AddressList.Refusal::error)
        .containsExactly(
            "given more than once",
            "not an e-mail address",
            "not an e-mail address",
            "already invited to this round",
            "not an e-mail address");
  }

  @Test
  void shouldReadTheFirstCellOfEachLineAndSkipAHeader() {
    assertThat(AddressList.lines("\uFEFFE-post;Namn\r\na@b.no;A\n\n c@d.no \n"))
        .containsExactly("a@b.no", "c@d.no");
    assertThat(AddressList.lines("a@b.no")).containsExactly("a@b.no");
  }
}
