#!/usr/bin/env bash
# Runs the response-intake benchmark against a running local stack (start it first with
# infra/local/run.sh in another terminal). Arguments go to IntakeBench: --responses, --runs,
# --concurrency, --rate, --survey, --analytics, --admin-password.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
if [[ ! -f local/stack.classpath || ! -d infra/stack/target/classes ]]; then
  echo "Build first: run infra/local/run.sh once (it builds and writes local/stack.classpath)." >&2
  exit 1
fi
exec java -cp "infra/stack/target/classes:$(cat local/stack.classpath)" no.saman.infra.bench.IntakeBench "$@"
