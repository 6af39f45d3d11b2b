package no.saman.survey.organisation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import no.saman.survey.organisation.importing.ImportResult;

/**
 * The problem+json answer to an import with rejected lines, which stored nothing: the same members
 * as a successful import's answer (RFC 9457 extension members), so the console shows both alike.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UnitImportProblem(
    String type,
    String title,
    int status,
    String detail,
    int created,
    int updated,
    int unchanged,
    List<String> missing,
    List<ImportResult.Rejected> rejected,
    List<ImportResult.Line> lines) {

  static UnitImportProblem of(ImportResult r) {
    return new UnitImportProblem(
        "about:blank",
        "Unprocessable Entity",
        422,
        r.rejected().size()
            + " problem(s) in the file, so nothing was stored; fix them and import"
            + " again",
        r.created(),
        r.updated(),
        r.unchanged(),
        r.missing(),
        r.rejected(),
        r.lines());
  }
}
