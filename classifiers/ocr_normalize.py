"""OCR-tolerant normalisation with an offset map back to the original text.

Tesseract output mixes digits into words ("radicu1opathy"), confuses letters ("antalglc",
"rn" for "m"), splits words ("kn ee") and hyphenates across lines. Rather than making every
concept regex tolerant of every error, we rewrite the text once into a lower-case, corrected
form and keep, per rewritten piece, where it came from; matches are mapped back so that
`text[start:end]` is always the original characters.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter

from classifiers.lexicon import COMMON_WORDS, FUZZY_TARGETS

# a word hyphenated across a line break
_HYPHENATED = r"[A-Za-z0-9]*[A-Za-z](?:[|!][A-Za-z0-9]+)*-[ \t]*\r?\n[ \t]*[a-z][A-Za-z0-9]*"
_OTHER_TOKENS = (
    r"[bB]/[1I|\]](?![A-Za-z0-9])"  # "b/1", "b/I": OCR's "b/l" (bilateral)
    r"|[+-][vV][eE](?![A-Za-z0-9])"  # "McMurray +ve", "Lachman -ve": positive, negative
    # word; "|" read for "l" inside it or at its edge ("radicu|ar", "|eft", "patellofemora|")
    # (accented letters are a word's own: "radiculopatía", "ciática")
    r"|(?:\|(?=[a-z]))?[A-Za-z0-9À-ÖØ-öø-ÿ]+(?:[|!][A-Za-z0-9]+)*(?:(?<=[a-z])[|!](?![\w|!]))?"
    r"|[ \t\r\f\v]*\n\s*"  # whitespace with a line break
    r"|[ \t\r\f\v]+"  # spaces
    r"|[^A-Za-z0-9À-ÖØ-öø-ÿ\s]"  # one punctuation mark
)
_TOKEN = re.compile(_HYPHENATED + "|" + _OTHER_TOKENS)
# Without "-" and a line break the first alternative cannot match, and trying it at every
# word costs a scan of the word and back: most sentences are tokenised without it.
_TOKEN_NO_HYPHEN = re.compile(_OTHER_TOKENS)
_KEEP = re.compile(r"[lstc]\d{1,2}|\d+[a-z]{1,3}|\d+")  # roots, units, numbers
_YEAR_READ = re.compile(r"[12l][09o][0-9ol]{2}")
_LETTER_TO_DIGIT = str.maketrans({"o": "0", "l": "1"})
_DIGIT_TO_LETTER = str.maketrans({"0": "o", "1": "l", "5": "s", "|": "l", "!": "l"})
# OCR substitutions accepted for short words, where a free edit would turn "night" into "right".
_CONFUSABLE = {
    frozenset(p)
    for p in (
        "ce",
        "eo",
        "il",
        "lt",
        "ij",
        "nu",
        "hb",
        "gq",
        "ao",
        "ft",
        "rn",
        "ec",
        "ti",
        "ae",
        "mn",
        "jl",
    )
}
# letter groups OCR confuses, both ways for "m": "rn" read for "m" ("lirnp") and "m" for "rn"
# ("tendemess")
_MULTI = (("rn", "m"), ("cl", "d"), ("vv", "w"), ("ii", "u"), ("li", "h"), ("m", "rn"))
_COMMON_MULTI = (("rn", "m"), ("vv", "w"))  # for ordinary words: "lie" is no "he"


def _deletes(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        nxt = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= nxt
        frontier = nxt
    return out


# Sorted: iterating a set depends on the hash seed, and ties must break the same way in
# every process or the tagger's output (and training) would differ between runs.
_SORTED_TARGETS = tuple(sorted(FUZZY_TARGETS))
_SHORT_TARGETS = tuple(t for t in _SORTED_TARGETS if len(t) == 3)
# The sorted targets of each length: `_confusable_sub` is False for any other length.
_TARGETS_BY_LEN: dict[int, tuple[str, ...]] = {
    n: tuple(t for t in _SORTED_TARGETS if len(t) == n) for n in {len(t) for t in FUZZY_TARGETS}
}
_LONGEST_TARGET = max(map(len, FUZZY_TARGETS))
_DELETE_INDEX: dict[str, set[str]] = {}
for _target in FUZZY_TARGETS:
    for _d in _deletes(_target, 2 if len(_target) >= 9 else 1):
        _DELETE_INDEX.setdefault(_d, set()).add(_target)


def _levenshtein(a: str, b: str, cap: int) -> int:
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        best = i
        for j, cb in enumerate(b, 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            cur.append(v)
            best = min(best, v)
        if best > cap:
            return cap + 1
        prev = cur
    return prev[-1]


def _confusable_sub(word: str, target: str) -> bool:
    """Same length, one or two substitutions, each an OCR-plausible pair."""
    if len(word) != len(target):
        return False
    limit = 1 if len(word) <= 5 else 2
    count = 0
    for a, b in zip(word, target, strict=True):
        if a != b:
            count += 1
            if count > limit or frozenset((a, b)) not in _CONFUSABLE:
                return False
    return count > 0


def _fuzzy(word: str) -> str | None:
    if word in FUZZY_TARGETS:
        return word
    n = len(word)
    if n > _LONGEST_TARGET + 2:
        return None  # no lexicon word is that long; and deletes of a long word cost n^2

    if n <= 6:
        for target in _TARGETS_BY_LEN.get(n, ()):
            if _confusable_sub(word, target):
                return target
        return None
    cap = 2 if n >= 10 else 1
    cands: set[str] = set()
    for d in _deletes(word, cap):
        cands |= _DELETE_INDEX.get(d, set())
    best: tuple[int, str] | None = None
    for target in sorted(cands):
        if target[0] != word[0] and target[-1] != word[-1]:
            continue
        if target.startswith(word) or word.startswith(target):
            continue  # an inflection ("exclude" vs "excluded"), not OCR damage
        dist = _levenshtein(word, target, cap)
        # ties: a dropped letter inside the word ("sciatia") keeps its ending ("sciatica",
        # not "sciatic")
        key = (dist, target[-1] != word[-1])
        if dist <= cap and (best is None or key < best[0]):
            best = (key, target)
    return best[1] if best else None


@lru_cache(maxsize=200_000)
def fix_word(word: str) -> str:
    """Lower-case a word and undo common OCR damage when it lands on a lexicon word."""
    w = word.lower()
    if w in FUZZY_TARGETS or w in COMMON_WORDS or len(w) < 2:
        return w
    if w == "lf":
        return "if"  # "lf radicu1ar symptoms deve1op": no word of its own
    if len(w) == 4 and _YEAR_READ.fullmatch(w) and sum(c.isdigit() for c in w) >= 2:
        year = w.translate(_LETTER_TO_DIGIT)  # "2O18", "2Ol2", "l998": a year OCR read as letters
        if "1900" <= year <= "2099":
            return year
    if _KEEP.fullmatch(w):
        # "1eft", "1eg": a digit read for a letter, not a unit ("5mg") or a root ("l5").
        mapped = w.translate(_DIGIT_TO_LETTER)
        known = mapped in FUZZY_TARGETS or mapped in COMMON_WORDS  # "0f" is "of", "5mg" a dose
        # (no vertebra T0 or L0: "t0" is "to")
        return mapped if (w[0].isdigit() or w[1:] == "0") and known else w
    if any(c.isdigit() or c in "|!" for c in w):
        mapped = w.translate(_DIGIT_TO_LETTER)
        letters = sum(c.isalpha() for c in w)
        if letters >= 3 or mapped in FUZZY_TARGETS or mapped in COMMON_WORDS:
            w = mapped
    if w in _FOREIGN:  # (after the digits' mending too: "1umbalgia")
        return _FOREIGN[w]
    if w in FUZZY_TARGETS or w in COMMON_WORDS or len(w) < 3:
        return w
    if w in _MISREADS:
        return _MISREADS[w]
    for bad, good in _COMMON_MULTI:  # "frorn", "rny", "vvhen": an ordinary word, "m"/"w" split
        if bad in w and (alt := w.replace(bad, good)) in COMMON_WORDS:
            return alt
    if len(w) == 3:  # "leq" → "leg": one OCR-plausible substitution only
        return next((t for t in _SHORT_TARGETS if _confusable_sub(w, t)), w)
    hit = _fuzzy(w)
    if hit:
        return hit
    hit = _i_read_as_l(w)
    if hit:
        return hit
    hit = _glued(w)
    if hit:
        return hit
    for bad, good in _MULTI:
        if bad in w:
            alt = w.replace(bad, good)
            fuzzy = len(alt) >= 4 and bad != "m"  # ("m" is in most words: "m"->"rn" exact only)
            hit = alt if alt in FUZZY_TARGETS else (_fuzzy(alt) if fuzzy else None)
            if hit:
                return hit
    return w


def _glued(w: str) -> str | None:
    """Two lexicon words OCR ran together ("rightknee", "kneeosteoarthritis", "lowback"): the
    two, spaced. Both must be lexicon words of 3+ letters; a longest first word wins."""
    if len(w) < 7 or not w.isalpha():
        return None
    for cut in range(len(w) - 3, 2, -1):
        a, b = w[:cut], w[cut:]
        if a in FUZZY_TARGETS and b in FUZZY_TARGETS:
            return f"{a} {b}"
    return None


# Side words OCR damaged beyond a confusable-letter edit: a lost first letter ("his eft leg"),
# "J" or "LE" for "le", a letter doubled in ("1teft"), a typist's transposition ("rigth").
# Spanish and Tagalog words of VA Caribbean and Manila records (author 31 of the corpus), read
# as their English counterparts so that the English patterns apply ("dolor en rodilla derecha"
# -> "pain in knee right"). Only words that are not English words.
_FOREIGN = {
    "rodilla": "knee",
    "rodillas": "knees",
    "derecha": "right",
    "derecho": "right",
    "izquierda": "left",
    "izquierdo": "left",
    "izq": "left",
    "ambas": "both",
    "dolor": "pain",
    "ciática": "sciatica",
    "ciatica": "sciatica",
    "cojera": "limp",
    "cojea": "limps",
    "cojeando": "limping",
    "radiculopatía": "radiculopathy",
    "radiculopatia": "radiculopathy",
    "derrame": "effusion",
    "menisco": "meniscus",
    "desgarro": "tear",
    "artrosis": "arthrosis",
    "gonartrosis": "knee osteoarthritis",
    "osteoartritis": "osteoarthritis",
    "artritis": "arthritis",
    "esguince": "sprain",
    "niega": "denies",
    "negativo": "negative",
    "negativa": "negative",
    "positivo": "positive",
    "positiva": "positive",
    "posible": "possible",
    "dudoso": "equivocal",
    "leve": "mild",
    "marcha": "gait",
    "antálgica": "antalgic",
    "antalgica": "antalgic",
    "lumbalgia": "lbp",
    "crónica": "chronic",
    "cronica": "chronic",
    "crónico": "chronic",
    "cronico": "chronic",
    "mecánica": "mechanical",
    "mecanica": "mechanical",
    "discal": "disc",
    "tuhod": "knee",
    "kanan": "right",
    "kanang": "right",
    "kaliwa": "left",
    "kaliwang": "left",
}
# Short Spanish words that are English or abbreviations too ("SIN", "de", "en"): read only in a
# sentence with a Spanish clinical word ("Dolor en rodilla derecha, sin derrame").
_FOREIGN_SHORT = {"en": "in", "de": "of", "del": "of", "sin": "without"}
_FOREIGN_SHORT_RX = re.compile(r"(?i)(?<![\w/])(?:en|de|del|sin)(?![\w/])")
# (Spanish words with no entry above: the entries themselves are hints too)
_SPANISH_HINTS = ["paciente", "pierna", "piernas", "columna", "impresion", "impresión"]
_SPANISH_HINTS += ["refiere", "presenta", "examen"]
_FOREIGN_RX = re.compile(
    r"(?i)(?<!\w)(?:"
    + "|".join(sorted(map(re.escape, [*_FOREIGN, *_SPANISH_HINTS]), key=len, reverse=True))
    + r")(?!\w)"
)
_MISREADS = {
    "eft": "left",
    "jeft": "left",
    "leet": "left",
    "lteft": "left",
    "ieft": "left",
    "rigth": "right",
    "rignt": "right",
    # "glven way", "qive out": l read for i, q for g
    "glven": "given",
    "glve": "give",
    "glves": "gives",
    "qive": "give",
    "qives": "gives",
    "rigt": "right",
    "rite": "right",
    "rihgt": "right",
    "nomal": "normal",
    "mrl": "mri",
    "neq": "neg",  # (q read for g)
    "mr1": "mri",
    "buming": "burning",  # ("rn" read as "m")
    "iteft": "left",
    "aright": "a right",  # ("no evidence of aright or left radiculopathy": a space lost)
    "mrir": "mri r",  # ("MRIR knee")
    "mril": "mri l",
    "kneé": "knee",
    "puckling": "buckling",
    "resotved": "resolved",
    "bll": "bil",  # ("BlL KNEE OA": bilateral)
    "iameness": "lameness",
    "resoived": "resolved",
}


def _i_read_as_l(w: str) -> str | None:
    """ "lNSTABlLlTY", "SClATlC": capital I read as "l" (or "1", mapped to "l" before), more
    often than a fuzzy match allows; each "l" may be an "i"."""
    ls = [i for i, c in enumerate(w) if c == "l"]
    if not ls or len(ls) > 6 or len(w) < 4:  # ("lt" is left, not "it")
        return None
    for mask in range(1, 1 << len(ls)):
        chars = list(w)
        for k, i in enumerate(ls):
            if mask >> k & 1:
                chars[i] = "i"
        cand = "".join(chars)
        if cand in FUZZY_TARGETS or cand in COMMON_WORDS:
            return cand
    return None


# Case-sensitive OCR misreads of abbreviations that are also words or units: "0A" (OA), "TIP"
# (TTP), "DID" (DJD) in mixed-case text, "It" (lt) inside a sentence, "Rat 45" (R at 45).
_CASE_FIX = {"0A": "oa", "TIP": "ttp", "DID": "djd"}
_VERBS = frozenset(
    [
        "is",
        "was",
        "has",
        "had",
        "does",
        "did",
        "may",
        "might",
        "will",
        "would",
        "can",
        "could",
        "should",
        "seems",
        "seemed",
        "appears",
        "appeared",
        "also",
        "hurts",
        "hurt",
        "feels",
        "felt",
        "gets",
        "got",
        "started",
        "began",
        "became",
        "remains",
    ]
)
_LT_MISREAD = frozenset({"it", "It", "1t", "lT", "1T"})
_LIMB_NEXT = re.compile(r"(?i)knees?|leg|legs|le|lle|lower|ankle|hip|foot|side|thigh|calf")
_GLUED_SIDE = re.compile(
    r"([RL]|Rt|Lt)(knee|Knee|KNEE|leg|ACL|PCL|MCL|LCL|TKA|TKR)|(R|L)(L[1-5]|S1)"
)
_SIDE_AT = {"Rat": "r at", "Lat": "l at"}
_STRAY = frozenset("‘’`")  # a quote glyph read from a speck before a word: "low back ‘pain"


_CASE_TOKENS = _LT_MISREAD | set(_CASE_FIX) | set(_SIDE_AT) | {"LS", "tight"}
# "tight" read for "right": before a root, or in "the tight leg" (not "tight hamstrings", not
# "the tight knee brace")
_TIGHT_ROOT = re.compile(r"(?i)l[1-5]|s1")
_TIGHT_LIMB = frozenset(["leg"])
_TIGHT_BEFORE = frozenset(["the", "his", "her", "on"])
# "LS" read for the root "L5": before a radicular word, or after "L4-"/"L4/"
_ROOT_NEXT = re.compile(r"(?i)radic\w*|nerve|roots?|dermatom\w*|distribution|s1")
_SIDE_BEFORE_ROOT = frozenset(["r", "l", "rt", "lt", "right", "left", "1eft", "1t"])


def _prev_word(toks: list[str], i: int) -> str | None:
    """The token before i, skipping spaces; None at the start of the text."""
    for k in range(i - 1, max(i - 4, -1), -1):
        t = toks[k]
        if not t.isspace():
            return t
    return None


def _case_fix(toks: list[str], i: int) -> str | None:
    tok = toks[i]
    if tok not in _CASE_TOKENS and (tok[0] not in "RL" or len(tok) > 6):
        return None  # the common case, settled without a regex
    nxt = toks[i + 2] if i + 2 < len(toks) and toks[i + 1] == " " else ""
    if tok in _LT_MISREAD and _LIMB_NEXT.fullmatch(nxt):
        return "lt"  # "the it knee", "1t knee": "lt" before a limb
    if tok == "tight":
        prev = _prev_word(toks, i)
        limb = nxt.lower() in _TIGHT_LIMB and prev is not None and prev.lower() in _TIGHT_BEFORE
        return "right" if limb or _TIGHT_ROOT.fullmatch(nxt) else None
    if tok == "LS":
        # (before "radiculopathy" only after a side: "LS radiculopathy" is lumbosacral)
        after_l4 = i >= 2 and toks[i - 1] in "-/" and toks[i - 2] == "L4"
        prev = _prev_word(toks, i)
        sided = prev is not None and prev.lower() in _SIDE_BEFORE_ROOT
        root_next = _ROOT_NEXT.fullmatch(nxt) and (sided or not nxt.lower().startswith("radic"))
        return "l5" if after_l4 or root_next else None
    glued = _GLUED_SIDE.fullmatch(tok)
    if glued:
        # "Rknee" → "r knee", "RL5" → "r l5", "LACL" → "l acl"
        return " ".join(g.lower() for g in glued.groups() if g)
    if tok in _SIDE_AT:
        return _SIDE_AT[tok] if nxt[:1].isdigit() else None
    if tok not in _CASE_FIX and tok != "It":
        return None
    prev = _prev_word(toks, i)
    if prev is None or prev in '.!?:;"':
        return None
    if tok == "It":
        return None if nxt.lower() in _VERBS else "lt"  # "It is", "It was": the pronoun
    if nxt.lower() == "not" or not any(c.islower() for c in prev) and prev.isalpha():
        return None  # "PATIENT DID NOT": all-caps prose
    return _CASE_FIX[tok]


# Words that do not end a sentence, so a "." after one and before a lower-case word is a speck.
_NO_END = frozenset(
    [
        "low",
        "lower",
        "chronic",
        "the",
        "of",
        "a",
        "an",
        "with",
        "and",
        "or",
        "to",
        "lumbar",
        "medial",
        "lateral",
        "left",
        "right",
        "severe",
        "mild",
        "moderate",
        "straight",
        "for",
        "in",
        "on",
        "at",
        "by",
        "from",
        "into",
        "both",
        "bilateral",
        "small",
        "large",
        "trace",
    ]
)


_SPECK_FIRST = frozenset("-.‘’`:")
_SIDE_LETTERS = frozenset(["r", "l", "rt", "lt"])
_LIMB_WORDS = frozenset(
    ["knee", "knees", "leg", "legs", "le", "lle", "rle", "buttock", "thigh", "calf", "foot", "hip"]
)
_FUNCTION = frozenset(["the", "of", "a", "an", "with", "and", "or", "to"])


_PREFIXES = frozenset(
    [
        "non",
        "off",
        "pre",
        "post",
        "mid",
        "multi",
        "lumbo",
        "self",
        "well",
        "anti",
        "semi",
        "sub",
        "co",
        "re",
        "un",
        "x",
        "s",
        "j",
        "t",
        "l",
        "c",
    ]
)


def _joiner(toks: list[str], i: int) -> bool:
    """A hyphen OCR put for a space between two words: "meniscal-tear", "of-the"."""
    if toks[i] != "-" or not 0 < i < len(toks) - 1:
        return False
    a, b = toks[i - 1], toks[i + 1]
    if not (a.isalpha() and b.isalpha()) or a.lower() in _PREFIXES:
        return False
    fa, fb = fix_word(a), fix_word(b)
    return _known(fa) and _known(fb) and (len(fa) > 2 or fa in COMMON_WORDS)


def _lone_point(toks: list[str], i: int) -> bool:
    """A point standing alone between spaces, after a word and before a lower-case word."""
    return (
        toks[i] == "."
        and 1 < i < len(toks) - 2
        and toks[i - 1] == " "
        and toks[i - 2][-1:].isalpha()
        and toks[i + 1] == " "
        and toks[i + 2][:1].islower()
    )


def _speck(toks: list[str], i: int) -> bool:
    """A stray mark read from a speck: "low. back pain", "back ‘pain"."""
    c0 = toks[i][0]
    if _joiner(toks, i):
        return True
    if not 0 < i < len(toks) - 1:
        return False
    if c0 == ":":
        # "chronic:LBP", "1991:that": a colon OCR put for a space between words
        if toks[i - 1][-1].isalpha() and toks[i + 1][0].isalpha():
            return True
        # "chronic: low back pain": a colon after a word that ends no label
        return (
            toks[i - 1].lower() in _NO_END
            and toks[i + 1] == " "
            and i + 2 < len(toks)
            and toks[i + 2][:1].islower()
        )
    if c0 in _STRAY:  # (before a word, or glued between two: "even‘and")
        return (toks[i - 1] == " " or toks[i - 1][-1].isalpha()) and toks[i + 1][0].isalpha()
    prev = toks[i - 1].lower()
    if c0 == "-" and prev in _SIDE_LETTERS and toks[i + 1].lower() in _LIMB_WORDS:
        return True  # "R-knee", "L-LE": a side and its limb, a hyphen read between
    if (
        c0 == "."
        and prev in _SIDE_LETTERS
        and toks[i + 1] == " "
        and i + 2 < len(toks)
        and toks[i + 2].lower() in _LIMB_WORDS
    ):
        return True  # "pain radiates from the R. buttock": a side's point before its limb
    nxt = toks[i + 1]
    if c0 == "." and (
        # "service.connection", "horn.of": a point glued between two lower-case words
        len(prev) > 1
        and prev.isalpha()
        and toks[i - 1][-1].islower()
        and len(nxt) > 1
        and nxt.isalpha()
        and nxt[0].islower()
        # "Gait:.normal": a point after a colon
        or prev in ":;,"
        and nxt[0].isalpha()
    ):
        return True
    if i == len(toks) - 2:
        return False
    if c0 == "." and _lone_point(toks, i):
        return True  # "left . lumbosacral": a speck between two words of one sentence
    # "knee. pain", "McMurray. neg", "patellofemoral. syndrome": a point between a word and a
    # lower-case word on the same line is a speck (a sentence ends before a capital; the
    # splitter has kept the two words together). Written text has few ("vs. quad").
    return (
        c0 == "."
        and toks[i + 1] == " "
        and (
            toks[i + 2][:1].islower()
            # (an abbreviation in capitals ends its sentence: "Negative SLR. left knee ...")
            and (prev in _NO_END or len(prev) > 1 and prev.isalpha() and not toks[i - 1].isupper())
            or prev in _FUNCTION
            and toks[i + 2][:1].isalpha()
        )
    )


# Letters Tesseract reads as look-alike symbols inside words: "Antalgi¢", "kn€e".
# (ligatures become one "f", keeping offsets: the fuzzy look restores "eﬀusion" -> "effusion")
_GLYPHS = str.maketrans(
    {
        "¢": "c",
        "€": "e",
        "£": "E",
        "§": "S",
        "é": "e",
        "è": "e",
        "ﬀ": "f",
        "ﬁ": "f",
        "ﬂ": "f",
        "ﬃ": "f",
        "ﬄ": "f",
    }
)
_GLYPH_QUICK = re.compile("[¢€£§éèﬀﬁﬂﬃﬄ]")
_RULE_OUT = re.compile(r"(?<![\w/])(?:[Rr]/0|1/[oO])(?![\w/])")


# Lexicon words that are also the first piece of another one OCR split: "sciatic a".
_JOINABLE = frozenset(["sciatic"])


def _known(w: str) -> bool:
    return w in FUZZY_TARGETS or w in COMMON_WORDS


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus the piecewise map back to the original offsets.

    The map is stored relative to the normalised piece of text and shifted by `base` (the
    piece's place in its page) when read, so placing a cached piece in a page copies nothing.
    """

    text: str
    norm_starts: tuple[int, ...]
    raw_starts: tuple[int, ...]
    raw_ends: tuple[int, ...]
    exact: tuple[bool, ...]
    base: int = 0

    @property
    def orig_starts(self) -> tuple[int, ...]:
        """Where each piece starts in the original text."""
        return tuple([self.base + x for x in self.raw_starts]) if self.base else self.raw_starts

    @property
    def orig_ends(self) -> tuple[int, ...]:
        """Where each piece ends in the original text."""
        return tuple([self.base + x for x in self.raw_ends]) if self.base else self.raw_ends

    def to_orig(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `text` to the original string."""
        if not self.norm_starts:
            return start, end
        starts, base = self.raw_starts, self.base
        # (conditional expressions where max() was: this runs for every span placed)
        i = bisect.bisect_right(self.norm_starts, start) - 1
        i = i if i > 0 else 0
        o_start = base + (starts[i] + (start - self.norm_starts[i]) if self.exact[i] else starts[i])
        j = bisect.bisect_right(self.norm_starts, end - 1 if end - 1 > start else start) - 1
        j = j if j > 0 else 0
        o_end = base + (
            starts[j] + (end - self.norm_starts[j]) if self.exact[j] else self.raw_ends[j]
        )
        return o_start, o_end if o_end > o_start else o_start


def normalize(text: str, base: int = 0) -> Normalized:
    """Rewrite `text` for matching; offsets map to `base + position in text`."""
    norm = _normalize(text)
    if not base:
        return norm
    return Normalized(norm.text, norm.norm_starts, norm.raw_starts, norm.raw_ends, norm.exact, base)


@lru_cache(maxsize=200_000)
def _plain(tok: str) -> tuple[str, bool, bool]:
    """(piece, same length, may join the next word) of a token whose neighbours can change it
    at most by a join ("kn ee"); `_BY_NEIGHBOURS` for the tokens `_normalize` settles by its
    neighbours (its third item is true too: `_normalize` visits the tokens whose third is).

    A per-token cache like `fix_word`'s: most tokens are spaces, punctuation and known
    words, and `_normalize` then settles them with one look-up.
    """
    c0 = tok[0]
    if tok in _BILATERAL_MISREAD:
        return "b/l", True, False
    if c0 in "+-" and tok[1:].lower() == "ve":
        return ("positive" if c0 == "+" else "negative"), False, False
    if c0 == "7" and len(tok) > 2 and tok[1:].isalpha():
        return _BY_NEIGHBOURS  # "?7PFPS": a "?" read as "?7", see _settle
    if c0 == "|" and len(tok) > 1:  # "|eft": a word whose "l" OCR read as "|"
        piece = fix_word(tok)
        return piece, len(piece) == len(tok), False
    if c0.isalnum():
        if "\n" in tok or tok in _CASE_TOKENS or c0 in "RL" and len(tok) <= 6:
            return _BY_NEIGHBOURS  # hyphenated across a line, or a case misread: see _normalize
        piece = fix_word(tok)
        return piece, len(piece) == len(tok), not _known(piece) or piece in _JOINABLE
    if c0 in " \t\r\f\v\n":
        return ("\n" if "\n" in tok else " "), len(tok) == 1, False
    if c0 in _SPECK_FIRST:
        return _BY_NEIGHBOURS  # a speck or a joining hyphen, by its neighbours
    if tok == "_":
        return " ", True, False  # a speck or a blank's rule between words: "L_knee", "_the L"
    piece = tok.lower() if tok.isalpha() else tok
    return piece, len(piece) == len(tok), False


@lru_cache(maxsize=200_000)
def _join(tok: str, nxt: str) -> str | None:
    """The word two fragments make ("kn" + "ee"), when that alone is a lexicon word (a cache
    per pair of words, like `fix_word`'s)."""
    if _known(fix_word(nxt)):
        # a known word as the second fragment only if short, and the two spelling a lexicon
        # word as they stand: "effusi on", "pa in", "arthrit is" (no fuzzy look: most such
        # pairs are an unknown word before "in", "of" or "to", and a fuzzy look costs)
        if len(nxt) > 3:
            return None
        joined = (tok + nxt).lower().translate(_DIGIT_TO_LETTER)
        return joined if joined in FUZZY_TARGETS and len(joined) > 3 else None
    joined = fix_word(tok + nxt)
    if (
        len(nxt) == 1
        and nxt in "LRlr"
        and (_known(fix_word(tok)) or not joined.endswith(nxt.lower()))
    ):
        # a side's letter ends only a word it spells: not "complaint L" (knee); "bilatera l",
        # "Lurnba r" still join
        return None
    return joined if joined in FUZZY_TARGETS else None


def _settle(toks: list[str], i: int) -> tuple[str, bool, bool]:
    """(piece, same length, may join) of a token `_plain` leaves to its neighbours."""
    tok = toks[i]
    if tok[0] == "7" and tok[1:].isalpha():
        word = fix_word(tok[1:] if i and toks[i - 1] == "?" else tok)
        return word, False, False
    if tok[0].isalnum():
        if "\n" in tok:  # hyphenated across a line break
            return fix_word(re.sub(r"-\s*", "", tok)), False, False
        if (fixed := _case_fix(toks, i)) is not None:
            return fixed, False, False
        piece = fix_word(tok)
        return piece, len(piece) == len(tok), not _known(piece)
    if _speck(toks, i):  # (only punctuation in _SPECK_FIRST gets here)
        # OCR specks ("low. back pain", "back ‘pain"); a hyphen for a space ("of-the")
        # (a point between two words, "limp.favoring", becomes the space it hid)
        glued = not toks[i - 1].isspace() and not toks[i + 1].isspace()
        return (" ", True, False) if tok[0] == "-" or glued else ("", False, False)
    piece = tok.lower() if tok.isalpha() else tok
    return piece, len(piece) == len(tok), False


@lru_cache(maxsize=20_000)
def _normalize(text: str) -> Normalized:
    """`normalize` at base 0 (a pure function of the text, so cached: pages repeat lines)."""
    if _GLYPH_QUICK.search(text):
        text = text.translate(_GLYPHS)  # same length: offsets are unchanged
    if "/" in text:
        text = _RULE_OUT.sub("r/o", text)  # "R/0 meniscal tear", "1/o MMT" (same length too)
    token = _TOKEN if "-" in text and "\n" in text else _TOKEN_NO_HYPHEN
    toks = token.findall(text)
    bounds = list(accumulate(map(len, toks), initial=0))
    if bounds[-1] == len(text):  # the tokens tile the text: offsets from lengths
        starts, ends = bounds, bounds[1:]
    else:  # a character no token takes (an exotic space): offsets from the matches
        spans = [m.span() for m in token.finditer(text)]
        starts, ends = [a for a, _ in spans], [b for _, b in spans]
    # Most tokens are settled by `_plain` alone (a look-up); only the others are visited:
    # those their neighbours decide, and unknown words that may join the next one (both
    # have their third item set, so that C code picks them out).
    res = list(map(_plain, toks))
    if _FOREIGN_SHORT_RX.search(text) and _FOREIGN_RX.search(text):
        for i, tok in enumerate(toks):
            word = _FOREIGN_SHORT.get(tok.lower())
            if word is not None:
                res[i] = (word, len(word) == len(tok), False)
    count = len(toks)
    joined = False
    for i in compress(range(count), map(_THIRD, res)):
        r = res[i]
        if r is _GONE:
            continue  # the second fragment of a join
        if r is _BY_NEIGHBOURS:
            r = res[i] = _settle(toks, i)
        # "kn ee", "radicu lopathy", "radicu- lopathy" (a line-end hyphen OCR kept inside the
        # line): join two fragments that only make sense together.
        gap = 2 if i + 1 < count and toks[i + 1] == "-" else 1
        if (
            r[2]
            and i + gap + 1 < count
            and toks[i + gap] == " "
            and toks[i + gap + 1][0].isalpha()
            # (a known next word joins nothing, unless short: `_join` need not look)
            and (res[i + gap + 1][2] or len(toks[i + gap + 1]) <= 3)
            and (word := _join(toks[i], toks[i + gap + 1])) is not None
        ):
            if not joined:
                ends, joined = list(ends), True
            res[i] = (word, False, False)
            ends[i] = ends[i + gap + 1]
            for k in range(i + 1, i + gap + 2):
                res[k] = _GONE
    if joined:
        keep = [i for i, r in enumerate(res) if r is not _GONE]
        res = [res[i] for i in keep]
        starts, ends = [starts[i] for i in keep], [ends[i] for i in keep]
    if not res:
        return Normalized("", (), (), (), ())
    pieces, exact, _ = zip(*res, strict=True)  # one transposition, not a list per field
    return Normalized(
        "".join(pieces),
        tuple(accumulate(map(len, pieces), initial=0))[:-1],
        tuple(starts[: len(pieces)]),
        tuple(ends),
        exact,
    )


_BILATERAL_MISREAD = frozenset({"b/1", "b/I", "b/|", "b/]", "B/1", "B/I", "B/|", "B/]"})
_GONE = ("", False, False)  # marks a token taken into the join before it (compared by id)
_BY_NEIGHBOURS = ("", False, True)  # `_plain`: a token its neighbours settle (by id)
_THIRD = itemgetter(2)
