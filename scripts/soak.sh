#!/usr/bin/env bash
# The long fault runs of issue 6, on real processes and PostgreSQL: two nodes, 1,000 deadlines falling due at one
# minute, one node killed (SIGKILL) and restarted every 10 s. Prints what was measured. Takes several minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
ARSHJUL_TEST_POSTGRES="$(bash scripts/postgres.sh)"
export ARSHJUL_TEST_POSTGRES
export ARSHJUL_FAULT_DEADLINES="${ARSHJUL_FAULT_DEADLINES:-1000}"
export ARSHJUL_FAULT_REPORT="$PWD/TestResults/soak-report.txt"
mkdir -p TestResults && rm -f "$ARSHJUL_FAULT_REPORT"
dotnet build tests/SCO.Arshjul.Faults.Tests -c Release -nologo -clp:ErrorsOnly
status=0
dotnet test tests/SCO.Arshjul.Faults.Tests -c Release --no-build || status=$?
cat "$ARSHJUL_FAULT_REPORT" 2>/dev/null || echo "no report written" >&2
exit "$status"
