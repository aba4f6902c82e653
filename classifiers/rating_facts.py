"""What a rating decision says about a condition: diagnostic code, percent, effective date.

Rating decisions and codesheets state these in a few stock ways ("DC 5237", "diagnostic
code 5243", "(5242)", "evaluation of 20 percent", "20%", "increased to 40 percent",
"effective March 1, 2015"). An evaluation that is continued or increased implies the
condition is service-connected even when the sentence never says "service connection".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Schedule codes of the spine (5235-5243), the knee and leg (5003, 5010, 5055, 5256-5263)
# and the peripheral nerves of the leg (8520-8530, 8620-8630, 8720-8730).
_DC = re.compile(
    r"(?:\bdc|\bdiagnostic\s+code|\bcode|\(|\bunder)\s*[:#]?\s*"
    r"(?P<dc>5003|5010|5055|52[3-4]\d|525[6-9]|526[0-3]|8[5-7][23]\d)\b(?:\s*-\s*(?P<dc2>\d{4}))?",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    r"(?:evaluation|rating|rated|disabling|increased\s+to|assigned|of|at)\s+(?:of\s+)?"
    r"(?P<pct>100|[1-9]0|0)\s*(?:%|percent|per\s*cent)"
    r"|(?P<pct2>100|[1-9]0|0)\s*(?:%|percent)\s+(?:disabling|evaluation|rating)",
    re.IGNORECASE,
)
_INCREASED = re.compile(
    r"increased\s+(?:from\s+\d+\s*(?:%|percent)\s+)?to\s+(?P<pct>100|[1-9]0)\s*(?:%|percent)",
    re.IGNORECASE,
)
# A bare "40%" counts only in a sentence that is plainly about a rating.
_BARE_PERCENT = re.compile(r"(?<![\d.])(?P<pct>100|[1-9]0|0)\s*(?:%|percent)", re.IGNORECASE)
_RATING_CONTEXT = re.compile(
    r"service[\s-]+connect|\bdc\b|diagnostic\s+code|effective|\bsc\b", re.I
)
_CONTINUED = re.compile(
    r"\b(?:evaluation|rating)\b[^.;]*\b(?:is|was)\s+(?:increased|continued|confirmed)"
    r"|\bcurrently\s+\d+\s*(?:%|percent)\s+disabling",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        start=1,
    )
}
_EFFECTIVE = re.compile(
    r"effective(?:\s+date)?(?:\s+of|\s+from|:)?\s+"
    r"(?:(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)"
    r"|(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d\d)"
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>\d{2})-(?P<id>\d{2}))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class RatingFacts:
    """Diagnostic code, percent and effective date stated in one sentence."""

    diagnostic_code: str | None = None
    rating_percent: int | None = None
    effective_date: str | None = None
    implies_service_connection: bool = False


_NOTHING = RatingFacts()
_CONTINUED_ONLY = RatingFacts(implies_service_connection=True)


def _effective(text: str) -> str | None:
    m = _EFFECTIVE.search(text)
    if not m:
        return None
    try:
        if m.group("mon"):
            month = _MONTHS.get(m.group("mon")[:3].lower())
            if month is None:
                return None
            return dt.date(int(m.group("year")), month, int(m.group("day"))).isoformat()
        if m.group("m"):
            return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
        return dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id"))).isoformat()
    except ValueError:
        return None


def _may(low: str | None, *words: str) -> bool:
    """False only when the (ASCII, lower-cased) sentence holds none of the words one pattern
    needs; on other text, where re's case-blind matching reaches beyond ASCII, always True."""
    return low is None or any(map(low.__contains__, words))  # (map: no generator frames)


def rating_facts(sentence: str) -> RatingFacts:
    """Read code, percent and effective date from a rating-decision sentence."""
    # Cheap look-ups first: the (?i) patterns below scan the whole sentence each time.
    low = sentence.lower() if sentence.isascii() else None
    continued = _may(low, "increased", "continued", "confirmed", "currently") and bool(
        _CONTINUED.search(sentence)
    )
    if not _DIGIT.search(sentence):  # every code, percent and date has a digit: skip them
        return _CONTINUED_ONLY if continued else _NOTHING
    dc = _DC.search(sentence) if _may(low, "dc", "code", "(", "under") else None
    code = None
    if dc:
        code = dc.group("dc") + (f"-{dc.group('dc2')}" if dc.group("dc2") else "")
    percent = None
    if _may(low, "%", "per"):  # each way of stating a percent ends in "%" or "per(...)cent"
        increased = _INCREASED.search(sentence) if _may(low, "increased") else None
        if increased:
            percent = int(increased.group("pct"))
        else:
            pm = _PERCENT.search(sentence)
            if pm:
                percent = int(pm.group("pct") or pm.group("pct2"))
            elif dc or _RATING_CONTEXT.search(sentence):
                bare = _BARE_PERCENT.search(sentence)
                percent = int(bare.group("pct")) if bare else None
    return RatingFacts(
        diagnostic_code=code,
        rating_percent=percent,
        effective_date=_effective(sentence) if _may(low, "effective") else None,
        implies_service_connection=continued,
    )
