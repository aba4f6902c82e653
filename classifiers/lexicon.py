"""Vocabulary and concept patterns, written against *normalised* (lower-case, OCR-fixed) text.

Kept in one place so that the OCR corrector (which words it may repair towards) and the
matchers (what they look for) cannot drift apart.
"""

from __future__ import annotations

import re

# Words the OCR corrector may repair towards. Short words are only repaired through
# OCR-plausible substitutions (see ocr_normalize), so "night" never becomes "right".
FUZZY_TARGETS = frozenset(
    """
    antalgic gait limp limps limping limped favoring favouring favors favours favored
    radiculopathy radiculopathies radicular radiculitis radiating radiates radiation sciatica
    sciatic femoral nerve nerves roots impingement straight raise raising
    knee knees meniscus meniscal menisci meniscectomy osteoarthritis osteoarthrosis degenerative
    arthritis arthrosis arthropathy patellofemoral chondromalacia patellae patella patellar
    instability subluxation ligament cruciate collateral laxity tendinitis tendonitis bursitis
    effusion arthroplasty replacement compartment compartmental tricompartmental narrowing
    osteophytes flexion extension limitation limited motion strain sprain
    lumbosacral lumbar thoracolumbar spine spinal stenosis spondylolisthesis spondylosis
    intervertebral herniated herniation protrusion disc disease syndrome joint chronic back
    spondylolysis
    left right bilateral bilaterally lower extremity extremities leg legs
    mild moderate moderately severe
    denies denied negative positive possible possibly probable suspected questionable
    history without normal abnormal evidence excluded consistent
    service connection connected granted established evaluation percent
    family mother father brother sister daughter wife husband
    pain tear torn veteran patient diagnosis impression assessment examination
    questionnaire disability benefits decision rating radiology progress compensation pension
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# Ordinary words that must never be "corrected" into a lexicon word.
COMMON_WORDS = frozenset(
    """
    a an and are as at be by for from he her his in is it of on or she the to was with
    no not nor but yet has had have been being this that these those there their they
    him its into onto out over per than then when which who whom whose will would
    night might sight tight fight light eight height weight lift loft felt lent lens
    limb lame gain game pair paid pail gall gaits stability ability kneel kneels kneeling
    knew know known strait stain train trait spin spinach line lines links link
    disk disks risk discs reflex reflexes radial ration
    ratio nerved leg legs lag log let lot lit spondylitis spondylitic
    """.split()  # noqa: SIM905
)

# ---- laterality -----------------------------------------------------------------------------
SIDE = re.compile(
    r"\b(?:bilateral(?:ly)?|bilat|b/l|both|left(?:-?sided)?|right(?:-?sided)?|lt|rt|lle|rle|ble)\b"
    r"|\b[lr]\b(?=\.?\s*(?:knee|le\b|leg|lower|side|sided|thigh|calf|foot|buttock|sciatic|radic"
    r"|[ls][1-5]|>|<|,|\)))"
    r"|\((?:l|r|lt|rt)\)"
    r"|(?:(?<=\bon\s)|(?<=\bthe\s))[lr]\b(?!\s*[-/]?\s*\d)|\b[lr]\b(?=\.?\s*$)"
)
_SIDE_WORDS = {
    "left": "left", "lt": "left", "lle": "left", "l": "left", "left-sided": "left",
    "leftsided": "left", "(l)": "left", "(lt)": "left",
    "right": "right", "rt": "right", "rle": "right", "r": "right", "right-sided": "right",
    "rightsided": "right", "(r)": "right", "(rt)": "right",
}


def side_of(word: str) -> str:
    """Map one laterality token to left/right/bilateral."""
    return _SIDE_WORDS.get(word.strip().rstrip("."), "bilateral")


# ---- anatomy (to bind ambiguous diagnoses such as "DJD" to a body part) ----------------------
KNEE_ANAT = re.compile(
    r"\b(?:knees?|patell(?:a|ae|ar)|patellofemoral|menisc\w*|tibiofemoral|femorotibial"
    r"|tibial plateau|(?:medial|lateral) (?:femoral )?(?:compartment|joint line|femoral condyle)"
    r"|(?:supra|infra|pre)patellar|acl|pcl|mcl|lcl|cruciate)\b"
)
BACK_ANAT = re.compile(
    r"\b(?:lumbar|lumbosacral|thoracolumbar|thoracic|l-?spine|ls spine|t-?l spine|spine|spinal"
    r"|back|vertebra\w*|dis[ck]s?|facets?|l[1-5](?:\s*[-/]\s*[ls]?[1-5])?|sacrum)\b"
)
OTHER_ANAT = re.compile(
    r"\b(?:hips?|shoulders?|hands?|wrists?|ankles?|feet|foot|elbows?|cervical|neck|c-?spine"
    r"|thumbs?|fingers?|toes?|sacroiliac|si joints?|aortic|mitral|carotid|valve|arter\w+"
    r"|coronary|jaw|arms?|upper extremit\w+)\b"
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
    r"(?:normal|steady|unremarkable|within normal limits|wnl|intact|symmetric(?:al)?|stable"
    r"|smooth|non-?\s?antalgic|nl|reciprocal)"
)
GAIT_NEGATED = re.compile(
    r"\bnon-?\s?antalgic(?:\s+gait)?\b"
    r"|\b(?:normal|steady|unremarkable|symmetric(?:al)?|smooth|nonantalgic|stable)\s+"
    r"(?:and\s+\w+\s+|,\s*\w+\s+)?(?:gait|ambulation|station and gait)\b"
    r"|\bgait(?:\s+and\s+station)?\s*(?:(?:is|was|appears?|appeared|noted to be|observed to be"
    r"|pattern|:|-|=|,)\s*)*" + _NORMAL + r"\b"
    r"|\b(?:ambulat\w*|walks?|walking)\s+normally\b"
    r"|\bwithout\s+(?:a\s+)?limp\b"
)
_PROTECTED_SIDE = r"(?:left|right|lt|rt|l|r|lle|rle)\b(?:\.(?=\s*[a-z]))?(?:-?sided)?"
_LIMB = r"(?:\s*(?:lower\s+(?:extremity|limb|leg)|leg|le\b|side|limb|foot))?"
GAIT_PRESENT = re.compile(
    r"\bantalgic(?:\s+(?:gait|pattern|ambulation|limp|stance|walk))?\b"
    r"|\blimp(?:s|ing|ed)?\b"
    r"|\bfavou?r(?:s|ing|ed)?\s+(?:his\s+|her\s+|the\s+|their\s+)?"
    r"(?:(?:(?:left|right|lt|rt|l|r)\b(?:\.(?=\s*[a-z]))?(?:-?sided)?\s*)(?:lower\s+"
    r"(?:extremity|limb|leg)|leg|le\b|side|knee|hip|foot|limb)?|(?:lle|rle|legs?|lower\s+extremit\w+|knee|limb|foot)\b)"
    r"(?!(?:-?sided)?\s*(?:[ls][1-5]\b|radic|sciat|lumbar|dis[ck]|hernia|diagnos|etiolog|cause"
    r"|origin))"
    # offloading / shortened stance on one side: the side protected, as in a limp.
    r"|\boff-?load(?:s|ing|ed)?\s+(?:his\s+|her\s+|the\s+|their\s+)?" + _PROTECTED_SIDE
    + r"(?:\s*(?:lower\s+(?:extremity|limb|leg)|leg|le\b|limb|side))?(?!\s*knee)"
    r"|\b(?:decreased|shortened|short|reduced|diminished|limited)\s+(?:single[\s-]+(?:leg|limb)\s+)?"
    r"stance(?:\s+(?:time|phase))?\s+(?:on|of|through)\s+(?:the\s+)?" + _PROTECTED_SIDE + _LIMB
)

# ---- radiculopathy --------------------------------------------------------------------------
_ROOTS = r"(?:[ls][1-5](?:\s*(?:-|/|,|and|through|to)\s*[ls]?[1-5])*)"
_LEGS = (
    r"(?:legs?|lower\s+extremit\w+|lower\s+limbs?|thighs?|calf|calves|feet|foot|buttocks?|knees?"
    r"|lle|rle|ble|toes?|ankles?|heel|shin)"
)
_SIDES_OPT = r"(?:(?:left|right|bilateral|both|lt|rt|posterior|lateral|anterior|l|r)\s+)*"
NONRADICULAR = re.compile(r"\bnon-?\s?radicular(?:\s+(?:pain|symptoms?|back\s+pain))?\b")
RADIC = re.compile(
    r"\b(?:" + _ROOTS + r"\s+)?(?:radiculopath(?:y|ies|ic)|radiculitis"
    r"|radicular(?:\s+(?:pain|symptoms?|signs?|complaints?|features?|component|numbness"
    r"|paresthesias?|findings|pattern|syndrome))?"
    r"|sciatica|sciatic\s+(?:pain|symptoms?|neuritis|neuralgia))\b"
)
RADIATING = re.compile(
    r"\b(?:pain|numbness|tingling|paresthesias?|symptoms?|burning|shooting\s+pain|discomfort)\s+"
    r"(?:that\s+|which\s+)?(?:radiat\w*|shoot\w*|travel\w*|extend\w*|go(?:es|ing)?|runs?|running"
    r"|refer\w*)\s+(?:\w+\s+){0,2}?(?:down|into|to|through|along)\s+(?:the\s+|his\s+|her\s+)?"
    + _SIDES_OPT + _LEGS + r"\b"
    r"|\bradiat\w+\s+(?:pain\s+|symptoms\s+)?(?:down|into|to)\s+(?:the\s+|his\s+|her\s+)?"
    + _SIDES_OPT + _LEGS + r"\b"
    r"|\bradiating\s+(?:leg\s+|back\s+)?(?:pain|symptoms|numbness)\b"
)
_SLR = r"(?:straight[\s-]+leg[\s-]+rais\w*(?:\s+test(?:ing)?)?|slr|lasegue'?s?(?:\s+sign)?)"
SLR = re.compile(
    r"\b(?P<pol1>positive|negative|pos|neg)\s+(?:(?:left|right|bilateral|lt|rt|l|r)\s+)?"
    + _SLR + r"(?:\s+(?:on\s+the\s+)?(?:left|right|bilaterally|bilateral))?"
    r"|\b" + _SLR + r"(?:\s*(?:test|is|was|:|-|=|,|on the|(?:left|right|bilateral(?:ly)?|lt|rt"
    r"|l|r)\b|at\s+\d+\s*(?:degrees|deg|°)?))*\s*(?P<pol2>positive|negative|pos|neg|\(\+\)|\(-\)"
    r"|\+|-)(?:\s+(?:on\s+the\s+)?(?:left|right|bilaterally|bilateral|lt|rt|l|r)\b)?"
)
ROOT_IMPINGE = re.compile(
    r"\bnerve\s+root\s+(?:impingement|compression|irritation|encroachment)"
    r"|\b(?:impingement|compression|irritation)\s+(?:of|on|upon)\s+(?:the\s+)?"
    r"(?:(?:left|right|bilateral|exiting|traversing|descending)\s+)*(?:[ls][1-5]\s+)?"
    r"nerve\s+roots?\b"
)
NERVE_PALSY = re.compile(
    r"\b(?:(?:incomplete\s+)?paralysis|neuritis|neuralgia|neuropathy)\s+of\s+the\s+"
    r"(?:(?:left|right)\s+)?(?:sciatic|femoral)\s+nerve\b"
)
SYMPTOM_WORDS = re.compile(r"\b(?:pain|numb\w*|tingl\w*|radiat\w*|weak\w*|symptom\w*|paresthes\w*)")

# ---- knee -----------------------------------------------------------------------------------
# (regex, knee_dx, needs_knee_context). Order matters only for overlap resolution.
KNEE_PATTERNS: tuple[tuple[re.Pattern[str], str | None, bool], ...] = (
    (re.compile(
        r"\b(?:(?:tri|bi)?compartmental\s+(?:degenerative\s+)?(?:changes?|arthritis|arthrosis"
        r"|arthropathy|oa|djd|disease)"
        r"|(?:medial|lateral|patellofemoral)\s+(?:compartment\s+|joint\s+)?(?:joint\s+space\s+"
        r"narrowing|narrowing|degenerative\s+(?:joint\s+)?(?:changes?|disease)|arthritis"
        r"|arthrosis|osteoarthritis|oa|djd|chondrosis)"
        r"|(?:osteo)?arthritis\s+of\s+the\s+(?:(?:left|right|bilateral)\s+)?knees?)\b"
    ), "osteoarthritis", False),
    (re.compile(
        r"\b(?:osteoarthritis|osteoarthrosis|oa|djd|degenerative\s+joint\s+disease"
        r"|degenerative\s+arthritis|degenerative\s+(?:joint\s+)?changes?|arthritic\s+changes?"
        r"|(?:post-?\s?traumatic\s+)?arthritis|arthrosis|joint\s+space\s+narrowing"
        r"|degenerative\s+arthropathy)\b"
    ), "osteoarthritis", True),
    # OCR damage of "DJD": "DID", "D)D", "DJ D". "did" is a verb, so it counts only in
    # "DID of the (right) knee"; the other forms are not words and need knee context.
    (re.compile(
        r"\b(?:did|d\s?\)\s?d|dj\s+d|d\s+jd|d\.\s?j\.\s?d)\.?\s+(?:of|in|involving)\s+"
        r"(?:(?:the|both|his|her)\s+){0,2}(?:(?:left|right|bilateral|lt|rt|l|r)\.?\s+)?knees?\b"
    ), "osteoarthritis", False),
    (re.compile(r"(?<![\w)])(?:d\s?\)\s?d|dj\s+d|d\s+jd)(?![\w(])"), "osteoarthritis", True),
    (re.compile(
        r"\b(?:(?:torn|tear\s+of\s+the|degenerat\w+\s+of\s+the)\s+(?:(?:posterior|anterior)\s+"
        r"horn\s+of\s+the\s+)?(?:medial\s+|lateral\s+)?menisc(?:us|i|al)"
        r"|(?:(?:medial|lateral|posterior\s+horn|anterior\s+horn|body)\s+(?:of\s+the\s+)?)*"
        r"menisc(?:al|us|i)\s+(?:\w+\s+){0,2}?(?:tears?|degeneration|degenerative\s+(?:changes?"
        r"|tear|signal)|fraying|injury|lesion|pathology|extrusion|damage)"
        r"|(?:(?:bucket[\s-]handle|horizontal|radial|complex|flap|oblique|vertical|longitudinal"
        r"|degenerative)\s+)+tears?\s+(?:of|involving|in)\s+(?:the\s+)?(?:(?:posterior|anterior)"
        r"\s+horn\s+of\s+the\s+)?(?:medial\s+|lateral\s+)?menisc\w+"
        r"|(?:partial\s+)?meniscectomy|menisc(?:us|al)\s+(?:\(semilunar\s+cartilage\)\s+)?"
        r"conditions?)\b"
    ), "meniscal_tear", False),
    (re.compile(
        r"\b(?:patellofemoral\s+(?:pain\s+)?syndrome|patellofemoral\s+pain|pfps"
        r"|chondromalacia(?:\s+(?:of\s+the\s+)?patell(?:ae|a|ar))?"
        r"|patellofemoral\s+(?:dysfunction|malalignment|maltracking)"
        r"|patellar\s+(?:maltracking|malalignment)|anterior\s+knee\s+pain\s+syndrome)\b"
    ), "patellofemoral", False),
    (re.compile(
        r"\b(?:recurrent\s+(?:patellar\s+)?(?:subluxation|dislocation)|patellar\s+(?:subluxation"
        r"|instability|dislocation)"
        r"|(?:acl|pcl|mcl|lcl|anterior\s+cruciate|posterior\s+cruciate|medial\s+collateral"
        r"|lateral\s+collateral|cruciate|collateral)(?:\s+ligament)?\s+(?:\w+\s+)?(?:tear|rupture"
        r"|insufficiency|deficiency|laxity|sprain|injury|reconstruction|repair|disruption)"
        r"|(?:torn|ruptured|deficient|lax)\s+(?:acl|pcl|mcl|lcl|anterior\s+cruciate"
        r"|posterior\s+cruciate|medial\s+collateral|lateral\s+collateral)(?:\s+ligament)?"
        r"|(?:acl|pcl)[\s-]deficient|knee\s+instability)\b"
    ), "instability", False),
    (re.compile(
        r"\b(?:(?:lateral|medial|anterior|posterior|ligamentous|rotatory|varus|valgus"
        r"|anteroposterior|mediolateral|joint)\s+)?instability|ligamentous\s+laxity|laxity"
        r"|subluxation\b"
    ), "instability", True),
    (re.compile(
        r"\b(?:limit(?:ed|ation\s+of|ations\s+of)\s+(?:the\s+)?(?:knee\s+)?(?:flexion|extension"
        r"|range\s+of\s+motion|rom|motion)"
        r"|(?:flexion|extension)\s+(?:is\s+|was\s+)?(?:limited|restricted)(?:\s+to\s+\d+\s*"
        r"(?:°|degrees?|deg)?)?"
        r"|(?:decreased|reduced|restricted|diminished)\s+(?:knee\s+)?(?:range\s+of\s+motion|rom"
        r"|flexion|extension)|flexion\s+contracture|loss\s+of\s+(?:knee\s+)?(?:flexion|extension))"
    ), "limited_motion", True),
    (re.compile(
        r"\b(?:(?:knee|patellar|quadriceps|quad|pes\s+anserine?|prepatellar|infrapatellar"
        r"|suprapatellar|popliteal)\s+(?:strain|sprain|tendinitis|tendonitis|tendinopathy"
        r"|tendinosis|bursitis|cyst|effusion)"
        r"|(?:strain|sprain|tendinitis|tendonitis|tendinopathy|bursitis|effusion|hemarthrosis"
        r"|synovitis)\s+of\s+the\s+(?:(?:left|right|bilateral)\s+)?knees?"
        r"|baker'?s\s+cyst|popliteal\s+cyst|osgood[\s-]+schlatter\w*|plica\s+syndrome"
        r"|(?:total|partial|unicompartmental)\s+knee\s+(?:arthroplasty|replacement)|tka|tkr"
        r"|knee\s+replacement|(?:osteo)?chondral\s+(?:defect|lesion)|loose\s+bod(?:y|ies)"
        r"|osteochondritis\s+dissecans|genu\s+recurvatum|tibial\s+plateau\s+fracture"
        r"|patellar\s+fracture|internal\s+derangement|iliotibial\s+band\s+syndrome)\b"
    ), "other_diagnosis", False),
    (re.compile(
        r"\b(?:strain|sprain|tendinitis|tendonitis|tendinopathy|bursitis|joint\s+effusion"
        r"|effusion|synovitis)\b"
    ), "other_diagnosis", True),
    (re.compile(
        r"\b(?:knees?\s+(?:joint\s+)?(?:pain|arthralgias?|discomfort|aches?|aching|soreness"
        r"|hurts?)"
        r"|(?:pain|arthralgias?|discomfort|aching|aches|soreness)\s+(?:of|in|at|involving|about"
        r"|over)\s+(?:(?:the|his|her|both)\s+){0,2}(?:(?:left|right|bilateral|lt|rt|l|r|medial"
        r"|lateral|anterior|posterior)\s+)*knees?)\b"
    ), "pain_only", False),
    (re.compile(
        r"\b(?:(?:(?:left|right|bilateral)\s+)?knees?\s+(?:exam(?:ination)?|x-?rays?|radiographs?"
        r"|mri|imaging|series)?\s*(?:(?:is|was|are|were|:|-)\s*)*(?:normal|unremarkable"
        r"|within\s+normal\s+limits|wnl|negative)"
        r"|normal\s+(?:(?:left|right|bilateral)\s+)?knees?(?:\s+(?:exam(?:ination)?|x-?rays?"
        r"|radiographs?|mri|study|series))?"
        r"|no\s+(?:(?:acute|significant)\s+)*knee\s+(?:abnormalit(?:y|ies)|pathology|condition"
        r"|problems?))\b"
    ), None, False),
    (re.compile(
        r"\b(?:no\s+(?:(?:acute|significant|osseous|bony)\s+)*(?:abnormalit(?:y|ies)|pathology)"
        r"|(?:exam|examination|study|radiographs?|x-?rays?)\s+(?:is\s+|was\s+)?(?:normal"
        r"|unremarkable))\b"
    ), None, True),
)
ARTHRITIS_LOOKALIKE = re.compile(r"\b(?:rheumatoid|psoriatic|gout\w*|septic|reactive)\s+$")
REFLEX = re.compile(r"\b(?:reflex\w*|jerks?|dtrs?)\b")

# ---- back -----------------------------------------------------------------------------------
_LUMBAR = r"(?:lumbar|lumbosacral|thoracolumbar|low(?:er)?\s+back)"
BACK_PATTERNS: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    (re.compile(r"\b(?:lumbo-?sacral|l/s|ls)\s+(?:spine\s+)?(?:strain|sprain)\b"),
     "lumbosacral strain", False),
    (re.compile(r"\bthoracolumbar\s+(?:spine\s+)?(?:strain|sprain)\b"), "thoracolumbar strain",
     False),
    (re.compile(
        r"\b(?:(?:lumbar|low(?:er)?\s+back|back)\s+(?:spine\s+|muscle\s+)?(?:strain|sprain)"
        r"|(?:strain|sprain)\s+of\s+the\s+(?:lumbar|lumbosacral|thoracolumbar|low(?:er)?\s+back)"
        r"(?:\s+spine)?)\b"), "lumbar strain", False),
    (re.compile(
        r"\b(?:(?:lumbar|lumbosacral|thoracolumbar|multilevel|multi-level)\s+)?(?:degenerative"
        r"\s+dis[ck]\s+(?:disease|changes?)|ddd|dis[ck]\s+degeneration|degenerated\s+dis[ck]s?)"
        r"(?:\s+(?:of|in)\s+the\s+(?:lumbar|lumbosacral|thoracolumbar)\s+spine)?\b"),
     "degenerative disc disease", False),
    (re.compile(r"\b(?:intervertebral\s+dis[ck]\s+syndrome|ivds)\b"),
     "intervertebral disc syndrome", False),
    (re.compile(
        r"\b(?:(?:(?:lumbar|spinal|central(?:\s+canal)?|(?:neural\s+)?foraminal|lateral\s+recess"
        r"|canal|multilevel)\s+)+stenosis|stenosis\s+(?:of|at)\s+(?:the\s+)?(?:lumbar|spinal"
        r"|central|l[1-5]))\b"), "spinal stenosis", False),
    (re.compile(r"\bstenosis\b"), "spinal stenosis", True),
    (re.compile(r"\b(?:spondylolisthesis|anterolisthesis|retrolisthesis)\b"), "spondylolisthesis",
     False),
    (re.compile(r"\bspondylolysis\b"), "spondylolysis", False),
    (re.compile(r"\b(?:lumbar\s+)?spondylosis\b"), "spondylosis", False),
    (re.compile(
        r"\b(?:degenerative\s+arthritis\s+of\s+the\s+(?:lumbar\s+|thoracolumbar\s+|lumbosacral\s+)?"
        r"spine|(?:lumbar|lumbosacral|thoracolumbar|spinal)\s+(?:spine\s+)?(?:djd|oa"
        r"|osteoarthritis|degenerative\s+joint\s+disease|degenerative\s+arthritis|arthritis"
        r"|arthrosis)|facet\s+(?:joint\s+)?(?:arthropathy|arthrosis|arthritis|hypertrophy"
        r"|degeneration)|(?:djd|osteoarthritis|degenerative\s+joint\s+disease|arthritis)\s+of\s+"
        r"the\s+(?:lumbar|lumbosacral|thoracolumbar|low(?:er)?\s+back)(?:\s+spine)?)\b"),
     "degenerative arthritis of the spine", False),
    (re.compile(
        r"\b(?:herniated\s+(?:lumbar\s+)?(?:nucleus\s+pulposus|dis[ck]s?)|(?:dis[ck]|lumbar)\s+"
        r"(?:herniation|protrusion|extrusion)|hnp|ruptured\s+dis[ck]|slipped\s+dis[ck])\b"),
     "herniated disc", False),
    (re.compile(r"\bchronic\s+(?:low(?:er)?\s+|lumbar\s+|mechanical\s+)?back\s+pain\b|\bchronic\s+lbp\b"),
     "chronic low back pain", False),
    (re.compile(r"\b(?:low(?:er)?\s+back\s+pain|lbp|lumbago|lumbalgia)\b"), "low back pain", False),
    (re.compile(
        r"\b(?:(?:low(?:er)?\s+)?back\s+(?:condition|disability|disorder)|(?:thoraco)?lumbar\s+"
        r"spine\s+(?:condition|disability|disorder))\b"), "back condition", False),
)
BACK_AMBIGUOUS = re.compile(r"\b(?:strain|sprain)\b")

SERVICE_GRANTED = re.compile(
    r"\bservice[\s-]+connection\b[^.;]*?\b(?:is|was|has\s+been|remains|be)\s+(?:hereby\s+)?"
    r"(?:granted|established|continued|confirmed|warranted|in\s+effect)"
    r"|\bgrant(?:ed|s)?\b[^.;]*\bservice[\s-]+connection|\bservice[\s-]+connection\s+(?:is\s+)?"
    r"granted|\bsc\b[^.;]*\d+\s*(?:%|percent)|\b(?:evaluation|rating)\s+of\s+\d+\s*(?:percent|%)"
    r"|\bservice[\s-]+connected\b[^.;]*\d+\s*(?:%|percent)|\bis\s+service[\s-]+connected"
)
SERVICE_DENIED = re.compile(
    r"\bservice[\s-]+connection\b[^.;]*?\b(?:is|was|remains|be)\s+(?:hereby\s+)?(?:denied"
    r"|not\s+(?:established|warranted|granted)|confirmed\s+and\s+continued\s+as\s+denied)"
    r"|\bnot\s+service[\s-]+connected\b|\bnsc\b|\bdenied\b[^.;]*service[\s-]+connection"
    r"|\bservice[\s-]+connection\b[^.;]*\bdenied\b"
)

# A cheap gate: a sentence with none of these stems skips the heavy matchers.
PREFILTER = re.compile(
    r"antalg|limp|favou?r|off-?load|stance|gait|ambulat|walk|radic|sciat|radiat|straight|slr"
    r"|lasegue|nerve"
    r"|knee|menisc|patell|chondro|arthr|osteo|djd|\boa\b|cruciate|acl|pcl|mcl|lcl|instab|laxity"
    r"|sublux|flexion|extension|range of motion|rom\b|strain|sprain|tendin|tendon|bursitis"
    r"|effusion|tka|tkr|cyst|abnormal|patholog|normal|lumb|back|disc|disk|ddd|ivds|sten|spondyl"
    r"|listhesis|hern|hnp|\blbp|facet|spine|genu|plica|schlatter|derangement|chondral|loose bod"
    r"|d\s?\)\s?d|dj\s+d|d\s+jd"
    r"|syndrome|fracture|narrowing|compartment|osteophyt|sclerosis"
)
