"""The patterns the ``promotional-language`` check reads a sentence with: hype and absolute
promises ("breakthrough", "no side effects"), superlatives that rank a product or a service,
a product against its ordinary kind, and the stems a sentence must hold for any of them to
be tried."""

from __future__ import annotations

import re

from workstation.checks.context import word_set

OTHER_THERAPIES = (
    r"(?:all|other|every|conventional|standard|traditional|existing|current|approved)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:therapies|therapy|treatments|treatment|medications|medicines|drugs|"
    r"options)"
)
PLACE = (
    r"(?:country|world|UK|region|area|city|county|nation|Britain|England|Scotland|Wales|Ireland|"
    r"Europe|America|US|USA|business|industry|league|sector|town)"
)
# A measure of the land itself ("some of the highest trails on earth", "the deepest lake on the
# planet"): a fact of a place, not praise of what the page sells.
LANDSCAPE_MEASURE = (
    r"(?:highest|tallest|deepest|longest|coldest|hottest|driest|wettest|windiest|steepest|remotest|"
    r"largest|biggest|lowest|widest)\s+(?:[a-z-]+\s+)?(?:trails?|paths?|mountains?|peaks?|passes|"
    r"summits?|roads?|routes?|treks?|lakes?|rivers?|waterfalls?|deserts?|cities|islands?|volcano(?:es)?|"
    r"glaciers?|ridges?|valleys?|canyons?|cliffs?|caves?|seas?|oceans?|forests?|mountain\s+ranges?)\b"
)
HYPE_RE = re.compile(
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
    rf"outperform(?:s|ed|ing)?\s+{OTHER_THERAPIES}|superior to all|"
    r"instant(?:ly)? (?:relief|results|cure)|amazing results|unbeatable|"
    # rank and endorsement: "#1 doctor-recommended", "the number one supplement", "best-selling"
    # (not a forum post's number in its header: "#1 hilltop_walker (Member, 23 posts) Posted …")
    r"#\s?1(?!\d)(?![^.!?#]{0,80}?(?:\b\d+\s+posts\)|\bPosted\s+(?:\d|on\b|at\b)))|number[- ]one\s+(?!(?:cause|killer|reason|risk|factor|priority|complaint|"
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
    rf"[a-z][\w-]*|(?<=the\s)(?!(?:latest|earliest|oldest|newest|interest)\b|{LANDSCAPE_MEASURE})[a-z]+est)\b"
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
    rf"(?:best(?:-(?!known\b)[a-z]+)?|finest|greatest|purest|creamiest|tastiest|smoothest|freshest|"
    rf"most\s+(?:advanced|accurate|trusted|experienced|innovative|potent|delicious|"
    rf"effective|comfortable|comprehensive|complete|successful|reliable|powerful|luxurious|relaxing|[a-z]+-looking))\s+(?:[\w'\u2019-]+\s+){{0,3}}?in\s+(?:the\s+)?(?:whole\s+of\s+(?:the\s+)?)?(?:{PLACE}|(?-i:[A-Z][a-z]{{3,}}))\b|"
    rf"{PLACE}['\u2019]s\s+(?:best(?:-(?!known\b|loved\b)[a-z]+)?|finest|greatest|leading|safest|purest|healthiest|cheapest|fastest|"
    rf"number[- ]one|no\.\s?1(?!\d)|most\s+(?:successful|advanced|"
    r"accurate|trusted|experienced|innovative|effective|powerful|potent|nutritious|[a-z]+-(?:dense|rich|packed)))"
    r"(?!\s+(?:cause|killer|reason|risk)s?\b)|superfoods?|"
    # a product as the only one that works: "the only device that cures sleep apnoea"
    r"the\s+only\s+(?:[\w-]+\s+){0,2}?(?:device|product|supplement|formula|brand|cream|serum|"
    r"remedy|gadget|pillow|app|kit|system|patch|tea|oil|spray|mouthguard|oat|cereal|food|drink|"
    r"snack|juice|mattress|programme|program|plan|method|course|walker|rollator|lens|lenses|glasses|"
    r"balm|gel|lotion|ointment|concentrate|capsule|tablet|gummy|gummies|shampoo)s?\s+(?:that|which|to)\s+"
    r"(?:(?:can|will|really|truly|actually|fully|completely|permanently)\s+){0,2}(?:cures?|reverses?|works?|"
    r"heals?|repairs?|stops?|eliminates?|fixe?s?|ends?|lowers?|reduces?|prevents?|makes?\s+(?:you|your)\b)\b|"
    # an offer as the only one that reaches an illness's root: "the only protocol that gets to
    # the root cause of Hashimoto's", "the only method which truly addresses the underlying root cause"
    r"the\s+only\s+(?:[\w'\u2019-]+\s+){0,3}?(?:that|which)\s+(?:(?:really|truly|actually|finally)\s+)?"
    r"(?:gets?\s+to|address(?:es)?|treats?|tackles?|targets?|fix(?:es)?|heals?|reaches)\s+(?:the\s+)?"
    r"(?:real\s+|underlying\s+|true\s+)?root\s+causes?|"
    # a service with a long name ranked in a place: "the best spinal cord stimulation centre in
    # the country", "the finest sports injury physiotherapy clinic in the region"
    r"(?:best|finest|greatest)\s+(?:[\w'\u2019-]+\s+){0,6}?(?:centre|center|clinic|unit|service|hospital|"
    rf"practice|team|department|studio)s?\s+in\s+(?:the\s+)?(?:whole\s+of\s+(?:the\s+)?)?{PLACE}\b|"
    # the only one of its kind worth the money: "the only one worth buying"
    r"the\s+only\s+(?:[\w-]+\s+){0,2}?worth\s+(?:buying|trying|taking|having|paying\s+for)|"
    # first in a place: "the number one weight-loss gummy in Britain", "the number one tanning
    # studio in the North West" (a place by its name, as the best in a place is read)
    r"number[- ]one\s+(?!(?:cause|killer|reason|risk|factor|priority|complaint|concern|question)\b)"
    rf"(?:[\w'\u2019-]+\s+){{1,3}}?in\s+(?:the\s+)?(?:{PLACE}|(?-i:[A-Z][a-z]{{3,}}))\b|"
    # a body remade by a promise: "you will drop a dress size in 30 days", "a fountain of
    # youth", "forget about hay fever for good"
    r"you(?:['\u2019]ll|\s+will|\s+can)\s+(?:drop|lose|shed)\s+(?:a|one|two|\d+)\s+(?:dress\s+)?sizes?|"
    r"fountain\s+of\s+youth|elixir\s+of\s+(?:youth|life)|"
    r"(?:forget\s+about|say\s+goodbye\s+to|banish(?:es)?|ends?|beats?|gets?\s+rid\s+of)\s+(?:[\w'\u2019-]+\s+){1,4}?(?:for\s+good|forever)|"
    # ... or felt within days, or gone for good: "you'll feel the difference in just 7 days",
    # "bedwetting becomes a thing of the past", "will make snoring a thing of the past" (not a
    # medicine's time to work, "before you feel the difference", nor a past disease, "polio is
    # now a thing of the past")
    r"(?:feel|see|notice)\s+(?:the\s+|a\s+|real\s+)?(?:difference|results?|benefits?|change)\s+"
    r"(?:with)?in\s+(?:just|only)\s+(?:\d+|one|two|three|four|five|six|seven|ten|a\s+few)\s+(?:days|hours|minutes|weeks)\b|"
    r"(?:becomes?\s+|will\s+(?:be|become)\s+|makes?\s+(?:[\w'\u2019-]+\s+){1,3}?)a\s+thing\s+of\s+the\s+past|"
    # ... or so pure that the sufferers are spared: "so pure that even people with hay fever can"
    r"so\s+(?:pure|gentle|natural|clean|mild|safe|soothing)\s+that\s+even\b|"
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
    # ... "reverses muscle loss in as little as two weeks"
    r"(?:sharpens?|boosts?|transforms?|clears?|heals?|fixes?|reverses?|rejuvenates?|restores?)\s+"
    r"(?:[\w'\u2019-]+\s+){1,3}?in\s+as\s+little\s+as\s+(?:[\w-]+\s+)?(?:days?|hours?|minutes?|weeks?)\b|"
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
PRODUCT_HYPE_RE = re.compile(
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
HYPE_STEMS = word_set(
    """leading buy breakthrough mirac cure guarantee effective harmless revolution game
    magic wonder proven outperform superior instant amazing unbeatable # number
    best secret know ultimate fastest quickest strongest market
    brand product competit only unrival unparallel finest greatest advanced accurate trusted
    experienced innovative comfortable comprehensive reliable powerful anywhere melt blast torch
    root groundbreak ground-break loved unmatched none toxins clock league sector town looking
    worth fountain elixir forget goodbye banish size safest purest healthiest luxurious relaxing
    there younger reborn transform vaccin inoculat shield superfood calories kcal forever -dense
    -rich -packed ageing -aging painless stunned baffled amazed shocked creamiest tastiest
    smoothest freshest delicious"""
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
    "in just", "in only", "in a few", "as little as", "force field", "force-field", "money back", "anything else",
    "most potent", "most nutritious", "on the planet", "on earth", "on the shel"} | {"of any", "ll ever", "will ever", "you ever", "lasts all", "lasts for", "protects all",
     "protects for", "works all", "works for", "lasts 24", "protects 24", "works 24"} | {"for good", "can buy", "ever made", "ever created", "ever sold", "while you sleep", "times faster", "times quicker",
     "times better", "never need", "never have to", "no longer need", "no longer have to"} | {f"in any {shop}" for shop in ("supermarket", "shop", "store", "pharmacy", "chemist")} | {"zero risk", "zero-risk", "no risk", "very first", "all night, every", "all day, every",
"free cure", "your chances", "your odds", "gold standard", "gold-standard", "downtime",
    "cheapest", "sculpt", "ditch", "most complete", "successful", "no. 1", "no.1"} | {
    "thing of the past", "that even"}
ORDINARY_STEMS = ("ordinary", "regular", "standard", "normal", "plain", "typical", "generic", "conventional")
KILL_STEMS = ("kill", "eliminat", "eradicat", "destroy", "wipe")
