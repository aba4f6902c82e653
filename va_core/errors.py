"""Error taxonomy. Library code raises these; only the CLI maps them to exit codes.

Messages name ids, pages and causes, never document text or personal data.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes of the `va-evidence` command."""

    ok = 0
    bad_args = 1
    input_file = 2
    missing_dependency = 3
    ocr_failed = 4
    model_artifact = 5
    storage = 6
    partial = 10  # the run finished but quarantined some files
    other_error = 15
    ctrl_c = 130


class VaEvidenceError(Exception):
    """Base of every error this project raises on purpose."""

    exit_code: ExitCode = ExitCode.other_error
    retryable: bool = False


class BadArguments(VaEvidenceError):
    """The caller asked for something that cannot be done as asked."""

    exit_code = ExitCode.bad_args


class MissingDependency(VaEvidenceError):
    """An external program (tesseract, pdftoppm) is not installed."""

    exit_code = ExitCode.missing_dependency


class StorageError(VaEvidenceError):
    """The store cannot be opened or written."""

    exit_code = ExitCode.storage


class InputFileError(VaEvidenceError):
    """A document cannot be processed; it is quarantined with `reason`."""

    exit_code = ExitCode.input_file
    reason = "unreadable"


class UnreadableDocument(InputFileError):
    """Corrupt or truncated file."""

    reason = "corrupt"


class EncryptedDocument(InputFileError):
    """Password-protected PDF."""

    reason = "encrypted"


class EmptyDocument(InputFileError):
    """Zero bytes or zero pages."""

    reason = "empty"


class DocumentTooLarge(InputFileError):
    """Over the configured size or page limit."""

    reason = "too_large"


class MislabelledDocument(InputFileError):
    """The file's content does not match its name (e.g. a JPEG called .pdf)."""

    reason = "mislabelled"


class UnsupportedDocument(InputFileError):
    """A file type the pipeline does not read."""

    reason = "unsupported_type"


class ModelArtifactError(VaEvidenceError):
    """A model artifact is corrupt, tampered with, or of another version."""

    exit_code = ExitCode.model_artifact


class OcrFailed(VaEvidenceError):
    """Tesseract failed on a page."""

    exit_code = ExitCode.ocr_failed


class OcrTimeout(OcrFailed):
    """Tesseract ran past the per-page timeout; worth a retry."""

    retryable = True
