#!/usr/bin/env bash
# Runs the whole test suite: starts a throwaway PostgreSQL server (stopped by a trap, even when
# a test fails) unless TEST_POSTGRES_URL is given, then pytest.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
# the layers (pyproject.toml [tool.importlinter]): a violation fails the run before any test
"$PY" -c "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())" --no-cache \
  || { echo "run_tests: import layers violated (see above)" >&2; exit 1; }
if [[ -z "${TEST_POSTGRES_URL:-}" ]]; then
  # shellcheck source=scripts/pg_server.sh
  source scripts/pg_server.sh
  pg_start || { echo "run_tests: could not start PostgreSQL" >&2; [[ "${CI:-}" == "true" ]] && exit 1; }
  trap pg_stop EXIT
fi
"$PY" -m pytest "$@"
