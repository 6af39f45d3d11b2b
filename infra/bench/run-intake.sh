#!/usr/bin/env bash
# The response-intake benchmark (issue 12): builds survey-service, analytics-service and infra/stack
# (offline, tests skipped; --no-build skips this), then starts its own Kafka broker and, for each run,
# both services on ports and schemas of their own, and measures the bare JDBC baseline, API intake at
# full load and paced, the respondent path, freshness, CPU per process, RSS and start to ready.
# Prints a Markdown table (a row per run, then the medians) and one line "INTAKE_SUMMARY {json}".
# Needs the MySQL-compatible server at MYSQL_URL (infra/mysql/provision.sh). Options (defaults):
#   --runs 3 --seconds 60 --warmup 10 --paced-rate 1000 --paced-seconds 30 --respondent-seconds 20
#   --concurrency 16 --tokens-per-second 3500 --kafka-port 19392 --survey-port 18381
#   --analytics-port 18382 --schema-prefix intake_bench --survey-jvm "JVM options"
# Logs: infra/stack/target/intake-bench/. Example: infra/bench/run-intake.sh --runs 3 --seconds 60
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
classpath=infra/stack/target/intake-bench.classpath
if [[ "${1:-}" == "--no-build" ]]; then
  shift
else
  echo "==> Building survey-service, analytics-service and infra/stack (no tests; the first build downloads its plugins)" >&2
  # One reactor, so that infra/stack's classpath names this checkout's modules; infra/stack is
  # built last, so its classpath is the one left in the file.
  ./mvnw -B -q -ntp -Dprovision.skip=true -Djib.skip=true -DskipTests \
    -pl survey-service,analytics-service,infra/stack -am \
    package dependency:build-classpath -Dmdep.outputFile="$root/$classpath" >&2
fi
if [[ ! -f "$classpath" ]]; then
  echo "No $classpath: run without --no-build once." >&2
  exit 1
fi
exec java -Xmx1g -cp "infra/stack/target/classes:$(cat "$classpath")" \
  no.saman.infra.bench.IntakeBench --root "$root" "$@"
