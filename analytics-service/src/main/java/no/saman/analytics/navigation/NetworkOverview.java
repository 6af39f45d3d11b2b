package no.saman.analytics.navigation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A network as its leader picks from it: the members and the waves any of them ran a round in,
 * earliest first.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkOverview(
    String id,
    String name,
    String theme,
    @Nullable String leader,
    List<RoundList.MunicipalityInfo> members,
    List<String> waves) {}
