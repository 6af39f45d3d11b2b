package no.saman.survey.instrument;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** The body of {@code PUT /api/instruments/{module}}: names, items and indices. */
@Serdeable
public record ModuleDefinition(
    @Nullable Map<String, String> names,
    @Nullable List<Item> items,
    @Nullable List<Module.Index> indices) {}
