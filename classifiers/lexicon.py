"""Vocabulary and concept patterns, written against *normalised* (lower-case, OCR-fixed) text.

Kept in one place so that the OCR corrector (which words it may repair towards) and the
matchers (what they look for) cannot drift apart.
"""

from __future__ import annotations

import re

from classifiers.gates import quick

# Words the OCR corrector may repair towards. Short words are only repaired through
# OCR-plausible substitutions (see ocr_normalize), so "night" never becomes "right".
FUZZY_TARGETS = frozenset(
    """
    antalgic gait limp limps limping limped favoring favouring favors favours favored
    radiculopathy radiculopathies radicular radiculitis radiating radiates radiation sciatica
    sciatic femoral nerve nerves roots impingement straight raise raising
    knee knees meniscus meniscal menisci meniscectomy osteoarthritis osteoarthrosis degenerative
    arthritis arthrosis arthropathy patellofemoral chondromalacia patellae patella patellar
    instability subluxation ligament ligaments ligamentous cruciate collateral laxity
    tendinitis tendonitis bursitis effusion arthroplasty replacement compartment compartmental
    tricompartmental narrowing osteophytes flexion extension limitation limited motion strain sprain
    lumbosacral lumbar thoracolumbar spine spinal stenosis spondylolisthesis spondylosis
    intervertebral herniated herniation protrusion disc disease syndrome joint chronic back
    spondylolysis lachman mcmurray thessaly drawer tenderness stable degeneration derangement
    lateral medial anterior posterior significant interval stretch gives giving semilunar cartilage
    stance time step length unstable down shooting palpation way
    nucleus pulposus displacement paracentral buckles buckling buckled extrusion segment slipped
    condition conditions complaints problems hurting aching reconstruction arthroscopy gave
    left right bilateral bilaterally lower extremity extremities leg legs
    mild moderate moderately severe
    denies denied negative positive possible possibly probable suspected questionable
    history without normal abnormal evidence excluded consistent
    service connection connected granted established evaluation percent
    family mother father brother sister daughter wife husband
    pain tear torn veteran patient diagnosis impression assessment examination exam low
    questionnaire disability benefits decision rating radiology progress compensation pension
    tension thigh thighs resolved normalized normalised confirmation
    intact suggestive improvement equivocal radic
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# Ordinary words that must never be "corrected" into a lexicon word.
COMMON_WORDS = frozenset(
    """
    a an and are as at be by for from he her his in is it of on or she the to was with
    unilateral
    no not nor but yet has had have been being this that these those there their they
    him its into onto out over per than then when which who whom whose will would
    night might sight tight fight light eight height weight lift loft felt lent lens
    limb lame gain game pair paid pail gall gaits stability ability kneel kneels kneeling
    knew know known strait stain train trait spin spinach line lines links link
    disk disks risk discs reflex reflexes radial ration
    ratio nerved leg legs lag log let lot lit spondylitis spondylitic
    horn horns superior inferior proximal distal body root
    medical diagnoses diagnostic internal conduction compression depression inconsistent
    questionably noting imitation tendinosis compartments connective law probably spina
    my me some time more most much complex tandem give wfl non lameness oa nl
    unresolved resolves resolving resolve revolved resolver insignificant
    shin shins heel heels buttock buttocks groin magnetic resonance imaging
    """.split()  # noqa: SIM905
)

# ---- laterality -----------------------------------------------------------------------------
SIDE = re.compile(
    r"\b(?:bilateral(?:ly)?|bilat|b/l|left(?:-?sided)?|right(?:-?sided)?|rt|lle|rle|ble)\b"
    # ("sensation decreased to LT over R L5": light touch)
    r"|(?<!intact\sto\s)(?<!decreased\sto\s)(?<!diminished\sto\s)(?<!reduced\sto\s)(?<!decr\sto\s)"
    r"(?<!impaired\sto\s)(?<!altered\sto\s)(?<!absent\sto\s)(?<!normal\sto\s)(?<!sensation\sto\s)"
    r"(?<!sensitive\sto\s)\blt\b"
    # ("both menisci were intact" names one knee's two menisci)
    # (nor two tests' result: "Lachman and drawer both negative")
    r"|\bboth\b(?!\s+(?:the\s+)?(?:menisci|cruciates?|collaterals?|compartments?|cruciate|ligaments)"
    r"|\s+(?:negative|positive|neg|pos|normal|stable|intact|equivocal)\b)"
    r"|\b[lr]\b(?=\.?\s*(?:knee|le\b|leg|lower|side|sided|thigh|calf|foot|buttock|sciatic|radic"
    r"|(?:great\s+)?toe|ankle|heel"
    # a knee's operation or ligament: "POD2 L TKA", "3 mo s/p L ACLR"
    r"|tk[ar]\b|uka\b|aclr?\b|mcl\b|pcl\b|lcl\b"
    r"|[ls][1-5]|>|<|,|\)))"
    r"|\((?:l|r|lt|rt)\)"
    r"|(?:(?<=\bon\s)|(?<=\bthe\s))[lr]\b(?!\s*[-/]?\s*\d)|\b[lr]\b(?=\.?\s*$)"
    r"|\beither(?=\s+(?:knee|leg|lower|side|lle|rle|foot|thigh))"
    # "B knee pain", "arthralgia B knees": both
    r"|\bb(?=\s+(?:knees?|legs?|les?|lower)\b)|\bbil(?=\s+(?:knees?|legs?|les?|lower)\b)"
    # a test's result for both sides: "SLR neg B", "Slump (-) B"
    r"|(?:(?<=neg\s)|(?<=pos\s)|(?<=\(-\)\s)|(?<=\(\+\)\s))b\b(?![/'])"
)
# Headers: no bare letter ("AUTHOR: WHITFIELD, JAMES R" names no side).
SIDE_STRICT = re.compile(SIDE.pattern)
SIDE = re.compile(
    SIDE.pattern
    +
    # a bare "R"/"L" after a finding ("sciatica R 2015", "knee pain L, likely PFPS"); not
    # "r/o", "Ms. R's", "2 L", nor a root written apart ("L 5").
    # (nor a grade "1+" OCR read as "l+": "Lachman l+")
    r"|(?<![\w/'.])(?<!\d\s)(?<!grade\s)[lr](?![\w/'&.+])(?!\s*[-/]?\s*[1-5]\b)"
)
# Every SIDE (and SIDE_STRICT) match starts at a "(" or where a word starts as one of SIDE's
# words does (bi-, b/l, bo-, bl-, le-, ri-, lt, rt, ll-, rl-, ei-, a lone l or r). re tries
# all of SIDE's alternatives, lookbehinds first, at every position of a sentence; finding
# those starts in one scan and trying SIDE only there gives the same matches several times
# faster. (A new alternative of SIDE must start at one of them too.)
# (gates.quick: behind a look-ahead for its first characters, the same starts found sooner)
_SIDE_START = quick(re.compile(r"\b(?:bi|b/|bo|bl|le|ri|lt|rt|ll|rl|ei|[lrb](?!\w))|\("))


def side_words(text: str, rx: re.Pattern[str] = SIDE, pos: int = 0) -> list[re.Match[str]]:
    """`list(rx.finditer(text, pos))` for SIDE or SIDE_STRICT, without re's scan."""
    out = []
    start, match = _SIDE_START.search, rx.match
    while (c := start(text, pos)) is not None:
        m = match(text, c.start())  # sees the text before it too, as finditer does
        if m is None:
            pos = c.start() + 1
        else:
            out.append(m)
            pos = m.end()  # SIDE matches are never empty
    return out


def sides_named(text: str) -> set[str]:
    """The sides the text's side words name: {"left"}, {"left", "right"}, {"bilateral"} ..."""
    return {side_of(m.group()) for m in side_words(text)}


_SIDE_WORDS = {
    "left": "left",
    "lt": "left",
    "lle": "left",
    "l": "left",
    "left-sided": "left",
    "leftsided": "left",
    "(l)": "left",
    "(lt)": "left",
    "right": "right",
    "rt": "right",
    "rle": "right",
    "r": "right",
    "right-sided": "right",
    "rightsided": "right",
    "(r)": "right",
    "(rt)": "right",
}


def side_of(word: str) -> str:
    """Map one laterality token to left/right/bilateral."""
    return _SIDE_WORDS.get(word.strip().rstrip("."), "bilateral")


# ---- anatomy (to bind ambiguous diagnoses such as "DJD" to a body part) ----------------------
KNEE_ANAT = re.compile(
    r"\b(?:knees?(?![\s-]+high\b)|patell(?:a|ae|ar)|patellofemoral|menisc\w*|tibiofemoral|femorotibial"
    r"|tibial plateau|(?:medial|lateral) (?:femoral )?(?:compartment|joint line|femoral condyle)"
    r"|(?:supra|infra|pre)patellar|acl|pcl|mcl|lcl|cruciate|tka|tkr)\b"
)
BACK_ANAT = re.compile(
    r"\b(?:lumbar|lumbosacral|thoracolumbar|thoracic|l-?spine|ls spine|t-?l spine|spine|spinal"
    r"|back|vertebra\w*|dis[ck]s?|facets?|l[1-5](?:\s*[-/]\s*[ls]?[1-5])?|sacrum)\b"
)
OTHER_ANAT = re.compile(
    r"\b(?:hips?|shoulders?|hands?|wrists?|ankles?|feet|foot|elbows?|cervical|neck|c-?spine"
    r"|thumbs?|fingers?|toes?|sacroiliac|si joints?|aortic|mitral|carotid|valve|arter\w+"
    r"|coronary|jaw|arms?|upper extremit\w+|residual\s+limb|stump|talar|talus|atfl|malleol\w*"
    r"|calcane\w*|metatarsals?|achilles)\b"
)
UPPER_LIMB = re.compile(
    r"\b(?:cervical|upper extremit\w+|arms?|hands?|fingers?|c[4-8]|rue|lue|bue|neck"
    r"|shoulders?|ulnar|median nerve|elbows?)\b"
)
LOWER_LIMB = re.compile(
    r"\b(?:legs?|lower extremit\w+|lower limbs?|lumbar|lumbosacral|l[1-5]|s[12]|sciatic\w*"
    r"|femoral|feet|foot|thighs?|calf|calves|knees?|buttocks?|lle|rle|ble|toes?|ankles?|back)\b"
)

# ---- gait ----------------------------------------------------------------------------------
_NORMAL = (
    r"(?:normal|unremarkable|within normal limits|wnl|wfl|within functional limits|intact"
    r"|symmetric(?:al)?|smooth|non-?\s?antalgic|nl|reciprocal|even\s+and\s+unlabored"
    r"|fluid\s+and\s+(?:symmetric(?:al)?|smooth|steady|even|normal)"
    r"|(?:steady|stable)\s*(?:,|and)\s*non-?\s?antalgic)"
)
GAIT_NEGATED = re.compile(
    r"\bnon-?\s?antalgic(?:\s+gait)?\b"
    r"|\b(?:normal|unremarkable|symmetric(?:al)?|smooth|nonantalgic|nl)"
    r"(?:\s+and\s+\w+\s+|\s*,\s*(?!tandem)\w+\s+|\s+)(?:gait|ambulation|station and gait)\b"
    # "found his gait to be normal", "Gait in clinic: WFL", "I walk pretty normal now"
    r"|\bfound\s+(?:his|her|your|the\s+veteran'?s?)\s+gait\s+to\s+be\s+(?:normal|within\s+normal\s+limits)\b"
    r"|\bgait\s+(?:in\s+(?:clinic|the\s+clinic|the\s+hall\w*)|today)\s*:\s*(?:wfl|wnl|nl|normal)\b"
    r"|\b(?:i|he|she)\s+walks?\s+(?:pretty\s+|fairly\s+|totally\s+)?normal(?:ly)?\s+(?:now|again)\b"
    r"|(?<!tandem\s)\bgait(?:\s+and\s+station)?\s*(?:(?:is|was|appears?|appeared|noted to be"
    r"|observed to be|pattern|which\s+is|which\s+was|:|-|=|,)\s*)*" + _NORMAL + r"\b"
    r"|\b(?:ambulat\w*|walks?|walking)\s+normally\b"
    r"|\bwithout\s+(?:a\s+)?limp\b"
    r"|\bnot\s+resulting\s+in\s+(?:an\s+)?abnormal\s+gait\b"
    r"|\bnegative\s+for\s+(?:[\w/]+,?\s+){0,4}?gait\s+(?:problems?|abnormality|disturbance)\b"
    r"|\b(?:walking|ambulation)\s+(?:was|is)\s+normal\b"
    r"|\bgait(?:\s+pattern)?\s+(?:had\s+|has\s+)?normali[sz]ed\b"
    r"|\bgait\s+(?:was|is|has\s+been)\s+(?:described|documented|recorded|reported)\s+as\s+normal\b"
    r"|\bgait\b[^.;]{0,20}\bno\s+(?:gait\s+)?deviations?\b"
    # "no gait abnormality noted", "no abnormality of gait", "normal heel-toe gait", "walks with
    # a normal stride", "walked normally"
    r"|(?<!\|\s)\bno\s+(?:gait\s+(?:abnormalit(?:y|ies)|disturbances?|deviations?)"
    r"|abnormalit(?:y|ies)\s+(?:of|in)\s+(?:his\s+|her\s+)?gait)\b"
    r"|\bnormal\s+(?:heel[\s-]+(?:to[\s-]+)?toe|reciprocal)\s+(?:gait|pattern)\b"
    r"|\b(?:walks?|walked|walking|ambulat\w*)\s+(?:normally|with\s+(?:a\s+)?normal\s+stride)\b"
)
_PROTECTED_SIDE = r"(?:left|right|lt|rt|l|r|lle|rle)\b(?:\.(?=\s*[a-z]))?(?:-?sided)?"
_LIMB = r"(?:\s*(?:lower\s+(?:extremity|limb|leg)|leg|le\b|side|limb|foot))?"
# "decreased stance time and shortened step length on the R": one side for both.
_AND_STEP = r"(?:\s+and\s+(?:a\s+)?(?:(?:shortened|decreased|reduced|short)\s+)?step\s+length)?"
GAIT_PRESENT = re.compile(
    r"\bantalgic(?:\s+(?:gait|pattern|ambulation|limp|stance|walk))?\b(?!\s+(?:posture|lean|list|shift))"
    r"|(?<!handshake\s)\blimp(?:s|ing|in|ed)?\b|\blameness\b|\bhobbl(?:es|ing|ed)\b"
    # "walks lopsided to keep weight off his left leg" (the side kept off is protected)
    # (while walking, not an order: "keep weight off the right leg for 6 weeks (NWB)")
    r"|(?:(?<=lopsided\sto\s)|(?<=limping\sto\s)|(?<=limps\sto\s)|(?<=walks\sto\s)|(?<=walking\sto\s)"
    r"|(?<=when\swalking\s)|(?<=limps\sand\s))keep(?:s|ing)?\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:wt|weight)\s+off(?:\s+of)?\s+(?:his\s+|her\s+|the\s+|my\s+)?"
    r"(?:left|right|lt|rt|l|r)\s+(?:leg|side|foot|lower\s+extremity)\b|\bclaudicant\s+gait\s+(?:at\s+(?:the\s+)?expense|favou?ring|on\s+the\s+(?:left|right))"
    # all the weight on one leg: "I walk putting all my weight on my left leg" (the other spared)
    r"|(?<!unable to )(?<!not )(?<!n't )\b(?:puts|putting|shifts|shifting"
    r"|(?<=[\s,;:\"][il1|]\s)(?:put|shift)|(?<=^[il1|]\s)(?:put|shift))\s+"
    r"(?:most\s+of\s+|all\s+(?:of\s+)?)(?:his\s+|her\s+|my\s+|the\s+)?(?:weight|wt)\s+on(?:to)?\s+"
    r"(?:his\s+|her\s+|my\s+|the\s+)?(?:good\s+)?(?:left|right|lt|rt|l|r)\b(?!\s+knee)"
    r"(?:\s+(?:leg|side|foot|lower\s+extremity))?"
    r"|\bfavou?r(?:s|ing|ed)?\s+(?:his\s+|her\s+|the\s+|their\s+|your\s+|my\s+)?"
    r"(?:(?:(?:left|right|lt|rt|l|r)\b(?:\.(?=\s*[a-z]))?(?:-?sided)?\s*)(?:lower\s+"
    r"(?:extremity|limb|leg)|leg|le\b|side|knee|hip|foot|limb)?|(?:lle|rle|legs?|lower\s+extremit\w+|knee|limb|foot)\b)"
    r"(?!(?:-?sided)?\s*(?:[ls][1-5]\b|radic|sciat|lumbar|dis[ck]|hernia|diagnos|etiolog|cause"
    # (nor an arm's: "favoring the R arm with ADLs")
    r"|origin|arm|hand|shoulder|upper|wrist|elbow|ue\b|u/e))"
    # offloading / shortened stance on one side: the side protected, as in a limp.
    r"|\boff-?load(?:s|ing|ed)?\s+(?:his\s+|her\s+|the\s+|their\s+)?"
    + _PROTECTED_SIDE
    + r"(?:\s*(?:lower\s+(?:extremity|limb|leg)|leg|le\b|limb|side))?(?!\s*knee)"
    r"|(?:\b(?:decreased|decr|dec|shortened|short|reduced|diminished|limited)|\u2193)\s*"
    r"(?:single[\s-]+(?:leg|limb)\s+)?stance(?:\s+(?:time|phase))?"
    + _AND_STEP
    + r"\s+(?:(?:on|of|through)\s+(?:the\s+)?)?(?=(?:lle|rle|left|right|lt|rt|l|r)\b)"
    + _PROTECTED_SIDE
    + _LIMB
)

# The side a gait protects, stated as such: it outranks other side words in the sentence
# ("bears weight on the R but favors the L"; "decreased stance time on the R, decreased step
# length on the L").
_SIDE_TOK = r"(?:left|right|lt|rt|lle|rle|l|r|bilateral(?:ly)?|both)\b"
PROTECTED = re.compile(
    r"(?:\b|(?=↓))(?:favou?r\w*|protect\w*|guard\w*|off-?load\w*|limp\w*\s+(?:\w+ly\s+)?on|antalgic\s+on"
    # "walking w/ a limp, keeping wt off the R"
    r"|keep\w*\s+(?:wt|weight)\s+off(?:\s+of)?"
    r"|(?:decreased|decr|dec|shortened|short|reduced|diminished|limited|↓)\s*(?:single[\s-]+(?:leg"
    r"|limb)\s+)?stance(?:\s+(?:time|phase))?" + _AND_STEP + r"(?:\s+(?:on|of|through))?)\s+"
    r"(?:his\s+|her\s+|the\s+|their\s+)?"
    r"(?P<side>" + _SIDE_TOK + r")"
)
# Weight borne on one leg spares the other: "I limp and put most of my weight on my left leg".
WEIGHT_ON = re.compile(
    r"(?<!unable to )(?<!not )(?<!n't )(?<!avoids )(?<!avoid )"
    r"\b(?:puts?|putting|keeps?|keeping|shifts?|shifting|places?|placing)\s+(?:most\s+of\s+|more\s+"
    r"|all\s+(?:of\s+)?)?(?:his\s+|her\s+|my\s+|the\s+)?(?:weight|wt)\s+(?:on(?:to)?|through)\s+"
    r"(?:his\s+|her\s+|my\s+|the\s+)?(?:good\s+)?(?P<side>left|right|lt|rt|l|r)\b(?!\s+knee)"
)
# The cane is held opposite the protected leg (README: gait).
CANE_HAND = re.compile(
    r"\b(?:cane|spc|qc|walking\s+stick|crutch)\b[^.;]{0,30}?\b(?P<side>left|right|lt|rt|l|r)\s+hand\b"
)
GOAL = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:(?:smart|short[\s-]term|long[\s-]term|functional|personal|whole\s+health)\s+){0,2}"
    r"(?:(?:stg|ltg|goals?)\b(?!\s+(?:met|achieved|reached|partially))"
    r"|(?:pt|patient|veteran)(?:'s)?\s+(?:will\b|goals?\b))"
)

