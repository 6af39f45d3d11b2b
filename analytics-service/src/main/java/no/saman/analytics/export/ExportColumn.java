package no.saman.analytics.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * One column of an export as its codebook describes it.
 *
 * @param name safe for R, SPSS and Excel: letters, digits and underscores, starting with a letter
 * @param kind {@code group}, {@code background} (a quasi-identifier, coarsened or NA where needed),
 *     {@code item}, {@code choice} (one 0/1 column per choice of a multi item), {@code derived} or
 *     {@code index}
 * @param type {@code integer}, {@code number} (decimal point) or {@code text}
 * @param texts the question in nn, nb and en, for an item
 * @param values the values a text column takes (before any coarsening)
 * @param coarse each value's coarser category, for a background column
 * @param items the items an index is the mean of (reversed ones scored min + max − x)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExportColumn(
    String name,
    String kind,
    String type,
    @Nullable String description,
    @Nullable String item,
    @Nullable String module,
    @Nullable Map<String, String> texts,
    @Nullable String scale,
    @Nullable Integer min,
    @Nullable Integer max,
    @Nullable Boolean reverse,
    @Nullable List<String> values,
    @Nullable Map<String, String> coarse,
    @Nullable List<String> items,
    @Nullable Integer minAnswered) {

  ExportColumn withValues(List<String> choices) {
    return new ExportColumn(
        name,
        kind,
        type,
        description,
        item,
        module,
        texts,
        scale,
        min,
        max,
        reverse,
        List.copyOf(choices),
        coarse,
        items,
        minAnswered);
  }

  static ExportColumn plain(String name, String kind, String type, String description) {
    return new ExportColumn(
        name,
        kind,
        type,
        description,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
