"""``promotional-language``: hype and absolute promises ("breakthrough", "no side effects").

Negated or cautionary uses are responsible writing and are left alone: "HSCT is not
risk-free", "there is no miracle cure", "be wary of clinics that promise guaranteed
results". Medical terms such as "breakthrough pain" are not hype either. Nor is hype the
page reports as what others say and then doubts: "some websites call statins a miracle
pill. That is not how doctors see them", "it is sold as a cure-all, but there is little
evidence that it helps". Reported and not doubted ("our customers call it a miracle"),
it is the page's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from workstation.checks.context import ArticleContext, word_set
from workstation.checks.finding import WARNING, Finding, make_finding, shorten
from workstation.checks.open_promises import open_promises
from workstation.checks.promotion_hedges import cautioned, conceded, hearsay_turned
from workstation.checks.promotion_places import only_a_refund, places_in_quote, said_again_below
from workstation.messages import message
from workstation.prefilter import Branches, branches, occurring
from workstation.structure import Sentence

CODE = "promotional-language"

_OTHER_THERAPIES = (
    r"(?:all|other|every|conventional|standard|traditional|existing|current|approved)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:therapies|therapy|treatments|treatment|medications|medicines|drugs|"
    r"options)"
)
_PLACE = (
    r"(?:country|world|UK|region|area|city|county|nation|Britain|England|Scotland|Wales|Ireland|"
    r"Europe|America|US|USA|business|industry|league|sector|town)"
)
_HYPE_RE = re.compile(
    r"(?<![\w#])(?:breakthroughs?|miracles?|miraculous(?:ly)?|cure[- ]alls?|guarantee[ds]?|"
    r"(?:completely|totally|perfectly|entirely|absolutely|100\s?%|100 percent)\s+"
    r"(?:safe|effective|harmless|painless)|(?:no|zero)\s+side[- ]effects|"
    r"free\s+(?:of|from)\s+(?:all\s+|any\s+)?side[- ]effects|without\s+(?:any\s+)?side[- ]effects|"
    r"risk[- ]free|revolutionary|revolutioni[sz](?:e|es|ed|ing)|game[- ]chang(?:er|ers|ing)|"
    r"life[- ]changing\s+(?:results|treatment|therapy|benefits|outcomes|cure|programmes?|programs?|courses?)|"
    r"magic bullets?|"
    # a headline's astonished experts: "Doctors Stunned", "scientists are baffled"
    r"(?:doctors|scientists|experts|dermatologists|surgeons)\s+(?:are\s+)?(?:stunned|baffled|amazed|shocked)|"
    r"wonder (?:drug|cure|treatment)s?|clinically proven|"
    r"proven to (?:cure|work|reverse|heal|stop|eliminate)|"
    r"(?:will|can|to)\s+(?:permanently\s+|completely\s+)?cure\s+(?:your|all|any|every)|"
    rf"outperform(?:s|ed|ing)?\s+{_OTHER_THERAPIES}|superior to all|"
    r"instant(?:ly)? (?:relief|results|cure)|amazing results|unbeatable|"
    # rank and endorsement: "#1 doctor-recommended", "the number one supplement", "best-selling"
    r"#\s?1(?!\d)|number[- ]one\s+(?!(?:cause|killer|reason|risk|factor|priority|complaint|"
    r"concern|question)\b)(?:[\w'\u2019-]+\s+){0,2}?(?:brand|choice|product|supplement|formula|pick|"
    r"seller|remedy|treatment|cream|serum|probiotic|vitamin|service|clinic|provider|app|drink|food|snack)s?|"
    r"(?:doctor|dermatologist|pharmacist|physician|dentist|expert)s?[- ]recommended|"
    r"best[- ]selling|top[- ]rated|"
    # secrets: "the ultimate anti-ageing secret", "best-kept secret", "secret weapon"
    r"(?:best[- ]kept|little[- ]known|ultimate|hidden|ancient)\s+(?:[\w-]+\s+){0,2}?secrets?|"
    r"secret\s+(?:weapon|formula|ingredient|recipe|cure)s?|(?:don't|do not|won't)\s+want\s+you\s+to\s+know|"
    # superlatives of a product: "the fastest-acting collagen on the market"
    r"(?:fastest|quickest|strongest)[- ](?:acting|working)|"
    r"nature['\u2019]s\s+own\s+(?:cure|remedy|medicine|antibiotic|painkiller|healer|treatment)s?|"
    # ... any superlative that ranks the product on the market: "the most accurate sleep
    # tracker on the market", "the purest vitamin D on the market" (not "the most widely
    # used", "the latest": a fact of the market, not praise)
    r"(?:best|fastest|strongest|most\s+(?!(?:common|commonly|widely|often|frequently|recently)\b)"
    r"[a-z][\w-]*|(?<=the\s)(?!(?:latest|earliest|oldest|newest|interest)\b)[a-z]+est)\b"
    r"[^.;:!?]{0,40}?\b(?:on\s+the\s+(?:market|planet|shelf|shelves)|on\s+earth|money\s+can\s+buy|ever\s+(?:made|created|sold)|"
    r"available\s+anywhere|in\s+any\s+(?:supermarket|shop|store|pharmacy|chemist)|"
    # ... or anything the reader can buy or that exists: "the most effective patch you can
    # buy", "the safest treatment for colic there is"
    r"(?:you|anyone)\s+can\s+buy|there\s+is(?:\s+for\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)?(?=\s*[.!\"\u201d]|\s*$)|"
    # ... against every other of its kind, or the reader's whole life: "the most accurate
    # predictions of any app", "the healthiest investment you'll ever make"
    r"of\s+any\s+(?:other\s+)?(?:app|brand|product|clinic|supplement|device|cream|company|provider|"
    r"service|programme|program|formula)|you(?:['\u2019]ll|\s+will)?\s+ever\s+(?:make|buy|need|try|"
    r"own|use|take|have))|"
    r"(?:industry|market)[- ]leading|unrivall?ed|unparalleled|ground[- ]?breaking|best[- ]loved|"
    r"unmatched\s+(?:by|anywhere)|second\s+to\s+none|"
    # praise that ranks the page's own in a place: "the best in the country", "the finest
    # surgeons in the region", "the best-trained carers in the county", "the world's most advanced cream", "the UK's leading clinic"
    # (not a fact of a place: "the most common cancer in the UK", "the UK's leading cause")
    rf"(?:best(?:-(?!known\b)[a-z]+)?|finest|greatest|most\s+(?:advanced|accurate|trusted|experienced|innovative|"
    rf"effective|comfortable|comprehensive|complete|successful|reliable|powerful|luxurious|relaxing|[a-z]+-looking))\s+(?:[\w'\u2019-]+\s+){{0,3}}?in\s+(?:the\s+)?(?:whole\s+of\s+(?:the\s+)?)?(?:{_PLACE}|(?-i:[A-Z][a-z]{{3,}}))\b|"
    rf"{_PLACE}['\u2019]s\s+(?:best(?:-(?!known\b|loved\b)[a-z]+)?|finest|greatest|leading|safest|purest|healthiest|cheapest|fastest|"
    rf"number[- ]one|no\.\s?1(?!\d)|most\s+(?:successful|advanced|"
    r"accurate|trusted|experienced|innovative|effective|powerful|potent|nutritious|[a-z]+-(?:dense|rich|packed)))"
    r"(?!\s+(?:cause|killer|reason|risk)s?\b)|superfoods?|"
    # a product as the only one that works: "the only device that cures sleep apnoea"
    r"the\s+only\s+(?:[\w-]+\s+){0,2}?(?:device|product|supplement|formula|brand|cream|serum|"
    r"remedy|gadget|pillow|app|kit|system|patch|tea|oil|spray|mouthguard|oat|cereal|food|drink|"
    r"snack|juice|mattress|programme|program|plan|method|course|walker|rollator|lens|lenses|glasses)s?\s+(?:that|which|to)\s+"
    r"(?:(?:can|will|really|truly|actually|fully|permanently)\s+)?(?:cures?|reverses?|works?|"
    r"heals?|stops?|eliminates?|fixe?s?|ends?|lowers?|reduces?|prevents?)\b|"
    # the only one of its kind worth the money: "the only one worth buying"
    r"the\s+only\s+(?:[\w-]+\s+){0,2}?worth\s+(?:buying|trying|taking|having|paying\s+for)|"
    # first in a place: "the number one weight-loss gummy in Britain"
    r"number[- ]one\s+(?!(?:cause|killer|reason|risk|factor|priority|complaint|concern|question)\b)"
    rf"(?:[\w'\u2019-]+\s+){{1,3}}?in\s+(?:the\s+)?(?:{_PLACE})\b|"
    # a body remade by a promise: "you will drop a dress size in 30 days", "a fountain of
    # youth", "forget about hay fever for good"
    r"you(?:['\u2019]ll|\s+will|\s+can)\s+(?:drop|lose|shed)\s+(?:a|one|two|\d+)\s+(?:dress\s+)?sizes?|"
    r"fountain\s+of\s+youth|elixir\s+of\s+(?:youth|life)|"
    r"(?:forget\s+about|say\s+goodbye\s+to|banish(?:es)?|ends?|beats?|gets?\s+rid\s+of)\s+(?:[\w'\u2019-]+\s+){1,4}?(?:for\s+good|forever)|"
    # ... or without a day of rest: "with no downtime at all"
    r"no\s+downtime\s+(?:at\s+all|whatsoever)|"
    # ... what the reader has, ditched or made new for good: "ditch your tablets for good",
    # "lose the weight for good", "transform your recovery forever"
    r"(?:ditch|kick|lose|shed|transform|change)\s+(?:your|the|those|that|this|these)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:for\s+good|forever)|"
    # ... or made new: "you will feel ten years younger", "walk out feeling reborn", "will
    # transform your skin", "completely resets your metabolism", "sharpens focus in days"
    r"(?:feel|feels|feeling|look|looks|looking)\s+(?:up\s+to\s+)?(?:years|decades|(?:\d+|five|ten|twenty)\s+years)\s+"
    r"younger|(?:feel|feels|feeling)\s+(?:reborn|brand\s+new|like\s+a\s+new\s+(?:person|man|woman))|"
    r"transforms?\s+your\s+(?:skin|body|health|life|gut|energy|sleep|mind|looks|hair)|"
    r"(?:completely|totally|fully|entirely)\s+(?:resets?|reverses?|restores?|rebalances?|repairs?|"
    r"regenerates?|rejuvenates?|detox(?:es)?)\s+your|"
    r"(?:sharpens?|boosts?|transforms?|clears?|heals?|fixes?|reverses?|rejuvenates?|restores?)\s+"
    r"(?:[\w'\u2019-]+\s+){1,3}?in\s+(?:just\s+|only\s+|a\s+few\s+)?(?:days|hours|minutes)\b|"
    # a promise to protect like a vaccine, the last word in its kind: "like a vaccine against
    # colds", "the ultimate defence for", "the only supplement you will ever need", "a proven
    # energy booster", "or your money back"
    r"like\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:vaccine|vaccination|inoculation|shield|force[- ]field)\s+against|"
    # (not an end or cause: "the ultimate goal", "the ultimate cause")
    r"the\s+ultimate\s+(?!(?:goal|aim|cause|test|decision|outcome|responsibility|question|source|"
    r"result|effect|end|fate|reason|purpose|authority|arbiter|choice\s+is)\b)"
    r"(?:(?:[\w-]+\s+){1,2}secrets?\b|[a-z][\w-]*)|"
    r"the\s+only\s+(?:[\w-]+\s+){1,3}?(?:you|they|anyone|we)(?:['\u2019]ll|\s+will)?\s+(?:ever\s+)?need|"
    # ... or the last one the reader will buy, the page's own as the standard the others are
    # held to: "the last pillow you'll ever need", "our clinic's peel is the gold standard"
    r"the\s+last\s+(?:[\w-]+\s+){1,3}?(?:you|they|anyone)(?:['\u2019]ll|\s+will)?\s+ever\s+(?:need|buy|try|take|use)|"
    r"\b(?:our|my)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:is|are)\s+(?:now\s+|simply\s+)?the\s+gold[- ]standard|"
    r"proven\s+(?:[\w-]+\s+)?(?:booster|remedy|cure|formula|fix|solution)s?|or\s+your\s+money\s+back|"
    r"burns?\s+up\s+to\s+[\d,]+\s+(?:calories|kcal)|"
    # ... or better than anything else: "works twice as fast as anything else on the shelf"
    r"(?:as\s+[\w-]+\s+as|[a-z]+er\s+than|more\s+[\w-]+\s+than)\s+anything\s+else|"
    # promises in other shapes: "burns fat while you sleep", "cures migraine at its root",
    # "you will never need a hearing aid again", "hydrates 4 times faster than water"
    r"(?:melts?|blasts?|torch(?:es)?)\s+(?:away\s+)?(?:[\w-]+\s+)?fat\b|"
    r"(?:burns?|melts?|sheds?|loses?|builds?|grows?|tones?|sculpts?|slims?)\s+(?:[\w-]+\s+){0,3}?"
    r"while\s+you\s+sleep|"
    # a promise of no risk, of results from the start, of whole nights: "zero risk", "results
    # from the very first session", "clear all night, every night", "a drug-free cure for",
    # "massively boosts your chances"
    r"zero[- ]risk|(?:absolutely|completely)\s+no\s+risk|no\s+risk\s+(?:at\s+all|whatsoever)|"
    r"from\s+(?:the|your)\s+very\s+first\s+[\w-]+|all\s+(?:night|day),\s+every\s+(?:night|day)|"
    r"[\w]+-free\s+cures?\b|(?:dramatically|massively|hugely|vastly)\s+(?:boosts?|increases?|"
    r"improves?|raises?)\s+your\s+(?:chances?|odds)|"
    r"(?:cures?|fix(?:es)?|heals?|treats?|tackles?)\s+(?:[\w-]+\s+){1,3}?at\s+(?:its|the|their)\s+roots?|"
    r"you(?:['\u2019]ll|\s+will|\s+may)?\s+(?:never|no\s+longer)\s+(?:need(?:\s+to\s+(?:wear|use|take|have|see))?|have\s+to\s+(?:wear|use|take))\s+(?:[\w-]+\s+){0,3}?again|"
    # years taken off, a day's protection from one go: "turn back the clock", "one
    # application lasts all day"
    r"turns?\s+back\s+the\s+clock|(?:reverses?|reversing|halts?)\s+(?:the\s+)?(?:signs\s+of\s+)?age?ing\b|"
    r"(?:one|a\s+single)\s+(?:application|dose|spray|capsule|tablet|coat)\s+(?:lasts|protects|works)"
    r"\s+(?:for\s+)?(?:all\s+day|all\s+night|24\s+hours|a\s+whole\s+day)|"
    r"(?:\d+|two|three|four|five|ten)\s+times\s+(?:faster|quicker|better)\s+than\s+"
    r"(?:plain\s+|tap\s+|ordinary\s+)?water|"
    # nature's best, a cure ranked first, one's own offer ranked first, an age's discovery:
    # "nature's strongest antioxidant", "the most powerful natural cure for", "the best
    # treatment we provide", "the greatest advance of the decade"
    r"nature['\u2019]s\s+(?:best|finest|greatest|strongest|most\s+(?:powerful|potent|effective))|"
    r"(?:most\s+(?:effective|powerful|potent)|best|strongest)\s+(?:[\w-]+\s+)?cures?\b|"
    r"(?:best|finest|most\s+(?:powerful|effective|advanced))\s+(?:[\w-]+\s+){0,2}?we\s+(?:offer|provide|sell|stock|make)\b|"
    r"(?:most\s+(?:important|significant|exciting)|greatest|biggest)\s+(?:[\w-]+\s+)?(?:discovery|discoveries|"
    r"advance|breakthrough|development|finding)\s+(?:[\w-]+\s+){0,4}?(?:this|of\s+the|in\s+a|of\s+our)\s+"
    r"(?:century|decade|generation|lifetime)|"
    # a feeling in an instant, a shortage to hurry for, energy without end, a detox of the
    # body, an immunity, a confidence without doubt: "look instantly younger", "only two
    # places remaining", "limitless energy", "detoxifies your liver", "makes you invincible",
    # "travel with complete confidence"
    r"(?:feel|feels|feeling|look|looks|looking)\s+instantly\s+(?:[a-z]+er|better|new)\b|"
    r"only\s+(?:\d+|one|two|three|four|five|a\s+few|a\s+handful\s+of)\s+(?:[\w-]+\s+)?(?:slots?|places?|"
    r"spaces?|spots?|appointments?|bottles?|jars?|units?|packs?|tubs?)\s+(?:left|remaining)\b|"
    r"the\s+(?:[\w-]+\s+)?secret\s+to\s+(?:[\w-]+\s+)?(?:glowing|radiant|perfect|youthful|flawless|younger|"
    r"lasting|eternal|boundless)|(?:boundless|limitless|endless|unlimited)\s+(?:energy|potential)|"
    r"detox(?:es|ify|ifies)?\s+your\s+(?:blood|body|liver|kidneys|skin|gut|system|organs|cells)|"
    r"floods?\s+your\s+body\s+with|"
    r"(?:makes?|making|make)\s+you\s+(?:immune|invincible|bulletproof)\b|"
    r"with\s+(?:total|complete|absolute|full)\s+confidence|"
    # comparisons with other brands: "3 times faster than other collagen brands"
    r"than\s+(?:any\s+|all\s+)?(?:the\s+)?(?:other|leading|rival|competing)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:brands?|products?)|than\s+(?:any\s+|all\s+)?(?:the\s+|its\s+)?competit(?:ors|ion))(?![\w-])",
    re.IGNORECASE,
)
# A product against its ordinary kind, and an absolute kill: read only in a sentence with one
# of their own stems (_PRODUCT_STEMS), so that the common words they start with ("than",
# "as") do not send every sentence through them.
_PRODUCT_HYPE_RE = re.compile(
    r"(?<![\w#])(?:"
    # many times more than the ordinary kind, whatever it is: "10 times more potent than
    # ordinary supermarket kombucha"
    r"(?:\d+|two|three|four|five|ten)\s+times\s+(?:more\s+[\w-]+|[a-z]+er)\s+than\s+"
    r"(?:ordinary|regular|standard|normal|plain|typical|generic|conventional)\s+[\w-]+|"
    # against the ordinary kind of the product: "10 times faster than ordinary curcumin capsules"
    r"(?:than|(?:twice|\d+\s+times|(?:three|four|five|ten)\s+times)\s+as\s+[\w-]+\s+as)\s+"
    r"(?:ordinary|regular|standard|normal|plain|typical|generic|conventional)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:capsules?|tablets?|pills?|supplements?|powders?|creams?|gels?|"
    r"oils?|formulas?|formulations?|products?|brands?|versions?|lozenges?|drinks?|shakes?)|"
    # an absolute kill: "kills 100% of mites in one application"
    r"(?:kills?|eliminates?|eradicates?|destroys?|wipes?\s+out)\s+(?:100\s?%|100\s+percent|"
    r"all|every)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,1}?(?:germs|bacteria|viruses|mites|lice|"
    r"fleas|bugs|fungus|fungi|mould|mold|parasites|pests|eggs|nits|microbes|pathogens))(?![\w-])",
    re.IGNORECASE,
)
# Every pattern above contains one of these; a sentence without them is skipped at once.
_HYPE_STEMS = word_set(
    """leading buy breakthrough mirac cure guarantee effective harmless revolution game
    magic wonder proven outperform superior instant amazing unbeatable # number
    best secret know ultimate fastest quickest strongest market
    brand product competit only unrival unparallel finest greatest advanced accurate trusted
    experienced innovative comfortable comprehensive reliable powerful anywhere melt blast torch
    root groundbreak ground-break loved unmatched none toxins clock league sector town looking
    worth fountain elixir forget goodbye banish size safest purest healthiest luxurious relaxing
    there younger reborn transform vaccin inoculat shield superfood calories kcal forever -dense
    -rich -packed ageing -aging painless stunned baffled amazed shocked"""
) | {
    # phrases rather than their common words ("health" holds "heal", "potential" "potent",
    # "inside" "side"), where a word alone would send most sentences of a health page through
    "ly safe", "% safe", "percent safe", "no side", "zero side", "of side", "from side", "all side",
    "any side", "out side", "risk-free", "risk free", "life-changing", "life changing", "top-rated",
    "top rated", " aging", "-recommended", "nature's", "nature\u2019s", "we offer", "we provide",
    "we sell", "we stock", "we make", "century", "decade", "generation", "lifetime", "boundless",
    "limitless", "endless energy", "unlimited energy", "detox", "floods your", "flood your",
    "you immune", "you invincible", "bulletproof", "total confidence", "complete confidence",
    "absolute confidence", "full confidence", *(f"{who}{s} recommended" for who in (
        "doctor", "dermatologist", "pharmacist", "physician", "dentist", "expert") for s in ("", "s")),
    "completely re", "totally re", "fully re", "entirely re", "completely detox",
    "totally detox", "fully detox", "entirely detox", "in days", "in hours", "in minutes",
    "in just", "in only", "in a few", "force field", "force-field", "money back", "anything else",
    "most potent", "most nutritious", "on the planet", "on earth", "on the shel"} | {"of any", "ll ever", "will ever", "you ever", "lasts all", "lasts for", "protects all",
     "protects for", "works all", "works for", "lasts 24", "protects 24", "works 24"} | {"for good", "can buy", "ever made", "ever created", "ever sold", "while you sleep", "times faster", "times quicker",
     "times better", "never need", "never have to", "no longer need", "no longer have to"} | {f"in any {shop}" for shop in ("supermarket", "shop", "store", "pharmacy", "chemist")} | {"zero risk", "zero-risk", "no risk", "very first", "all night, every", "all day, every",
"free cure", "your chances", "your odds", "gold standard", "gold-standard", "downtime",
    "cheapest", "sculpt", "ditch", "most complete", "successful", "no. 1", "no.1"}
_ORDINARY_STEMS = ("ordinary", "regular", "standard", "normal", "plain", "typical", "generic", "conventional")
_KILL_STEMS = ("kill", "eliminat", "eradicat", "destroy", "wipe")


# The page's own product against the standard treatment: "our compounded hormones are safer
# and more effective than standard HRT" (a result of a named treatment in a trial is not
# the page's own: "tenecteplase was as safe as standard alteplase").
_BETTER = r"(?:safer|more\s+effective|better|stronger|faster|gentler)"
_OWN_AGAINST_STANDARD_RE = re.compile(
    rf"\b{_BETTER}(?:\s+and\s+{_BETTER})?\s+than\s+(?:the\s+)?(?:standard|conventional|"
    r"traditional|usual|regular|ordinary)\s+[\w-]+",
    re.IGNORECASE,
)
_OUR_RE = re.compile(r"\b(?:our|my)\b", re.IGNORECASE)


# A detox the page promises for its own product: "our drips flush out toxins" (advice that
# "lemon water flushes out toxins" is a dubious claim, not the page selling itself).
_OWN_DETOX_RE = re.compile(
    r"\b(?:flush(?:es|ing)?|draws?|drains?|purges?)\s+(?:out\s+)?(?:[\w-]+\s+){0,2}?toxins\b",
    re.IGNORECASE,
)


def _own_against_standard(text: str, pattern: re.Pattern[str] = _OWN_AGAINST_STANDARD_RE) -> list[re.Match[str]]:
    return [m for m in pattern.finditer(text) if _OUR_RE.search(text, 0, m.start())]


def _product_hype_possible(low: str) -> bool:
    return any(stem in low for stem in _KILL_STEMS) or (
        (" than " in low or " as " in low) and any(stem in low for stem in _ORDINARY_STEMS)
    )
# "Breakthrough" as a medical term or a regulatory designation.
_MEDICAL_BREAKTHROUGH_RE = re.compile(
    r"^breakthroughs?\s+(?:pain|bleeding|infections?|seizures?|symptoms?|disease|cases?|cancer|"
    r"relapses?|activity|varicella|ha?emorrhage|vomiting|nausea|fungal|hepatitis|"
    r"therapy\s+(?:designation|status))\b",
    re.IGNORECASE,
)
_NEGATORS = word_set(
    """not no never isn't aren't wasn't weren't isnt arent nor neither without cannot can't
    hardly nothing none doesn't don't didn't won't rarely nobody"""
)
_CAUTION_RE = re.compile(
    r"\b(?:beware|wary|skeptical|sceptical|be cautious|be careful|red flags?|"
    r"claims?\s+(?:of|that|to)|claims\s+(?:its|their|it|they|the)|"
    r"claiming|promis(?:e|es|ed)|advertis\w*|marketed|so-called|too good to be true|"
    r"scams?|unproven)\b",
    re.IGNORECASE,
)
# Hype given as what others call or sell something as: "X call it a miracle", "sold as a cure-all".
_REPORTED_RE = re.compile(
    r"\b(?:call|calls|called|calling|dub|dubs|dubbed|nickname[sd]?|"
    r"(?:influencers|fans|advocates|proponents|sellers|marketers|celebrities|websites)\s+(?:say|claim)|"
    r"(?:read|hear|heard|see|seen)\s+(?:online|on\s+(?:social\s+media|the\s+internet|forums?))\s+that|"
    r"(?:describ|market|tout|bill|hail|"
    r"brand|label|promot|pitch|present|advertis|sell|sold|hyp)\w*\b[^.;:!?]{0,60}?\bas)\b",
    re.IGNORECASE,
)
# A turn in the same sentence after which doubt can follow: "…, but there is little evidence", "…; no trial …".
_CONTRAST_RE = re.compile(r"[;\u2014]|[,\s]\s*(?:but|yet|however|although|though|while)\b", re.IGNORECASE)
# What doubt speaks of: the claim itself, or the evidence and the people who weigh it.
_DOUBT_TOPICS = word_set(
    """this that these those it they such claim claims evidence proof study studies trial
    trials research doctors experts scientists true work works worked help helps helped
    convinced see"""
)
_DOUBT_WORDS = word_set("little scant weak limited lacking unproven doubt doubtful myth false untrue questionable")
_NEGATION_AFTER_RE = re.compile(
    r"\b(?:(?:have|has|had|do|does|did|is|are|was|were)(?:\s+not|n't|n\u2019t)|never|failed)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK_RE = re.compile(r"[,;:\u2014\u2013()]")
_QUOTES = "\"'\u201c\u201d\u2018\u2019"


def _negated(text: str, start: int) -> bool:
    clause = _CLAUSE_BREAK_RE.split(text[:start])[-1]
    words = [w.strip(_QUOTES).lower().replace("\u2019", "'") for w in clause.split()[-5:]]
    return any(w in _NEGATORS for w in words)


def _quoted(text: str, start: int, end: int) -> bool:
    return text[max(0, start - 1) : start] in tuple(_QUOTES) and text[end : end + 1] in tuple(
        _QUOTES
    )


_STEMS_IN_ORDER = tuple(sorted(_HYPE_STEMS))


def _has_stem(low: str, stems: tuple[str, ...] = _STEMS_IN_ORDER) -> bool:
    """Does the lower-cased text contain any of the stems? (Substring tests in a plain loop:
    several times faster than one search of their alternation, which tries every stem at
    every position.)"""
    for stem in stems:  # noqa: SIM110 - a loop, not a generator for each sentence
        if stem in low:
            return True
    return False


@dataclass(frozen=True)
class _PageTests:
    """The stem and branch tests narrowed to what a page's texts hold as a whole: a string
    absent from all of them is absent from each, so no text of the page need test it."""

    stems: tuple[str, ...] = _STEMS_IN_ORDER
    product: bool = True  # (_product_hype_possible of the whole)
    hype: Branches | None = None

    @classmethod
    def of(cls, texts: list[str]) -> _PageTests:
        text, low = "\n".join(texts), "\n".join(t.lower() for t in texts)
        present = occurring(_STEMS_IN_ORDER, low)
        stems = tuple(stem for stem in _STEMS_IN_ORDER if stem in present)
        return cls(stems, _product_hype_possible(low), branches(_HYPE_RE).within(text, low))


_ANY_PAGE = _PageTests()


def hype_terms(text: str, page: _PageTests = _ANY_PAGE) -> list[str]:
    """The hype words of ``text`` that are meant, not negated, quoted or medical terms
    (``page``: the tests narrowed to the page the text is part of)."""
    low = text.lower()
    product = page.product and _product_hype_possible(low)
    promises = open_promises(text, low)
    if not product and not promises and not _has_stem(low, page.stems):
        return []
    # only the branches the words allow
    hype = (page.hype or branches(_HYPE_RE)).pattern_for(text, low)
    matches = sorted([*(hype.finditer(text) if hype is not None else ()), *promises], key=lambda m: m.start())
    own = " our " in f" {low}" or " my " in f" {low}"
    if product:
        matches = sorted([*matches, *_PRODUCT_HYPE_RE.finditer(text)], key=lambda m: m.start())
        if own:
            matches = sorted([*matches, *_own_against_standard(text)], key=lambda m: m.start())
    if own and "toxins" in low:
        matches = sorted([*matches, *_own_against_standard(text, _OWN_DETOX_RE)], key=lambda m: m.start())
    if not matches or cautioned(text, _CAUTION_RE):
        return []
    terms: list[str] = []
    for match in matches:
        if _MEDICAL_BREAKTHROUGH_RE.match(text[match.start() : match.start() + 60]):
            continue
        if _negated(text, match.start()) or _quoted(text, match.start(), match.end()):
            continue
        if conceded(text, match.start()):
            continue
        term = match.group(0)
        if not any(term.lower() in t.lower() for t in terms):  # (nor a part of one found)
            terms.append(term)
    return terms


# Doubt by explanation: "…, but the dark colour comes from sweat", "… is mostly water"; or by
# a measure: "the research so far is far less exciting".
_EXPLAINED_RE = re.compile(
    r"\b(?:comes?|came)\s+from\b|\b(?:caused|explained)\s+by\b|\bdue\s+to\b|"
    r"\bless\s+(?:exciting|impressive|convincing|clear|certain|promising)\b|"
    r"\b(?:is|are|was|were)\s+(?:just|only|simply|merely|mostly|largely|really|actually)\b",
    re.IGNORECASE,
)


def _doubts(text: str) -> bool:
    """Does ``text`` deny, doubt or explain away a claim ("That is not how doctors see them",
    "little evidence", "the colour comes from sweat")?"""
    if _EXPLAINED_RE.search(text):
        return True
    words = {w.strip(_QUOTES + ".,;:!?").lower().replace("\u2019", "'") for w in text.split()}
    return bool(words & (_NEGATORS | _DOUBT_WORDS)) and bool(words & _DOUBT_TOPICS)


def reported_and_doubted(text: str, following: str = "") -> bool:
    """Hype the sentence reports as what others say, doubted in its own second half or next."""
    if hearsay_turned(text, _CONTRAST_RE):
        return True
    reported = _REPORTED_RE.search(text)
    if reported is None:
        return False
    turn = _CONTRAST_RE.search(text, reported.end())
    if turn is None:
        # "Brain games sold as a guaranteed way to stop dementia have not lived up to the
        # claims": the reported hype is the subject, and the predicate doubts it.
        hype = _HYPE_RE.search(text, reported.end())
        turn = hype if hype is not None and _NEGATION_AFTER_RE.search(text, hype.end()) else None
    return bool(turn and _doubts(text[turn.end():])) or bool(following and _doubts(following))


def _message(terms: list[str], where: str) -> str:
    """``where``: title, heading or sentence."""
    return message(f"finding.promotional-{where}", terms=", ".join(f"\u201c{t}\u201d" for t in terms))


# Where a sentence joins two claims of its own: "…, and …", "…; …". (What the promise goes on to
# do, after a comma, is the same promise: "the purest oil on earth, unlocking deep sleep from the
# very first drop".)
_CLAUSE_JOIN_RE = re.compile(r",\s+(?:and|but|or)\s+|;\s+")


def _hyped_clauses(text: str) -> list[tuple[int, str, list[str]]]:
    """The clauses of a sentence that joins claims, with where each starts and its hype: "the best
    clinic in the city, and you will feel ten years younger" holds two promises, one finding each."""
    clauses: list[tuple[int, str, list[str]]] = []
    start = 0
    for join in [*_CLAUSE_JOIN_RE.finditer(text), None]:
        clause = text[start : join.start() if join else len(text)]
        terms = hype_terms(clause)
        if terms:
            clauses.append((start, clause, terms))
        if join is not None:
            start = join.end()
    return clauses


