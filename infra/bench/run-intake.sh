#!/usr/bin/env bash
# Runs the response-intake benchmark against a running local stack (start it first with
# infra/local/run.sh in another terminal). Arguments go to IntakeBench: --responses, --runs,
# --concurrency, --rate, --survey, --analytics, --admin-password.
set -euo pipefail
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
exec "$(dirname "${BASH_SOURCE[0]}")/run-java.sh" IntakeBench "$@"
