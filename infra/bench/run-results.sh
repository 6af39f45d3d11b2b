#!/usr/bin/env bash
# Times result queries over HTTP for a municipality of many units against a running local stack
# (start it first with infra/local/run.sh in another terminal). Arguments go to ResultsBench:
# --units, --per-unit, --requests, --warmup, --survey, --analytics, --admin-password.
set -euo pipefail
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
exec "$(dirname "${BASH_SOURCE[0]}")/run-java.sh" ResultsBench "$@"