# ---- radiculopathy --------------------------------------------------------------------------
_ROOTS = r"(?:[ls][1-5](?:\s*(?:-|/|,|and|through|to)\s*[ls]?[1-5])*)"
_LEGS = (
    r"(?:legs?|lower\s+extremit\w+|lower\s+limbs?|pelvic\s+limbs?|thighs?|calf|calves|feet|foot|knees?"
    r"|lle|rle|ble|toes?|ankles?|heel|shin)"
)
_SIDES_OPT = (
    r"(?:(?:left|right|bilateral|both|either|each|a(?=\s+leg\b)|one|lt|rt|b/l|bilat|\w*(?:posterior|lateral|anterior|medial)|post|ant|lat"
    r"|back\s+of|side\s+of|front\s+of|outside\s+of|dorsum\s+of|top\s+of|sole\s+of|bottom\s+of"
    r"|his|her|my|your|the|l|r|same|affected|entire|whole)\s+)*"
)
_BUTTOCK = (
    r"(?:(?:buttocks?|groin|hip)(?:\s+and|\s*[,/&])\s+(?:the\s+|(?:into|down)\s+(?:the\s+)?)?"
    + _SIDES_OPT
    + r")?"
)
_FROM = r"(?:from\s+(?:the\s+|his\s+|her\s+|my\s+)?(?:[\w/]+\s+){1,3}?)?"
NONRADICULAR = re.compile(
    r"\b(?:without|no|denies)\s+(?:any\s+)?(?:leg\s+)?radiation\b"
    r"|\bnon-?\s?radicular(?:\s+(?:pain|symptoms?|back\s+pain))?\b"
    r"|\bnil\s+(?:leg\s+)?(?:referral|radiation)\b(?:\s+(?:into|to|down)\s+(?:the\s+)?legs?\b)?"
    # a pain assessment's "non-radiating", "Radiating: No"
    r"|\bnon-?\s?radiating\b|\bradiating\s*:\s*(?:no|none|denies|neg)\b"
    # "Pain does not radiate."
    r"|(?<!chest\s)(?<!abdominal\s)(?<!abd\s)(?<!knee\s)(?<!neck\s)(?<!head\s)(?<!flank\s)(?<!shoulder\s)"
    r"\bpain\s+(?:does\s+not|doesn'?t|did\s+not|didn'?t|never)\s+radiates?\b(?!\s+until)"
    # McKenzie testing: "L buttock/thigh sx centralized", "pain centralized from R calf"
    r"|\b(?:buttock|thigh|calf|leg)(?:/\w+)?\s+(?:sx|symptoms|pain)\s+centrali[sz]ed\b"
    r"|\b(?:sx|symptoms|pain)\s+centrali[sz]ed\s+from\b"
    r"|\bcentrali[sz]ation\s+of\s+(?:sx|symptoms|pain)\b"
    r"|:\s*centrali[sz]es\b"
    # "8 wks LBP, no leg sx", "no leg symptoms at end of session"
    r"|\bno\s+(?:leg|lower\s+extremity|le)\s+(?:sx|symptoms)\b"
)
RADIC = re.compile(
    r"\b(?:" + _ROOTS + r"\s+)?(?:radiculopath(?:y|ies|ic)|radiculitis"
    r"|radicular(?:\s+(?:(?:leg|lower\s+extremity)\s+)?(?:pain|symptoms?|sx|signs?|complaints?"
    r"|features?|component|numbness"
    r"|paresthesias?|findings|pattern|syndrome))?"
    r"|sciatica|sciatic\s+(?:nerve\s+)?(?:pain|symptoms?|neuritis|neuralgia|irritation)"
    r"|(?:lumbo)?ischialgia"
    # "?radic LLE": the clinic shorthand; "pinched nerve in my back" (not the neck)
    r"|radic(?!\s+(?:prostatectomy|mastectomy|neck|hysterectomy|nephrectomy))"
    r"|pinched\s+nerves?\s+(?:in|of)\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:low(?:er)?\s+)?back"
    r"(?!\s+of\s+(?:the|his|her|my)\s+neck))\b"
)
# Below the knee, or the back of the thigh: where a root's pain goes, and a hip's, an IT band's
# or meralgia's does not ("pain down the lateral thigh to the knee", not a shin: "pain down the
# front of the left shin, shin splints").
_LOWER_LEG = (
    r"(?:calf|calves|feet|foot|ankles?|toes?|heel|(?:posterior|posterolateral|anterior|back\s+of\s+"
    r"(?:the\s+|his\s+|her\s+|my\s+)?|front\s+of\s+(?:the\s+|his\s+|her\s+|my\s+)?)\s*"
    r"(?:(?:left|right|lt|rt|l|r)\s+)?thighs?)"
)
RADIATING = re.compile(
    # (a hip's or a knee's own pain spreads too: "hip pain radiating to the knee")
    r"(?<!hip\s)(?<!hips\s)(?<!knee\s)(?<!ankle\s)(?<!tendon\s)(?<!foot\s)(?<!heel\s)(?<!shin\s)"
    r"\b(?:pain|numbness|tingling|paresthesias?|symptoms?|burning|shooting\s+pain|discomfort"
    r"|lbp|shocks?|jolts?)[\"”']?\s+[\"“]?"
    r"(?:that\s+|which\s+)?(?:now\s+|also\s+|still\s+|sometimes\s+|often\s+|occasionally\s+"
    r"|intermittently\s+|constantly\s+|does\s*n[o']?t\s+|no\s+longer\s+|never\s+)?"
    r"(?:radiat\w*|shoot\w*|shot(?=\s+down)|travel\w*|extend\w*|go(?:es|ing)?|runs?|running"
    r"|refer\w*)\s+(?:\w+\s+){0,3}?"
    + _FROM
    # ("pain radiating below the knee - L leg": past the knee is where a root's pain goes)
    + r"(?:down|into|to|through|along|below|past|beyond)\s+"
    + _SIDES_OPT
    + _BUTTOCK
    + _LEGS
    + r"\b"
    # (the path goes on: "into the anterior thigh and medial knee on the right")
    r"(?:\s+(?:and|to|into)\s+(?:the\s+)?(?:(?:medial|lateral|anterior|posterior)\s+)?"
    r"(?:knee|calf|shin|foot|ankle|toes?)\b)?"
    # "burning pain down the lateral R leg": the direction alone, after a neuropathic quality
    r"|\b(?:burning|shooting|electric|stabbing|sharp|lancinating)\s+pain\s+(?:down|into)\s+"
    + _SIDES_OPT
    + _LEGS
    + r"\b"
    # "shooting pain in the right leg" (a shooting or electric pain in a leg; not "sharp")
    r"|(?<!phantom\s)\b(?:shooting|electric(?:al)?)\s+pains?\s+in\s+" + _SIDES_OPT + _LEGS + r"\b"
    r"(?![^.;]{0,50}\b(?:neuropath\w*|claudicat\w*|dvt|cramp\w*|bka|amput\w*))"
    r"|\bburning\s+(?:pain\s+)?down(?:\s+to)?\s+" + _SIDES_OPT + _LEGS + r"\b"
    # a veteran's own words about the back pain: "it goes all the way down my left leg"
    r"|\b(?:it|that)\s+(?:now\s+|also\s+|still\s+|sometimes\s+)?(?:radiates|shoots|goes|travels"
    r"|runs)\s+(?:from\s+(?:my|his|her|the)\s+(?:butt\w*|(?:low\s+)?back|hip)\s+)?"
    r"(?:all\s+the\s+way\s+)?(?:down|into)\s+" + _SIDES_OPT + _LEGS + r"\b"
    r"|\b(?:it|that)(?:'s|\s+is)\s+(?:now\s+|also\s+|still\s+)?(?:going|shooting|radiating)"
    r"\s+(?:all\s+the\s+way\s+)?down\s+"
    + _SIDES_OPT
    + r"(?:legs?|lower\s+extremit\w+|lower\s+limbs?|thighs?|calf|calves|feet|foot|lle|rle|ble)\b"
    # arrows: "LBP → RLE", "LBP -> b/l post thighs", "R buttock → R lat thigh → knee"
    r"|\b(?:lbp|(?:low\s+)?back(?:\s+pain)?|buttocks?|sciatica)\s*(?:→|->|-»|—>|=>)\s*"
    r"(?:(?:b/l|bilat|both|left|right|lt|rt|l|r)\s+)?(?:(?:post(?:erior)?|lat(?:eral)?|ant(?:erior)?"
    r"|med(?:ial)?)\s+)?(?:rle|lle|ble|legs?|le|lower\s+extremit\w+|thighs?|calf|calves|foot|feet"
    r"|ankles?|shins?)\b"
    # triage shorthand: "LBP w/ rad to LLE"; a pain history's radiation field ("R: down both legs")
    r"|\brad\s+(?:to|into|down)\s+" + _SIDES_OPT + _LEGS + r"\b"
    r"|(?<![\w/])r\s*:\s*(?:radiat\w*\s+)?(?:down|into)\s+"
    + _SIDES_OPT
    + r"(?:legs?|lower\s+extremit\w+|thighs?|calf|calves|feet|foot|lle|rle|ble)\b"
    r"|(?<!hip\spain\s)(?<!knee\spain\s)\b(?:radiat\w+|shooting|electric)\s+(?:pain\s+|symptoms\s+|sx\s+)?"
    + _FROM
    + r"(?:down(?:\s+to)?|into|to)\s+"
    + _SIDES_OPT
    + _BUTTOCK
    + _LEGS
    + r"\b"
    # from the buttock to the foot: "burning pain from the right buttock to the dorsum of the
    # right foot"
    # (not from the hip: "pain from the right hip into the anterior thigh", hip OA)
    r"|\b(?:pain|burning|numbness|tingling|sx|symptoms)\s+(?:\w+\s+)?(?:from\s+(?:the\s+|his\s+"
    r"|her\s+|my\s+)?(?:(?:left|right|lt|rt|l|r|low|lower)\s+)?(?:butt(?:ocks?)?|back|gluteal|glute)"
    r"|(?:(?:left|right|lt|rt|l|r)\s+)?(?:buttocks?|gluteal|glute))\s+"
    r"(?:all\s+the\s+way\s+)?(?:(?:down\s+)?(?:to|into)|down)\s+" + _SIDES_OPT + _LEGS + r"\b"
    # "pain down posterior L thigh to knee", "Radiation: posterior R thigh to calf"
    r"|(?<!knee\s)(?<!knees\s)(?<!ankle\s)\b(?:pain|symptoms?|sx|numbness)\s+(?:\w+\s+)?down\s+"
    + _SIDES_OPT
    + _LOWER_LEG
    + r"\b"
    # a physio's "referral into leg", "intermittent R) leg referral to lateral calf"
    r"|\b(?:leg\s+)?referral\s+(?:into|to|down)\s+"
    + _SIDES_OPT
    + r"(?:legs?|lower\s+extremit\w+|lower\s+limbs?|thighs?|calf|calves)\b"
    # a ROS item: "(-) radiating leg pain"
    r"|\bradiating\s+(?:leg|lower\s+extremity|le)\s+(?:pain|sx|symptoms)\b"
    # a veteran's "pinched nerve" in the back (not the neck's)
    r"|\bpinched\s+nerve\b(?![^.;,]{0,30}\b(?:neck|cervical|arm|wrist|elbow|shoulder|hand|c[3-8])\b)"
    r"|\bnerve[\"”]?\s+pinched\b"
    # McKenzie testing: "Sitting flexion peripheralized sx to L calf"
    r"|\b(?:peripheraliz\w+|peripheralization)\s+(?:of\s+)?(?:sx\s+|symptoms\s+|pain\s+)?(?:to|into)\s+"
    + _SIDES_OPT
    + _LEGS
    + r"\b"
    # "radiates posterolateral thighs to both calves" (no preposition)
    r"|\bradiates\s+" + _SIDES_OPT + _LOWER_LEG + r"\b"
    # "Previously had B/L leg radiation with prolonged standing"
    r"|\b(?:leg|lower\s+extremity)\s+radiation\b"
    r"|\bradiation\s*:\s*"
    + _SIDES_OPT
    + r"(?:buttocks?\s+(?:and|to|&|,)\s+"
    + _SIDES_OPT
    + r")?"
    + _LOWER_LEG
    + r"\b"
    # verbless and form-style: "pain down L leg to the foot", "Radiation: down back of R leg",
    # "Radiating: (+) down RLE", "nerve pain down my leg"
    r"|(?<!knee\s)(?<!hip\s)(?<!ankle\s)\b(?:pain|symptoms?|sx|numbness|sciatica)\s+"
    r"(?:(?:or|and|&)\s+(?:numbness|tingling|pain|weakness)\s+|\w+\s+)?down\s+"
    + _SIDES_OPT
    + r"(?:legs?|lower\s+extremit(?:y|ies)|lle|rle|ble|le)\b"
    # "no pain into the legs" (not a hip's, nor "pain medication into the left leg")
    r"|(?<!hip\s)(?<!knee\s)(?<!ankle\s)\b(?:pain|numbness|tingling|paresthesias?|symptoms)\s+into\s+"
    r"(?:the\s+|his\s+|her\s+|my\s+|either\s+|both\s+)?(?:(?:left|right|lt|rt|l|r)\s+)?"
    r"(?:legs?|lower\s+extremit(?:y|ies))\b"
    r"|\bradiat\w*\s*:\s*(?:\(\+\)\s*|\+\s*|yes\s*,?\s*)?(?:down|into|to)\s+"
    + _SIDES_OPT
    + _LEGS
    + r"\b"
    # "pain L buttock -> posterior thigh -> lateral calf": a pain drawing written with arrows
    r"|\b(?:back|buttocks?|gluteal|glute)\s*-*>\s*(?:\w+\s+){0,2}(?:thigh|calf|leg|foot|shin)\b"
    r"|\b(?:leg|lower\s+extremity)\s+pain\s+(?:that\s+|which\s+)?radiat\w*\s+from\b"
    # "leg pain from the back"; a caller's "his left leg is on fire from the back down to the foot"
    r"|\b(?:leg|lower\s+extremity)\s+pain\s+(?:coming\s+)?from\s+(?:the\s+|his\s+|her\s+|my\s+)?"
    r"(?:low(?:er)?\s+)?back\b(?!\s+(?:of|brace|support|pack|seat|rest))"
    r"|\b(?:pain|burn\w*|f[il]re|shoot\w*|numb\w*|tingl\w*|electric\w*|hurts?|aches?|needles|goes"
    r"|going|travels|radiates|it)\b[^.;]{0,40}?"
    r"\bfrom\s+(?:the\s+|his\s+|her\s+|my\s+)?(?:low(?:er)?\s+)?back\s+(?:all\s+the\s+way\s+)?"
    r"down\s+(?:to\s+|into\s+)?" + _SIDES_OPT + _LEGS + r"\b"
    # 'his back "shoots down the right leg"'
    r"|\bback[\"”']?\s+[\"“]?(?:shoots|shooting|radiates|radiating|goes|going|travels)\s+"
    r"(?:all\s+the\s+way\s+)?"
    r"(?:down|into)\s+(?:to\s+)?" + _SIDES_OPT + _LEGS + r"\b"
    # a form question answered by its boxes: "Does the pain travel? [ ] Yes [X] No"
    r"|^\W*(?:does\s+(?:the|your)\s+pain\s+(?:travel|radiate|spread|shoot|go\s+down)"
    r"|radiates|radiation|radiating)(?=\s*[?:]?\s*$)"
    r"|\bradiating\s+(?:(?:left|right|bilateral|lt|rt|b/l|l|r)\s+)?(?:leg\s+|back\s+"
    r"|lower\s+extremity\s+)?(?:pain|symptoms|sx|numbness)\b"
)
_SLR = r"(?:(?:(?:crossed|contralateral|well[\s-]leg)\s+)?"
_SLR += r"(?:straight[\s-]+leg[\s-]+rais\w*(?:\s+test(?:ing)?)?|slr)"
_SLR += r"|lasegue'?s?(?:\s+sign)?"
_SLR += r"|femoral\s+(?:nerve\s+)?(?:stretch|tension)(?:\s+test(?:ing)?)?|fnst?"
_SLR += r"|slump(?:\s+test(?:ing)?)?"
_SLR += r"|prone\s+knee\s+bend(?:\s+test)?)"
SLR = re.compile(
    r"(?:\b(?P<pol1>positive|negative|pos|neg)\s+|(?<![\w+])(?P<plus>\+)\s*)"
    r"(?:(?:left|right|bilateral|lt|rt|l|r)\s+)?"
    + _SLR
    + r"(?:\s+(?:on\s+the\s+)?(?:left|right|bilaterally|bilateral))?"
    r"|\b" + _SLR + r"(?:\s*(?:test|is|was|now|still|again|remains|:|-|=|,|on the"
    r"|(?:left|right|bilateral(?:ly)?|lt|rt|l|r)\b|(?:at|to)\s+\d+\s*(?:degrees|deg|°)?"
    r"|\([a-z][^()]{0,24}\)))*\s*(?P<pol2>positive|negative|pos|neg|\(\+\)|\(-\)"
    r"|\+|-)(?:\s+(?:on\s+the\s+)?(?:left|right|bilaterally|bilateral|bilat|b/l|lt|rt|l|r)\b)?"
)
# "decreased pinprick in the R L4 dermatome": a sensory deficit in one root's dermatome is a
# radicular finding (numbness or tingling without a root is not).
DERMATOME = re.compile(
    r"\b(?:decreased|diminished|reduced|absent|impaired|altered|loss\s+of)\s+(?:to\s+)?"
    r"(?:sensation|sensory|pinprick|pin\s+prick|light\s+touch|lt|pp|vibration|touch)"
    r"(?:\s+(?:sensation|and\s+\w+(?:\s+touch)?))?\s+(?:in|along|over|of|to)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:left|right|lt|rt|l|r)\s+)?[ls][1-5](?:\s*(?:and|/|,|-)\s*[ls]?[1-5])?\s+"
    r"(?:dermatom\w*|distribution)"
    # pain in one root's dermatome: "burning pain in the L5 dermatome on the right",
    # "Dermatomal pain L4, B/L"
    r"|\b(?:pain|burning|dysesthesias?)\s+(?:in|along|into|down)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:left|right|lt|rt|l|r)\s+)?[ls][1-5](?:\s*(?:and|/|-)\s*[ls]?[1-5])?\s+"
    r"(?:dermatom\w*|distribution)"
    r"|\bdermatomal\s+(?:pain|burning)(?=\s*,?\s*[ls][1-5]\b)"
)
ROOT_IMPINGE = re.compile(
    r"\bnerve\s+root\s+(?:impingement|compression|irritation|encroachment|compromise)"
    r"|\b(?:impingement|compression|irritation)\s+(?:of|on|upon)\s+(?:the\s+)?"
    r"(?:(?:left|right|bilateral|exiting|traversing|descending)\s+)*(?:[ls][1-5]\s+)?"
    r"nerve\s+roots?\b"
)
NERVE_PALSY = re.compile(
    # a code sheet's "8520 SCIATIC NERVE, RIGHT (INCOMPLETE PARALYSIS, MILD)"
    r"\bsciatic\s+nerve,?\s+(?:(?:right|left|bilateral)\s*)?\(\s*(?:incomplete\s+|complete\s+)?paralysis"
    r"|\b(?:(?:incomplete\s+)?paralysis|neuritis|neuralgia|neuropathy|involvement)\s+of\s+the\s+"
    r"(?:(?:left|right)\s+)?(?:sciatic|femoral)\s+nerve\b"
    # a rating's "SCIATIC NERVE PARALYSIS (20%-SC) LEFT", "sciatic nerve involvement on the right"
    r"|\b(?:sciatic|femoral)\s+nerve\s+(?:paralysis|involvement|neuritis|neuralgia)\b"
)
SYMPTOM_WORDS = re.compile(r"\b(?:pain|numb\w*|tingl\w*|radiat\w*|weak\w*|symptom\w*|paresthes\w*)")

