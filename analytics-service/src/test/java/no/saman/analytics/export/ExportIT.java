package no.saman.analytics.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.Instruments;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.Sql;
import no.saman.analytics.support.TestEvents;
import no.saman.analytics.support.Tokens;
import no.saman.infra.testing.SharedKafka;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The microdata export through HTTP against the real database and broker: one row per response,
 * each under the nearest group the results show, every combination of group and background at least
 * k times, values as the results compute them, no comment and no date; CSV that an R-style reader
 * takes as it is, a workbook with its codebook, and the codebook as JSON.
 */
@MicronautTest
class ExportIT extends IntegrationTest {

  private static final String SANDE = "3907";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final String COMMENT = "Hemmeleg kommentar frå kjøkenet";
  private static final Map<String, Integer> SIZES =
      new LinkedHashMap<>(Map.of("3907-A", 30, "3907-B", 3, "3907-C", 7, "3907-D", 24));
  private static final int K = 5;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private final String round = uniqueRound("3907-export");
  private final String tiny = uniqueRound("3907-tiny");
  private final String small = uniqueRound("3909-small");
  private final String network = "export-" + java.util.UUID.randomUUID().toString().substring(0, 8);
  private Api hr;

  @BeforeAll
  void sendARoundWithSmallAndLargeUnits() {
    hr = new Api(client, json).as(Tokens.hr(SANDE));
    Random random = new Random(3907);
    List<String> occupations = List.of("nurse", "healthcare_worker", "assistant", "leader");
    List<String> ages = List.of("under_30", "30-39", "40-49", "50-59", "60_plus");
    try (TestEvents events = new TestEvents(SharedKafka.bootstrapServers())) {
      events.sendMunicipality(SANDE, "Sande", "Vestfold", "nn");
      for (String unit : SIZES.keySet()) {
        events.sendUnit(SANDE, unit, "Eining " + unit.substring(5), null, 40, "sjukeheim");
      }
      events.sendRound(round, SANDE, "Eksport", "2013-autumn", "2013-09-01", withTexts());
      events.sendRound(tiny, SANDE, "Lita", "2014-autumn", "2014-09-01", withTexts());
      List<String> responses = new ArrayList<>();
      for (Map.Entry<String, Integer> unit : SIZES.entrySet()) {
        for (int i = 0; i < unit.getValue(); i++) {
          Map<String, Object> answers = new HashMap<>();
          answers.put("H1", 20 + random.nextInt(81));
          answers.put("H2", 50 + random.nextInt(51));
          answers.put("H4", List.of("health", "care").subList(0, 1 + random.nextInt(2)));
          answers.put("K1", 1 + random.nextInt(5));
          for (int l = 1; l <= 7; l++) {
            answers.put("L" + l, 1 + random.nextInt(5));
          }
          answers.put("N4", 1 + random.nextInt(5));
          Map<String, String> background = new HashMap<>();
          background.put("occupation", occupations.get(random.nextInt(occupations.size())));
          background.put("ageBand", ages.get(random.nextInt(ages.size())));
          background.put("tenureBand", random.nextBoolean() ? "3-9" : "10_plus");
          responses.add(
              events.response(
                  round,
                  "2013-autumn",
                  List.of(SANDE, unit.getKey()),
                  background,
                  answers,
                  Map.of("HEILTID", COMMENT + " " + i)));
        }
      }
      for (int i = 0; i < 3; i++) {
        responses.add(
            events.response(
                tiny,
                "2014-autumn",
                List.of(SANDE, "3907-A"),
                Map.of(),
                Map.of("H1", 50, "H2", 80),
                Map.of()));
      }
      events.sendAll(SANDE, responses);
      events.sendMunicipality("3909", "Svelvik", "Vestfold", "nb");
      events.sendUnit("3909", "3909-A", "Heimetenesta", null, 10, "heimeteneste");
      events.sendRound(small, "3909", "Lita", "2013-autumn", "2013-09-01", withTexts());
      List<String> few = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        few.add(
            events.response(
                small,
                "2013-autumn",
                List.of("3909", "3909-A"),
                Map.of("occupation", "nurse"),
                Map.of("H1", 60, "H2", 60),
                Map.of()));
      }
      events.sendAll("3909", few);
      events.sendNetwork(network, "Vestfold heiltid", "heiltid/deltid", List.of(SANDE, "3909"));
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                roundArrived(round)
                    && roundArrived(tiny)
                    && responses(round) == 64
                    && responses(tiny) == 3
                    && roundArrived(small)
                    && responses(small) == 4
                    && new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM network_member WHERE network = ?", network)
                        == 2);
  }

  @Test
  void shouldExportOneRowPerResponseUnderShownGroupsAtLeastKTimesEach() {
    Api.Answer answer = hr.get("/api/rounds/" + round + "/export?format=csv");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/csv");
    assertThat(answer.disposition()).contains("export-" + round + ".csv");
    Csv csv = Csv.read(answer.body());
    assertThat(csv.rows()).hasSize(64);
    assertThat(csv.column("group"))
        .as("B (3) is suppressed, and C (7) beside it: both go to the municipality")
        .containsOnly("3907-A", "3907-D", SANDE);
    assertThat(csv.column("group").stream().filter("3907-A"::equals)).hasSize(30);
    assertThat(csv.column("group").stream().filter(SANDE::equals)).hasSize(10);
    assertThat(csv.column("municipality")).containsOnly(SANDE);
    Map<List<String>, Integer> classes = new HashMap<>();
    for (int r = 0; r < csv.rows().size(); r++) {
      List<String> key = new ArrayList<>();
      for (String c :
          List.of("group", "occupation", "age_band", "tenure_band", "position_size_band")) {
        key.add(csv.value(r, c));
      }
      classes.merge(key, 1, Integer::sum);
    }
    assertThat(classes.values()).allMatch(n -> n >= K);
    assertThat(new String(answer.body(), UTF_8))
        .doesNotContain(COMMENT)
        .doesNotContain("kjøkenet")
        .doesNotContain("2013-09");
    assertThat(csv.header()).doesNotContain("H1", "comment", "submitted_on", "response_id");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldCarryTheValuesTheResultsComputeFrom() {
    Csv csv = Csv.read(hr.get("/api/rounds/" + round + "/export").body());
    Map<String, Object> a = hr.json("/api/rounds/" + round + "/results?unit=3907-A");
    List<Double> k1 = new ArrayList<>();
    List<Double> leadership = new ArrayList<>();
    for (int r = 0; r < csv.rows().size(); r++) {
      if (csv.value(r, "group").equals("3907-A")) {
        k1.add(Double.parseDouble(csv.value(r, "K1")));
        leadership.add(Double.parseDouble(csv.value(r, "mastery_leadership_index")));
      }
    }
    Map<String, Object> item =
        ((List<Map<String, Object>>) a.get("items"))
            .stream().filter(i -> "K1".equals(i.get("id"))).findFirst().orElseThrow();
    assertThat(mean(k1))
        .isCloseTo((Double) item.get("mean"), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(mean(leadership))
        .isCloseTo(
            (Double) Api.indicator(a, "mastery_leadership_index").get("value"),
            org.assertj.core.data.Offset.offset(1e-9));
    assertThat(csv.column("H4_health")).containsOnly("1");
    assertThat(csv.column("H4_care")).contains("0", "1");
    assertThat(csv.column("H3")).containsOnly("NA");
    assertThat(csv.column("wants_larger")).containsOnly("0", "1");
  }

  @Test
  void shouldWriteCsvAnRStyleReaderTakesAsItIs() {
    byte[] body = hr.get("/api/rounds/" + round + "/export?format=csv").body();

    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    Csv csv = Csv.read(body);
    assertThat(csv.header()).allMatch(h -> SAFE.matcher(h).matches());
    assertThat(new HashSet<>(csv.header().stream().map(String::toLowerCase).toList()))
        .hasSameSizeAs(csv.header());
    for (String numeric : List.of("K1", "L1", "mastery_leadership_index", "wants_larger")) {
      for (String value : csv.column(numeric)) {
        assertThat(value).as(numeric).matches("NA|-?[0-9]+(\\.[0-9]+)?");
      }
    }
    assertThat(csv.column("mastery_leadership_index")).anyMatch(v -> v.contains("."));
    assertThat(csv.rows()).allMatch(row -> row.size() == csv.header().size());
  }

  @Test
  void shouldWriteAWorkbookWithTheCodebookBesideTheData() throws IOException {
    Api.Answer answer = hr.get("/api/rounds/" + round + "/export?format=xlsx");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType())
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    Csv csv = Csv.read(hr.get("/api/rounds/" + round + "/export").body());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
      Sheet data = workbook.getSheet("data");
      Sheet codebook = workbook.getSheet("codebook");
      assertThat(data.getLastRowNum()).isEqualTo(64);
      List<String> header = new ArrayList<>();
      for (Cell cell : data.getRow(0)) {
        header.add(cell.getStringCellValue());
      }
      assertThat(header).isEqualTo(csv.header());
      int k1 = header.indexOf("K1");
      for (Row row : data) {
        if (row.getRowNum() > 0) {
          assertThat(row.getCell(k1).getCellType()).isEqualTo(CellType.NUMERIC);
        }
      }
      Map<String, Row> byName = new HashMap<>();
      for (Row row : codebook) {
        if (row.getCell(0) != null) {
          byName.put(row.getCell(0).getStringCellValue(), row);
        }
      }
      assertThat(byName.get("K1").getCell(5).getStringCellValue()).isEqualTo("K1 på nynorsk");
      assertThat(byName.get("N4").getCell(11).getStringCellValue()).isEqualTo("true");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldDescribeEveryColumnInTheCodebook() {
    Map<String, Object> codebook = hr.json("/api/rounds/" + round + "/export/codebook");
    Csv csv = Csv.read(hr.get("/api/rounds/" + round + "/export").body());
    List<Map<String, Object>> columns = (List<Map<String, Object>>) codebook.get("columns");
    assertThat(columns).extracting(c -> c.get("name")).isEqualTo(csv.header());
    assertThat(codebook).containsEntry("k", K).containsKey("missing");
    Map<String, Map<String, Object>> byName = new HashMap<>();
    columns.forEach(c -> byName.put((String) c.get("name"), c));
    assertThat(byName.get("K1"))
        .containsEntry(
            "texts", Map.of("nn", "K1 på nynorsk", "nb", "K1 på bokmål", "en", "K1 in English"))
        .containsEntry("min", 1)
        .containsEntry("max", 5)
        .containsEntry("scale", "A5");
    assertThat(byName.get("N4")).containsEntry("reverse", true);
    assertThat(byName.get("mastery_leadership_index"))
        .containsEntry("kind", "index")
        .containsEntry("items", List.of("L1", "L2", "L3", "L4", "L5", "L6", "L7"));
    assertThat(byName.get("occupation")).containsEntry("kind", "background");
  }

  @Test
  void shouldReleaseNothingOfARoundTheResultsSuppress() {
    Csv csv = Csv.read(hr.get("/api/rounds/" + tiny + "/export").body());
    assertThat(csv.header()).contains("group", "occupation");
    assertThat(csv.rows()).isEmpty();
  }

  @Test
  void shouldExportANetworksWaveAtMunicipalityLevelForItsLeader() {
    Api leader = new Api(client, json).as(Tokens.leader(network));
    String path = "/api/networks/" + network + "/export?wave=2013-autumn";
    Api.Answer answer = leader.get(path);

    assertThat(answer.status()).isEqualTo(200);
    Csv csv = Csv.read(answer.body());
    assertThat(csv.rows()).as("Svelvik's 4 are below k: left out").hasSize(64);
    assertThat(csv.column("group")).containsOnly(SANDE);
    assertThat(csv.column("group_name")).containsOnly("Sande");
    assertThat(new String(answer.body(), UTF_8)).doesNotContain("3907-A", "3909");
    assertThat(leader.json("/api/networks/" + network + "/export/codebook?wave=2013-autumn"))
        .containsEntry("network", network)
        .containsEntry("wave", "2013-autumn");
    assertThat(hr.get(path).status()).isEqualTo(403);
    Api.Answer noWave = leader.get("/api/networks/" + network + "/export");
    assertThat(noWave.status()).isEqualTo(400);
    assertThat(new String(noWave.body(), UTF_8)).contains("\"wave\"");
  }

  @Test
  void shouldRefuseAnUnknownFormatNamingTheField() {
    Api.Answer answer = hr.get("/api/rounds/" + round + "/export?format=sav");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(new String(answer.body(), UTF_8)).contains("\"format\"");
    assertThat(hr.get("/api/rounds/r-none/export").status()).isEqualTo(404);
  }

  private long responses(String id) {
    return new Sql(database).number("SELECT COUNT(*) FROM response_answers WHERE round_id = ?", id);
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  /** Every module with question texts on each item, as survey-service publishes them. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> withTexts() {
    List<Map<String, Object>> modules = new ArrayList<>();
    for (Map<String, Object> module : Instruments.all()) {
      Map<String, Object> copy = new LinkedHashMap<>(module);
      List<Map<String, Object>> items = new ArrayList<>();
      for (Map<String, Object> item : (List<Map<String, Object>>) module.get("items")) {
        Map<String, Object> withText = new LinkedHashMap<>(item);
        String id = (String) item.get("id");
        withText.put(
            "texts",
            Map.of("nn", id + " på nynorsk", "nb", id + " på bokmål", "en", id + " in English"));
        items.add(withText);
      }
      copy.put("items", items);
      modules.add(copy);
    }
    return modules;
  }

  /** CSV read back the way R's read.csv does: BOM dropped, quoted fields, NA kept as text. */
  record Csv(List<String> header, List<List<String>> rows) {

    static Csv read(byte[] body) {
      String text = new String(body, UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      List<List<String>> lines = parse(text);
      return new Csv(lines.get(0), lines.subList(1, lines.size()));
    }

    List<String> column(String name) {
      int c = header.indexOf(name);
      assertThat(c).as("column " + name).isGreaterThanOrEqualTo(0);
      return rows.stream().map(r -> r.get(c)).toList();
    }

    String value(int row, String name) {
      return rows.get(row).get(header.indexOf(name));
    }

    private static List<List<String>> parse(String text) {
      List<List<String>> lines = new ArrayList<>();
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (quoted) {
          if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (ch == '"') {
            quoted = false;
          } else {
            field.append(ch);
          }
        } else if (ch == '"') {
          quoted = true;
        } else if (ch == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          fields.add(field.toString());
          field.setLength(0);
          lines.add(fields);
          fields = new ArrayList<>();
          i++;
        } else {
          field.append(ch);
        }
      }
      if (field.length() > 0 || !fields.isEmpty()) {
        fields.add(field.toString());
        lines.add(fields);
      }
      return lines;
    }
  }
}
