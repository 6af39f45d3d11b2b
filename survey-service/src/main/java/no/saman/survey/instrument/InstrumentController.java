package no.saman.survey.instrument;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.List;

/** Lists the instrument catalogue with texts in nn, nb and en. */
@Controller("/api/instruments")
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