# ---- knee -----------------------------------------------------------------------------------
# (regex, knee_dx, needs_knee_context). Order matters only for overlap resolution.
KNEE_PATTERNS: tuple[tuple[re.Pattern[str], str | None, bool], ...] = (
    (
        re.compile(
            r"\b(?:(?:tri|bi)?compartmental\s+(?:degenerative\s+)?(?:changes?|arthritis|arthrosis"
            r"|arthropathy|oa|djd|disease)"
            r"|gonarthros[ie]s"  # (the knee's arthrosis, in European reports)
            # (joint space narrowing alone is a radiographic sign, not the diagnosis: no mention)
            r"|(?:medial|lateral|patellofemoral)\s+(?:compartment\s+|joint\s+(?:line\s+)?)?(?:"
            r"degenerative\s+(?:joint\s+)?(?:changes?|disease)|arthritis"
            r"|arthrosis|osteoarthritis|oa|djd|chondrosis)"
            r"|(?:osteo)?arthritis\s+of\s+the\s+(?:(?:left|right|bilateral)\s+)?knees?"
            # "generalized osteoarthritis involving the hands and knees"
            # the ICD-9 wording of VA problem lists: "Osteoarthrosis, localized primary, lower leg"
            r"|osteoarthrosis,?\s+(?:(?:localized|generalized|unspecified|primary|secondary"
            r"|whether\s+generalized\s+or\s+localized),?\s+){0,3}(?:involving\s+)?lower\s+leg"
            r"|osteoarthritis\s+(?:involving|of|in)\s+(?:the\s+|both\s+)?(?:\w+,?\s+){1,4}(?:and|&)\s+"
            r"(?:the\s+|both\s+)?knees"
            r")\b"
        ),
        "osteoarthritis",
        False,
    ),
    (
        # a grade of any joint's arthritis: a knee's only where the knee is the subject
        re.compile(
            r"\b(?:kellgren[\s-]+lawrence\s+(?:grade\s+)?(?:[2-4]|ii|iii|iv)|kl\s*(?:grade\s*)?[2-4])\b"
        ),
        "osteoarthritis",
        True,
    ),
    (
        re.compile(
            r"\b(?:osteoarthritis|osteoarthrosis|oa|djd|degenerative\s+joint\s+disease"
            r"|degenerative\s+arthritis|degenerative\s+(?:joint\s+)?changes?|arthritic\s+changes?"
            r"|(?:post-?\s?traumatic\s+)?arthritis|arthrosis"
            r"|degenerative\s+arthropathy|bone[\s-]+on[\s-]+bone)\b"
        ),
        "osteoarthritis",
        True,
    ),
    # OCR damage of "DJD": "DID", "D)D", "DJ D". "did" is a verb, so it counts only in
    # "DID of the (right) knee"; the other forms are not words and need knee context.
    (
        re.compile(
            r"\b(?:did|d\s?\)\s?d|dj\s+d|d\s+jd|d\.\s?j\.\s?d)\.?\s+(?:of|in|involving)\s+"
            r"(?:(?:the|both|his|her)\s+){0,2}(?:(?:left|right|bilateral|lt|rt|l|r)\.?\s+)?knees?\b"
        ),
        "osteoarthritis",
        False,
    ),
    (re.compile(r"(?<![\w)])(?:d\s?\)\s?d|dj\s+d|d\s+jd)(?![\w(])"), "osteoarthritis", True),
    (
        re.compile(
            r"\b(?:(?:torn|tore\s+(?:his|her|my|the|their)|(?:tear|rupture)(?:\s+of)?(?:\s+the)?"
            r"|degenerat\w+\s+of\s+the)\s+(?:(?:left|right|lt|rt|l|r)\s+)?(?:(?:posterior|anterior)\s+"
            r"horn\s+(?:of\s+the\s+)?)?(?:medial\s+|lateral\s+)?menisc(?:us|i|al)"
            r"|(?:(?:medial|lateral|posterior\s+horn|anterior\s+horn|body)\s+(?:of\s+the\s+)?)*"
            r"menisc(?:al|us|i)\s*:?\s+(?:\w+\s+){0,3}?(?:tears?|degeneration|degenerative\s+(?:changes?"
            r"|tear|signal)|fraying|injury|lesion|pathology|extrusion|damage|involvement)"
            r"|(?:(?:bucket[\s-]handle|horizontal|radial|complex|flap|oblique|vertical|longitudinal"
            r"|degenerative)\s+)+tears?\s+(?:of|involving|in)\s+(?:the\s+)?(?:(?:(?:posterior|anterior)"
            r"\s+horn|free\s+edge|inner\s+margin|root|body|undersurface)\s+of\s+the\s+)?"
            r"(?:medial\s+|lateral\s+)?menisc\w+"
            r"|(?:(?:horizontal|radial|complex|flap|oblique|vertical|longitudinal|cleavage"
            r"|bucket[\s-]handle|degenerative|undersurface|displaced|nondisplaced|partial"
            r"|full[\s-]thickness)\s+){1,4}tears?\s+(?:(?:of|involving|in|at|along|and|the|body|root"
            r"|posterior|anterior|horns?|free|edge|medial|lateral|inner|outer|third|margin"
            r"|undersurface|peripheral|periphery|central|midbody|remnant|inferior|superior"
            r"|articular|surface|red|white|zone)\s+){1,9}menisc(?:us|i)"
            # a horn is a meniscus's: "Medial: Horizontal tear posterior horn", "posterior horn
            # tear", "tear of the posterior horn remnant"
            r"|(?:(?:horizontal|radial|complex|flap|oblique|vertical|longitudinal|cleavage"
            r"|bucket[\s-]handle|degenerative|undersurface|displaced|nondisplaced|recurrent"
            r"|partial|small)\s+){1,4}tears?\s+(?:of\s+|involving\s+|in\s+)?(?:the\s+)?"
            r"(?:posterior|anterior)\s+horn\b"
            r"|(?:posterior|anterior)\s+horn\s+(?:(?!(?:no|not|without)\b)\w+\s+){0,2}tears?\b"
            # no adjective (or one OCR broke): "tear of the body and posterior horn of the ..."
            r"|\b(?:tears?|ruptures?)\s+of\s+the\s+(?:body|root|posterior|anterior|free|inner|undersurface)\s+"
            r"(?:(?:of|involving|in|and|the|body|root"
            r"|posterior|anterior|horns?|free|edge|medial|lateral|inner|outer|third|margin"
            r"|undersurface)\s+){1,9}menisc(?:us|i)"
            r"|menisc(?:us|i)\s*,?\s*(?:consistent\s+with|compatible\s+with|c/w|representing)\s+"
            r"(?:intrasubstance\s+|myxoid\s+|mucoid\s+)degeneration"
            r"|(?:myxoid|mucoid|intrasubstance)\s+degeneration\s+(?:of\s+)?(?:the\s+)?"
            r"(?:(?:posterior|anterior)\s+horn\s+(?:of\s+the\s+)?)?(?:medial\s+|lateral\s+)?menisc(?:us|i)"
            r"|(?:partial\s+)?meniscectomy|menisc(?:us|al)\s+(?:\(semilunar\s+cartilage\)\s+)?"
            r"conditions?|(?:(?:removal|excision|dislocation|tear)\s+of\s+(?:the\s+)?)?semilunar\s+cartilage"
            # ICD-10 M23.2xx: "derangement of (anterior horn of) medial meniscus"
            r"|menisc(?:us|al)\s+derangements?"
            # a veteran's words: "a tear in the meniscus", "the meniscus is shredded", "repaired"
            r"|tear\s+in\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:medial\s+|lateral\s+)?menisc(?:us|i)"
            # radiologists' shorthand: "complex tear PHMM" (posterior horn of the medial meniscus)
            r"|tears?\s+(?:of\s+(?:the\s+)?)?(?:ph|ah)[ml]m\b"
            r"|(?:macerated|truncated|blunted|extruded)\s*,?\s+(?:(?:and\s+)?(?:macerated|extruded)\s+)?"
            r"(?:(?:body|posterior\s+horn|anterior\s+horn)\s+of\s+the\s+)?(?:medial\s+|lateral\s+)?menisc(?:us|i)"
            # ICD-9 836.x: "Tear of medial cartilage or meniscus of knee"
            r"|tear\s+of\s+(?:the\s+)?(?:medial|lateral)\s+cartilage"
            r"|menisc(?:us|i)\s+(?:is\s+|was\s+|were\s+)?(?:shredded|torn|repaired)"
            r"|derangement\s+of\s+(?:the\s+)?(?:(?:posterior|anterior)\s+horn\s+of\s+(?:the\s+)?)?"
            r"(?:medial\s+|lateral\s+)?menisc(?:us|i))\b"
        ),
        "meniscal_tear",
        False,
    ),
    # a veteran's words: "a torn cartilage in the left knee" (knee context)
    (
        re.compile(r"\b(?:torn\s+cartilage|cartilage\s+(?:tear|(?:is|was)\s+torn))\b"),
        "meniscal_tear",
        True,
    ),
    # "R knee MMT on MRI", "?MMT": a medial/lateral meniscal tear, where the clinic's words say
    # so; alone "MMT" is manual muscle testing in therapy notes ("MMT R knee ext 4+/5")
    (
        re.compile(
            r"(?:(?<=knee\s)|(?<=\?)|(?<=\?\s)|(?<=r/o\s)|(?<=suspect\s)|(?<=suspected\s)|(?<=degenerative\s)"
            # "complex MMT", "?degen MMT", "h/o L MMT", "A: L MMT"
            r"|(?<=complex\s)|(?<=degen\s)|(?<=h/o\s)|(?<=horn\s))[ml]mt\b(?!\s*[:=]?\s*\d)"
            # "A: L MMT, likely degen", "h/o R MMT s/p APM" (not "R MMT grossly 4+/5", "L MMT WNL")
            r"|(?:(?<=\sl\s)|(?<=\sr\s)|(?<=:\sl\s)|(?<=:\sr\s)|(?<=left\s)|(?<=right\s)|(?<=^l\s)"
            r"|(?<=^r\s))[ml]mt\b(?=\s*(?:[.,;)]|$|on\s+mri|-?s/p|2/2|vs\b|-\s|\())"
        ),
        "meniscal_tear",
        False,
    ),
    (
        re.compile(
            r"\b(?:patellofemoral\s+(?:pain\s+)?syndrome|patellofemoral\s+pain|pfps|runner'?s\s+knee"
            r"|chondromalacia(?:\s+(?:of\s+the\s+)?patell(?:ae|a|ar))?"
            r"|patellofemoral\s+(?:dysfunction|malalignment|maltracking)"
            r"|patellar\s+(?:maltracking|malalignment)|anterior\s+knee\s+pain\s+syndrome"
            r"|patellofemoral\s+disorders?)\b"
        ),
        "patellofemoral",
        False,
    ),
    (
        re.compile(
            r"\b(?:recurrent\s+(?:patellar\s+)?(?:subluxation|dislocation)|patellar\s+(?:subluxation"
            r"|instability|dislocation)"
            r"|(?:acl|pcl|mcl|lcl|anterior\s+cruciate|posterior\s+cruciate|medial\s+collateral"
            r"|lateral\s+collateral|cruciate|collateral)(?:\s+ligament)?\s+(?:\w+\s+)?(?:tear|rupture"
            r"|insufficiency|deficiency|laxity|sprain|injury|reconstruction|recon|repair|disruption)"
            r"|(?:torn|ruptured|deficient|lax)\s+(?:acl|pcl|mcl|lcl|anterior\s+cruciate"
            r"|posterior\s+cruciate|medial\s+collateral|lateral\s+collateral)(?:\s+ligament)?"
            r"|(?:acl|pcl)[\s-]deficient|knee\s+instability"
            r"|aclr\b"  # (an ACL reconstruction: "3 mo s/p L ACLR (BTB)")
            # a knee's own translation: "2+ anterior tibial translation", "Lachman testing
            # demonstrated 2+ anterior translation", "... translation on Lachman"
            r"|(?:[1-3]\+|increased|excessive)\s+(?:anterior|posterior)\s+tibial\s+translation"
            r"|lachman\s+(?:\w+\s+){0,3}(?:[1-3]\+|increased|excessive)\s+anterior\s+translation"
            r"|(?:[1-3]\+|increased|excessive)\s+anterior\s+translation\s+(?:on|with)\s+(?:the\s+)?"
            r"lachman"
            r"|mpfl\s+(?:tear|rupture|reconstruction|repair|injury)"
            r"|(?:acl|pcl)\s+graft\s+(?:tear|rupture|failure|insufficiency)|tear\s+of\s+the\s+(?:acl|pcl)\s+graft"
            # "complete tear of the proximal ACL", "tear of the mid-substance ACL"
            r"|(?:tear|rupture|disruption)\s+of\s+the\s+(?:proximal|distal|mid|mid-?substance"
            r"|femoral|tibial)\s+(?:attachment\s+of\s+the\s+)?(?:acl|pcl)"
            r"|(?:tore|ruptured)\s+(?:my|his|her|the)\s+(?:(?:left|right|lt|rt)\s+)?(?:acl|pcl|mcl|lcl)"
            # the Knee DBQ's history question ("Is there a history of lateral instability?")
            r"|history\s+of\s+(?:lateral\s+|recurrent\s+)?instability(?=\s*\?)"
            r"|(?:complete\s+|partial\s+)?(?:tear|rupture|disruption|injury|sprain)\s+of\s+the\s+"
            r"(?:(?:left|right|lt|rt)\s+)?(?:acl|pcl|mcl|lcl|anterior\s+cruciate|posterior\s+cruciate|medial\s+collateral"
            r"|lateral\s+collateral)(?:\s+ligament)?"
            r"|knees?\s+(?:\W\s*)?(?:(?:has|have|keeps?)\s+)?(?:gives?|gave|giving|given)\s+(?:out|way)"
            r"|knees?\s+[\"“]?(?:just\s+)?(?:(?:has|have|keeps?)\s+)?buckl\w+"
            r"|knees?\s+(?:had\s+|has\s+)?(?:begun|began|starts?|started|begins?)\s+to\s+(?:buckle"
            r"|give\s+(?:out|way))"
            r"|knees?\s+[\"']?(?:feels?|felt|is|was|seems?|gets?)\s+(?:\w+\s+)?unstable"
            r"|unstable\s+knees?"
            # the medical-history form's item: "\"Trick\" or locked knee", a veteran's "trick knee"
            r"|trick[\"”']?\s+(?:or\s+locked\s+)?knees?)\b"
        ),
        "instability",
        False,
    ),
    (
        re.compile(
            # (not a neurologist's "postural instability on pull test")
            r"(?<!postural\s)\b(?:(?:lateral|medial|anterior|posterior|ligamentous|rotatory|varus|valgus"
            r"|anteroposterior|mediolateral|joint)\s+)?instability|ligamentous\s+laxity|laxity"
            r"|subluxation|ligament(?:ous)?\s+(?:injury|tear|rupture|sprain)"
            r"|(?:gives?|gave|giving)\s+(?:out|way)|buckl(?:ing|es)\b"
            # "Lachman testing demonstrated 2+ anterior translation" (an ankle's drawer too)
            r"|(?:[1-3]\+|increased|excessive)\s+(?:anterior|posterior)\s+(?:tibial\s+)?translation"
        ),
        "instability",
        True,
    ),
    (
        re.compile(
            # "Flexion of the left knee is limited to 80 degrees"
            r"\b(?:flexion|extension)\s+of\s+the\s+(?:(?:left|right)\s+)?knee\s+(?:is|was)\s+limited"
            r"|\b(?:limit(?:ed|ation\s+of|ations\s+of)\s+(?:the\s+)?(?:knee\s+)?(?:flexion|extension"
            r"|range\s+of\s+motion|rom|motion)"
            r"|(?:flexion|extension)\s+(?:is\s+|was\s+)?(?:limited|restricted)(?!\s+(?:to|by|at)\b)"
            r"|(?:range\s+of\s+motion|rom)\s+(?:is\s+|was\s+)?(?:limited|restricted|decreased|reduced"
            r"|lim|ltd)\b"
            r"|(?:decreased|reduced|restricted|diminished)\s+(?:knee\s+)?(?:range\s+of\s+motion|rom"
            r"|flexion|extension)|flexion\s+contracture|fixed\s+flexion\s+deformity"
            r"|loss\s+of\s+(?:terminal\s+|full\s+|end[\s-]range\s+)?(?:knee\s+)?(?:flexion|extension)"
            r"|knees?\s+(?:(?:are|were|is|was)\s+)?(?:flexion\s+)?contract(?:ed|ures?)"
            r"|stiffness\s+of\s+(?:the\s+)?(?:(?:left|right|bilateral)\s+)?knees?"
            # the Knee DBQ's range-of-motion item ("Abnormal or outside of normal range: [X] Yes")
            r"|abnormal\s+or\s+outside\s+(?:of\s+)?(?:the\s+)?normal\s+range)"
        ),
        "limited_motion",
        True,
    ),
    (
        re.compile(
            r"\b(?:(?:knee|patellar|quadriceps|quad|pes\s+anserine?|prepatellar|infrapatellar"
            r"|suprapatellar|popliteal)\s+(?:strain|sprain|tendinitis|tendonitis|tendinopathy"
            r"|tendinosis|bursitis|cyst|effusion)"
            r"|(?:strain|sprain|tendinitis|tendonitis|tendinopathy|bursitis|effusion|hemarthrosis"
            r"|synovitis)\s+of\s+the\s+(?:(?:left|right|bilateral)\s+)?knees?"
            r"|baker'?\s?s?\s+cyst|popliteal\s+(?:\(baker'?s?\)\s+)?cyst|osgood[\s-]+schlatter\w*|plica\s+syndrome"
            r"|(?:total|partial|unicompartmental)\s+knee\s+(?:joint\s+)?(?:arthroplast(?:y|ies)"
            r"|replacements?|prosthes[ie]s)"
            r"|tkas?|tkr|ukas?|uka?r|high\s+tibial\s+osteotomy"
            # a scope once done ("s/p L knee scope 2007"), not one booked or offered
            r"|(?:(?<=s/p\s)|(?<=h/o\s)|(?<=hx\s)|(?<=history\sof\s))(?:(?:left|right|lt|rt|l|r"
            # (not one named by its procedure: "knee scope 2009 (partial medial meniscectomy)")
            r"|b/l)\s+)?knee\s+scopes?(?!\s+(?:(?:in\s+)?(?:19|20)\d\d\s+)?\()"
            r"|knee\s+replacements?|knees?\s+(?:was\s+|were\s+)?replaced|artificial\s+knee\s+joint|(?:osteo)?chondral\s+(?:defect|lesion)|loose\s+bod(?:y|ies)"
            r"|osteochondritis\s+dissecans|genu\s+recurvatum|tibial\s+plateau\s+fracture"
            r"|fracture\s+of\s+the\s+(?:\w+\s+){0,2}tibial\s+plateau"
            r"|patellar\s+fracture|internal\s+derangement|(?:iliotibial|it)\s+band\s+syndrome"
            r"|itb\s+syndrome|itbs|(?:itb|it\s+band|iliotibial\s+band)\s+friction\s+syndrome)\b"
        ),
        "other_diagnosis",
        False,
    ),
    (
        re.compile(
            r"(?<!hamstring\s)(?<!medius\s)(?<!minimus\s)(?<!trochanteric\s)(?<!groin\s)"
            r"(?<!adductor\s)(?<!achilles\s)(?<!calf\s)(?<!flexor\s)(?<!gluteal\s)"
            r"\b(?:strain|sprain|tendinitis|tendonitis|tendinopathy|bursitis|joint\s+effusion"
            r"|(?<!pleural\s)(?<!pericardial\s)effusions?|synovitis|(?:pseudo)?gout|contusion|hemarthrosis"
            r"|plica|monoarthritis|cppd"
            # shorthand: "tr eff", "1+ eff", "mod eff", "no eff" (the "no" left to the negation)
            r"|(?:tr|trace|min|minimal|sm|small|mod|moderate|lg|large|[1-3]\+)\s+eff\b"
            r"|(?<=\bno\s)eff\b|(?<=ø\s)eff\b"
            # (a bone bruise on an MRI is left alone: most authors do not label it)
            r"|sonk|osteonecrosis)\b"
        ),
        "other_diagnosis",
        True,
    ),
    (
        re.compile(
            r"\b(?:knees?\s+(?:joint\s+)?[\"“]?(?:pain|arthralgias?|discomfort|aches?|aching|soreness"
            r"|hurts?|sore)"
            # a triage's "c/o pain to L knee" (not a radiation's "thigh pain to the knee")
            r"|(?<!thigh\s)(?<!leg\s)(?<!back\s)(?<!buttock\s)(?<!calf\s)(?<!shin\s)(?<!hip\s)\bpain\s+to\s+"
            r"(?:the\s+|his\s+|her\s+|my\s+|both\s+)?(?:(?:left|right|bilateral|lt|rt|l|r|b/l)\s+)?knees?"
            r"|(?:pain|arthralgias?|discomfort|aching|aches|soreness)\s+(?:is\s+)?(?:of|in|at|involving|about"
            r"|over|along|around)\s+(?:(?:the|his|her|both|my|your)\s+){0,2}(?:(?:left|right|bilateral|lt"
            r"|rt|l|r|medial|lateral|anterior|posterior|inner|outer|front|back)\s+)*"
            r"(?:(?:aspect|side|part|compartment|front|back)\s+of\s+(?:the\s+|his\s+|her\s+|my\s+)?"
            r"(?:(?:left|right|bilateral|lt|rt|l|r)\s+)?)?knees?"
            # "pain L knee w/ WB": clinic shorthand, the side is required
            r"|pain\s+(?:(?:medial|lateral|anterior|posterior)\s+)?(?:left|right|bilateral|lt|rt|l|r|b/l)\s+"
            r"(?:(?:antero|postero)?(?:medial|lateral)\s+|anterior\s+|posterior\s+)?"
            r"knees?(?!\s*[:=-]?\s*0\s*/\s*10)"
            r"|knees?\s+(?:has|have)\s+(?:(?:been|become)\s+)?(?:increasingly\s+|more\s+)?(?:hurt|hurting|painful)"
            # "protecting the painful R knee"
            r"|\b(?:(?:the|his|her|my)\s+painful\s+(?:(?:left|right|bilateral|lt|rt|l|r|b/l)\s+)?"
            r"|painful\s+(?:left|right|bilateral|lt|rt|l|r|b/l)\s+)knees?"
            r"|knees?\s+(?:began|begun|started)\s+to\s+(?:ache|hurt)"
            # "pain at the inferior pole of the R patella"
            # "tender over the right pes anserine bursa"
            r"|(?:pain|tender(?:ness)?|ttp)\s+(?:at|over|of)\s+(?:the\s+)?(?:(?:left|right)\s+)?pes\s+"
            r"anserin\w*(?:\s+bursa)?"
            r"|(?:pain|tenderness|tender|ttp)\s+(?:at|over|of)\s+the\s+(?:inferior|superior)\s+pole\s+of\s+the\s+"
            r"(?:(?:left|right|lt|rt|l|r)\s+)?patella"
            # "Today pain peripatellar R", "retropatellar pain"
            r"|(?:pain|tenderness)\s+(?:peri|retro|para)patellar|(?:peri|retro|para)patellar\s+pain"
            # "my right knee is killing me", "my knee just aches", "hurts on the inside of the knee"
            r"|knees?\s+(?:is|are|has\s+been)\s+killing\s+(?:me|him|her)"
            r"|knees?\s+just\s+(?:hurts?|aches?)"
            r"|hurts?\s+(?:on|in)\s+the\s+(?:inside|outside|front|back|inner|outer)\s+(?:part\s+)?of\s+"
            r"(?:the\s+|my\s+|his\s+|her\s+)?(?:(?:left|right|lt|rt|l|r)\s+)?knees?"
            # a survey's "Where is your pain?: LOW BACK, LEFT KNEE"
            r"|where\s+is\s+(?:your|the)\s+pain\s*\??\s*:?\s*(?:[\w/]+(?:\s+\w+)?\s*,\s*){0,3}"
            r"(?:(?:left|right|bilateral|both|lt|rt|l|r|b/l)\s+)?knees?"
            # a veteran's words: "the left knee that hurts", "knee swells up and hurts"
            r"|knees?\s+(?:that|which)\s+(?:hurts?|aches?)"
            r"|knees?\s+[\"“']?(?:still|really|always|also|now|constantly|often)\s+(?:hurts?|aches?)"
            # a knee's pain denied in the veteran's words: "his knees no longer hurt", 'knees
            # "don't ache anymore"' (a denial inside the match: see candidates.PAIN_DENIED)
            r"|knees?\s+[\"“]?(?:no\s+longer|don'?t|do\s+not|doesn'?t|does\s+not|never)\s+(?:hurts?|aches?)"
            r"|knees?\s+(?:swells?|swelled|locks?|pops?)\s+(?:up\s+)?(?:and|&)\s+(?:hurts?|aches?)"
            r"|knees?\s+(?:is|are|was|were|remains?|started|starts|began|begins|keeps?|now|still)\s+"
            r"(?:(?!not\b|never\b)\w+\s+)?"
            r"(?:painful|hurting|sore|aching)"
            r"|knees?\s+(?:swelling|stiffness)(?:\s+(?:and|&)\s+|\s*/\s*)(?:pain|discomfort)"
            r"|knees?\s+(?:medial|lateral|anterior|posterior|med|lat|ant|post)\s+(?:pain|pn|discomfort)"
            r"|knees?\s+(?:pn|[\"“]aches?[\"”]?)"
            # 'c/o L knee hurting "like a toothache"', 'R knee "throbbing" 5/10'
            r"|knees?\s+[\"“]?(?:hurting|throbbing)\b"
            r"|(?:pain|warmth|swelling)\s+(?:and|&)\s+(?:\w+\s+){1,2}?(?:in|of)\s+(?:the\s+|both\s+)?"
            r"(?:(?:left|right|bilateral|lt|rt|l|r)\s+)?knees?"
            # "Denies knee or ankle pain": the knee's pain, listed first
            r"|knees?\s+(?:or|and|/|&)\s+(?:ankle|hip|foot|back|shoulder|hand)\s+(?:pain|arthralgias?)"
            r"|(?:(?:medial|lateral)\s+)?(?:joint|jt)[\s-]+line\s+(?:tenderness|tender|ttp|pain)"
            # (a knee's "medial joint space tender"; not an ankle's, an AC joint's or a TMJ's)
            r"|(?<!ankle\s)(?<!ankle:\s)(?:medial|lateral)\s+joint\s+space\s+(?:tenderness|tender|ttp)"
            r"|(?:medial\s+|lateral\s+)?[ml]?jlt|ttp\s+[ml]jl"
            r"|arthralgias?\s*\(\s*(?:(?:left|right|bilateral|lt|rt|b/l|l|r)\s+)?knees?(?=\s*\))"
            r"|arthralgias?\s+(?:of\s+|in\s+)?(?:the\s+|both\s+)?(?:(?:left|right|bilateral|lt|rt|b/l|l|r|b)\s+)?knees?"
            r"|(?:ttp|tender(?:ness)?(?:\s+to\s+palpation)?)\s+(?:(?:present|noted)\s+)?"
            r"(?:(?:at|over|of|along|to|on)\s+)?"
            r"(?:the\s+)?(?:(?:medial|lateral)\s+)?(?:joint[\s-]+line|(?:medial|lateral)\s+knee)"
            r"|pain\s+in\s+(?:the\s+)?joint\s+of\s+(?:the\s+)?(?:(?:left|right|bilateral)\s+)?knees?"
            r"|pain\s+(?:involving|in|of)\s+(?:the\s+|both\s+)?(?:\w+,?\s+){1,6}(?:and|&)\s+"
            r"(?:the\s+|both\s+)?knees"
            # a pain flowsheet's "Location: R knee | Intensity: 6/10"
            # (not a place: "Clinic location: Knee clinic")
            r"|(?<!clinic\s)(?<!visit\s)\blocations?\s*:\s*(?:(?:left|right|bilateral|bilat|both"
            r"|lt|rt|l|r|b/l)\s+)?knees?(?!\s+(?:clinic|center|service|surgery|ward|unit))"
            r"|\bpain\b(?:\s+assessment)?\s*:?\s*(?:\w+\s+){0,2}?location\s*:?\s+"
            r"(?:(?:left|right|bilateral|both|lt|rt|l|r)\s+)?knees?"
            # a nurse's pain lines: "Pain sites: B/L knees, low back", "Pain site (per CNA):
            # R knee",
            # "Pain: L knee 7/10", "Pain 5/10 L knee", "Joint pain: B/L knees"
            # ("Site #2: L knee | Radiation: none | Quality: aching")
            r"|\b(?:(?:joint\s+)?pain(?:\s+(?:sites?|locations?))?"
            r"|(?<!injection\s)(?<!surgical\s)(?<!incision\s)site\s*#\s*\d{1,2}"
            r"(?=[^\n]{0,60}\b(?:quality|radiation|score|intensity|pain)\b))\s*"
            r"(?:\([^)]{0,20}\)\s*)?(?::|\s-)\s*"
            r"(?:[\w/]+(?:\s+\w+)?\s*,\s*){0,3}(?:(?:left|right|bilateral|both|lt|rt|l|r|b/l)\s+)?knees?"
            r"|\bpain\s+(?:[1-9]|10)\s*/\s*10\s+(?:(?:left|right|bilateral|lt|rt|l|r|b/l)\s+)?knees?"
            r"|\bgonalgia"
            # the medical-history form's "Knee trouble (locking, giving out, pain ...)"
            r"|knee\s+trouble"
            # a lay "bad knees" (a veteran's, a relative's): 'states L knee now "bad" too'
            r"|bad[\"”']?\s+kn\s?ees?(?!\s+(?:exam\w*|x-?rays?|films?|mri|brace))"
            r"|kn\s?ees?\s+(?:(?:are|is|were|was|now)\s+){1,2}(?:so\s+|too\s+)?[\"“']?bad)\b"
        ),
        "pain_only",
        False,
    ),
    (
        re.compile(
            # (not the hamstring's, the hip's or the spine's: "TTP prox hamstring", "no
            # midline TTP")
            # (nor a fracture screen's "no bony tenderness")
            r"(?<!midline\s)(?<!paraspinal\s)(?<!spinous\s)(?<!lumbar\s)(?<!bony\s)\b(?:ttp|tenderness)\b"
            r"(?!\s+(?:(?:over|at|of|to)\s+)?(?:the\s+)?(?:prox\w*\s+|distal\s+)?(?:hamstring|glut"
            r"|hip|greater\s+troch|trochanter|si\s+joint|sacroiliac|paraspinal|lumbar|spinous|midline"
            r"|ankle|calf|achilles|groin|shoulder|(?:medial\s+|lateral\s+)?calcane\w*|heel|plantar|hallux"
            r"|(?:1st\s+)?mtp|metatarsal|foot|atfl|sinus\s+tarsi|navicular))"
            # a knee exam's "no effusion, nontender": a denied tenderness (not a scar's or a
            # nodule's, see candidates)
            # (nor another part's: "Calf nontender", "Abdomen soft, nontender")
            r"|(?<!calf\s)(?<!calf:\s)(?<!calves\s)(?<!thigh\s)(?<!abdomen\s)(?<!abd\s)"
            r"\bnon-?\s?tender\b(?!\s+(?:\w+\s+)?(?:nodule|mass|scars?|lump|incisions?|portals?))"
        ),
        "pain_only",
        True,
    ),
    (
        re.compile(
            r"\bdoes\s+the\s+veteran\s+have\s+(?:a\s+)?limitation\s+of\s+(?:flexion|extension)\b"
        ),
        "limited_motion",
        False,
    ),
    (
        re.compile(
            r"\b(?:(?:(?:left|right|bilateral|lt|rt|b/l|l|r)\s+)?knees?(?!\s+rules?\b)(?:\s+(?:exam(?:ination)?|x-?rays?"
            r"|radiographs?|mri|imaging|series))?\s*(?:(?:is|was|are|were|:|-|today|again|otherwise"
            r"|documented\s+as|noted\s+to\s+be(?=\s+(?:normal|unremarkable|benign)))\s*)*"
            r"(?:normal|unremarkable|benign"
            r"|within\s+normal\s+limits|wnl|nl|negative|ok(?:ay)?\b(?!\s+to\b)"
            r"|fine\b(?!\s+(?:motor|crepitus|needle)))"
            r"|normal\s+(?:(?:left|right|bilateral|lt|rt|b/l|l|r)\s+)?knees?(?:\s+(?:exam(?:ination)?|x-?rays?"
            r"|radiographs?|mri|study|series))?"
            r"|(?:exam(?:ination)?|x-?rays?|radiographs?|mri)\s+of\s+(?:the\s+|both\s+)?"
            r"(?:(?:left|right|bilateral|lt|rt|b/l|l|r)\s+)?knees?\s+(?:is|was|are|were)\s+"
            r"(?:entirely\s+|completely\s+)?(?:normal|unremarkable|benign)"
            r"|(?:normal|unremarkable|negative)\s+(?:exam(?:ination)?|x-?rays?|radiographs?|mri"
            r"|study|series|imaging)\s+of\s+(?:the\s+|both\s+)?(?:(?:left|right|bilateral|lt|rt"
            r"|b/l|l|r)\s+)?knees?"
            r"|(?:negative|normal|unremarkable)\s+(?:(?:left|right|bilateral|lt|rt|b/l)\s+)?knees?\s+"
            r"(?:x-?rays?|radiographs?|films?|mri|imaging)"
            r"|no\s+(?:orthopedic\s+|orthopaedic\s+)?(?:disability|pathology|disorder)\s+(?:of|in)\s+"
            r"(?:the\s+|either\s+|both\s+)?(?:(?:left|right|lt|rt)\s+)?knees?"
            r"|nothing\s+(?:is\s+)?wrong\s+with\s+(?:the\s+|my\s+|his\s+|her\s+)?"
            r"(?:(?:left|right|lt|rt)\s+)?knees?"
            r"|no\s+(?:(?:acute|significant|diagnosed|current|chronic)\s+)*(?:(?:left|right|bilateral|lt|rt"
            r"|b/l|l|r)\s+)?knees?\s+(?:abnormalit(?:y|ies)|pathology|condition|problems?|disability"
            r"|disorder|diagnosis)"
            # a decision's words: "the service treatment records are silent for any knee complaint"
            r"|silent\s+(?:for|as\s+to|regarding|with\s+respect\s+to)\s+(?:any\s+)?(?:[\w,]+\s+){0,6}?"
            r"(?:(?:left|right|bilateral)\s+)?knees?)\b"
        ),
        None,
        False,
    ),
    (
        re.compile(
            r"\b(?:no\s+(?:(?:acute|significant|osseous|bony)\s+)*(?:abnormalit(?:y|ies)|pathology)"
            r"(?!\s+to\s+(?:render|support|warrant))"
            r"|(?:exam|examination|study|radiographs?|x-?rays?)\s+(?:is\s+|was\s+)?(?:normal"
            r"|unremarkable)|normal\s+(?:exam(?:ination)?|study))\b"
        ),
        None,
        True,
    ),
)
# A test's result words, shared by every pattern that reads one (the pattern adds its own
# extras: grades, "abnormal", "nl"): positive, then negative.
RESULT_POS_WORDS = r"positive|pos"
RESULT_NEG_WORDS = r"negative|neg|normal|stable|intact|wnl"
RESULT_POS = RESULT_POS_WORDS + r"|\+|\(\+\)"
RESULT_NEG = RESULT_NEG_WORDS + r"|-|\(-\)"
# Exam manoeuvres with a result: the result decides ("McMurray +", "negative Lachman").
# (a dictated grade too: "Lachman is two plus on the left")
_POS_RESULT = (
    # ("McMurray's maneuver produces a painful click medially")
    # (pain alone on a ligament test says nothing of laxity: "Lachman elicits pain but no laxity")
    r"(?:(?:produces|produced|reproduces|reproduced|elicits|elicited)\s+(?:a\s+)?(?:painful\s+)?"
    r"(?:click|clunk|pop)"
    r"|" + RESULT_POS + r"|[1-3]\+|grade\s+[1-3]|[1-3][abc]\b"
    r"|(?:one|two|three|[1-3])\s+plus\b)"
)
# (a firm endpoint with no grade is an intact ligament: "Lachman firm endpoint")
_NEG_RESULT = r"(?:" + RESULT_NEG + r"|firm(?:\s+end\s*-?\s*point)?)"
_TEST_FILL = r"(?:\s*(?:tests?|testing|signs?|maneuvers?|is|was|are|were|both|all|:|=|,|on\s+the"
_TEST_FILL += r"|medially|laterally|(?:@|at)\s*\d+\s*(?:deg(?:rees)?|°)?"
_TEST_FILL += r"|and\s+(?:anterior\s+|posterior\s+)?(?:drawer|lachman|mc\s?murray|thessaly)(?:'?s)?"
_TEST_FILL += r"|and\s+(?:varus|valgus)(?:\s*/\s*(?:varus|valgus))?(?:\s+stress)?"
_TEST_FILL += r"|(?:left|right|bilateral(?:ly)?|lt|rt|l|r)\b)){0,8}\s*"
KNEE_TESTS: tuple[tuple[re.Pattern[str], str, str, bool], ...] = tuple(
    (
        re.compile(
            r"(?:(?<=\s)|^|(?<=[,;:(]))(?:(?P<pre_pos>(?<!reflexes\s)(?<!reflex\s)(?<!patellar\s)"
            r"(?<!achilles\s)(?<!dtrs\s)(?<!dtr\s)(?<!jerks\s)(?<!jerk\s)\+\s?[1-3](?!\d)|\+|positive|pos|[1-3]\+"
            r"|\(\s*\+\s*\))"
            # (a minus glued to the test: "-Lachman"; a bullet's dash has a space after it)
            r"|(?P<pre_neg>negative|neg|\(\s*-\s*\)|(?<![\w-])-(?=[a-z])|stable(?=\s+(?:lachman|drawer"
            r"|anterior\s+drawer|posterior\s+drawer|varus|valgus|pivot))))\s*"
            r"(?:(?:left|right|lt|rt|l|r)\s+)?" + test + r"(?:'?s)?(?:\s+(?:test(?:ing)?|sign"
            r"|maneuver))?(?:\s+(?:medially|laterally))?"
            r"|\b"
            + test
            + r"(?:'?s)?"
            + _TEST_FILL
            + r"(?:(?P<pos>"
            + _POS_RESULT
            # (pain on a meniscal test is its positive result: "McMurray elicits pain medially")
            + (
                r"|(?:elicits|elicited|produces|produced|reproduces|reproduced)\s+pain"
                if pain
                else ""
            )
            + r")|(?P<neg>"
            + _NEG_RESULT
            + r")|(?P<eq>equivocal|indeterminate|inconclusive))(?![\w+-])"
        ),
        dx,
        positive,
        needs,
    )
    for test, dx, positive, needs, pain in (
        (
            r"(?:mc\s?murray|thessaly|mcm(?=\W)|apley'?s?(?:\s+(?:compression|grind))?|ege'?s?(?=\s+test))",
            "meniscal_tear",
            "possible",
            False,
            True,
        ),
        (
            r"(?:lachman|(?:anterior\s+|posterior\s+|ant\s+|post\s+|anterior/posterior\s+)?drawer"
            r"|pivot\s+shift|(?:varus|valgus)(?:\s*(?:/|and)\s*(?:varus|valgus))?(?:\s+stress)?)",
            "instability",
            "present",
            False,
            False,
        ),
        # a positive apprehension sign suggests patellar instability, no more (authors 46, 55)
        (r"(?:patellar\s+)?apprehension", "instability", "possible", False, False),
        (r"(?:patellar\s+grind|clarke'?s)", "patellofemoral", "possible", True, False),
    )
)
KNEE_STABLE = re.compile(
    r"\b(?:stable\s+(?:to|with)\s+(?:varus|valgus)(?:\s*(?:/|and)\s*(?:varus|valgus))?"
    r"(?:\s+stress(?:\s+testing)?)?"
    # an MRI's "cruciate and collateral ligaments are intact" too: 72 of 76 corpus sentences
    # with intact ligaments or cruciates label a negated instability, across 11 authors
    r"|(?:(?:cruciate|collateral|cruciate\s+and\s+collateral|anterior\s+cruciate|posterior"
    r"\s+cruciate|medial\s+collateral|lateral\s+collateral)\s+)?(?:ligaments?|ligs?)"
    r"(?:\s+of\s+the\s+(?:(?:left|right|lt|rt)\s+)?knee)?\s+(?:are\s+|were\s+|is\s+)?"
    r"(?:intact|stable)"
    r"|(?:acl|pcl|mcl|lcl|cruciates?|collaterals?)\s*:\s*(?:normal|intact)"
    # "MCL/LCL stable at 0 and 30", "ACL and PCL intact"
    r"|(?:acl|pcl|mcl|lcl)(?:\s*(?:/|and|,)\s*(?:acl|pcl|mcl|lcl))+\s+(?:are\s+|were\s+)?(?:intact|stable)"
    r"|intact\s+(?:cruciate|collateral)(?:\s+and\s+(?:cruciate|collateral))?\s+ligaments?"
    r"|(?<=intact\smenisci\sand\s)(?:cruciate\s+|collateral\s+)?(?:ligaments|cruciates)"
    r"|ligamentously\s+(?:intact|stable)"
    r"|(?:ligaments\s*:\s*)?(?:acl|pcl|mcl|lcl)(?:\s*,\s*(?:acl|pcl|mcl|lcl)){0,3}(?:,?\s+and\s+(?:acl"
    r"|pcl|mcl|lcl))?\s+(?:are\s+|is\s+)?intact|intact\s+ligaments"
    r"|intact\s+(?:acl|pcl|mcl|lcl)(?:\s*,\s*(?:acl|pcl|mcl|lcl)){0,3}(?:,?\s+and\s+(?:acl|pcl|mcl|lcl))?"
    r"|stable\s+ligaments|(?:cruciate|collateral)\s+ligaments?\s+without\s+(?:tear|injury|laxity)"
    # "MCL thickened without tear"
    r"|(?:acl|pcl|mcl|lcl)\s+(?:is\s+|appears\s+)?(?:thickened|intact|attenuated|scarred|normal|heterogeneous"
    r"|thick|sprained)\s+(?:\w+\s+)?(?:without|w/o|with\s+no)\s+(?:discrete\s+|definite\s+)?tear"
    r"|cruciates\s+(?:are\s+)?intact|ligamentous\s+exam(?:ination)?\s+(?:is\s+|was\s+)?(?:stable|normal)"
    r"|normal\s+(?:cruciate|collateral)\s+(?:and\s+(?:cruciate|collateral)\s+)?ligaments"
    r"|stability\s*(?::|is|was)?\s*(?:normal|intact|stable|wnl|good)"
    # "Stability testing (Lachman, drawer, varus and valgus) normal bilaterally"
    r"|(?:all\s+)?stability\s+(?:testing|tests?|exam(?:ination)?)\s*(?:\([^)]{0,80}\)\s*)?"
    r"(?:as\s+|is\s+|was\s+|were\s+|are\s+)?(?:normal|intact|stable|wnl|negative)"
    r"|knees?\s+(?:is\s+|was\s+|are\s+|were\s+)?stable)\b"
)
# A generic "knee condition": a mention only where nothing more specific is named.
GENERIC_KNEE = re.compile(
    r"\b(?:knees?\s+(?:and/or\s+lower\s+leg\s+|joint\s+)?(?:condition|disability|disorder"
    r"|problem|complaint)s?|knees?\s+c/\s?o\b|menisc(?:us|al)\s+(?:\(semilunar\s+cartilage\)\s+)?conditions?"
    r"|(?:condition|disability|disorder)\s+(?:of|involving)\s+(?:the\s+|his\s+|her\s+|either\s+"
    r"|both\s+)?(?:(?:left|right|bilateral|lt|rt|l|r)\s+)?knees?"
    # "no complaints referable to that knee"
    r"|complaints?\s+(?:referable\s+to|regarding|involving)\s+(?:the\s+|that\s+|this\s+|his\s+"
    r"|her\s+|either\s+)?(?:(?:left|right|lt|rt|l|r)\s+)?knees?"
    r"|knee\s+arthroscop(?:y|ies)|arthroscop(?:y|ic\s+surgery)\s+(?:of|on)\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:(?:left|right|bilateral|lt|rt|l|r)\s+)?knees?"
    # a veteran's words: "my right knee is shot", "now my right knee is going bad" (where no
    # diagnosis is named: "my knees are shot, both of them, arthritis" is the arthritis)
    r"|knees?\s+(?:is|are)\s+(?:(?:just|now|really|completely|all)\s+)?(?:shot|going\s+bad"
    r"|worn\s+out|messed\s+up|trashed|ruined))\b"
)
# "The menisci of the right knee are intact", "Medial meniscus intact": a meniscal tear denied.
MENISCUS_INTACT = re.compile(
    r"\b(?:(?:medial|lateral)\s+(?:and\s+lateral\s+)?)?menisc(?:us|i)(?:\s+(?:of|in)\s+the\s+"
    r"(?:(?:left|right|lt|rt|l|r)\s+)?knees?)?\s*:?\s+(?:(?:are|is|was|were|appears?|appear|remains?)\s+)?"
    r"(?:intact|normal|unremarkable)\b"
    # "Menisci and ligaments intact": the menisci's part
    # ("Menisci, cruciate and collateral ligaments intact")
    r"|\bmenisc(?:us|i)(?=\s*(?:,|and)\s+(?:the\s+)?(?:(?:cruciate|collateral)(?:\s+and\s+"
    r"(?:cruciate|collateral))?\s+)?(?:ligaments?|cruciates?)\s+(?:are\s+|were\s+)?"
    r"(?:intact|normal|unremarkable)\b)"
    # "showed intact menisci and cruciate ligaments"
    r"|\bintact\s+(?:(?:medial|lateral)\s+(?:and\s+lateral\s+)?)?menisc(?:us|i)\b"
    # "Both menisci probed without tear"
    r"|\bmenisc(?:us|i)\s+(?:\w+\s+){0,2}?(?:without|w/o|with\s+no)\s+(?:\w+\s+)?tears?\b"
    # "Menisci: no tear", "Medial meniscus: no discrete tear"
    r"|\b(?:(?:medial|lateral)\s+)?menisc(?:us|i)\s*:\s*no\s+(?:\w+\s+)?tears?\b"
)
GENERIC_BLOCK = re.compile(
    r"\b(?:due\s+to|d/t|2/2|caused\s+by|aggravated\s+by|secondary\s+to|related\s+to|because\s+of"
    r"|from|by\s+the|associated\s+with|result\s+of)\b[^;.]{0,40}$"
)
# ... or the topic of a nexus statement ("the left knee condition is proximately due to ...")
GENERIC_NEXUS = re.compile(
    r"\s+(?:is|was|are|were)\s+(?:\w+\s+)?(?:due|caused|related|secondary|aggravated|attributable)\b"
)
PLANNED = re.compile(
    r"\b(?:recommend\w*|scheduled|planned|plan\w*|candidate|consider\w*|pre-?op\w*|will\s+undergo"
    r"|asks?\s+about|asking\s+about|interested\s+in|inquir\w*\s+about"
    r"|refer\w*|discuss\w*|wants|awaiting|pending|declin\w*|need\s+for|elective"
    # the paper before an operation: "Surgery scheduling: confirmed for L TKA", "Pre-anesthesia:
    # 74M for R TKA", "Informed consent obtained for right ACL reconstruction"
    r"|schedul\w*|pre-?anesthe\w*|pre-?admission|consent\w*|auth\w*\s+request|pre-?cert\w*"
    r"|booked|booking)\b"
)
ARTHRITIS_LOOKALIKE = re.compile(r"\b(?:rheumatoid|psoriatic|gout\w*|septic|reactive)\s+$")
REFLEX = re.compile(r"\b(?:reflex\w*|jerks?|dtrs?)\b")

