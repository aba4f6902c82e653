"""Logging for the command line. Library modules only get loggers; this is the one place
that attaches handlers. Log lines carry ids, counts and reasons, never document text."""

from __future__ import annotations

import logging
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(log_dir: Path | None, *, verbose: bool = False) -> Path | None:
    """Warnings to stderr (info with --verbose); everything from INFO up to a log file."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    # Replace only our own handlers: a host (pytest, Airflow) may have attached its own.
    for handler in list(root.handlers):
        if getattr(handler, "_va_evidence", False):
            root.removeHandler(handler)
            handler.close()
    console = logging.StreamHandler()
    console._va_evidence = True  # type: ignore[attr-defined]
    # Tracebacks and other detail meant for the log file carry extra={"file_only": True}.
    console.addFilter(lambda record: not getattr(record, "file_only", False))
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root.addHandler(console)
    log_file = None
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        log_file = log_dir / "va-evidence.log"
        file_handler = logging.FileHandler(log_file, encoding="utf-8")
        file_handler.setFormatter(logging.Formatter(FORMAT))
        file_handler._va_evidence = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    return log_file
