package no.saman.analytics.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A unit of a municipality's tree as last announced on the organisation topic.
 *
 * @param id the topic key, {@code <municipality>/<code>}
 * @param parent the parent unit's code, null for a top-level unit
 * @param headcount employees asked, for response rates
 */
@MappedEntity("org_unit")
public record OrgUnit(
    @Id String id,
    String municipality,
    String code,
    String name,
    @Nullable String parent,
    int headcount,
    String serviceType) {

  /** The id of a unit in the organisation copy, the same as its key on the topic. */
  public static String idOf(String municipality, String code) {
    return municipality + "/" + code;
  }
}
