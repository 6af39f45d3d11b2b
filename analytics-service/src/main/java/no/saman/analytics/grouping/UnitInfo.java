package no.saman.analytics.grouping;

/**
 * What the organisation topic says about a unit, as the group tree needs it.
 *
 * @param parent the parent unit's code, null for a top-level unit
 * @param headcount employees asked in the unit itself (not its sub-units)
 */
public record UnitInfo(
    String code, String name, String parent, long headcount, String serviceType) {}
