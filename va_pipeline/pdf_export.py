"""PDF export of summary pages through headless Chromium (optional: `summarize --pdf`).

Chromium prints with the summary's own print stylesheet (@media print), so the PDF is what a
reviewer gets from the browser's Print. Each PDF is printed to a temporary file and renamed
into place, so a reader never sees half of one.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from va_core.errors import MissingDependency, VaEvidenceError

log = logging.getLogger(__name__)

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT_S = 120


class PdfExportFailed(VaEvidenceError):
    """Chromium did not produce a PDF."""


def find_chromium() -> str | None:
    """Path of a headless-capable Chromium/Chrome on PATH, or None."""
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


def _command(browser: str, html: Path, pdf: Path, profile: Path) -> list[str]:
    cmd = [
        browser,
        "--headless",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        f"--user-data-dir={profile}",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
    return [*cmd, html.resolve().as_uri()]


def export_pdf(html: Path, pdf: Path | None = None, *, timeout_s: int = TIMEOUT_S) -> Path:
    """Print `html` to `pdf` (default: same name, .pdf) and return the PDF's path."""
    browser = find_chromium()
    if browser is None:
        raise MissingDependency(
            "PDF export needs Chromium (Debian/Ubuntu: `make setup` installs it;"
            " macOS: `brew install --cask chromium`)"
        )
    pdf = pdf or html.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="va-pdf-", dir=pdf.parent) as tmp:
        out = Path(tmp) / "out.pdf"
        try:
            done = subprocess.run(
                _command(browser, html, out, Path(tmp) / "profile"),
                capture_output=True,
                timeout=timeout_s,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise PdfExportFailed(f"Chromium took over {timeout_s}s printing a summary") from None
        if done.returncode != 0 or not out.is_file() or out.read_bytes()[:5] != b"%PDF-":
            # Chromium's stderr names the file (a claimant id) and nothing of its content.
            raise PdfExportFailed(f"Chromium could not print a summary (exit {done.returncode})")
        out.chmod(0o600)  # PHI, like the summaries
        out.replace(pdf)
    return pdf


def export_pdfs(htmls: Iterable[Path]) -> list[Path]:
    """`export_pdf` for each summary page, one Chromium process at a time."""
    paths = [export_pdf(h) for h in htmls]
    log.info("wrote %d summary PDFs", len(paths))
    return paths