# ---- back -----------------------------------------------------------------------------------
_LUMBAR = r"(?:lumbar|lumbosacral|thoracolumbar|low(?:er)?\s+back)"
BACK_PATTERNS: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    (
        re.compile(r"\b(?:lumbo-?sacral|l/s|ls)\s+(?:spine\s+)?(?:strain|sprain)\b"),
        "lumbosacral strain",
        False,
    ),
    (
        re.compile(r"\bthoracolumbar\s+(?:spine\s+)?(?:strain|sprain)\b"),
        "thoracolumbar strain",
        False,
    ),
    (
        re.compile(
            r"\b(?:(?:lumbar|low(?:er)?\s+back|back)\s+(?:spine\s+|muscle\s+)?(?:strain|sprain)"
            r"|(?:strain|sprain)\s+of\s+the\s+(?:lumbar|lumbosacral|thoracolumbar|low(?:er)?\s+back)"
            r"(?:\s+spine)?)\b"
        ),
        "lumbar strain",
        False,
    ),
    (
        re.compile(
            r"\b(?:(?:lumbar|lumbosacral|thoracolumbar|multilevel|multi-level)\s+)?(?:degenerative"
            r"\s+dis[ck]\s+(?:disease|changes?)|ddd|(?:dis[ck]|ivd)\s+degeneration|degenerated\s+dis[ck]s?"
            # (European terms: "osteochondrosis L4/5", "lumbar discopathy")
            r"|(?:inter)?vertebral\s+osteochondrosis|osteochondrosis\s+(?:of\s+(?:the\s+)?lumbar\s+spine"
            r"|l[1-5])|(?<=lumbar\s)osteochondrosis|discopath(?:y|ies)"
            r"|(?<=lumbar\s)dis[ck]\s+disease|adjacent[\s-]+(?:segment|level)\s+(?:disease|degeneration)"
            # ICD-10 M51.36: "Degeneration of lumbar intervertebral disc"
            r"|degeneration\s+of\s+(?:the\s+)?(?:lumbar|lumbosacral)\s+intervertebral\s+dis[ck]s?)"
            r"(?:\s+(?:of|in)\s+the\s+(?:lumbar|lumbosacral|thoracolumbar)\s+spine)?\b"
        ),
        "degenerative disc disease",
        False,
    ),
    (
        re.compile(
            r"\b(?:failed\s+(?:low\s+)?back(?:\s+surgery)?\s+syndrome|fbss"
            r"|post-?\s?laminectomy\s+(?:pain\s+)?syndrome)\b"
        ),
        "failed back surgery syndrome",
        False,
    ),
    (
        re.compile(r"\b(?:intervertebral\s+dis[ck]\s+(?:syndrome|disorders?)|[il1]vds)\b"),
        "intervertebral disc syndrome",
        False,
    ),
    (
        re.compile(
            r"\b(?:(?:(?:lumbar|spinal|central(?:\s+canal)?|(?:neural\s+)?foraminal|lateral\s+recess"
            r"|canal|multilevel)\s+)+stenosis|stenosis\s+(?:of|at)\s+(?:the\s+)?(?:lumbar|spinal"
            r"|central|l[1-5])|stenosis\s+with\s+neurogenic\s+claudication)\b"
        ),
        "spinal stenosis",
        False,
    ),
    (re.compile(r"\bstenosis\b"), "spinal stenosis", True),
    (
        re.compile(
            r"\b(?:(?:central\s+(?:spinal\s+)?|spinal\s+)canal|thecal\s+sac)\s+(?:narrowing|compromise)"
            # "Severe right lateral recess narrowing", "bilateral neural foraminal narrowing"
            r"|(?:lateral\s+recess|(?:neural\s+|neuro)?foraminal)\s+narrowing"
            r"|narrowing\s+of\s+the\s+(?:central\s+)?(?:spinal\s+)?canal\b"
        ),
        "spinal stenosis",
        True,
    ),
    (
        re.compile(r"\b(?:spondylolisthesis|anterolisthesis|retrolisthesis|slipped\s+vertebra)\b"),
        "spondylolisthesis",
        False,
    ),
    (re.compile(r"\bspondylolysis\b"), "spondylolysis", False),
    (re.compile(r"\b(?:lumbar\s+)?spondylo(?:sis|arthrosis)\b"), "spondylosis", False),
    (
        re.compile(
            r"\b(?:degenerative\s+arthritis\s+of\s+the\s+(?:lumbar\s+|thoracolumbar\s+|lumbosacral\s+)?"
            r"spine|(?:lumbar|lumbosacral|thoracolumbar|spinal)\s+(?:spine\s+)?(?:djd|oa"
            r"|osteoarthritis|degenerative\s+joint\s+disease|degenerative\s+arthritis|arthritis"
            r"|arthrosis)|facet\s+(?:joint\s+)?(?:arthropathy|arthrosis|arthritis|hypertrophy"
            r"|degeneration)|(?:djd|osteoarthritis|degenerative\s+joint\s+disease|arthritis)\s+of\s+"
            r"the\s+(?:lumbar|lumbosacral|thoracolumbar|low(?:er)?\s+back)(?:\s+spine)?)\b"
        ),
        "degenerative arthritis of the spine",
        False,
    ),
    (
        re.compile(
            r"\b(?:herniated\s+(?:lumbar\s+)?(?:nucleus\s+pulposus|dis[ck]s?)|(?:dis[ck]|lumbar|ivd)\s*"
            r"(?:herniations?|protrusions?|extrusions?|displacement|prolapsed?)|dis[ck]\s+hernias?|hnp|hivd"
            # (a translation's "lumbar hernia operated 2015", not the abdominal wall's hernia)
            r"|lumbar\s+hernias?(?=,?\s+(?:operated|surgery|at\s+l[1-5]|l[1-5]|\(l[1-5]"
            r"|with\s+(?:compression|impingement)))"
            r"|ruptured\s+dis[ck]|slipped\s+dis[ck]|prolapsed\s+(?:lumbar\s+)?(?:intervertebral\s+)?dis[ck]s?"
            # ICD-9 722.10: "DISPLACEMENT LUMBAR DISC W/O MYELOPATHY"
            r"|displacement\s+(?:of\s+)?(?:lumbar\s+)?(?:intervertebral\s+)?dis[ck])\b"
        ),
        "herniated disc",
        False,
    ),
    (
        re.compile(
            r"\b(?:(?:residual|small|large|sm|lg|mod|broad[\s-]based|central|paracentral|foraminal"
            r"|subarticular|focal|recurrent|left|right|lt|rt|l|r|disc"
            r"|[ls][1-5](?:\s*-\s*[ls]?[1-5])?)\s+){1,6}"
            r"(?:protrusion|extrusion)\b"
            r"|\bsequestered\s+(?:disc\s+)?fragments?\b|\bhernia\s+dis[ck]\b"
            # a lumbar study's "No recurrent herniation", "without herniation"
            r"|\b(?:recurrent\s+|new\s+)?"
            # (not a hernia of the belly or the brain: "umbilical herniation")
            + "".join(
                f"(?<!{w} )"
                for w in ("umbilical", "inguinal", "hiatal", "incisional", "ventral", "femoral")
                + ("abdominal", "muscle", "uncal", "tonsillar", "brain", "bowel", "fat")
            )
            + r"herniations?\b"
        ),
        "herniated disc",
        True,
    ),
    (
        re.compile(
            r"\b(?:chronic|chr)\s+(?:(?:low(?:er)?|lumbar|mechanical|axial|intractable|severe|midline"
            r"|bilateral|bilat)\s+){0,2}"
            r"back\s+pain\b"
            r"|\b(?:chronic|chr)\s+(?:(?:axial|mechanical|intractable)\s+)?lbp\b"
            r"|\b(?:chronic|chr)\s+lumbar\s+(?:spine\s+)?pain\b"
            r"|\blow\s+back\s*(?:pain\s*)?,\s*chronic\b|\bclbp\b"
            r"|\blbp,?\s+(?:is\s+|has\s+been\s+|mechanical,?\s+)?chronic\b"
            # "Chronic left-sided low back pain", "LBP, acute on chronic", "chronic lumbago"
            r"|\b(?:chronic|chr)\s+(?:left|right|bilateral)[\s-]sided\s+low\s+back\s+pain\b"
            r"|\blow\s+back\s+pain\s*(?:,|comma)?\s*acute\s+on\s+chronic\b|\bchronic\s+lumbago\b"
        ),
        "chronic low back pain",
        False,
    ),
    (
        re.compile(
            r"\b(?:(?:low(?:er)?\s+)?back\s+(?:condition|disability|disorder)|(?:thoraco)?lumbar\s+"
            r"spine\s+(?:\(back\)\s+)?(?:condition|disability|disorder))\b(?!s)"
        ),
        "back condition",
        False,
    ),
)
# Neck or mid-back only: "C5-6 disc osteophyte complex with L foraminal stenosis".
NOT_LUMBAR = re.compile(
    r"\b(?:cervical|c-?spine|c[1-7]\s*-\s*c?[1-7]|thoracic|t-?spine|t1?[0-9]-t?1?[0-9])\b"
)
LUMBAR = re.compile(
    r"\b(?:lumbar|lumbosacral|thoracolumbar|l-?spine|l[1-5]|s1|low(?:er)?\s+back|sacral)\b"
)
BACK_AMBIGUOUS = re.compile(r"\b(?:strain|sprain)\b")

