package no.saman.analytics.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A municipality in one wave and its unit table (api.md), each group in the results shape.
 *
 * @param units every unit, parents first; absent for a network leader, who sees municipalities
 *     whole
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MunicipalityResult(
    String wave, GroupResult municipality, @Nullable List<GroupResult> units) {}
