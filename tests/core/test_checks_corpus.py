"""Precision and recall of the automated checks over a hand-labelled corpus.

``check_corpus/`` holds small articles in both import formats (Markdown with front
matter, and captured pages as .txt). Each ``NAME.expected.yaml`` lists the findings a
reviewer expects: a code, and optionally the reference number and a piece of the
excerpt. Clean articles expect none. Run with ``-s`` to see the figures.

The corpus has a tuning part, which the rules are developed against, and a held-back
part, which they are not. Held-back parts are written and labelled before the rules they
measure are changed, measured once, and then become tuning material when the next
held-back part has been written: the articles at the top of ``check_corpus/``,
``heldout/`` to ``heldout34/`` (measured in the first thirty-four rounds) are the tuning
part now; ``heldout35/`` is held back. Its figures are the ones to quote, and its floors are
asserted per code. ``heldout36/`` was written after it and measured once on the same code (the
README gives its figures); it is not tuned on either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from workstation.checks import CODES, Finding, run_checks
from workstation.importers import read_article

CORPUS = Path(__file__).parent / "check_corpus"


def _articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".md", ".txt"))


# The tuning part, by where its articles came from.
TUNING_PARTS: dict[str, list[Path]] = {
    "tuning (top level)": _articles(CORPUS),
    "tuning (heldout/, held back in round 1)": _articles(CORPUS / "heldout"),
    "tuning (heldout2/, held back in round 2)": _articles(CORPUS / "heldout2"),
    "tuning (heldout3/, held back in round 3)": _articles(CORPUS / "heldout3"),
    "tuning (heldout4/, held back in round 4)": _articles(CORPUS / "heldout4"),
    "tuning (heldout5/, held back in round 5)": _articles(CORPUS / "heldout5"),
    "tuning (heldout6/, held back in round 6)": _articles(CORPUS / "heldout6"),
    "tuning (heldout7/, held back in round 7)": _articles(CORPUS / "heldout7"),
    "tuning (heldout8/, held back in round 8)": _articles(CORPUS / "heldout8"),
    # Still missed here after round 10's changes: "JAMA Dermatology" against another
    # dermatology journal's abbreviation (a trial cited to a review whose title names no trial
    # is reported since round 26), the FDA that "allowed" a claim, a body that "calls" a supplement the most effective,
    # "Most clots …", and two sentences before a citing sentence of their paragraph; false: "the
    # last 5%" and "the other 95%".
    "tuning (heldout9/, held back in round 9)": _articles(CORPUS / "heldout9"),
    # Still missed here after round 11's changes: two statistics before a citing sentence of
    # their paragraph that is about something else ("1 in 8 women" with PCOS before how it is
    # diagnosed [3]); false: a body named in a page's unnumbered "Sources:" line that
    # "recommends" a position, with no citation mark in the text.
    "tuning (heldout10/, held back in round 10)": _articles(CORPUS / "heldout10"),
    # Still missed here after round 12's changes (0.91/0.91 overall): "NICE Clinical Knowledge
    # Summaries advise" against papers by others (round 25 reads "Research by the Royal
    # National Lifeboat Institution"), "forty per cent of", "around a third of 11 to
    # 16-year-olds", "1 in 5 of the school absences", two joined superlatives, "reverses the ageing process", "twice as
    # fast"; false: two news ledes and a finding after its cited sentence ("… were more likely
    # to …"), a researcher's quoted hype, a trial's planned size, "one of
    # the most common reasons", "no side effects" the page goes on to doubt, and an unnumbered
    # list of sources the text names but does not mark (2).
    "tuning (heldout11/, held back in round 11)": _articles(CORPUS / "heldout11"),
    # Still missed here after round 13's changes (0.95/0.92 overall): three statistics before a
    # citing sentence of their paragraph that is about something else ("Around 1 in 100 adults
    # stammer", "22 minutes more a day", "about 20 times more likely"), a founder's quoted "the
    # single best thing you can do for your heart", and four second labels in a sentence that
    # already carries a promotional-language finding (one finding per sentence); false: "one
    # of the most stressful things new parents face", two findings before their cited
    # sentence, a dose ("Take two gummies a day") and a news lede for the work cited after it.
    "tuning (heldout12/, held back in round 12)": _articles(CORPUS / "heldout12"),
    # Still missed here after round 14's changes (0.99/0.98 overall): "92 of the 102 minerals"
    # (a count of things, not people, before a citing sentence of its paragraph) and one
    # label on the sentence before the one that carries "[4]" (one miss, one false).
    "tuning (heldout13/, held back in round 13)": _articles(CORPUS / "heldout13"),
    # Still missed here after round 15's changes (0.97/0.93 overall): "The Alzheimer's Society
    # recommends", "Dermatologists recommend" and a regulator after "approved by" against
    # papers by others, "Most children with Tourette's also have ADHD", "Half of all cracked
    # teeth …", "Up to half of trekkers" and a second label in a sentence that already carries
    # a promotional-language finding ("… in the country, with a pain-free recovery
    # guaranteed"); false: a brand's "20 times more absorbable", a news lede and "The
    # researchers say a larger trial is now needed".
    "tuning (heldout14/, held back in round 14)": _articles(CORPUS / "heldout14"),
    # Still missed here after round 16's changes (0.98/0.98 overall): "hundreds of happy mums"
    # (a crowd of the happy, which heldout14/ labels plain) and a second promise a sentence
    # goes on to after ", with" ("…, with clients feeling results from the very first sting":
    # one finding per sentence, as the earlier parts label it); false: two pages' reading
    # level above grade 10 for patients.
    "tuning (heldout15/, held back in round 15)": _articles(CORPUS / "heldout15"),
    # Still missed here after round 17's changes (0.92/0.92 overall; 0.59/0.71 when measured
    # once): "A review in the journal Nutrients", "A large German study", "A large trial in
    # 2012", "a study from Aspetar" and "The British Dietetic Association has called for"
    # against papers by others, "an average of 9 hours a day sitting down", "about 1 in 5
    # still react to them" and "less than an hour a day outdoors"; false: "A study from
    # Stanford University" for a paper from there by its authors, a product's name line with
    # its rating, a university's "About" paragraph (2), a clinic's finance offer, a news lede,
    # "A systematic review in the British Journal of Sports Medicine concluded …" on a page
    # whose Markdown footnotes cite it, "The good news is that …" read as a lead-in, and a news
    # site's copyright line read as one more entry of its list.
    "tuning (heldout16/, held back in round 16)": _articles(CORPUS / "heldout16"),
    # Still missed here after round 21's changes (0.82/0.89 overall, 0.86/0.91 since round 29
    # reads lists whose bodies are dated "(2014)."; 0.81/0.88 after round 20; 0.79/0.88 after round 19;
    # 0.72/0.81 after round 18; 0.55/0.72 when measured once): "(Burton and Kendall, 2014)", "A
    # 2021 study by Harvard researchers" against "(Pratt and Khan, 2021)" whose entry gives
    # 2016, "The DIAMOND trial, run across 24 clinics", "A 2019 Cochrane review" and "In 2020,
    # NICE approved Palforzia" against papers by others, "only 9% of UK adults …" and "only
    # about 1 in 5 children grow out of it" beside citing sentences or clauses; false: citations
    # by author and year left unresolved (6: entries by bodies not read as entries, a year
    # unlike its entry's), organisations' "About" paragraphs, a news lede and a customer's
    # quoted "total game-changer".
    "tuning (heldout17/, held back in round 17)": _articles(CORPUS / "heldout17"),
    # Still missed here after round 19's changes (0.95/0.90 overall; 0.49/0.66 when measured
    # once): "roughly a 1 in 3 chance … compared with about 1 in 20", "just 1 in 10 reach the
    # target", "9 out of 10 buy it again", "used to treat over 80 conditions" and "about 8 per
    # 100,000 children under five", "our results speak for themselves" in a sentence that
    # already carries a promotional-language finding, three uncited entries on pages whose
    # other entries are cited, and "a study from Moorfields Eye Hospital (3)" whose label
    # quotes the mark "(3)" the import writes as "[3]" (a listed number); false: a retreat's
    # menu run into a line and a telehealth service's "over 2 million pounds together", a
    # shop's menu line and the heading "Our best-selling remedies".
    "tuning (heldout18/, held back in round 18)": _articles(CORPUS / "heldout18"),
    # Nothing missed here since round 23 (0.98/0.98 after round 20; 0.74/0.84 when measured
    # once): two entries printed after a skipped number ("[4]" then "[6]", a footnote "[^6]"
    # after "[^4]") were labelled reference 5, their place in the list, while the import keeps
    # the number the page prints; they are labelled 6 now, the number a reviewer sees.
    "tuning (heldout19/, held back in round 19)": _articles(CORPUS / "heldout19"),
    # Still missed here after round 23's changes (1.00/0.98 overall; 0.98/0.97 after round 21;
    # 0.82/0.87 when measured once): "According to World Rugby's guidance" against a
    # government's guidelines and "Bosma and colleagues showed in 1995" against another paper
    # (an author named with a year is not read as an attribution), and "Most people with an
    # underactive thyroid have no idea they have it". (Two sentences joining two promises with
    # ", and" were labelled one finding each until round 23, which labels each promise on its
    # own, as the other parts do.)
    "tuning (heldout20/, held back in round 20)": _articles(CORPUS / "heldout20"),
    # Still missed here after round 23's changes (0.96/0.94 overall; 0.90/0.82 after round 22;
    # 0.67/0.75 when measured once): figures, risks and a regulator's act stated on their own
    # ("Around 1 in 4 gym-goers", "Around half of marathon runners", "Most cases of DCS start
    # within 6 hours", "12 apparently fit and healthy young people die every week", "The
    # Medicines and Healthcare products Regulatory Agency authorised tirzepatide …", "The US Food
    # and Drug Administration has warned …"), a forecast of strokes prevented and two risks
    # before a citing sentence of their paragraph; false: a health team's own count of its
    # outbreak, a press release's quote and media contacts, a newspaper's fundraising line and
    # another story's headline, and a belt "proven to stop" hernias (labelled promotion only).
    "tuning (heldout21/, held back in round 21)": _articles(CORPUS / "heldout21"),
    # Still missed here after round 23's changes (0.95/0.98 overall; 0.71/0.74 when measured
    # once): "A study in Cephalalgia" against a paper in Neurology and "The British Association
    # of Aesthetic Plastic Surgeons warns that BBL has the highest death rate …" (a body's
    # warning before a citing sentence of its paragraph); false: "Australia's National Health
    # and Medical Research Council said in 2015" on a homeopathy page, a charity's own figures
    # ("2024 in numbers"), a clinic's rating line, "Every year thousands of people from the UK
    # travel …", an app's "#1 … trusted by over 500 neurologists" (labelled promotion only),
    # "26 bones, 33 joints" and a news page's reading level above grade 10 for patients.
    "tuning (heldout22/, held back in round 22)": _articles(CORPUS / "heldout22"),
    # Nothing missed here after round 24's changes (1.00/1.00 overall; 0.64/0.84 when measured
    # once): round 24 reads its five lists of works (a table without outer bars, numbered links
    # under a label, bullets of bodies' works under "Evidence", bodies dated in brackets, an
    # entry dated "(2015, updated 2020)"), a body that "has classed", shares of "trekkers" and
    # "5-year-olds", a charity's own counts, a drink's strength and a measure of the land; two
    # sentences joining two promises with ", and", labelled with their first promise only, are
    # labelled one finding per promise now, as the other parts are.
    "tuning (heldout23/, held back in round 23)": _articles(CORPUS / "heldout23"),
    # Still missed here after round 25's changes (0.98/0.92 overall; 0.64/0.72 when measured
    # once): "The TAME trial then proved …" cited to an observational paper whose title names no
    # trial, "Most people who drown in UK waters never meant to go in" and "can lose enough
    # blood to die within five minutes" (figures in words before a citing sentence), and a case
    # series cited "(Note 5)" on a page that lists four (a named mark outside the list stays
    # text: linking it cost heldout17/ and heldout18/ more than it gained); false: a first aid
    # team's "the most common reasons people come to our first aid tent" (heldout8/ labels a
    # clinic's "the most common reason people come to us" a claim to cite). Round 25 reads its
    # "Links" list, a body's work "(2007, updated 2023)", "Sources and further reading" with
    # "NHS (2023) …", Markdown footnotes at a page's foot, an "Institution" that found, a body
    # that "reviewed the evidence", a study "first published in the 1980s", studies whose own
    # paper is listed elsewhere, a service's "travelled with us", counts of deaths, effects "by
    # 31%", trends "more than trebled in the last decade" and "number one … in the North West";
    # two sentences joining two promises with ", and" are labelled one finding per promise.
    "tuning (heldout24/, held back in round 24)": _articles(CORPUS / "heldout24"),
    # Still missed here after round 26's changes (0.98/0.89 overall; 0.84/0.75 when measured
    # once): figures and effects in words stated on their own ("most cases are in children
    # under 10", "Most people with lactose intolerance can manage about 12 g", "Most serious
    # cycling injuries happen at or near junctions", "around 9 in 10 are still working five
    # years after", "… are most at risk", "reduce the risk of delirium … by a third") and two
    # gout lifestyle effects; false: "A large study from Boston University found …" for a paper
    # from there by its authors. Round 26 reads its "[Ref 1]" marks, a Markdown table of works
    # under "Reading list", "Sources I used for this letter" with "Østerås N …", a byline's
    # "♡ 212" as a count, a product's own superlatives ("the creamiest oat drink in the world",
    # "the only lip balm that stops …"), trials cited only to a review ("The ASPRE trial
    # showed …", a trial "called CAPiTA"), a share "Between a quarter and a half of …" and a
    # ranking before a citing sentence about something else; the bike shop's ", and" sentence
    # is labelled one finding per promise, as every part is.
    "tuning (heldout25/, held back in round 25)": _articles(CORPUS / "heldout25"),
    # Still missed here after round 27's changes (0.95/0.89 overall; 0.85/0.82 when measured
    # once): sources named by a place or an institution's people ("Researchers in Slovenia
    # found", "Researchers at Columbia University counted") or a named study the vocabulary
    # does not know ("The Cycling for Health UK study … found"); figures stated on their own
    # ("Death caps cause around 90% of deaths …", "Dehydration causes 90% of hangover
    # symptoms", "a credit card's worth of plastic every week", "about an hour less sleep a
    # night"); boasts without a hype word ("Our pass rate is the highest in Leicestershire",
    # "the UK's most caring energy supplier", "the best medicine there is"). False: a shop's
    # product figure ("removes 99.9% of microplastics"), an IV drip service's "number one …,
    # trusted by …", "Dogs are more likely to be badly poisoned, because they eat more" and a
    # nursery retailer's Markdown entry "Batra EK, …". Round 27
    # reads a menu run into a shop line as furniture, "max 12" as a limit, RoSPA, Ofcom,
    # Diabetes UK, the Marmot Review and the DENSE trial as named sources, a service's own
    # "we help hundreds of people", "Ref. 1 — …" entries one to a line and "(ref. 1, ref. 2)";
    # two sentences joining praise and a guarantee with ", and" are labelled one finding per
    # promise, as every part is, and a union's figure from its own members' survey a claim to
    # cite, as heldout9/ labels a school's and a brand's own surveys.
    "tuning (heldout26/, held back in round 26)": _articles(CORPUS / "heldout26"),
    # Still found wrongly here after round 28's changes (0.99/1.00 overall; 0.63/0.83 when
    # measured once): a seafood festival's note reads above grade 10 for patients once its
    # sources line is out of the body (its menu and byline lines still count as prose). Round
    # 28 reads footnotes by bodies at a page's foot, a body's initials after its name, sources
    # run into one line after their label, marks printed after the full stop and a space, a
    # named source another entry's title prints, laboratory work cited to reviews, figures
    # stated on their own, and a shop's offer to test; three ", and" sentences are labelled
    # one finding per promise, as every part is.
    "tuning (heldout27/, held back in round 27)": _articles(CORPUS / "heldout27"),
    # Nothing missed or false here after round 29's changes (1.00/1.00 overall; 0.55/0.97 when
    # measured once). Round 29 reads a rule of dashes as a break, caret marks ("children^4.",
    # entries "^4 NHS. …"), a label naming the writer's sources over "[1] …" entries, bodies
    # dated "MHRA (2009). …" under "Where the information comes from", a strength on a label
    # and a treatment schedule as no statistics, hype in a short quoted phrase as another's
    # words, and a lead-in offering information followed by a paragraph as not dangling.
    "tuning (heldout28/, held back in round 28)": _articles(CORPUS / "heldout28"),
    # Still missed here after round 30's changes (0.91/0.92 overall; 0.68/0.84 when measured
    # once): "A 2024 World Health Organization outbreak notice said" cited to another's work, a
    # ranking ("Queensland records more … than any other state"), "Hundreds of young
    # stonemasons have been diagnosed …" and a netball club's entry 1; false: "In 2019 the
    # International Agency for Research on Cancer classified …" against its monograph printed in
    # 2020, services' counts of their own people ("we guide hundreds of trekkers", "a third of
    # our people work nights"), a note on publishing in several languages and a WHO fact sheet
    # reported uncited. Round 30 reads entries ending in a bare domain, a list named after a pin
    # ("📌 SOURCES SHARED …"), marks straight after a full stop that ends a figure or a bracket,
    # a middle dot as a separator, numbered steps under a short label, and hype a writer gives
    # as their own experience and qualifies.
    "tuning (heldout29/, held back in round 29)": _articles(CORPUS / "heldout29"),
    # Nothing false or missed here after round 31's changes (0.58/0.84 when measured once).
    "tuning (heldout30/, held back in round 30)": _articles(CORPUS / "heldout30"),
    # Still false here after round 32's changes (0.98/1.00 overall; 0.58/0.72 when measured
    # once, before round 31): a university clinic's "Most get better well with simple treatment,
    # but a sprain that isn't rehabilitated properly is more likely to happen again", the
    # page's framing of what its cited sections then say (a citation covers only the sentences
    # before it in its paragraph).
    "tuning (heldout31/, held back in round 31)": _articles(CORPUS / "heldout31"),
    # Still false here after round 33's changes (0.96/1.00 overall; 0.54/0.83 when measured
    # once, after round 32): a university hospital's account of the procedure ("… while more
    # than 1,000 beams of ultrasound are focused …", a count before a plural noun read as a
    # statistic) and a private clinic's page graded 10.2 for patients once its author-year list
    # is read out of the text. Round 33 reads a wiki's "References [edit]" over "1. ^ …" entries,
    # author-year lists opened by a body's work ("NICE. (2005). …"), works by their authors under
    # any heading, "1)" steps under a lead-in, pages addressed to prescribers, a mark before a
    # lead-in's colon, a clinic's count of its own procedures, claims in words (millions of
    # people, an average wait, an effect in most people, a rate doubled since a time), works
    # named by journal and year, and authors against front-matter entries with their year apart.
    "tuning (heldout32/, held back in round 32)": _articles(CORPUS / "heldout32"),
    # Still missed here after round 34's changes (1.00/0.91 overall; 0.79/0.76 when measured
    # once, at the start of round 33): "A review in Environmental Health Perspectives found …"
    # cited to a paper in another journal and "The Alzheimer's Association estimates …" cited to
    # a paper whose title names Alzheimer's (neither source is in the shipped vocabulary),
    # "Losing 7 to 10 per cent of your body weight can reverse the fat build-up …" (a share of
    # the reader's own measure) and "Long-term exposure to arsenic … raises the risk of bladder,
    # lung and skin cancer" (an outcome with no figure). Round 34 reads numbered works by a body
    # that give an address for a year, promises of an effect within days or of an illness gone
    # for good, a guideline printed whole on one line, a page's own line set apart by middle
    # dots, rises as folds in words, and a footnote mark after the full stop.
    "tuning (heldout33/, held back in round 33)": _articles(CORPUS / "heldout33"),
    # Still false here after round 35's changes (0.98/1.00 overall; 0.73/0.81 when measured
    # once, after round 34): a mines safety regulator's note for quarry workers graded above
    # grade 10 for patients (nothing on the page tells it from a patient page). Round 35 reads
    # entries numbered "1 · …" or labelled "ref. 1 — …" one to a line, a mark in parentheses
    # after an age or a bound that ends the sentence, a claim borne out by cited examples, a
    # product's make-up and purpose, shares of people named by their work, a count per day in
    # an instruction, a country "reported in" as no journal, a body's dated decision or
    # investigation as a named source, and absolute promises of safety, cure and trust. One
    # label was settled to the corpus's convention when the part became tuning material: a
    # union's figure from its own members' survey is a claim to cite.
    "tuning (heldout34/, held back in round 34)": _articles(CORPUS / "heldout34"),
}
# Parts still short of MIN_PRECISION / MIN_RECALL after the round that made them tuning
# material: asserted at their figures then (truncated to two places), so that they cannot fall.
TUNING_FLOORS: dict[str, tuple[float, float]] = {
    "tuning (heldout17/, held back in round 17)": (0.86, 0.91),
    "tuning (heldout25/, held back in round 25)": (0.98, 0.89),
    "tuning (heldout26/, held back in round 26)": (0.95, 0.89),
}
ARTICLES = [a for part in TUNING_PARTS.values() for a in part]
HELDOUT_ARTICLES = _articles(CORPUS / "heldout35")
MIN_PRECISION = 0.9
MIN_RECALL = 0.9
# Held-back floors, per code, for every code with at least this many expected findings.
HELDOUT_FLOOR = 0.95
HELDOUT_MIN_EXPECTED = 5
# Codes whose held-back figures fell short of the floor when measured. Their floor is
# not asserted (the rules are not tuned on a held-back part to reach it); the measured
# figures are, so that a change cannot make them worse unnoticed. (heldout34/, 0.73/0.81 when
# measured after round 34, is tuning material now.) heldout35/ fell short on five of its six
# codes with enough findings, 0.70/0.84 overall, measured once after round 35's changes; the
# figures below are truncated to two places. What is false is mostly two pages' lists of works
# the import did not read; what is missed is mostly promises.
HELDOUT_MEASURED: dict[str, tuple[float, float]] = {
    # 8 of 8 found, 11 false: every mark of a hearing implant maker's help page and of a
    # council leisure centre's prehabilitation page, whose lists of works went unread, and one
    # sentence of a trade magazine's.
    "citation-unresolved": (0.42, 1.0),
    # 9 of 11 found, 3 false: a scoliosis charity's "Guidelines from the International Society
    # on Scoliosis Orthopaedic and Rehabilitation Treatment" against its "2016 SOSORT
    # guidelines", "The UK IVAN trial found …" against the IVAN trial's own paper, and a trade
    # magazine's "A Cochrane review …", compared with the wrong entry because its author-year
    # list was read without its second entry (a panel's opinion, "EFSA Panel on … (2015)").
    # Missed: the same sentence against the entry it cites, and "A large UK study of older
    # adults found …" on the implant page (its list unread).
    "attribution-mismatch": (0.75, 0.81),
    # 13 of 13 found, 5 false: a clinic's "the most common reason people come to see us", a
    # trade body's position, a surgeon's quoted milestone, a hospital's helpline footer and a
    # shop's product line.
    "claim-uncited": (0.72, 1.0),
    # 8 of 14 found, none false. Missed: "will eliminate pain for good", "can delay knee
    # replacement indefinitely", "banishes flakes forever", "with no side effects at all", "the
    # only hip protector designed with physiotherapists" and "prevents 100% of hip fractures
    # when worn correctly".
    "promotional-language": (1.0, 0.57),
    # 7 of 9 found, 2 false: a rugby league body's Office for National Statistics entry, cited
    # in a shape not read, and the trade magazine's entry read one place early. Missed: the
    # magazine's last entry and the leisure centre's entry 2 (its list unread).
    "reference-uncited": (0.77, 0.77),
}


@dataclass
class Tally:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0


def _expected(article: Path) -> list[dict]:
    data = yaml.safe_load(article.with_suffix(".expected.yaml").read_text(encoding="utf-8")) or {}
    return list(data.get("findings") or [])


def _findings(article: Path) -> list[Finding]:
    draft = read_article(article)
    return run_checks(
        title=draft.title, body=draft.body, audience=draft.audience, references=draft.references
    )


def _matches(expected: dict, finding: Finding) -> bool:
    if finding.code != expected["code"]:
        return False
    if "reference" in expected and finding.reference != expected["reference"]:
        return False
    excerpt = expected.get("excerpt")
    return excerpt is None or excerpt.casefold() in finding.excerpt.casefold()


def _score(article: Path, tallies: dict[str, Tally]) -> None:
    unmatched = list(_findings(article))
    for expected in _expected(article):
        tally = tallies[expected["code"]]
        hit = next((f for f in unmatched if _matches(expected, f)), None)
        if hit is None:
            tally.false_negatives += 1
            tally.misses.append(f"{article.name}: missed {expected}")
        else:
            tally.true_positives += 1
            unmatched.remove(hit)
    for finding in unmatched:
        tally = tallies[finding.code]
        tally.false_positives += 1
        tally.misses.append(
            f"{article.name}: unexpected {finding.code} on {finding.excerpt[:70]!r}"
        )


def _tally(articles: list[Path]) -> dict[str, Tally]:
    result = {code: Tally() for code in CODES}
    for article in articles:
        _score(article, result)
    return result


def _report(part: str, articles: list[Path], tallies: dict[str, Tally]) -> Tally:
    """Print the per-code table (and what was missed or unexpected); return the totals."""
    overall = Tally()
    lines = [f"{'code':22} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}"]
    for code, tally in tallies.items():
        overall.true_positives += tally.true_positives
        overall.false_positives += tally.false_positives
        overall.false_negatives += tally.false_negatives
        lines.append(
            f"{code:22} {tally.true_positives:4} {tally.false_positives:4} "
            f"{tally.false_negatives:4} {tally.precision:10.2f} {tally.recall:8.2f}"
        )
    lines.append(
        f"{'overall':22} {overall.true_positives:4} {overall.false_positives:4} "
        f"{overall.false_negatives:4} {overall.precision:10.2f} {overall.recall:8.2f}"
    )
    misses = [m for t in tallies.values() for m in t.misses]
    print(f"\nchecks corpus, {part}:", len(articles), "articles")
    print("\n".join(lines + misses))
    return overall


def test_corpus_has_both_formats_and_enough_articles():
    clean = [a for a in ARTICLES if not _expected(a)]
    faulty = [a for a in ARTICLES if _expected(a)]
    assert len(clean) >= 12 and len(faulty) >= 12
    for group in (clean, faulty):
        assert {a.suffix for a in group} == {".md", ".txt"}
    covered = {e["code"] for a in faulty for e in _expected(a)}
    # reference-retracted reads the retraction list in the database: tests/db/test_retractions.py
    assert covered == set(CODES) - {"reference-retracted"}


# Clean articles of the tuning part still reported on when their part became tuning material:
# what is reported, code and the excerpt's start, held exactly so that neither more nor other
# findings come unnoticed (and the entry goes when the article is clean). heldout29/'s safety
# institute page: a note on why it publishes in several languages read as a claim, and its WHO
# fact sheet cited by doubled marks after a temperature ("above 40 °C (1)(2).") left as text.
# heldout31/'s university ankle sprain handout: its framing of what its cited sections then
# say, which a citation later in the page does not cover.
STILL_REPORTED_ON_CLEAN: dict[str, list[tuple[str, str]]] = {
    "aa09_ankle_sprain_university_sports_medicine_handout.md": [
        ("claim-uncited", "Most get better well with simple treatment"),
    ],
    "p22_heat_stress_farm_workers_regional_safety_institute_spain.txt": [
        ("claim-uncited", "This information is published in several languages"),
        ("reference-uncited", "World Health Organization. Heat and health"),
    ],
}


@pytest.mark.parametrize("article", [a for a in ARTICLES if not _expected(a)], ids=lambda p: p.name)
def test_clean_articles_have_no_findings(article):
    reported = [(f.code, f.excerpt) for f in _findings(article)]
    still = STILL_REPORTED_ON_CLEAN.get(article.name, [])
    assert len(reported) == len(still), reported
    for (code, excerpt), (known_code, start) in zip(sorted(reported), sorted(still), strict=True):
        assert code == known_code and excerpt.startswith(start), reported


@pytest.mark.parametrize("part", list(TUNING_PARTS), ids=["top", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34"])
def test_precision_and_recall(part):
    articles = TUNING_PARTS[part]
    tallies = _tally(articles)
    overall = _report(part, articles, tallies)
    misses = [m for t in tallies.values() for m in t.misses]
    min_precision, min_recall = TUNING_FLOORS.get(part, (MIN_PRECISION, MIN_RECALL))
    assert overall.precision >= min_precision, misses
    assert overall.recall >= min_recall, misses


def test_heldout_part_is_captured_pages_with_their_labels():
    assert len(HELDOUT_ARTICLES) >= 20
    # Captured pages, and a few Markdown pages (the corpus holds both formats).
    assert {a.suffix for a in HELDOUT_ARTICLES} <= {".txt", ".md"}
    assert sum(a.suffix == ".txt" for a in HELDOUT_ARTICLES) >= 2 * len(HELDOUT_ARTICLES) // 3
    assert all(a.with_suffix(".expected.yaml").exists() for a in HELDOUT_ARTICLES)
    # No held-back article is also in the tuning part.
    assert not {a.stem for a in HELDOUT_ARTICLES} & {a.stem for a in ARTICLES}
    assert HELDOUT_ARTICLES[0].parent not in {a.parent for a in ARTICLES}
    expected = [e["code"] for a in HELDOUT_ARTICLES for e in _expected(a)]
    # Enough expected findings for a floor on every code the part is about.
    for code in ("attribution-mismatch", "claim-uncited", "citation-unresolved",
                 "reference-uncited", "promotional-language", "dangling-lead-in"):
        assert expected.count(code) >= HELDOUT_MIN_EXPECTED, code


def _below_floors(tallies: dict[str, Tally], measured: dict[str, tuple[float, float]]) -> dict:
    below = {}
    for code, t in tallies.items():
        if t.true_positives + t.false_negatives < HELDOUT_MIN_EXPECTED:
            continue
        precision_floor, recall_floor = measured.get(code, (HELDOUT_FLOOR, HELDOUT_FLOOR))
        if t.precision < precision_floor or t.recall < recall_floor:
            below[code] = (round(t.precision, 2), round(t.recall, 2))
    return below


def test_heldout_precision_and_recall_floors():
    tallies = _tally(HELDOUT_ARTICLES)
    _report(f"held-back ({HELDOUT_ARTICLES[0].parent.name}/)", HELDOUT_ARTICLES, tallies)
    assert _below_floors(tallies, HELDOUT_MEASURED) == {}, [
        m for t in tallies.values() for m in t.misses
    ]
