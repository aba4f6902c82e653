"""ConText-style assertion, history and subject, on normalised sentence text.

A trigger governs a concept when it precedes it (or, for post-triggers, follows it) within a
short window and no terminator ("but", "however", ";", "reports", ...) lies in between. That
keeps "no fracture; moderate DJD" and "denies numbness but has sciatica" right while letting
"no A, B or C" negate all three.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifiers.gates import Gated, quick

_NEG_PRE = (
    # (before a bare "no": "no doctor has ever told him he has arthritis")
    r"no\s+(?:treating\s+|other\s+)?(?:examiner|physician|provider|doctor|clinician)\s+(?:has\s+|had\s+)?(?:ever\s+)?"
    r"(?:found|documented|diagnosed|noted|identified"
    # "no doctor has ever told him he has arthritis in the right knee"
    r"|told\s+(?:him|her|me|the\s+veteran)\s+(?:that\s+)?(?:he|she|i)\s+(?:has|had|have)"
    r"(?:\s+(?:any|an?))?)"
    r"|no\s+question\s+of|no\s+c/o|no\s+longer\s+(?:reports?|has|have|complains?\s+of|endorses?|describes?|notes?)"
    # ("a not insignificant limp" stands; "not inconsistent with" doubts: see _POSS_PRE)
    r"|no|not(?!\s+(?:insignificant|inconsistent)\b)|never|neither|nil(?!\s+(?:by\s+mouth|per\s+os|po\b|acute|else|of\s+note|at\b))"
    r"|denie[sd]|deny|denying|negative\s+for|neg\s+for|without|w/o|absence\s+of"
    r"|hasn'?t|haven'?t|hasnt|havent"
    r"|absent|free\s+of|ruled\s+out|r/o'?d|resolved|no\s+evidence\s+of|no\s+signs?\s+of"
    r"|no\s+history\s+of|no\s+complaints?\s+of|fails?\s+to\s+(?:reveal|demonstrate|show)"
    r"|does\s+not\s+(?:have|demonstrate|show|exhibit|report)|did\s+not\s+(?:have|report|show)"
    r"|(?:do\s+not|don'?t)\s+(?:have|get|feel|notice|show|demonstrate|reveal|establish)"
    # a veteran's own words, apostrophe often dropped: "I dont limp anymore"
    r"|(?:do|does|did)\s+not(?=\s*$)|(?:dont|doesnt|didnt|don't|doesn't|didn't)(?=\s*$)"
    r"|(?:dont|doesnt|didnt|doesn'?t|didn'?t)\s+(?:have|get|feel|notice|report)"
    r"|non|un|nothing(?:\s+to\s+(?:suggest|indicate))?|no\s+\w+\s+to\s+suggest"
    r"|at\s+no\s+(?:point|time)(?:\s+(?:did|has|had|does|was)\s+(?:he|she|they|the\s+\w+)\s+"
    r"(?:report|complain|describe|have|endorse|exhibit|demonstrate|show)\w*(?:\s+of)?)?"
    r"|(?:interval|complete|near[\s-]complete|with)\s+resolution\s+of"
    r"|\(\s*-\s*\)|\(\s*neg\s*\)"  # ROS templates: "(-) radiating pain"
    r"|ø"  # the null sign for none: "Gait: ø limp"
    # "Doubt meniscal tear", "Imp: doubt MMT" (an impression's opening word; not "no reason to
    # doubt", "benefit of doubt", "pt doubts the injection helped")
    r"|doubt"
    r"|argu(?:ing|es?|ed)\s+against(?:\s+an?)?"
    # "favors a peroneal neuropathy rather than an L5 radiculopathy"
    r"|rather\s+than(?:\s+an?)?"
    # the Board's "the preponderance of the evidence is against a finding that the Veteran has
    # had radiculopathy"
    r"|against\s+a\s+finding\s+(?:that\s+|of\s+)?(?:the\s+veteran\s+|he\s+|she\s+)?"
    r"(?:has\s+had|has|had)?"
)
_POSS_PRE = (
    # (before "could" alone: "the examiner could not exclude a tear" doubts, not denies)
    r"(?:could|did|does|do)\s+not\s+(?:exclude|rule\s+out)|"
    r"(?:may|might|could)\s+(?:be\s+)?(?:consistent\s+with|represent|reflect|indicate)"
    r"|(?:possible|probable|likely|conceivable)\s+that\s+(?:the\s+)?(?:veteran|patient|pt|he|she"
    r"|examinee|claimant|member)"
    r"\s+(?:has|had|have|may\s+have)"
    r"|(?:probably|possibly|likely|maybe)\s+(?:has|have|had)"
    # an opinion on whether he has it at all: "at least as likely as not that the Veteran has
    # early degenerative joint disease"
    r"|(?:at\s+least\s+as|as|more)\s+likely\s+(?:as|than)\s+not\s+that\s+(?:the\s+)?(?:veteran|he|she"
    r"|claimant)\s+(?:has|had|suffers\s+from)"
    r"|possible|possibly|probable|probably|likely|maybe|suspect(?:ed|s)?|suspicious\s+(?:for|of)"
    r"|(?<!no\s)(?<!no\sclinical\s)suspicion\s+(?:of|for)"
    r"|questionable|question\s+of|\?|rule\s+out|r/o|concern(?:ing)?\s+for|may\s+have"
    r"|may|might|could"
    # a worry, not a finding: 'Pt concerned he "has arthritis in both knees"'
    r"|(?:concerned|worried|worries|afraid|fears?)\s+(?:that\s+)?(?:he|she|i|they)\s+[\"“']?(?:has|have|had"
    r"|may\s+have|might\s+have)(?!\s+been\b)"
    r"|cannot\s+(?:exclude|rule\s+out)|can'?t\s+(?:exclude|rule\s+out)|differential\s+includes"
    r"|(?:differential|ddx)(?:\s+(?:diagnosis|diagnoses|dx))?\s+(?:included|includes|include|was|were)"
    r"|(?:suggestive|consistent)\s+(?:of|with),?\s+but\s+not\s+diagnostic\s+(?:of|for),?"
    r"|not\s+inconsistent\s+with"
    r"|consider|considered|versus|vs\.?|query|equivocal|suggestive\s+of|suggests|presumed"
    # "lateral patellar tilt, which can be associated with patellofemoral pain syndrome"
    r"|(?:can|may|might|could)\s+be\s+(?:associated|seen)\s+with"
)
# "was suspected by the referring clinician but was not observed on examination": tried
# before the hedge that its first words are
_NEG_POST_FIRST = (
    r"(?:is|was|were)\s+(?:suspected|considered|questioned)\b[^.;]{0,60}?\bbut\s+(?:was\s+|were\s+)?"
    r"not\s+(?:observed|supported|confirmed|found|seen|demonstrated|present)"
)
# ("effusion, negative Lachman": a "negative" before a test's name is the test's result)
NOT_A_TEST_AFTER = (
    # (a knee test's or an image's: a negative SLR or EMG still denies the radiculopathy named
    # before it, "Sciatica: negative straight leg raise bilaterally")
    r"(?!\s+(?:lachman|mcmurray|drawer|anterior|posterior|ant|post|slr|straight|thessaly|apley"
    r"|valgus|varus|pivot|apprehension|grind|patellar|femoral|fnst?|slump|lasegue|x-?rays?|xr"
    r"|mri|imaging|films?|radiographs?|emg|ncs|homans|hawkins|neer|spurling|faber|fabere"
    r"|patrick'?s?|trendelenburg|tinel'?s?|clonus|babinski|romberg|crossed|seated|supine)\b)"
)
_NEG_POST = (
    r"(?:(?:has|have|had)\s+)?(?:resolved|centralized)|ruled\s+out"
    # "a lumbar strain in 1991 that was noted as resolved at separation"
    r"|(?:(?:in|during|at)\s+[\w/]+\s+)?(?:that|which)\s+(?:was\s+|were\s+|had\s+|has\s+)?"
    r"(?:noted\s+(?:as|to\s+be)\s+|later\s+|subsequently\s+|since\s+|completely\s+)?resolved|was\s+excluded|(?:could|can|did)\s*not\s+be\s+(?:reproduced|confirmed|elicited"
    r"|demonstrated)|(?:is|was|are|were)\s+negative|negative"
    + NOT_A_TEST_AFTER
    + r"|not\s+(?:present|seen"
    r"|identified|found|noted|demonstrated|appreciated|observed|elicited|evident|detected"
    r"|shown(?!\s+to\s+(?:be|have)\b))"
    # "Prior R S1 radiculopathy, no longer symptomatic since 2019"; a disc "which healed"
    r"|,?\s*no\s+longer\s+(?:symptomatic|present|active|an\s+issue|a\s+problem)"
    r"|(?:that|which)\s+(?:has\s+|had\s+)?healed"
    r"|absent|resolved|denied|none"
    # a veteran's words: "my knee pain is gone since the shot", "the sciatica went away"
    r"|(?:is|was|are|were|has\s+been)\s+(?:all\s+|completely\s+)?gone|went\s+away"
    # a reviewer's verdict on a claimed diagnosis: "radiculopathy is not supported by the exam"
    r"|(?:is|was|are|were)\s+not\s+supported"
    # a letter's "the sciatica has now settled", a translation's "has completely regressed"
    # (not a swelling's "effusion subsided", "settled into the chair", a PT's "gait has regressed")
    r"|(?:(?:that|which)\s+)?(?:(?:has|have|had)\s+)?(?:now\s+|since\s+|completely\s+|largely\s+)?"
    r"(?<!effusion\s)(?<!swelling\s)(?<!edema\s)(?<!spasm\s)(?<!erythema\s)(?<!bleeding\s)"
    r"(?:subsided|disappeared)(?!\s+(?:into|in|on)\b)"
    r"|(?:(?:that|which)\s+)?(?:has|have|had)\s+(?:now\s+|since\s+|completely\s+|largely\s+)?"
    r"settled(?!\s+(?:into|in|on)\b)"
    r"|(?:has|have|had)\s+completely\s+regressed|disappeared\s+(?:post-?operatively|after)"
)
_POSS_POST = (
    r"(?:cannot|can\s*not|can'?t|could\s*not|couldn'?t)\s+be\s+(?:(?:entirely|completely|fully"
    r"|definitely|totally)\s+)?(?:excluded|ruled\s+out)|not\s+(?:excluded|ruled\s+out)"
    r"|(?:is|are|was)\s+(?:suspected|possible|probable|questioned"
    # (not a likely cause of a stated finding: "instability symptoms are likely neurogenic")
    r"|likely(?!\s+(?:neurogenic|accelerated|aggravated|worsened|due|secondary|from|caused"
    r"|related|attributable|multifactorial|contribut)))"
    # ("suspected" after a finding, but not as the next finding's adjective: "knee sprain,
    # suspected ACL tear")
    r"|suspected(?=\s*(?:[,.;)\-–]|$|(?:based|by|on|clinically|given|from|in|at|per|and|active)\b))"
    r"|\?(?!\s*[a-z])|\?\s*(?:vs\.?|versus)\b|clinically\s+suspected"
    r"|vs\.?|versus|(?:is|was)\s+not\s+(?:certain|clear)"
    r"|(?:probable|possible)(?=\s*(?:[,.;)]|$))"  # "Sciatica, probable, R side"
)
# An electrodiagnostic or imaging reading states its finding: "Findings suggest a right S1
# radiculopathy" is present (a hedge after it still counts: "suggest possible tear").
_READING = re.compile(
    r"\b(?:findings|study|studies|emg|ncs|emg/ncs|results?|testing)\s+(?:\w+\s+)?suggests?\b"
)
_PSEUDO = re.compile(
    # "I have no doubt that his knee pain is real"; a rating decision's "We considered ..."
    r"\b(?:no\s+doubt|no\s+question\s+(?:that|but)|(?:we|i|the\s+board)\s+(?:have\s+|has\s+)?considered"
    # ("pain that never goes away", "won't go away": it persists)
    r"|(?:does|do|did|will|would)\s*(?:not|n't|nt)\s+go\s+away|won'?t\s+go\s+away"
    r"|never\s+(?:goes|went)\s+away"
    # ("the MRI does not explain his left knee pain": the pain stands, the account fails)
    r"|(?:does|do|did|can|could)\s*(?:not|n't|nt)\s+(?:fully\s+)?(?:explain|account\s+for)"
    r"|no\s+(?:significant\s+)?(?:change|increase|interval\s+change)|not\s+only"
    # "no improvement in his limp", "a not insignificant limp": the finding stands
    r"|no\s+(?:real\s+|significant\s+)?(?:improvement|relief)\s+(?:in|of|from)|not\s+insignificant"
    r"|no\s+longer\s+able|not\s+necessarily|gram\s+negative|not\s+improved|not\s+relieved"
    r"|may\s+(?:also\s+)?(?:help|improve|benefit|relieve|reduce)"
    r"|(?:did|does|has)\s+not\s+(?:help|improve|relieve)"
    # "the examiner did not address the antalgic gait": the gait stands, the report fails
    r"|(?:did|does|do|has|have)\s*(?:not|n't)\s+(?:address|discuss|consider|mention|acknowledge)"
    r"|(?:could|may|might)\s+(?:well\s+)?(?:account|explain|contribute)|without\s+(?:relief"
    r"|improvement|difficulty|assist\w*)"
    # a nexus opinion hedges or negates the relation, not the condition
    r"|(?:more|less|at\s+least\s+as|as)\s+likely\s+(?:than|as)\s+not(?!\s+that\s+(?:the\s+)?"
    r"(?:veteran|he|she|claimant)\s+(?:has|had|suffers))|not\s+(?:\w+\s+)?(?:related"
    r"|caused|due|secondary|attributable|attribute|the\s+result|aggravated|connected|linked"
    r"|associated)|unrelated"
    r"|likely\s+(?:contribut\w+|related|due|caused|secondary|multifactorial|from|neurogenic"
    r"|accelerated|aggravated|worsened|attributable)"
    # "the protrusion is the likely cause of his L5 radicular symptoms"
    r"|likely\s+(?:cause|source|etiology|explanation)\s+(?:of|for)"
    # "no medical opinion relating the knee arthritis to the back": the link is missing
    r"|no\s+(?:\w+\s+)?(?:opinion|nexus|evidence)\s+(?:relating|linking|connecting|associating)"
    r"|(?:findings|study|studies|emg|ncs|emg/ncs|results?|testing)\s+(?:\w+\s+)?suggests?)\b"
)
_NEXUS = re.compile(r"\b(?:more|less|at\s+least\s+as|as)\s+likely\s+(?:than|as)\s+not\b")
TERMINATOR = re.compile(
    r"(?<!\w)'cause\b"  # (a veteran's "'cause of his sciatica": no word boundary before it)
    r"|\b(?:but|however|although|though|yet|except|aside\s+from|apart\s+from|other\s+than|which|who"
    r"|whereas"
    r"|while|because|reports?|reported|complains?|c/o|endorses?|admits?|positive\s+for"
    r"|presents?\s+with"
    r"|has|have|with|now|there\s+is|shows?|demonstrates?|consistent\s+with|notes?|noted"
    r"|states?|describes?|continues?|impression|assessment|(?<!no\s)(?<!any\s)known)\b"
    r"|[;:]|,\s*(?:mild|moderate|severe|minimal|marked|small|large|advanced|extensive|and\s+)"
    r"|\(\s*\+\s*\)|\(\s*pos\s*\)"
    # a new clause with its own subject and verb: "Denies radiating pain, limp is from left knee
    # OA" (the limp and the OA are not denied)
    r"|,\s*(?!(?:that|as|which|when|where|if|because|since|though|although|while|who|what)\b)"
    r"(?:[a-z/'-]+\s+){1,3}(?:is|are|was|were)\s"
)
# A point the normaliser kept between two words is a sentence's end the splitter did not cut
# ("Negative SLR. left knee effusion"): no cue reaches across it (save an abbreviation's).
POINT_END = re.compile(r"(?<=[a-z0-9)]{3})(?<!\bvs)(?<!incl|cont|appr|prox)\.\s")
# Starts after whitespace, "(", "," or ":", or at the start of the text: one negative
# look-behind, which re tries at each position faster than "(?:(?<=\s)|^|(?<=[(,:]))" (same
# positions: either way only characters before the match are looked at).
_PRE = re.compile(
    # ("Bilateral knees: -no tenderness": a dash before it, after a space or colon)
    rf"(?<![^\s(,:'\"‘“-])(?<![^\s:]-)(?:(?P<neg>{_NEG_PRE})|(?P<poss>{_POSS_PRE}))(?=\W|$)"
    # "?bucket handle tear", "?early DJD": the clinic's question mark glued to the word
    r"|(?<![^\s(,:])(?P<query>\?)(?=[a-z])"
)
PRE_TRIGGER = _PRE
_BY = r"(?P<by>(?:reported|described|claimed)\s+by\s+(?:the\s+)?\w+\s+)"
_GAP = (
    # (a word between, but not an exam test's name: in "joint line tenderness, McMurray
    # negative" the result is the test's)
    rf"(?:(?!(?:mc\s?murray|lachman|drawer|slr|thessaly|apley|varus|valgus|pivot|apprehension"
    rf"|grind|clarke|faber|fadir|slump|hoover|waddell)\b)\w+[\s,]+|{_BY}"
    # "Medial meniscus tear, right knee, suspected": the knee named between, before a hedge
    # only ("Effusion right knee, none on the left" is the other knee's)
    r"|(?:left|right|bilateral|lt|rt|l|r)\s+knees?[\s,]+(?=(?:suspected|possible|probable|likely)\b)"
    rf"|(?:in|during)\s+(?:[\w/]+[\s,]+){{1,4}}?(?=resolved)"
    # "radiculopathy on the left which resolved after his fusion": its side between
    r"|on\s+the\s+(?:left|right)[\s,]+(?=(?:that|which)\s)"
    # "Sciatica on the left resolved after the ESI", "Sciatica, L side - resolved 2019"
    r"|(?:on\s+the\s+(?:left|right)|(?:left|right|lt|rt|l|r)\s+side)[\s,\-–]+(?=resolved\b(?!\s*\?))"
    # "Radicular symptoms into the R leg have resolved": the leg named between
    r"|(?:into|in|down|to)\s+(?:the\s+|his\s+|her\s+|my\s+)?(?:(?:left|right|lt|rt|l|r|both)\s+)?"
    r"(?:legs?|lower\s+extremit(?:y|ies))[\s,]+(?=(?:(?:has|have|had)\s+)?(?:resolved|centrali[sz]ed))"
    # "sciatica L leg 2012, resolved w/ PT": a dated episode, then its end
    r"|(?:[\w/]+\s+){0,5}(?:in\s+)?(?:\d{1,2}/)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?[\s,()\-–]+"
    r"(?=(?:(?:that|which)\s+)?resolved(?!\s*\?))"
    # "radiculopathy R L5 vs peroneal neuropathy": its side and root between, before a doubt
    r"|(?:(?:left|right|lt|rt|l|r|bilateral|b/l)\s+)?[ls][1-5](?:\s*-\s*[ls]?[1-5])?\s+"
    r"(?=vs\b|versus\b|\?)"
    # a problem-list row: "Sprain of right knee (S83.91XA) | Resolved 08/2016"
    r"|(?:[\w/]+[\s,]+){0,3}\((?:icd-?(?:10|9)(?:-cm)?\s*)?[a-z]?\d[\w.]*\)[\s|,-]*(?=resolved))??"
)
_POST = re.compile(
    # right after the finding only: a trailing "r/o" ("L5 radiculopathy r/o"; not "Left knee OA,
    # fracture r/o"), a label's negative test ("Sciatica: negative straight leg raise")
    # a label answered "No": "Radiculopathy: No", "Sciatica: none" (not "no change")
    r"^(?:\s*(?P<poss0>r/o)(?=\s*(?:[,.;)]|$))|\s*:\s*(?P<neg0>negative|neg|none|absent"
    r"|no(?=\s*(?:[.,;)]|$|evidence\b))"
    r")\b)"
    rf"|^[\s,:(\"”'-]*{_GAP}(?:(?P<neg1>{_NEG_POST_FIRST})|(?P<poss>{_POSS_POST})|(?P<neg>{_NEG_POST}))"
    r"(?=\W|$)"
)
_WORD = re.compile(r"[a-z0-9/']+")
_PRE_WINDOW = 9

_HIST = re.compile(
    r"\b(?:history\s+of|hx\s+of|h/o|hx|pmh|pmhx|past\s+medical\s+history|previous(?:ly)?|prior"
    r"|in\s+the\s+past|s/p|status\s+post|remote|years?\s+ago|formerly)\b"
)
_FAMILY = re.compile(
    r"\b(?:family\s+history|fhx|fh|mother|mom|father|dad|brother|sister|sibling|son|daughter"
    r"|wife|husband|spouse|grandmother|grandfather|grandparent|aunt|uncle|cousin|parents?|twin"
    r"|friend|buddy|fellow\s+(?:soldier|service\s*member|marine|sailor)|another\s+soldier)(?:'s)?\b"
)
# (nor does a relative's clause reach the exam's results: "Father has knee instability, negative
# Lachman bilaterally")
_FAMILY_BREAK = re.compile(
    r"[;]|\b(?:but|however)\b|,\s*(?:(?:negative|positive|neg|pos)\s+)?(?:lachman|mcmurray"
    r"|(?:anterior\s+|posterior\s+)?drawer|slr|straight\s+leg|thessaly|on\s+exam)\b"
)
_SELF = re.compile(r"\b(?:he|she|veteran|vet|patient|pt|claimant|him|himself|herself|i|me|my)\b")
_PAST_AFTER = re.compile(r"[\s,]*(?:in\s+the\s+past|previously|\(?resolved)")


# (not a list that goes on: "No fracture, dislocation or joint effusion is identified")
_NEW_CLAUSE_TAIL = re.compile(r",\s*(?:(?!or\b|and\b|nor\b)[\w/'-]+\s+){0,3}$")
_COPULA_NEXT = re.compile(
    r"\s*(?:[\w/'-]+\s+){0,2}?(?:is|are|was|were)\s+(?!(?:not\b|no\b|absent\b|negative\b|denied\b"
    r"|none\b|present\b|noted\b|seen\b|identified\b|appreciated\b|demonstrated\b|evident\b"
    r"|visuali[sz]ed\b|detected\b|observed\b|elicited\b|found\b|reported\b)"
    r"|(?:(?:now|still|also|currently)\s+)?(?:gone|resolved|ruled|excluded|unlikely|doubtful"
    r"|questionable|possible|suspected)\b)"
)
_CAUSE_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:secondary|due|related|caused|aggravated|proximately|result|attributable)\b"
)
_OWN_MARK = re.compile(
    r"(?:ttp|\+|tender\b|[1-3]\+|tr\b|trace\b|min\b|minimal\b|sm\b|small\b|mod\b|moderate\b"
    r"|lg\b|large\b|mild\b)"
)
_FOR_BEFORE = re.compile(r"\bfor\s+(?:[\w/-]+\s+){0,3}$")
_HASNT_TAIL = re.compile(r"(?:(?:had|been|felt|noticed|experienced)(?:\s+\S+){0,3})?")
_THAT = re.compile(r"\b(?:that|your|his|her|the\s+veteran's)\b")
_RELATION_AFTER = re.compile(
    r"\s*(?:[\w/-]+\s+){0,6}?(?:was|is|were|are|has\s+been|had\s+been)\s+(?:not\s+)?"
    r"(?:\w+\s+|listed\s+as\s+service\s+)?"  # ("is not listed as service connected")
    r"(?:caused|aggravated|related|due|secondary|incurred|attributable|the\s+result|proximately"
    r"|etiologically|linked|connected)\b"
)


@dataclass(frozen=True, slots=True)
class Context:
    """What the triggers around one concept say."""

    assertion: str
    triggered: bool
    historical: bool
    subject: str
    trigger: tuple[int, int] | None = None
    """Where the deciding trigger sits in the sentence (None when nothing fired)."""


def _pre_trigger(left: str) -> tuple[str, int, int] | None:
    """The trigger in `left` (text before the concept) that still reaches the concept."""
    triggers = list(_PRE.finditer(left))
    if not triggers:
        return None  # (most contexts: the pseudo-triggers need no look)
    pseudo = [(p.start(), p.end()) for p in _PSEUDO.finditer(left)]
    for m in reversed(triggers):  # the last trigger that reaches the concept decides
        if any(ps <= m.start() < pe for ps, pe in pseudo):
            continue  # "at least as likely as not", "not related to"
        tail = left[m.end() :]
        if TERMINATOR.search(tail) or ". " in tail and POINT_END.search(tail):
            continue
        if len(_WORD.findall(tail)) > _PRE_WINDOW:
            continue
        word = m.group()
        if word in ("non", "un") and tail.strip() not in ("-", ""):
            continue  # "non-inflammatory effusion": "non" belongs to its own word
        if (_OWN_VERDICT.search(tail) and not _LIST_GOES_ON.search(tail)) or tail.rstrip().endswith(
            "+"
        ):
            # ("R knee no effusion, +medial joint line tenderness": its own mark)
            continue  # a list's item with its own result ends the negation's list: "no effusion,
            # Lachman neg, McMurray neg, TTP over pes anserine"
        if word == "doubt" and not _OPENING.search(left, 0, m.start()):
            continue  # (an impression's opening word only: "Imp: doubt MMT")
        if word.startswith("no c/o") and "," in tail:
            continue  # "No c/o N/V, limping favoring the right": what is not complained of
        if word in ("w/o", "without") and _DEVICE_ONLY.match(tail):
            continue  # "amb w/o AD, antalgic on R": the device is what is missing
        if word == "no" and tail[:2].lstrip().startswith(","):
            continue  # an answer's "no," that ends it: "A: no, walking w/ a limp"
        if word.startswith(("hasn", "haven")) and not _HASNT_TAIL.fullmatch(tail.strip()):
            continue  # "he hasn't limped", not "hasn't worked since 2016 because of his DDD"
        if word.startswith("rather") and len(_WORD.findall(tail)) > 3:
            continue  # what it prefers, not a denial: "PT rather than surgery for his tear"
        return ("negated" if m.lastgroup == "neg" else "possible", m.start(), m.end())
    return None


# a list item with its own result ("Lachman neg,", "ROM normal,") ends a negation's list, unless
# the list goes on with "or": "No edema, pulses normal, calf tenderness, or limp"
_OWN_VERDICT = re.compile(r"\b(?:neg|negative|pos|positive|intact|normal|wnl)\s*[,;]")
_OPENING = re.compile(r"(?:^|[:;.])\s*$")
_DEVICE_ONLY = re.compile(
    r"\s*(?:an?\s+|any\s+)?(?:ad|assistive\s+device|device|cane|walker|crutch(?:es)?|assist"
    r"|assistance)\s*[,;]"
)
_LIST_GOES_ON = re.compile(r"\b(?:or|nor)\s+(?:\w+\s+){0,2}$")
_CAME_BACK = re.compile(
    r"[^.;]{0,60}?\b(?:but|then|until|only\s+to)\s+(?:it\s+|they\s+|has\s+|have\s+)*"
    r"(?:returned|recurred|came\s+back|is\s+back|relapsed|flared)\b"
)


def _post_trigger(right: str) -> tuple[str, int, int] | None:
    m = _POST.match(right[:120])
    if not m:
        return None
    kind_group = next(g for g in ("poss0", "neg0", "neg1", "poss", "neg") if m.group(g) is not None)
    if m.group("by") is None and TERMINATOR.search(right[: m.start(kind_group)].lstrip(" ,:-")):
        return None
    kind = "possible" if kind_group in ("poss", "poss0") else "negated"
    if kind == "negated" and _CAME_BACK.match(right, m.end()):
        return None  # "knee pain went away after the shot but returned in March"
    return kind, m.start(kind_group), m.end(kind_group)


def assess(sentence: str, start: int, end: int, *, post: bool = True) -> Context:
    """Assertion, history and subject for the concept at [start, end) of `sentence`."""
    left_start = max(0, start - 160)
    left = sentence[left_start:start]
    right = sentence[end:]
    found = _pre_trigger(left)
    trigger = None
    if found is not None:
        trigger = (left_start + found[1], left_start + found[2])
        if post and "," in left[found[2] :]:
            # a verdict right after the finding outranks a cue in an earlier clause: "MRI not
            # done, meniscal tear cannot be excluded"
            after = _post_trigger(right)
            if after is not None and after[1] <= 2:
                found, trigger = after, (end + after[1], end + after[2])
    elif post:
        found = _post_trigger(right)
        if found is not None:
            trigger = (end + found[1], end + found[2])
    if (
        found is not None
        and trigger is not None
        and trigger[1] <= start
        and _NEW_CLAUSE_TAIL.search(sentence, trigger[1], start)
        and _COPULA_NEXT.match(right)
    ):
        # the finding heads a clause of its own: "No numbness, the right knee effusion was
        # aspirated today" (the effusion is not denied; a verdict after it still counts)
        found, trigger = None, None
        if post:
            found = _post_trigger(right)
            if found is not None:
                trigger = (end + found[1], end + found[2])
    if (
        found is not None
        and found[0] == "possible"
        and trigger is not None
        and "likely" in sentence[trigger[0] : trigger[1]]
        and (_CAUSE_AFTER.match(right) or _CAUSE_AFTER.match(sentence, trigger[1], start))
    ):
        # "at least as likely as not that the Veteran has radiculopathy secondary to his back":
        # the opinion is on the cause, the diagnosis is taken as settled
        found, trigger = None, None
    if (
        found is not None
        and trigger is not None
        and trigger[1] <= start
        and "," in sentence[trigger[1] : start]
        and _OWN_MARK.match(sentence, start)
    ):
        # a list's item with its own mark or grade: "(-) ant drawer, TTP MJL, 1+ eff" (the
        # tenderness and the effusion are found)
        found, trigger = None, None
    if (
        found is not None
        and found[0] == "negated"
        and _RELATION_AFTER.match(right)
        and trigger is not None
        and trigger[1] <= start
        and _THAT.search(sentence, trigger[1], start)
    ):
        # "does not show that your meniscus tear of the left knee was caused or aggravated
        # by ...": the link is denied, not the condition (README: nexus outcomes)
        found, trigger = None, None
    if (
        found is not None
        and trigger is not None
        and trigger[0] >= end
        and "supported" in sentence[trigger[0] : trigger[1]]
        and _FOR_BEFORE.search(left)
    ):
        found, trigger = None, None  # "surgery for his meniscal tear is not supported": the surgery
    assertion = found[0] if found else "present"
    # a reading states its finding, a nexus opinion hedges only the relation: the model may
    # not hedge either ("at least as likely as not that the left knee OA was caused by ...")
    stated = found is None and bool(_READING.search(left) or _NEXUS.search(left))
    subject = "veteran"
    fam = None
    for m in _FAMILY.finditer(left):
        fam = m
    if fam is not None:
        between = left[fam.end() :]
        if (
            not _SELF.search(between)
            and not _FAMILY_BREAK.search(between)
            and not (
                between.rstrip().endswith(",") and _FAMILY_BREAK.match(", " + sentence[start:end])
            )
        ):
            subject = "other"
    hist = False
    if subject == "veteran":
        for m in _HIST.finditer(left):
            if not TERMINATOR.search(left[m.end() :]) and len(_WORD.findall(left[m.end() :])) <= 8:
                hist = True
        if not hist and _PAST_AFTER.match(right):
            hist = True
    return Context(assertion, found is not None or stated, hist, subject, trigger)


# "EMG to evaluate for radiculopathy", "eval for DDD", "w/u for meniscal tear": an order to
# look for something, which is no finding either way (hypothetical, in ConText's terms).
_ORDER = re.compile(
    r"\b(?:to\s+)?(?:evaluate|eval|assess|screen|look|check|test|work[\s-]*up|w/u)\s+for"
    r"(?:\s+[\w/-]+){0,2}\s*$"
    # a procedure offered, not done: "a reasonable candidate for arthroscopic meniscectomy"
    r"|\b(?:candidate\s+for|would\s+benefit\s+from|(?:scheduled|planned)\s+for)"
    r"(?:\s+(?!(?:for|of|re|with|due|to)\b)[\w/-]+){0,3}\s*$"
    # a condition supposed: "Should he develop radicular symptoms, ...", "if the EMG confirms ..."
    r"|(?:^|[.;]\s*)\W*should\s+(?:he|she|they|the|his|her|this|these|symptoms?|pain|pt|patient"
    r"|veteran|there|it|imaging|emg|mri)\b[^,;]*$"
    # what could not be examined: "Unable to assess ligamentous laxity via video"
    r"|\b(?:unable|not\s+able|could\s+not|cannot|can't)\s+(?:to\s+)?(?:assess|evaluate|examine|test"
    r"|check|comment\s+on|observe)(?:\s+(?:for|the|his|her|any))?(?:\s+[\w/-]+){0,2}\s*$"
    # a rating criterion: "not warranted unless flexion of the knee is limited to 30 degrees",
    # "10 percent is assigned where flexion of the knee is limited to 45 degrees"
    r"|\bunless\b[^,;]*$|\b(?:is|are)\s+(?:assigned|warranted|granted|assignable)\s+(?:where|when|if)\b"
    r"(?!,?\s*as\s+here)[^;]*$"
    # patient instructions: "call us if you have pain that shoots down your leg"
    r"|\bif\s+you\s+(?:have|develop|notice|experience|get|feel)\b[^.;]*$"
    r"|\bif\s+(?:the\s+|an?\s+)?(?:study|studies|emg|ncs|mri|imaging|test(?:ing)?|x-?rays?"
    r"|films?)\s+(?:\w+\s+)?(?:confirms?|shows?|reveals?|demonstrates?)[^,;]*$"
)


def is_ordered(left: str, right: str = "") -> bool:
    """True when the concept right after `left` is what a test or referral looks for, a
    procedure only offered, or a condition only supposed (hypothetical, in ConText's terms);
    `right`, the text after it: a condition that may yet come ("if sciatica recurs")."""
    if _ORDER.search(left, max(0, len(left) - 120)):
        return True
    return bool(_IF_BEFORE.search(left, max(0, len(left) - 40)) and _ONSET_AFTER.match(right))


# "If sciatica recurs after the ESI", "call if radicular symptoms develop": what may yet come
# (not "if his knee pain worsens", which says it is there)
_IF_BEFORE = re.compile(
    r"\b(?:if|should|in\s+case)\s+(?:(?:the|his|her|any|an?|new|further|more|recurrent)\s+)*$"
)
_ONSET_AFTER = re.compile(
    r"[\w\s/-]{0,30}?\b(?:recurs?|returns?|develops?|appears?|occurs?|comes?\s+back)\b"
)


# Patterns most contexts cannot match, behind their gate words (gates.py): the same answers,
# without re's scan of text that holds none of the words.
_READING, _NEXUS, _HIST, _ORDER = (Gated(rx) for rx in (_READING, _NEXUS, _HIST, _ORDER))
# The patterns each concept's context is scanned with, behind a look-ahead for their first
# characters (gates.quick): the same matches, found sooner.
_PRE, TERMINATOR, _PSEUDO, _FAMILY = (quick(rx) for rx in (_PRE, TERMINATOR, _PSEUDO, _FAMILY))
PRE_TRIGGER = _PRE
PSEUDO = _PSEUDO  # words of negation or doubt that deny or doubt nothing ("no doubt that")
