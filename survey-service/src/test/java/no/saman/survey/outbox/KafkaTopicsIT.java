package no.saman.survey.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.saman.infra.testing.SharedKafka;
import no.saman.survey.support.SurveyServiceIT;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class KafkaTopicsIT extends SurveyServiceIT {

  @Test
  void shouldCompactTheStateTopicsAndKeepEveryResponse() throws Exception {
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers()))) {
      List<ConfigResource> topics =
          List.of(
              new ConfigResource(ConfigResource.Type.TOPIC, "survey.organisation.v1"),
              new ConfigResource(ConfigResource.Type.TOPIC, "survey.rounds.v1"),
              new ConfigResource(ConfigResource.Type.TOPIC, "survey.response.v1"));
      Map<ConfigResource, Config> configs =
          admin.describeConfigs(topics).all().get(10, TimeUnit.SECONDS);

      assertThat(configs.get(topics.get(0)).get("cleanup.policy").value()).isEqualTo("compact");
      assertThat(configs.get(topics.get(1)).get("cleanup.policy").value()).isEqualTo("compact");
      assertThat(configs.get(topics.get(2)).get("cleanup.policy").value()).isEqualTo("delete");
      assertThat(configs.get(topics.get(2)).get("retention.ms").value()).isEqualTo("-1");
    }
  }
}
