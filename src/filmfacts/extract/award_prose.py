"""Awards stated in prose, on every kind of page: one claim per category, as the award tables give.

"won the Palme d'Or at the 72nd Cannes Film Festival", "nominated for six Academy Awards including
Best Picture and Best Director", "won four Oscars: Best Picture, Best Director, …", "swept the
Golden Globes, including Best Director, Best Foreign Language Film and Screenplay", "Best Actor
(Choi Min-sik)", "the audience award at the Toronto Film Festival", "제72회 칸 국제영화제
황금종려상을 수상한".

A sentence is read as:

- categories: "Best …" as written (capitalised, or lower case up to a word that ends it: "best
  director Oscar for James Cameron" → "best director"), the prizes that have names of their own
  ("Palme d'Or", "Golden Lion", "Volpi Cup for best actor"), "the X award/prize at …", and the
  categories a list goes on with ("best picture, cinematography, film editing and sound");
- the ceremony: "the 72nd Cannes Film Festival", "the Academy Awards", "the Oscars", "an Academy
  Award for …", else the one the paragraph named last, else the festival a named prize belongs to;
- the outcome: the nearest word of winning or of nomination before the category ("won",
  "took home", "nominated", "nods", "up for", "lost … to"), else right after it ("(Won)"); a
  category with neither, denied ("never won", "didn't qualify for") or hoped for ("could win",
  "is expected to") gives nothing;
- recipients: the names in brackets after the category ("Best Director (Jang Jae-hyun)") or after
  "for" ("best director for Christopher Nolan");
- the film: the one of the category's clause (`mentions.film_for`), so "X won Best Actor for Y"
  is Y's award; on an encyclopedia, the page's film.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..model import Claim, Document, Name, Text, claim
from . import extractor
from .crew import titles_after
from .kinds import ARTICLE_KINDS
from .mentions import film_for, films_named, mentions, primary_film
from .people import NAME, page_people, people_in
from .text import YEAR_RE, Sentence, match_spans, prose_sentences

VERSION = "1.0"
NAME_ = "award_prose"

# Prizes with names of their own, and the festival each belongs to.
PRIZES: dict[str, str] = {
    "Palme d'Or": "Cannes Film Festival", "Palme d’Or": "Cannes Film Festival", "Grand Prix": "",
    "Caméra d'Or": "Cannes Film Festival", "Camera d'Or": "Cannes Film Festival",
    "Un Certain Regard": "Cannes Film Festival", "Golden Lion": "Venice Film Festival",
    "Silver Lion": "Venice Film Festival", "Volpi Cup": "Venice Film Festival", "Golden Bear": "Berlin Film Festival",
    "Silver Bear": "Berlin Film Festival", "Golden Leopard": "Locarno Film Festival",
    "Golden Shell": "San Sebastián Film Festival", "Silver Shell": "San Sebastián Film Festival",
    "Crystal Globe": "Karlovy Vary Film Festival", "Golden Hugo": "Chicago International Film Festival",
    "Grand Jury Prize": "", "Jury Prize": "", "Audience Award": "", "People's Choice Award": "",
    "FIPRESCI Prize": "", "Golden Rooster": "Golden Rooster Awards", "Méliès d'Or": "",
}
_PRIZE = "|".join(re.escape(p) for p in sorted(PRIZES, key=len, reverse=True))
# "Best Picture", "best director"; "Silver Lion for best directing"; "the audience award at …".
_BEST = re.compile(r"(?<![\w-])(?:[Bb]est|BEST|[Mm]eilleur(?:e|s)?|[Bb]este[rs]?)\s+(?=[\w“‘\"'])")
_NAMED = re.compile(rf"(?P<p>{_PRIZE})(?:\s+[Aa]ward)?(?:\s+for\s+(?P<for>[Bb]est\s+[\w'’-]+"
                    r"(?:\s+(?!(?:for|at|in|award|prize|and|with|from)\b)[\w'’-]+)?))?")
_THE_AWARD = re.compile(r"\b(?:won|win|wins|winning|took home|takes home|received|receives|picked up|bagged|"
                        r"claimed|collected|earned|clinched|scooped|grabbed)\s+(?:the|an?|its|their)\s+"
                        r"(?P<cat>(?:[\w'’-]+\s+){1,4}?(?:award|prize|Award|Prize))(?=\s+(?:at|from|of)\b)")
_CAT_STOP = frozenset((
    "for", "at", "in", "and", "or", "to", "from", "by", "with", "on", "as", "award", "awards", "prize", "prizes",
    "oscar", "oscars", "trophy", "trophies", "statuette", "statuettes", "gong", "gongs", "honor", "honors",
    "honour", "honours", "category", "categories", "nomination", "nominations", "nod", "nods", "win", "wins", "won",
    "went", "was", "were", "is", "are", "this", "that", "which", "who", "the", "a", "an", "his", "her", "its",
    "their", "over", "among", "after", "before", "but", "while", "since", "year", "also", "including", "included",
    "plus", "nominee", "nominees", "winner", "winners", "goes", "when", "where", "prize-winning", "globe", "globes",
    "bafta", "baftas", "emmy", "emmys", "césar", "cesar", "if", "than", "into", "out", "of"
))
# The head words of a category written in lower case ("best director", "best original dramatic score"):
# "best friend", "best second-weekend performances" and "best Super Bowl" are no categories.
_CATEGORY_WORDS = re.compile(r"\b(?:picture|film|movie|feature|director|directing|direction|actor|actress|"
                             r"screenplay|script|writing|cinematography|editing|score|song|music|sound|effects|"
                             r"design|makeup|costume|costumes|animated|animation|documentary|foreign|international|"
                             r"ensemble|newcomer|debut|art|visual|adapted|original|supporting|leading|short|"
                             r"performance|production|hair|mixing|editor|cinematographer|composer)\b")
# Words that make a sentence about awards: a "Best …" elsewhere is a superlative.
_AWARD_CONTEXT = re.compile(r"\b(?:awards?|prizes?|oscars?|academy|trophy|trophies|statuettes?|categor(?:y|ies)|"
                            r"honou?rs?|nominat\w*|nods?|festival|globes?|bafta|césar|laureate|jury|ceremony|"
                            r"accolades?)\b|상|賞|獎", re.I)
_CAP_LINK = frozenset({"in", "a", "an", "the", "of", "not", "–", "-", "—", "/", "&", "or", "by"})
_CEREMONY_WORDS = (r"Film\s+Festival|International\s+Film\s+Festival|Festival|Fest|Film\s+Awards?|Awards?|"
                   r"Film\s+Prize|Critics\s+(?:Association|Circle|Choice\s+Awards?)|Critics'\s+Choice\s+Awards?|"
                   r"Board\s+of\s+Review(?:\s+of\s+Motion\s+Pictures)?|Berlinale|Film\s+Critics\s+Association")
_CEREMONY = re.compile(
    r"(?P<c>(?:\d{1,3}(?:st|nd|rd|th)\.?\s+)?(?:[Aa]nnual\s+)?(?:(?:19|20)\d\d\s+)?"
    rf"(?:[A-Z][\w'’.&-]*\s+){{0,5}}?(?:{_CEREMONY_WORDS})\b(?:\s+de\s+Cannes)?"
    r"|Festival\s+de\s+Cannes|(?:the\s+)?Oscars?|Acad[eé]my\s+Awards?|Golden\s+Globes?(?:\s+Awards?)?|BAFTAs?|"
    r"C[ée]sars?(?:\s+(?:19|20)\d\d)?|Cannes|Venice|Berlin|Sundance|Sitges|TIFF|Toronto|Busan|Baeksang|"
    r"Blue\s+Dragon|Grand\s+Bell|Daejong|Golden\s+Horse)"
    r"(?:\s+(?:19|20)\d\d)?")
_NOT_CEREMONY = re.compile(r"^(?:The|This|That|Its|His|Her|Their|A|An|Best|Most|All|Both|Two|Three|Four|Five|Six|"
                           r"Seven|Eight|Nine|Ten|Eleven|Twelve|Several|Many|Numerous|Other)\b")
_WON = re.compile(r"(?<![-‐])\b(?:won|wins?|winning|winners?|took home|takes? home|taking home|bagged|bags|"
                  r"received|receives?|receiving|awarded|clinched|clinches|swept|sweeps|sweeping|picked up|picks up|"
                  r"scooped(?: up)?|"
                  r"claimed|claims|grabbed|collected|collects|named|honou?red|laureate|garnered|earned|earning|earns|"
                  r"went to|goes to|landed|secured|nabbed|snagged|triumphed|recipient|accept(?:ed|s|ing)?|haul|"
                  r"bestowed|presented with|shared|taking|ausgezeichnet|gewann|gewinnt|gewonnen|prämiert|"
                  r"remport[ée]e?s?|remporte|empoche|obtenu|décroch[ée]e?)\b", re.I)
_NOMINATED = re.compile(r"\b(?:nominated|nominations?|nominees?|nods?|up for|contenders?|competed|compete|competing|"
                        r"in competition|in the running|vying|shortlisted|lost|losing|loses|lose|nommée?s?|"
                        r"nominiert)\b", re.I)
# "landed a spot in the Best Picture race", "earned a best picture nomination": a nomination.
_RUNNING_WORD = re.compile(r"\b(?:race|spot|running|contention|shortlist|nominations?|nominees?|nods?|contenders?)\b",
                           re.I)
_IN_THE_RUNNING = re.compile(rf"{_RUNNING_WORD.pattern}|"
                             r"^\s+(?:race|nominations?|nominees?|nods?|contenders?|category nominees?)\b", re.I)
# "(formerly Best Foreign Language Film)": a name the category had, not one more category.
_FORMERLY = re.compile(r"\b(?:formerly|previously|once|renamed from|known as)\s*$", re.I)
# "its Best Foreign Language Oscar entry", "the Best Picture race": a bid, not an award.
_ENTRY_AFTER = re.compile(r"^\s*(?:Oscar\s+|Academy Award\s+)?(?:entry|entries|submission|hopeful|hopefuls|bid|"
                          r"frontrunner|front-runner|campaign)\b", re.I)
# Between an outcome word and the category: an entry or a shortlist is no nomination won.
_NOT_YET = re.compile(r"\b(?:entry|submitted|submission|selected as|shortlist(?:ed)?|eligible|consideration|"
                      r"qualif\w+|contention|campaign)\b", re.I)
_DENIED = re.compile(r"\b(?:never|not|n['’]t|failed to|no|without|missed out|snubbed|ineligible)\b[^,;]{0,25}$", re.I)
_HOPED = re.compile(r"\b(?:expected|could|might|may|likely|predict\w*|hopes?|hoping|chances?|odds|favou?rite|"
                    r"frontrunner|tipped|should|would|will|bid|campaign\w*|race|eligible|submission|submitted|"
                    r"qualify|consideration|aims?|eyes|eyeing|possible|potential)\b", re.I)
# "taking the Oscars for sound effects editing, sound, art direction and visual effects": categories listed
# in lower case after the prizes they are.
_PRIZES_FOR = re.compile(r"\b(?:Oscars|Academy Awards|awards|prizes|trophies|statuettes|BAFTAs|C[ée]sars)\s+for\s+")
_LIST_CUE = re.compile(r"(?:\b(?:including|included|includes|include|such as|namely|for|in)\b|[:—–-])\s*$", re.I)
_BRACKET_PEOPLE = re.compile(rf"^\s*\((?P<who>{NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*){NAME})*)\)")
_FOR_PERSON = re.compile(rf"^\s+(?:Oscar\s+|award\s+|prize\s+)?for\s+(?P<who>{NAME}(?:(?:,\s*|\s+and\s+){NAME})*)")
# Korean: "제72회 칸 국제영화제 황금종려상을 수상", "감독상을 받았다", "작품상 후보에 올랐다".
_KO_CAT = re.compile(r"(?P<cat>(?:최우수\s?|아시아\s?|국제\s?|신인\s?)?(?:[가-힣]{0,6}(?:작품|감독|주연|조연|각본|"
                     r"각색|촬영|편집|음악|미술|조명|신인|연기|기술|인기|심사위원|심사위원대|황금종려|황금사자|은사자|"
                     r"황금곰|은곰|외국어영화|국제장편영화|장편영화|영화|특별|공로|관객|남우|여우|대))상)"
                     r"(?=[을를은는이가도과와의,\s]|$)")
_KO_CEREMONY = re.compile(r"(?P<c>(?:제\s?\d+회\s?)?(?:(?<![가-힣])(?!처음|이번|올해|지난해|당시|역대|최초|또)"
                          r"[가-힣A-Za-z]{1,6}(?<![을를은는이가고서며해에도의])\s)?[가-힣A-Za-z]{0,8}?(?:국제영화제|영화제|영화상|시상식|"
                          r"예술대상|영화대상|아카데미(?:상| 시상식)?|골든글로브))")
_KO_WON = re.compile(r"수상|받았|받은|받고|받아|거머쥐|차지|안았|안은|영예|석권|휩쓸|獲得|獲|奪|贏得|榮獲|拿下|抱走|"
                     r"受賞|獲得|選ばれ|輝い|受け")
_KO_NOMINATED = re.compile(r"후보|노미네이트|경쟁부문|진출|초청|提名|入圍|入围|ノミネート|候補")
# Chinese and Japanese: "最佳外語片", "國際長編映画賞"; "第58屆金球獎", "カンヌ国際映画祭", "米アカデミー賞".
_ZH_CAT = re.compile(r"最佳[\u4e00-\u9fff]{1,6}?(?=[、，,。)）」』等獎奖及和與与\s(（]|$)")
_JA_CAT = re.compile(r"(?<=[のでにて、「『\s])(?P<cat>[\u4e00-\u9fff\u30a0-\u30ff]{1,10}賞)"
                     r"(?=[をにはがの、」』\s(（]|$)")
_CJK_CEREMONY = re.compile(r"(?P<c>(?:第\s?\d+\s?[屆届回]\s?)?[\u4e00-\u9fff\u30a0-\u30ffA-Za-z()（）]{0,10}?"
                           r"(?:奧斯卡金像獎|金像獎|金球獎|電影學院獎|金馬獎|影展|電影節|奧斯卡|國際映画祭|国際映画祭|映画祭|アカデミー賞|"
                           r"ゴールデングローブ賞))")


@dataclass(frozen=True)
class Found:
    start: int  # in the sentence
    end: int
    category: str
    ceremony: str = ""  # the festival a named prize belongs to
    head: int = -1  # where the category a list goes on from starts ("Best Film, Best Director and …")


def _best_phrase(text: str, at: int) -> tuple[int, str]:
    """(end, category) of the "Best …" phrase starting at `at`."""
    # a phrase is at most nine words: the words of the next 400 characters, not the rest of the sentence
    tokens = list(re.finditer(r"[^\s,;:.!?()\"“”‘’]+(?:[.](?=\w))?", text[at:at + 400]))
    if len(tokens) < 2:
        return at, ""
    capital = tokens[1].group(0)[:1].isupper()
    taken = [tokens[0]]
    for i, tok in enumerate(tokens[1:], start=1):
        word = tok.group(0)
        gap = text[at + taken[-1].end():at + tok.start()]
        if (gap.strip() and gap.strip() not in ("–", "-", "—")) or len(taken) > 8:
            break
        low = word.casefold()
        if capital:
            # a link word ("in", "the", "of") stays when a capitalised word follows the run of them
            nxt = next((t.group(0) for t in tokens[i + 1:] if t.group(0).casefold() not in _CAP_LINK), "")
            if low in ("award", "awards", "oscar", "oscars", "prize", "trophy", "globe", "category", "for", "at",
                       "and", "from", "to", "with", "on"):
                break
            if word[:1].isupper() or word[:1].isdigit():
                taken.append(tok)
                continue
            if low in _CAP_LINK and nxt[:1].isupper() and nxt.casefold() not in ("award", "awards", "oscar",
                                                                                     "oscars", "prize"):
                taken.append(tok)
                continue
            break
        if low in _CAT_STOP or word[:1].isupper() or len(taken) > 5:
            break
        taken.append(tok)
    if len(taken) < 2:
        return at, ""
    end = at + taken[-1].end()
    return end, text[at:end]


def _list_after(text: str, end: int, capital: bool) -> list[tuple[int, int, str]]:
    """The categories a list goes on with after one ("best picture, cinematography, film editing and
    sound"): short noun phrases in the same case, until the list ends."""
    out = []
    pos = end
    while True:
        if bracket := re.match(r"\s*\([^()]{0,60}\)", text[pos:]):
            pos += bracket.end()
        m = re.match(r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)(?P<item>[^,;.:()]+?)"
                     r"(?=\s*(?:,|;|\.|\(|$|\s+and\s+|\s+as well as\s+|\s+at\s+|\s+for\s+))", text[pos:])
        if not m:
            break
        item = m.group("item").strip()
        words = item.split()
        if not words or len(words) > 4 or _BEST.match(item + " "):
            break
        if capital != words[0][:1].isupper() or any(w.casefold() in _CAT_STOP - {"and"} for w in words):
            break
        if not all(re.fullmatch(r"[\w'’-]+", w) for w in words):
            break
        out.append((pos + m.start("item"), pos + m.start("item") + len(item), item))
        pos += m.end()
    return out


