package no.saman.reports.goal;

import java.util.List;

/**
 * A measure (tiltak) taken towards a goal, as the network report lists it per member.
 *
 * @param status planned, ongoing, delayed, done or stopped
 * @param ends yyyy-mm-dd, null while open-ended
 * @param partners each partner's name, e.g. "Fagforbundet", null where only the role is given
 * @param partnerRoles union, safety_representative … one per partner, in the same order
 */
public record GoalAction(
    String title,
    String owner,
    String status,
    String starts,
    String ends,
    List<String> partnerRoles,
    List<String> partners,
    int milestonesDone,
    int milestones) {

  public GoalAction {
    partnerRoles = partnerRoles == null ? List.of() : List.copyOf(partnerRoles);
    // A partner may have no name (the role says enough): null entries are kept in place.
    partners =
        partners == null
            ? List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(partners));
  }
}
