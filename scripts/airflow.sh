#!/usr/bin/env bash
# Run va-evidence's DAGs on Airflow's embedded default (SQLite metadata database).
#
#   scripts/airflow.sh demo [INBOX]   the sample inbox through nightly_ingest (`airflow dags test`)
#   scripts/airflow.sh standalone     api-server + scheduler + dag-processor + triggerer (UI :8080)
#   scripts/airflow.sh env            print the environment, e.g. `eval "$(scripts/airflow.sh env)"`
#   scripts/airflow.sh -- ARGS...     any airflow command in this environment
#
# Airflow's own state lives in .airflow/ (AIRFLOW_HOME); va-evidence's data in $DATA_DIR
# (default data/run). Airflow's logs go to $DATA_DIR/logs/airflow-*.log, not the terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
VENV=${VENV:-.venv}
AIRFLOW="$REPO/$VENV/bin/airflow"
[ -x "$AIRFLOW" ] || { echo "airflow is not installed in $VENV; run: make setup" >&2; exit 3; }
# `airflow standalone` starts its components as `airflow ...` subprocesses found on PATH.
export PATH="$REPO/$VENV/bin:$PATH"

export AIRFLOW_HOME=${AIRFLOW_HOME:-$REPO/.airflow}
export AIRFLOW__CORE__DAGS_FOLDER=$REPO/dags
export AIRFLOW__CORE__LOAD_EXAMPLES=False
export AIRFLOW__LOGGING__BASE_LOG_FOLDER=${AIRFLOW__LOGGING__BASE_LOG_FOLDER:-$AIRFLOW_HOME/logs}
export VA_EVIDENCE_DATA_DIR=${VA_EVIDENCE_DATA_DIR:-${DATA_DIR:-$REPO/data/run}}
export VA_EVIDENCE_OCR_POOL=${VA_EVIDENCE_OCR_POOL:-va_ocr}
LOG_DIR=$VA_EVIDENCE_DATA_DIR/logs
mkdir -p "$AIRFLOW_HOME" "$LOG_DIR"

prepare() {
  # Idempotent: creates or upgrades the metadata database, then the OCR pool (one slot per core).
  "$AIRFLOW" db migrate >>"$LOG_DIR/airflow-setup.log" 2>&1 \
    || { tail -n 20 "$LOG_DIR/airflow-setup.log" >&2; echo "airflow db migrate failed; log: $LOG_DIR/airflow-setup.log" >&2; exit 1; }
  "$AIRFLOW" pools set "$VA_EVIDENCE_OCR_POOL" "$(nproc 2>/dev/null || echo 2)" "va-evidence OCR tasks" \
    >>"$LOG_DIR/airflow-setup.log" 2>&1 \
    || { echo "could not create the Airflow pool $VA_EVIDENCE_OCR_POOL; log: $LOG_DIR/airflow-setup.log" >&2; exit 1; }
}

case "${1:-}" in
  demo)
    export VA_EVIDENCE_INBOX=$(realpath "${2:-${VA_EVIDENCE_INBOX:-data/sample}}")
    # `dags test` runs one task at a time, so let each OCR task use every core.
    export VA_EVIDENCE_WORKERS=${VA_EVIDENCE_WORKERS:-$(nproc 2>/dev/null || echo 2)}
    prepare
    log="$LOG_DIR/airflow-demo.log"
    echo "nightly_ingest on $VA_EVIDENCE_INBOX through Airflow (log: $log) ..."
    start=$(date +%s)
    if ! "$AIRFLOW" dags test nightly_ingest >"$log" 2>&1; then
      tail -n 30 "$log" >&2
      echo "nightly_ingest failed; the Airflow log is $log" >&2
      exit 1
    fi
    grep -q "state=success" "$log" || { echo "nightly_ingest did not succeed; see $log" >&2; exit 1; }
    echo "nightly_ingest succeeded in $(( $(date +%s) - start )) s"
    "$REPO/$VENV/bin/va-evidence" status --data-dir "$VA_EVIDENCE_DATA_DIR"
    echo ""
    echo "Open the summaries: $VA_EVIDENCE_DATA_DIR/summaries/index.html"
    ;;
  standalone)
    prepare
    echo "Airflow standalone: UI on http://localhost:8080 (the admin password is printed below"
    echo "and kept in $AIRFLOW_HOME); the DAGs are nightly_ingest and backlog_rerun."
    exec "$AIRFLOW" standalone
    ;;
  env)
    # %q quotes values, so a cron's "*" is not globbed by `eval`.
    while IFS='=' read -r name value; do
      printf 'export %s=%q\n' "$name" "$value"
    done < <(env | grep -E '^(AIRFLOW_HOME|AIRFLOW__|VA_EVIDENCE_)')
    ;;
  --)
    shift
    prepare
    exec "$AIRFLOW" "$@"
    ;;
  *)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
