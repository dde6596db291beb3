#!/usr/bin/env bash
# The benchmark command: starts PostgreSQL (scripts/postgres.sh, installing it if needed), builds the bench project in
# Release and runs every benchmark (about 6 to 8 minutes), writing BENCHMARKS.md at the repository root.
# Arguments go to the bench program: --quick (a smoke run, cut down), --only hot,writes,reminders,board,memory,startup,
# --out FILE.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
ARSHJUL_TEST_POSTGRES="$(bash scripts/postgres.sh)"
export ARSHJUL_TEST_POSTGRES
dotnet build bench/SCO.Arshjul.Bench/SCO.Arshjul.Bench.csproj -c Release -nologo -clp:ErrorsOnly
dotnet bench/SCO.Arshjul.Bench/bin/Release/net10.0/SCO.Arshjul.Bench.dll "$@" --out BENCHMARKS.md