SERVICE_GRANTED = re.compile(
    r"\bservice[\s-]+connection\b[^.;]*?\b(?:is|was|has\s+been|remains|be)\s+(?:hereby\s+)?"
    r"(?:granted|established|continued|confirmed|warranted|in\s+effect)"
    r"|\bgrant(?:ed|s)?\b[^.;]*\bservice[\s-]+connection|\bservice[\s-]+connection\s+(?:is\s+)?"
    r"granted|\bsc\b[^.;]*\d+\s*(?:%|percent)|\b(?:evaluation|rating)\s+of\s+\d+\s*(?:percent|%)"
    # a higher rating refused leaves the grant standing
    r"|\b(?:evaluation|rating)\s+in\s+excess\s+of\s+\d+\s*(?:percent|%)"
    r"|\bservice[\s-]+connected\b[^.;]*\d+\s*(?:%|percent)|\bis\s+service[\s-]+connected"
)
SERVICE_DENIED = re.compile(
    r"\bservice[\s-]+connection\b[^.;]*?\b(?:is|was|remains|be)\s+(?:hereby\s+)?(?:denied"
    r"|not\s+(?:established|warranted|granted)|confirmed\s+and\s+continued\s+as\s+denied)"
    r"|\bnot\s+service[\s-]+connected\b|\bnsc\b|\bdenied\b[^.;]*service[\s-]+connection"
    r"|\bservice[\s-]+connection\b[^.;]*\bdenied\b|\bsc\s+for\b[^.;]*?\b(?:is|was)\s+denied\b"
    r"|\b(?:ro|aoj|vba|regional\s+office)\s+(?:has\s+|had\s+|also\s+)?denied\b"
    # "Your claim for a right knee condition is denied", "... but denied my right knee condition"
    r"|\bclaim\s+(?:for|of)\b[^.;]*?\b(?:is|was|are|were|has\s+been)\s+denied\b"
    # (the decision's denial, not the veteran's: "The Veteran denied his back condition has ...")
    r"|\b(?:they|va|board|rvsr)\s+(?:has\s+|have\s+|also\s+)?denied\s+(?:his|her|the)\s+(?:\w+\s+){0,3}?"
    r"(?:condition|claim|disability)\b"
    r"|\bdenied\s+my\s+(?:\w+\s+){0,3}?(?:condition|claim|disability)\b"
)

