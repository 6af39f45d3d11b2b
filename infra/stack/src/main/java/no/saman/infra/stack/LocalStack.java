package no.saman.infra.stack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import no.saman.infra.demo.CountedInAnalytics;
import no.saman.infra.demo.DemoData;
import no.saman.infra.demo.DemoGoals;
import no.saman.infra.demo.DemoOrganisation;
import no.saman.infra.demo.JsonHttp;
import no.saman.infra.demo.MunicipalityClock;
import no.saman.infra.demo.ProgressLine;

/**
 * Runs the whole system on this machine: a Kafka broker process, survey-service and
 * analytics-service from their packaged jars against the local MySQL, then loads the demo data,
 * writes a sample PDF and prints where to look. Ctrl-C stops everything.
 */
public final class LocalStack {

  private final StackSettings settings;
  private final List<ServiceProcess> processes = new ArrayList<>();
  private LocalMail mail;

  private LocalStack(StackSettings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    StackSettings settings = StackSettings.fromEnvironment(args);
    if (settings.help()) {
      System.out.println(StackSettings.USAGE);
      return;
    }
    LocalStack stack = new LocalStack(settings);
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "stack-stop"));
    stack.run();
    if (!settings.exitAfterDemo()) {
      System.out.println("\nThe stack is running. Press Ctrl-C to stop it.");
      new CountDownLatch(1).await();
    }
    // The mail catcher's server threads would keep this JVM (and its shutdown hook) waiting.
    stack.stop();
  }

  private void run() throws Exception {
    List<Integer> ports = new ArrayList<>(List.of(settings.kafkaPort(), settings.smtpPort()));
    for (int i = 1; i <= settings.instances(); i++) {
      ports.add(settings.surveyPort(i));
      ports.add(settings.analyticsPort(i));
    }
    for (int port : ports) {
      if (inUse(port)) {
        throw new IllegalStateException(
            "Port "
                + port
                + " is in use (is a stack already running?). Stop it, or choose other ports"
                + " with KAFKA_PORT, SURVEY_PORT, ANALYTICS_PORT, SURVEY_PORT_2, ANALYTICS_PORT_2"
                + " and LOCAL_SMTP_PORT.");
      }
    }
    Path dir = settings.dataDir();
    Files.createDirectories(dir);
    if (settings.fresh()) {
      step(
          "Resetting local data (schemas "
              + settings.surveySchema()
              + ", "
              + settings.analyticsSchema()
              + ", Kafka data)");
      LocalSchemas.drop(settings.surveySchema(), settings.analyticsSchema());
      LocalSchemas.deleteDirectory(dir.resolve("kafka"));
      LocalSchemas.deleteDirectory(settings.mailDir());
    }
    step(
        "Starting the local mail catcher (SMTP) on port "
            + settings.smtpPort()
            + ": e-mails are written to "
            + settings.mailDir().toAbsolutePath());
    mail = LocalMail.start(settings.smtpPort(), settings.mailDir());
    step("Starting Kafka (KRaft) on port " + settings.kafkaPort());
    ServiceProcess kafka =
        ServiceProcess.startMain(
            "kafka",
            "no.saman.infra.kafka.KafkaBrokerMain",
            List.of(
                "--port",
                String.valueOf(settings.kafkaPort()),
                "--data-dir",
                dir.resolve("kafka").toString()),
            dir.resolve("logs"),
            URI.create("tcp://127.0.0.1:" + settings.kafkaPort()));
    // Registered before waiting, so that a broker that starts too slowly is stopped on exit too.
    processes.add(kafka);
    kafka.awaitHealthy(Duration.ofSeconds(180));
    List<ServiceProcess> services = new ArrayList<>();
    for (int i = 1; i <= settings.instances(); i++) {
      String suffix = i == 1 ? "" : "-" + i;
      step("Starting survey-service" + suffix + " on port " + settings.surveyPort(i));
      services.add(
          startService(
              "survey-service" + suffix,
              settings.surveyJar(),
              settings.surveyEnv(i),
              settings.surveyPort(i)));
      step("Starting analytics-service" + suffix + " on port " + settings.analyticsPort(i));
      services.add(
          startService(
              "analytics-service" + suffix,
              settings.analyticsJar(),
              settings.analyticsEnv(i),
              settings.analyticsPort(i)));
    }
    // Generous: on a busy machine (a shared build server) the services take minutes to start.
    for (ServiceProcess service : services) {
      service.awaitHealthy(Duration.ofSeconds(240));
    }
    if (settings.fresh()) {
      loadDemo();
    } else {
      step("Keeping existing data (--keep): no demo data loaded");
      printUrls(null, List.of());
    }
  }

  private ServiceProcess startService(String name, Path jar, Map<String, String> env, int port) {
    ServiceProcess p =
        ServiceProcess.startJar(name, jar, env, settings.dataDir().resolve("logs"), port);
    processes.add(p);
    return p;
  }

  private void loadDemo() throws Exception {
    step("Loading demo data: the network Heiltid Nordvest (Fræna, Aukra, Molde, Eide), two waves");
    ProgressLine progress = new ProgressLine(System.out);
    Clock clock = MunicipalityClock.fromEnvironment();
    DemoData demo =
        new DemoData(
            settings.surveyUrl(),
            StackSettings.ADMIN_USERNAME,
            StackSettings.ADMIN_PASSWORD,
            clock);
    DemoData.Loaded loaded = demo.load(progress);
    JsonHttp analytics = new JsonHttp(settings.analyticsUrl()).withToken(demo.accessToken());
    CountedInAnalytics.await(analytics, loaded, progress, Duration.ofSeconds(120));
    step("Set " + DemoGoals.create(analytics, clock) + " goals");
    writeReports(analytics, loaded.roundId());
    printUrls(loaded, loaded.unusedTokens());
  }

  /** One report of each kind for the demo, as HR and the network leader would download them. */
  private void writeReports(JsonHttp analytics, String roundId) throws java.io.IOException {
    Path dir = settings.dataDir().resolve("reports");
    Files.createDirectories(dir);
    Map<String, String> reports = new java.util.LinkedHashMap<>();
    reports.put("institusjonstenesta-2013-autumn.pdf", unitReport(roundId, "pdf"));
    reports.put("fraena-2013-autumn.pdf", municipalityReport("pdf"));
    reports.put("fraena-2013-autumn.xlsx", municipalityReport("xlsx"));
    reports.put("heiltid-nordvest-2013-autumn.pdf", networkReport("pdf"));
    for (Map.Entry<String, String> report : reports.entrySet()) {
      Path file = dir.resolve(report.getKey());
      Files.write(file, analytics.getBytes(report.getValue()));
      step("Wrote " + file.toAbsolutePath());
    }
  }

  private static String municipalityReport(String format) {
    return "/api/reports/municipality?municipality="
        + DemoData.MUNICIPALITY
        + "&wave="
        + DemoOrganisation.WAVE
        + "&format="
        + format;
  }

  private static String networkReport(String format) {
    return "/api/reports/network?network="
        + DemoData.NETWORK
        + "&wave="
        + DemoOrganisation.WAVE
        + "&format="
        + format;
  }

  private String unitReport(String roundId, String format) {
    return "/api/reports/unit?round="
        + roundId
        + "&unit="
        + DemoData.INSTITUTIONS
        + "&format="
        + format;
  }

  private void printUrls(DemoData.Loaded loaded, List<String> tokens) {
    URI s = settings.surveyUrl();
    URI a = settings.analyticsUrl();
    System.out.println();
    System.out.println("survey-service     " + s + "   (health " + s.resolve("/health") + ")");
    System.out.println("analytics-service  " + a + "   (health " + a.resolve("/health") + ")");
    for (int i = 2; i <= settings.instances(); i++) {
      URI si = settings.surveyUrl(i);
      URI ai = settings.analyticsUrl(i);
      System.out.println("survey-service " + i + "   " + si + "   (the same schema)");
      System.out.println(
          "analytics-service " + i + " " + ai + "   (the same schema and consumer group)");
    }
    System.out.println(
        "Sign in with POST "
            + s.resolve("/api/login")
            + " {username, password}: admin / "
            + StackSettings.ADMIN_PASSWORD
            + ", HR of Fræna: "
            + DemoData.HR_USERNAME
            + " / "
            + DemoData.HR_PASSWORD
            + ", leader of the network Heiltid Nordvest: "
            + DemoData.NETWORK_LEADER_USERNAME
            + " / "
            + DemoData.NETWORK_LEADER_PASSWORD);
    System.out.println();
    System.out.println(
        "HR console (units, import, surveys, response rates, invitations): "
            + s.resolve("/admin/"));
    System.out.println(
        "  sign in as "
            + DemoData.HR_USERNAME
            + " / "
            + DemoData.HR_PASSWORD
            + " (HR of Fræna), or as the administrator "
            + StackSettings.ADMIN_USERNAME
            + " / "
            + StackSettings.ADMIN_PASSWORD);
    System.out.println("Results page for HR and network leaders: " + a.resolve("/results/"));
    System.out.println(
        "  sign in as "
            + DemoData.HR_USERNAME
            + " / "
            + DemoData.HR_PASSWORD
            + " (HR of Fræna: unit tree, response rates, indicators, goals, reports)");
    System.out.println(
        "  or as "
            + DemoData.NETWORK_LEADER_USERNAME
            + " / "
            + DemoData.NETWORK_LEADER_PASSWORD
            + " (the network Heiltid Nordvest side by side and over waves)");
    if (loaded != null) {
      String round = loaded.roundId();
      String results = "/api/rounds/" + round + "/results";
      System.out.println();
      System.out.println("As the HR adviser of Fræna (the token is valid for 12 hours):");
      System.out.println(
          "  export TOKEN=" + new JsonHttp(s).login(DemoData.HR_USERNAME, DemoData.HR_PASSWORD));
      curl("Results, Fræna", a.resolve(results).toString(), "");
      curl(
          "Results, Institusjonstenesta",
          a.resolve(results + "?unit=" + DemoData.INSTITUTIONS).toString(),
          "");
      curl("Unit report (PDF)", a.resolve(unitReport(round, "pdf")).toString(), " -o unit.pdf");
      curl("Unit report (CSV)", a.resolve(unitReport(round, "csv")).toString(), "");
      curl(
          "Municipality report (XLSX)",
          a.resolve(municipalityReport("xlsx")).toString(),
          " -o fraena.xlsx");
      System.out.println();
      System.out.println("As the leader of the network Heiltid Nordvest:");
      System.out.println(
          "  export TOKEN="
              + new JsonHttp(s)
                  .login(DemoData.NETWORK_LEADER_USERNAME, DemoData.NETWORK_LEADER_PASSWORD));
      curl(
          "Network comparison",
          a.resolve(
                  "/api/networks/" + DemoData.NETWORK + "/comparison?wave=" + DemoOrganisation.WAVE)
              .toString(),
          "");
      curl("Network report (PDF)", a.resolve(networkReport("pdf")).toString(), " -o network.pdf");
      System.out.println();
      System.out.println(
          "Answer as an employee of Institusjonstenesta: open one of these one-time links");
      for (String token : tokens) {
        System.out.println("  " + s.resolve("/s/" + token));
      }
      System.out.println(
          "then ask for the results again: Institusjonstenesta counts one more response.");
    }
    System.out.println(
        "E-mail invitations and reminders from the console are caught on port "
            + settings.smtpPort()
            + " and written as .eml files to "
            + settings.mailDir().toAbsolutePath());
    System.out.println("Logs: " + settings.dataDir().resolve("logs").toAbsolutePath());
  }

  private static void curl(String what, String url, String extra) {
    System.out.println("  # " + what);
    System.out.println("  curl -H \"Authorization: Bearer $TOKEN\" \"" + url + "\"" + extra);
  }

  private synchronized void stop() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).close();
    }
    processes.clear();
    if (mail != null) {
      mail.close();
      mail = null;
    }
  }

  private static boolean inUse(int port) {
    try (var socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 300);
      return true;
    } catch (java.io.IOException free) {
      return false;
    }
  }

  private static void step(String message) {
    System.out.println("==> " + message);
  }
}
