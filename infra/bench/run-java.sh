#!/usr/bin/env bash
# Runs one benchmark class of infra/stack (e.g. IntakeBench) against a running local stack, with
# the classpath infra/local/run.sh wrote. Used by the run-*.sh scripts beside it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
if [[ ! -f infra/local/data/stack.classpath || ! -d infra/stack/target/classes ]]; then
  echo "Build first: run infra/local/run.sh once (it builds and writes infra/local/data/stack.classpath)." >&2
  exit 1
fi
bench="${1:?usage: infra/bench/run-java.sh BenchClass [arguments], e.g. IntakeBench}"
shift
exec java -cp "infra/stack/target/classes:$(cat infra/local/data/stack.classpath)" "no.saman.infra.bench.$bench" "$@"
