#!/usr/bin/env bash
# Times the unit, municipality and network reports over HTTP against a running local stack (start
# it first with infra/local/run.sh in another terminal). Arguments go to ReportBench:
# --municipalities, --requests, --warmup, --format, --survey, --analytics, --admin-password.
set -euo pipefail
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
exec "$(dirname "${BASH_SOURCE[0]}")/run-java.sh" ReportBench "$@"
