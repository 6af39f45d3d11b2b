#!/usr/bin/env bash
# The scale benchmark (issue 13): for each response count a Kafka broker, MySQL schemas and an
# analytics-service of its own (ports 19392/18382, schemas saman_scale_*), the responses written
# straight to Kafka; prints one Markdown table of consumption, rebuild, query and export figures.
# Needs no running stack. Builds analytics-service and infra/stack first unless --no-build is given.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
build=1
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h | --help)
      sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
      echo "  --no-build  use the jars and classes already built"
      help=1
      ;;
    *) args+=("$arg") ;;
  esac
done
classpath=infra/local/data/scale.classpath
mkdir -p infra/local/data
if [[ -z "${help:-}" && $build == 1 ]]; then
  echo "==> Building analytics-service and infra/stack (tests skipped; the first build downloads its plugins)"
  # One reactor, so that infra/stack's classpath names this checkout's modules (they are not
  # installed in ~/.m2); infra/stack is built last, so its classpath is the one left in the file.
  ./mvnw -B -q -ntp -Dprovision.skip=true -Djib.skip=true -DskipTests \
    -pl analytics-service,infra/stack -am \
    package dependency:build-classpath -Dmdep.outputFile="$root/$classpath"
fi
if [[ -z "${help:-}" && ! -s $classpath ]]; then
  echo "No $classpath: run without --no-build once." >&2
  exit 1
fi
export SAMAN_ROOT="$root"
exec java -Xmx1g -Dlogback.configurationFile=infra/bench/logback-scale.xml -cp "infra/stack/target/classes:infra/testkit/target/classes:$(cat $classpath)" \
  no.saman.infra.bench.ScaleBench ${help:+--help} "${args[@]+"${args[@]}"}"
