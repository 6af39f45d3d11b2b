package no.saman.survey.instrument;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;

/** Lists the instrument catalogue with texts in nn, nb and en. */
@Controller("/api/instruments")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class InstrumentController {

  private final InstrumentCatalogue catalogue;

  public InstrumentController(InstrumentCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Get
  public List<Module> list() {
    return catalogue.modules();
  }
}