def _categories(text: str) -> list[Found]:
    found: list[Found] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, category: str, ceremony: str = "", head: int = -1) -> None:
        if category and not any(a < end and start < b for a, b in taken) and not _FORMERLY.search(
                text[max(0, start - 200):start]):
            taken.append((start, end))
            found.append(Found(start, end, category.strip(), ceremony, head))

    for m in _NAMED.finditer(text):
        end = m.end("for") if m.group("for") else m.end("p")
        cat = text[m.start("p"):end]
        add(m.start(), end, cat, PRIZES.get(m.group("p"), ""))
    for m in _BEST.finditer(text):
        end, cat = _best_phrase(text, m.start())
        if not cat or (cat[0].islower() and not _CATEGORY_WORDS.search(cat.casefold())):
            continue
        if _ENTRY_AFTER.match(text[end:]):
            continue  # "South Korea's Best Foreign Language Oscar entry"
        cued = bool(_LIST_CUE.search(text[max(0, m.start() - 200):m.start()]))  # a cue ends the words before
        head = m.start() if cued or re.match(r"\s*,", text[end:]) else -1
        if any(m.start() - 200 <= f.end <= m.start()
               and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)", text[f.end:m.start()]) for f in found):
            head = next(f.head if f.head >= 0 else f.start for f in reversed(found) if f.end <= m.start())
        add(m.start(), end, cat, head=head)
        if cued or re.match(r"\s*(?:,|and\b)", text[end:]):
            for s, e, item in _list_after(text, end, cat.split()[1][:1].isupper()):
                add(s, e, item, head=head if head >= 0 else m.start())
    for m in _PRIZES_FOR.finditer(text):
        first = re.match(r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?(?=\s*(?:,|\s+and\s))", text[m.end():])
        if first and _CATEGORY_WORDS.search(first.group(0)) and not any(
                w in _CAT_STOP for w in first.group(0).split()):
            start, end = m.end(), m.end() + first.end()
            add(start, end, first.group(0), head=start)
            for s, e, item in _list_after(text, end, False):
                add(s, e, item, head=start)
    for m in _THE_AWARD.finditer(text):
        cat = m.group("cat")
        if _CEREMONY.fullmatch(cat.strip()) or re.search(r"\b(?:Academy|Oscar)\b", cat):
            continue
        add(m.start("cat"), m.end("cat"), cat)
    ceremonies = [(a, b) for a, b, _ in _ceremonies(text)]
    for pattern in (_ZH_CAT, _JA_CAT):
        for m in pattern.finditer(text):
            cat_start = m.start("cat") if pattern is _JA_CAT else m.start()
            cat_end = m.end("cat") if pattern is _JA_CAT else m.end()
            if not any(a <= cat_start < b for a, b in ceremonies):
                add(cat_start, cat_end, text[cat_start:cat_end])
    for m in _KO_CAT.finditer(text):
        if not any(a <= m.start("cat") < b for a, b in ceremonies):
            add(m.start("cat"), m.end("cat"), m.group("cat"))
    return sorted(found, key=lambda f: f.start)


# A word every match of each ceremony pattern holds: a text with none of them is not searched (the
# patterns try their optional lead words at every position: a fifth of reading a wiki film page).
_CEREMONY_NEEDS = ("Fest", "Award", "Prize", "Critics", "Board", "Berlin", "Oscar", "Acad", "Golden", "BAFTA",
                   "Césa", "Cesa", "Cannes", "Venice", "Sundance", "Sitges", "TIFF", "Toronto", "Busan", "Baeksang",
                   "Blue", "Grand", "Daejong")
_CJK_CEREMONY_NEEDS = ("金像獎", "金球獎", "電影學院獎", "金馬獎", "影展", "電影節", "奧斯卡", "映画祭", "アカデミー賞",
                       "ゴールデングローブ賞")
_KO_CEREMONY_NEEDS = ("영화제", "영화상", "시상식", "예술대상", "영화대상", "아카데미", "골든글로브")


def _holds(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


def _ceremonies(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _CEREMONY.finditer(text) if _holds(text, _CEREMONY_NEEDS) else ():
        name = re.sub(r"^(?:the|The)\s+", "", m.group("c")).strip()
        if _NOT_CEREMONY.match(name) or not name:
            continue
        out.append((m.start(), m.end(), name))
    for m in _CJK_CEREMONY.finditer(text) if _holds(text, _CJK_CEREMONY_NEEDS) else ():
        name = re.sub(r"^(?:[另並并又再也且]?(?:在|於|于))", "", m.group("c").strip("()（） "))
        out.append((m.start() + m.group("c").find(name), m.end(), name))
    for m in _KO_CEREMONY.finditer(text) if _holds(text, _KO_CEREMONY_NEEDS) else ():
        out.append((m.start(), m.end(), m.group("c").strip()))
    return out


@lru_cache(maxsize=32)
def _events(text: str) -> list[tuple[int, str]]:
    """Where each "won" and "nominated" word of a sentence ends, in order: found once for all its awards
    (each award searched the whole sentence before it again: quadratic in the sentence)."""
    return sorted([(m.end(), "won") for p in (_WON, _KO_WON) for m in p.finditer(text)]
                  + [(m.end(), "nominated") for p in (_NOMINATED, _KO_NOMINATED) for m in p.finditer(text)])


def _within(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """Whether `pattern` matches inside text[lo:hi], by its matches in the whole text found once."""
    starts, ends = match_spans(pattern, text)
    i = bisect_left(starts, lo)
    return i < len(starts) and ends[i] <= hi


def _outcome(text: str, start: int, end: int) -> str:
    """"won" / "nominated" from the nearest word before the category in its sentence, else right after it
    (Korean and Japanese put the verb after: "감독상을 수상", "銀獅子賞を受賞"); "" when none is said, or the
    sentence denies or only hopes for it."""
    if re.search(r"[\uac00-\ud7a3\u3040-\u30ff]", text[start:end + 1]):
        after = text[end:end + 15]
        if _KO_WON.search(after):
            return "won"
        if _KO_NOMINATED.search(after):
            return "nominated"
    before = text[:start]
    events = _events(text)
    if (last := bisect_right(events, (start, "\uffff")) - 1) >= 0:
        at, outcome = events[last]
        # the words between the verb and the category, by the sentence's matches (searching them again for
        # each award was quadratic in a sentence of many)
        # "earned six Oscar nominations, including …": a nomination named after the verb counts
        if outcome == "won" and (_within(_NOMINATED, text, at, start) or _within(_RUNNING_WORD, text, at, start)
                                 or _IN_THE_RUNNING.match(text[at:min(start, at + 200)])
                                 or _IN_THE_RUNNING.match(text[end:end + 20])):
            outcome = "nominated"
        clause_start = max(before.rfind(c, 0, at) for c in ",;") + 1
        if _DENIED.search(text[max(clause_start, at - 60):at]) or _HOPED.search(text[max(clause_start, at - 40):at]) \
                or _within(_NOT_YET, text, at, start):
            return ""
        return outcome
    after = text[end:end + 60]
    if _HOPED.search(text[max(0, start - 40):start]) or _DENIED.search(text[max(0, start - 40):start]):
        return ""
    # "its historic Palme d'Or win", "last year's Palme d'Or laureate Shoplifters"
    if m := re.match(r"^\W{0,4}(won|wins?|winner|winning|laureate|victory|nominated|nominee|nomination)\b", after,
                     re.I):
        return "nominated" if m.group(1).casefold().startswith("nomin") else "won"
    # German puts the participle last: "in den Kategorien "Bester Film" und "Bester Schnitt" ausgezeichnet"
    clause = re.split(r"[.;!?]", text[end:end + 500], maxsplit=1)[0]
    if m := re.search(r"\b(ausgezeichnet|prämiert|nominiert)\b", clause):
        return "nominated" if m.group(1) == "nominiert" else "won"
    if _KO_WON.search(after[:15]):
        return "won"
    if _KO_NOMINATED.search(after[:15]):
        return "nominated"
    return ""


_AT_AFTER = re.compile(r"^[\"”’']?\s*(?:award\s+|awards\s+|prize\s+|trophy\s+|statuettes?\s+|honou?rs?\s+)?"
                       r"(?:of the year\s+)?,?\s*(?:at|from|during|in|by|of)\s+"
                       r"(?:the\s+|this year['’]s\s+|last year['’]s\s+)?$", re.I)


def _ceremony_for(found: Found, ceremonies: list[tuple[int, int, str]], text: str) -> str:
    """The ceremony a category is of: one named right after it ("… at the 2008 Tribeca Film Festival"), else
    the last one before it in its sentence ("four César Awards, including Best Film and Best Director", "the
    Academy Award for …"), else the first after it; "" when the sentence names none."""
    if not ceremonies:
        return ""
    after = [c for c in ceremonies if c[0] >= found.end]
    if after and _AT_AFTER.match(text[found.end:after[0][0]]):
        return after[0][2]
    before = [c for c in ceremonies if c[1] <= found.start]
    if before:
        return before[-1][2]
    return after[0][2] if after else ""


# "Roy Andersson won the Silver Lion for …", "Cillian Murphy took home the Best Actor award": the winner
# named right before the verb.
_WINNER_BEFORE = re.compile(rf"(?P<who>{NAME})\s+(?:also\s+|has\s+|had\s+|will\s+)?(?:won|wins|took home|takes home|"
                            r"bagged|received|receives|receive|picked up|claimed|collected|scooped|clinched|grabbed|"
                            r"took|was named|was nominated for|earned)\s+(?:the\s+|an?\s+|his\s+|her\s+)?"
                            r"(?:[\w'’-]+\s+){0,3}$")


def _recipients(text: str, start: int, end: int, people: object) -> tuple[str, ...]:
    rest = text[end:]
    m = _BRACKET_PEOPLE.match(rest) or _FOR_PERSON.match(rest) or _WINNER_BEFORE.search(text[max(0, start - 300):start])
    if not m:
        return ()
    return tuple(shown for shown, _, _ in people_in(m.group("who"), people))  # type: ignore[arg-type]


# The credit an award for a person says they have: an acting prize is a role in the film, a directing one the
# direction, a writing one the script.
_CREDIT_OF_CATEGORY = (("cast_member", re.compile(r"\b(?:actor|actress|performance|acting)\b", re.I)),
                       ("director", re.compile(r"\b(?:director|directing|direction)\b", re.I)),
                       ("screenwriter", re.compile(r"\b(?:screenplay|script|writing)\b", re.I)))


def _paragraphs(doc: Document) -> Iterator[list[Sentence]]:
    """Sentences grouped by the line they sit on: a ceremony named in one sentence carries to the next."""
    group: list[Sentence] = []
    for s in prose_sentences(doc):
        if group and doc.text.count("\n", group[-1].end, s.start):
            yield group
            group = []
        group.append(s)
    if group:
        yield group


# The film an award names after its category: "… for his role in 'Martin Eden'", "Golden Lion winner 'Roma'".
_FOR_FILM = re.compile(r"^\s*+(?:(?:award|prize|trophy|oscar|honou?r)\s*+)?(?:,\s*+)?(?:for|with)\s+"
                       r"(?:(?:his|her|their|its)\s+)?"
                       r"(?:(?:role|performance|work|turn|portrayal|part)\s+in\s+)?(?:the\s+)?"
                       r"(?:[\w-]+\s+){0,3}?[\"“'‘《「]?$", re.I)
_WINNER_FILM = re.compile(r"^\s*(?:award\s+|prize\s+)?(?:winner|winners|laureate|nominee|recipient)s?,?\s*"
                          r"[\"“'‘《「]?$", re.I)
_LOST_TO = re.compile(r"^\s+to\s+(?:[\w'’-]+\s+){0,4}?[\"“'‘《「]?$")
# Films a page's film competed with: "competed against A, B and C", "fought off competition from …".
_RIVALS = re.compile(r"\b(?:competed|competing|compete)\s+(?:against|with)\b|\bcompetition\s+from\b|"
                     r"\b(?:emerged victorious|triumphed|prevailed)\s+over\b|\bup against\b|"
                     r"\bover (?:titles|films|movies|nominees|contenders) (?:such as|like|including)\b|"
                     r"\bother nominees(?: were| included| are)?\b|\bbeat(?:ing)? out\b", re.I)
_RIVALS_AFTER_CATEGORY = re.compile(r"\b(?:with|against|alongside)\b", re.I)
_COMPETED = re.compile(r"\b(?:compet\w+|vying|vied|race)\b", re.I)


def _film_named_after(doc: Document, at: int, gap: re.Pattern[str]) -> str:
    """The film named right after `at` when the words between fit `gap`, else ""."""
    for m in mentions(doc):
        if m.how == "anaphor" or m.start < at:
            continue
        if m.start - at > 80:
            break
        if gap.match(doc.text[at:m.start]):
            return m.title
    return ""


@dataclass(frozen=True)
class _Award:
    film: str
    found: Found
    ceremony: str
    outcome: str
    recipients: tuple[str, ...]
    start: int  # of the sentence
    evidence: tuple[int, int]


def _sentence_awards(doc: Document, sentence: Sentence, subject: str, article: bool, context: str,
                     last: list[tuple[str, str]], people: object, page_ceremony: bool = False) -> Iterator[_Award]:
    """The awards a sentence states; a category in lower case ("up for best picture, director and …") only
    where the sentence, its paragraph or the page (`page_ceremony`) names a ceremony."""
    text = sentence.text
    ceremonies = _ceremonies(text)
    found_all = _categories(text)
    categories = {f.category.casefold() for f in found_all}
    # each list's last category, by where the list starts (a pass over every category for each was quadratic)
    last_in_list: dict[int, Found] = {}
    for f in found_all:
        key = f.head if f.head >= 0 else f.start
        if key not in last_in_list or f.end > last_in_list[key].end:
            last_in_list[key] = f
    for found in found_all:
        outcome = _outcome(text, found.start, found.end)
        if not outcome or (found.category[:1].islower() and not (ceremonies or context or page_ceremony
                                                                   or _AWARD_CONTEXT.search(text))):
            continue
        named = [c for c in ceremonies if not (found.start <= c[0] < found.end)]
        head = next((f for f in found_all if f.start == found.head), None) if found.head >= 0 else None
        # "Best Film and Best Actor at the 1st Asian Film Awards": the ceremony after a list's last category
        key = found.head if found.head >= 0 else found.start
        last_of_list = last_in_list[key]
        after_list = [c for c in named if c[0] >= last_of_list.end]
        if after_list and _AT_AFTER.match(text[last_of_list.end:after_list[0][0]]):
            explicit = after_list[0][2]
        else:
            explicit = _ceremony_for(head or found, named, text)
        if found.ceremony and not (explicit and set(explicit.casefold().split()) & set(
                found.ceremony.casefold().split()) - {"film", "festival", "international"}):
            explicit = found.ceremony  # the festival a named prize belongs to, unless the sentence names it
        ceremony = explicit or context
        at_end = sentence.start + found.end
        film = (_film_named_after(doc, at_end, _FOR_FILM) or _film_named_after(doc, at_end, _WINNER_FILM)
                or (film_for(doc, sentence.start + found.start, subject) if article else subject))
        if film and (_BEST.match(film + " ") or film.casefold() in categories):
            # a quoted category is no film: the film named last before it in the sentence, else the page's
            before = [m.title for m in mentions(doc) if m.how != "anaphor" and m.title.casefold() not in categories
                      and sentence.start <= m.start < sentence.start + found.start]
            film = before[-1] if before and not _BEST.match(film + " ") else (primary_film(doc) or subject)
        if not film:
            continue
        span = (sentence.start + found.start, sentence.start + found.end)
        last[:] = [(found.category, ceremony)]
        # "lost Best Picture to 'Green Book'": the film it lost to won
        if outcome == "nominated" and (winner := _film_named_after(doc, at_end, _LOST_TO)):
            if film == winner:  # the loser is the film named before, in the sentence
                before = [m.title for m in mentions(doc) if m.how != "anaphor"
                          and sentence.start <= m.start < sentence.start + found.start and m.title != winner]
                film = before[-1] if before else (subject if subject != winner else "")
            yield _Award(winner, found, ceremony, "won", (), sentence.start, span)
            if not film:
                continue
        yield _Award(film, found, ceremony, outcome, _recipients(text, found.start, found.end, people),
                     sentence.start, span)
    # "competed against A, B and C": each a nominee of the category the page's film was in
    rivals = list(_RIVALS.finditer(text))
    if _COMPETED.search(text) and last:
        rivals += [m for m in _RIVALS_AFTER_CATEGORY.finditer(text) if m.start() > text.find(last[-1][0]) >= 0]
    for m in rivals[:1]:
        if not last or not article:
            continue
        category, ceremony = last[-1]
        after = [n for n in mentions(doc) if n.how != "anaphor" and n.start >= sentence.start + m.end()]
        for title in titles_after(tuple(after), doc.text, sentence.start + m.end(), loose=True):
            tail = doc.text[title.end:title.end + 20]
            outcome = "won" if re.match(r"^[\s,\"”’']*which won\b", tail) else "nominated"
            yield _Award(title.title, Found(m.start(), m.end(), category, ceremony), ceremony, outcome, (),
                         sentence.start, (title.start, title.end))


@extractor(NAME_, VERSION, requires=("sections",))
def extract_award_prose(doc: Document, subject: str) -> Iterator[Claim]:
    article = doc.kind in ARTICLE_KINDS
    titles = set(films_named(doc)) | ({subject} if subject else set())
    titles_low = {t.casefold() for t in titles}
    people = page_people(doc, titles)
    seen: set[tuple[str, str, str, str]] = set()
    last: list[tuple[str, str]] = []  # the category and ceremony named last, for a list of its nominees
    page_ceremony = bool(_ceremonies(doc.text))
    for paragraph in _paragraphs(doc):
        context = ""  # the ceremony the paragraph named last
        for sentence in paragraph:
            text = sentence.text
            ceremonies = _ceremonies(text)
            if ceremonies or context or last or _AWARD_CONTEXT.search(text) or _NAMED.search(text) or _BEST.search(
                    text):
                for award in _sentence_awards(doc, sentence, subject, article, context, last, people, page_ceremony):
                    key = (award.film, award.found.category.casefold(), award.ceremony.casefold(), award.outcome)
                    if key in seen:
                        continue
                    seen.add(key)
                    year = YEAR_RE.search(award.ceremony)
                    yield claim(award.film, "award", Text(award.found.category), doc.span(*award.evidence), NAME_,
                                VERSION, {"ceremony": award.ceremony, "recipients": award.recipients,
                                          "outcome": award.outcome, "year": int(year.group(0)) if year else None})
                    for credit, pattern in _CREDIT_OF_CATEGORY:
                        if pattern.search(award.found.category) and "respectively" not in sentence.text:
                            for person in award.recipients:
                                if person.casefold() not in titles_low:
                                    yield claim(award.film, credit, Name(person, "person"),
                                                doc.span(*award.evidence), NAME_, VERSION)
                            break
            if ceremonies:
                context = ceremonies[-1][2]
