"""Keep personal health information out of output and logs."""

from __future__ import annotations

import hashlib
import re

# 123-45-6789, 123 45 6789 and a bare 9-digit run that follows an SSN label.
_SSN = re.compile(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)")
_LABELLED_SSN = re.compile(
    r"(?i)\b(SSN|SS#|Social Security(?: No\.?| Number)?)(\s*[:#]?\s*)(\d{9})\b"
)


def mask_ssn(text: str) -> str:
    """Replace Social Security numbers with `***-**-NNNN` (last four kept, as VA letters do)."""
    text = _SSN.sub(lambda m: f"***-**-{m.group(3)}", text)
    return _LABELLED_SSN.sub(lambda m: f"{m.group(1)}{m.group(2)}***-**-{m.group(3)[-4:]}", text)


def pseudonym(value: str, *, length: int = 12) -> str:
    """A stable, non-reversible short id for a value that must not appear in logs."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:length]