def _sentence_findings(sentence: Sentence, terms: list[str]) -> Iterator[Finding]:
    """One finding for the sentence, or one for each of its clauses that promises on its own
    (its excerpt that clause, so that each is dismissed on its own)."""
    clauses = _hyped_clauses(sentence.text) if _CLAUSE_JOIN_RE.search(sentence.text) else []
    if len(clauses) < 2:
        yield make_finding(
            CODE, WARNING, _message(terms, "sentence"), shorten(sentence.text, 400),
            sentence.start, sentence.end,
        )
        return
    places = places_in_quote(sentence.quote, sentence.text)
    for offset, clause, clause_terms in clauses:
        start = sentence.start + places[offset]
        end = min(sentence.start + places[offset + len(clause) - 1] + 1, sentence.end)
        yield make_finding(CODE, WARNING, _message(clause_terms, "sentence"), shorten(clause, 400), start, end)


def check(ctx: ArticleContext) -> Iterator[Finding]:
    """One warning per sentence, heading or title that uses hype (per clause, where a sentence
    joins two promises)."""
    headings = [
        b for b in ctx.structure.blocks if b.kind == "heading" and ctx.kind_of(b.section) not in ("references",)
    ]
    sentences = ctx.structure.sentences
    checked = [i for i, sentence in enumerate(sentences) if ctx.in_article_text(sentence)]
    page = _PageTests.of([ctx.title, *(b.text for b in headings), *(sentences[i].text for i in checked)])
    terms = hype_terms(ctx.title, page)
    if terms:
        yield make_finding(CODE, WARNING, _message(terms, "title"), shorten(ctx.title, 400))
    for block in headings:
        terms = hype_terms(block.text, page)
        below = next((s for s in sentences if s.start >= block.end), None)
        if terms and not (below is not None and said_again_below(terms, hype_terms(below.text, page))):
            yield make_finding(
                CODE, WARNING, _message(terms, "heading"), shorten(block.text, 400), block.start, block.end
            )
    for index in checked:
        sentence = sentences[index]
        terms = hype_terms(sentence.text, page)
        if terms and not only_a_refund(sentence.text, terms):
            after = sentences[index + 1] if index + 1 < len(sentences) else None
            following = after.text if after is not None and after.block == sentence.block else ""
            if reported_and_doubted(sentence.text, following):
                continue
            yield from _sentence_findings(sentence, terms)