# A cheap gate: a sentence with none of these stems skips the heavy matchers.
PREFILTER = re.compile(
    r"antalg|limp|favou?r|off-?load|stance|gait|ambulat|walk|radic|sciat|radiat|straight|slr"
    r"|lasegue|nerve|dermatom|slump|stretch|prone knee"
    r"|knee|menisc|horn|patell|chondro|arthr|osteo|djd|\boa\b|cruciate|acl|pcl|mcl|lcl|instab|laxity"
    r"|sublux|flexion|extension|range of motion|rom\b|strain|sprain|tendin|tendon|bursitis"
    r"|effusion|tka|tkr|uka|\bfnst?\b|cyst|abnormal|patholog|normal|lumb|back|disc|disk|ddd|ivds|lvds|1vds|sten|spondyl"
    r"|listhesis|hern|hnp|\blbp|clbp|facet|spine|genu|plica|schlatter|derangement|chondral"
    r"|loose bod|d\s?\)\s?d|dj\s+d|d\s+jd|tender|ttp|joint line|murray|mcm\b|lachman|drawer"
    r"|pivot|apprehension|grind|stabl|giv(?:es|ing)|buckl|gout|contusion|location|hurt|shoot|tore\b|hobbl|weight|wt\b|electric|\bege\b"
    r"|thessaly|travel|extend|go(?:es|ing)\s|\bdown\s|\binto\s+(?:the\s+|his\s+|her\s+|my\s+|either\s+|both\s+)?(?:left\s+|right\s+)?(?:legs?|lower)|->|replaced"
    r"|syndrome|fracture|narrowing|compartment|osteophyt|sclerosis|degenerat|artificial|disorder"
    r"|vertebr|slipped|protrusion|extrusion|arthralg|jlt|kellgren|unstable|ligament|mmt|lmt|adjacent"
    r"|pfps|itbs?\b|fbss|\bivd\b|laminectomy|translation|\bkl\b|tear|sonk|sequest|buttock|runner|shot\b"
    r"|hivd|prolaps|discopath|ischialg|gonalg|trick|trouble|lame|referral|claudicant|centrali"
)

# A cheap gate: a sentence without any of these stems cannot match a back pattern.
BACK_GATE = re.compile(
    r"lumb|sacral|l/s|\bls\b|back|ddd|dis[ck]|ivds|lvds|1vds|sten|listhesis|spondyl|facet|spin|hern|hnp"
    r"|\blbp|clbp|degenerat|strain|sprain|djd|\boa\b|arthr|vertebr|canal|protrusion|extrusion|adjacent"
    r"|narrowing|sequest|lumbago|laminectomy|fbss|failed\s+back|hivd|prolaps|osteochondros|discopath"
)
