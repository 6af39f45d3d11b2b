package no.saman.analytics.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * How consumption stands (api.md {@code /api/status}): per partition of the consumed topics how far
 * the group has committed and how far behind the end it is, when this instance last stored an
 * event, and how many records went to the dead-letter topics.
 *
 * @param lag the sum of the partitions' lags
 * @param lastEventTime the broker time of the newest event this instance stored, ISO-8601 UTC;
 *     absent before the first
 * @param deadLettered records on the dead-letter topics (all instances, since the topics began)
 * @param deadLetteredSinceStart records this instance dead-lettered since it started
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Status(
    String group,
    List<PartitionLag> partitions,
    long lag,
    @Nullable String lastEventTime,
    long deadLettered,
    long deadLetteredSinceStart) {

  /**
   * One partition.
   *
   * @param committed the group's committed offset, absent when it has committed none
   * @param end the partition's end offset
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PartitionLag(
      String topic, int partition, @Nullable Long committed, long end, long lag) {}
}
