#!/usr/bin/env bash
# The test command: builds the solution, starts PostgreSQL and finds Chromium (installing both if needed), runs every test project
# (the PostgreSQL tests included: none are skipped) and prints "N passed, N failed" from the TRX results.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
ARSHJUL_TEST_POSTGRES="$(bash scripts/postgres.sh)"
export ARSHJUL_TEST_POSTGRES
ARSHJUL_TEST_CHROMIUM="$(bash scripts/chromium.sh)"
export ARSHJUL_TEST_CHROMIUM

results="TestResults"
rm -rf "$results"
status=0
dotnet build SCO.Arshjul.sln -c Release -nologo -clp:ErrorsOnly || exit 1
dotnet test SCO.Arshjul.sln -c Release --no-build --logger "trx" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true || status=$?

passed=0; failed=0; total=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); total=$((total + ${t:-0}))
done
skipped=$((total - passed - failed))
postgres=$(cat "$results"/*.trx 2>/dev/null | grep -o '<UnitTestResult [^>]*>' | grep 'testName="[^"]*Postgres' | grep -c 'outcome="Passed"' || true)
echo "PostgreSQL tests passed: $postgres (server: ${ARSHJUL_TEST_POSTGRES%%;Username*})"
if [ "$postgres" -eq 0 ]; then echo "no PostgreSQL test ran" >&2; status=1; fi
if [ "$total" -eq 0 ]; then echo "no tests ran" >&2; status=1; fi
if [ "$skipped" -ne 0 ]; then echo "$skipped tests did not run (skipped or not executed): tests must not be skipped" >&2; status=1; fi
echo "$passed passed, $failed failed"
exit "$status"
