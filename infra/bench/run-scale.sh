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
if [[ -z "${help:-}" && $build == 1 ]]; then
  echo "==> Building analytics-service and infra/stack (tests skipped)"
  ./mvnw -B -q -o -Dprovision.skip=true -Djib.skip=true -DskipTests package -pl analytics-service,infra/stack -am
fi
classpath=infra/local/data/scale.classpath
mkdir -p infra/local/data
if [[ ! -s $classpath || infra/stack/pom.xml -nt $classpath ]]; then
  ./mvnw -B -q -o -f infra/stack/pom.xml dependency:build-classpath -Dmdep.outputFile="$root/$classpath" >/dev/null
fi
export SAMAN_ROOT="$root"
exec java -Xmx1g -Dlogback.configurationFile=infra/bench/logback-scale.xml -cp "infra/stack/target/classes:infra/testkit/target/classes:$(cat $classpath)" \
  no.saman.infra.bench.ScaleBench ${help:+--help} "${args[@]+"${args[@]}"}"
