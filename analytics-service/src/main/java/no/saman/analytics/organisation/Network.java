package no.saman.analytics.organisation;

import java.util.List;

/**
 * A network of municipalities as last announced on the organisation topic.
 *
 * @param leader the leader's name as announced, null when none
 * @param members the member municipalities' codes
 */
public record Network(String id, String name, String theme, String leader, List<String> members) {

  public Network {
    members = List.copyOf(members);
  }
}
