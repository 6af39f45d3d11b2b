#!/usr/bin/env bash
# Runs the whole system on this machine with demo data: provisions MySQL, builds the jars, starts
# a Kafka broker (KRaft, from Maven artifacts), survey-service and analytics-service, loads Fræna's
# demo round, writes one report of each kind to infra/local/data/reports/ and prints the URLs. Ctrl-C stops everything.
# Each start resets the local demo data; pass --keep to keep it. --instances 2 runs two of each service
# (the second ones on SURVEY_PORT_2, 8181, and ANALYTICS_PORT_2, 8182), sharing schemas and consumer group.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
  echo "usage: infra/local/run.sh [--keep] [--exit-after-demo] [--instances N]"
  echo "settings: see the table in README.md (KAFKA_PORT, SURVEY_PORT, ANALYTICS_PORT, MYSQL_URL, ...)"
  exit 0
fi

echo "==> Checking the MySQL-compatible server"
infra/mysql/provision.sh

echo "==> Building the services (./mvnw install, tests skipped; the first build downloads dependencies)"
./mvnw -B -ntp -DskipTests -Dprovision.skip=true install | grep -E '^\[INFO\] Building .* \[[0-9]+/[0-9]+\]$|BUILD|ERROR' || {
  echo "Build failed; run ./mvnw -B -DskipTests install to see why." >&2
  exit 1
}

mkdir -p infra/local/data
./mvnw -B -q -ntp -f infra/stack/pom.xml dependency:build-classpath -Dmdep.outputFile="$root/infra/local/data/stack.classpath" >/dev/null
export SAMAN_ROOT="$root"
exec java -cp "infra/stack/target/classes:$(cat infra/local/data/stack.classpath)" no.saman.infra.stack.LocalStack "$@"
