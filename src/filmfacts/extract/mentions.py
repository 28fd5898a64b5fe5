"""Which film a stretch of an article is about.

A news story or a weekly report names several films; each figure belongs to the film its
clause names. Films are found from the page alone, with no list of known titles:

- titles in quotes or title brackets: 'Exhuma', "Dune: Part Two", 《파묘》, 「…」, <THE HOST>;
- the title cell of a box-office chart (`charts.title_column`);
- capitalised title phrases in telling positions: "X, directed by …", "X drew/topped/sold …
  (a figure or the chart)", "X (2013)", "X (Korean title: …)", "the thriller X",
  "director Y's X";
- the headline, read the same way (headline case allowed).

Within a page a title given once in full and later shortened ("Dune: Part Two" … "Dune") is
one film, and "the film", "the movie", "it" refer back to the film named last. A title in a
competitor's position ("despite the release of X", "ahead of X", "beating X", "than X") is a
film, but not the film the clause's figures are about.

`primary_film` is the film a page is mainly about (its headline's, else the most named);
`film_for` the film a figure at an offset belongs to. Encyclopedic pages are about their
subject whatever films their sentences name ("Despite the release of Dune, it drew
…" on Wikipedia is about the page's film), so `film_for` returns the default there.
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from dataclasses import dataclass

from ..model import Document
from .charts import chart_rows
from .kinds import SUBJECT_KINDS
from .text import split_sentences
from .vocab import COUNTRIES

# ---------------------------------------------------------------- title phrases

_SMALL = r"(?:of|the|in|a|an|and|to|for|on|at|with|from|by|or|vs\.?|de|la|le|du|no\.)"
_WORD = r"(?:[A-Z0-9\u00C0-\u00DE][\w'’.&!?-]*:?|[\uac00-\ud7a3]+)"
PHRASE = rf"{_WORD}(?:[ \t]+(?:{_SMALL}[ \t]+)*{_WORD})*"
_PHRASE_RE = re.compile(PHRASE)

# Verbs whose subject, when a title phrase stands right before them, is a film ("Exhuma drew 1.1
# million"); the clause must go on to a figure or the chart, so "Choi earned praise" is no film.
_VERBS = (r"drew|draws|drawn|draw|topped|tops|top|surpassed|surpasses|earned|earns|sold|sells|attracted|attracts|"
          r"grossed|grosses|took|takes|opened|opens|debuted|debuts|led|leads|remained|remains|stayed|stays|"
          r"ranked|ranks|came in|came first|came second|came third|finished|finishes|collected|collects|raked|"
          r"rakes|pulled|pulls|reached|"
          r"reaches|crossed|crosses|passed|passes|hit|hits|broke|breaks|became|becomes|recorded|records|"
          r"amassed|amasses|logged|logs|claimed|claims|landed|lands|secured|secures|scored|scores|welcomed|"
          r"welcomes|garnered|garners|dominated|dominates|trailed|trails|placed|places|rose|rises|fell|falls|"
          r"dropped|drops|slipped|slips|climbed|climbs|added|adds|exceeded|exceeds|surged|surges|saw|sees|"
          r"kept|keeps|held|holds|followed|follows|brought|brings|tallied|tallies|racked|racks")
_AUX = r"(?:[ \t]+(?:has|had|have|was|is|also|already|now|further|still|then|again|easily|quickly|officially))*"
_FIGURE_AFTER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s*(?:million|billion|thousand|%|percent|만|억)"
                           r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|No\.|"
                           r"number one|box office|chart|record|million|billion|admissions|viewers|moviegoers|"
                           r"audiences?|tickets?|place|spot|milestone|mark)\b", re.I)
_BODY_CUE = re.compile(rf"(?P<t>{PHRASE}){_AUX}[ \t]+(?:{_VERBS})\b")
_HEADLINE_CUE = re.compile(rf"(?P<t>{PHRASE}){_AUX}[ \t]+(?i:{_VERBS})\b")
_DIRECTED = re.compile(rf"(?P<t>{PHRASE}),?[ \t]+(?:which was[ \t]+|a [\w-]+[ \t]+(?:film[ \t]+)?)?"
                       r"(?:directed|helmed|written and directed) by\b")
_PAREN = re.compile(rf"(?P<t>{PHRASE})[ \t]*\((?:(?:19|20)\d\d\)|(?:Korean|original|English|native|Hangul) "
                    r"title\b|Korean:|dir\.|directed by|[\uac00-\ud7a3])")
_GENRE_NOUN = re.compile(rf"\b(?:film|movie|flick|picture|thriller|comedy|drama|blockbuster|animation|sequel|"
                         rf"horror|hit|documentary|feature|tearjerker|melodrama|biopic|epic|romance|actioner|"
                         rf"mystery|fantasy|musical|noir|action|prequel|remake|title)[ \t]+(?P<t>{PHRASE})")
_DIRECTOR_OF = re.compile(rf"\bdirector[ \t]+{PHRASE}['’]s[ \t]+(?:[a-z-]+[ \t]+){{0,3}}(?P<t>{PHRASE})")
_QUOTED = re.compile(r"(?<![\w'’])['‘](?P<s>[^'‘’\n]{1,80}?)['’](?![\w])"
                     r"|[\"“](?P<d>[^\"“”\n]{1,80}?)[\"”]"
                     r"|《(?P<a>[^》\n]{1,80})》|「(?P<b>[^」\n]{1,80})」|『(?P<c>[^』\n]{1,80})』"
                     r"|〈(?P<e>[^〉\n]{1,80})〉|<(?P<f>[^<>\n]{1,80})>")
# A title in a competitor's position is a film too ("despite the release of Wonka").
_RIVAL = re.compile(r"\b(?:despite the (?:release|opening|arrival|debut) of|beating|overtaking|overtook|outpacing|"
                    r"outpaced|outselling|outsold|dethroning|dethroned|unseating|unseated|edging out|edged out|"
                    rf"than|surpassing|replacing)[ \t]+(?P<t>{PHRASE})")
_WHICH = re.compile(rf"(?P<t>{PHRASE}),[ \t]+(?:which|that)[ \t]+(?:opened|debuted|was released|premiered|hit|arrived|"
                    r"came out|is|was|has|had|stood|drew|sold|topped|led)\b")
_CUES = (_DIRECTED, _PAREN, _GENRE_NOUN, _DIRECTOR_OF, _RIVAL, _WHICH)

# Words a capitalised run starts with that are not part of a title: discourse words, days,
# months, nationalities ("Korean film Exhuma" is handled by the genre noun; "Korean Exhuma" is not a title).
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
           "Oct.", "Nov.", "Dec.")
_LEADING = frozenset({
    "Meanwhile", "Also", "However", "Then", "Now", "Still", "Elsewhere", "Overall", "Local", "Foreign",
    "Domestic", "Hollywood", "Meanwhile,", "Earlier", "Later", "Last", "This", "Next", "Yesterday", "Today",
    "On", "In", "At", "By", "During", "Since", "Over", "After", "Before", "Both", "And", "But", "So", "As",
    "Only", "Even", "Previously", "Recently", "Currently", "Eventually", "Finally", "Together",
    "Weekend", "Box", "Office", "Update", "Exclusive", "Breaking", "Report", "Chart",
    "Why", "How", "What", "Where", "Who", "Which", "Here", "There", "Having", "Being", "With", "Despite",
    "Following", "Thanks", "According", "Although", "While", "When",
    *_WEEKDAYS, *_MONTHS, *(a for adjs in COUNTRIES.values() for a in adjs),
})
# A run that is only one of these is no title.
_NOT_TITLES = frozenset({
    "It", "Its", "The", "This", "That", "These", "Those", "They", "He", "She", "We", "I", "You", "A", "An",
    "His", "Her", "Their", "Our", "Which", "What", "Who", "Film", "Movie", "Films", "Movies", "Box Office",
    "Korea", "South Korea", "KOBIS", "Korean Film Council", "The Korean Film Council", "CGV", "Megabox",
    "Lotte Cinema", "Netflix", "Disney", "Warner", "Universal", "Sony", "Showbox", "NEW", "CJ ENM", "Lotte",
    "Total", "Rank", "Overall", "Sales", "Ticket", "Tickets", "Admissions", "Audiences", "Viewers",
})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|(?:No\.|#)\s*\d+", re.I)
# A Korean person's name ("Choi Min-sik", "CHOI Min-sik") in a telling position is a person.
_PERSON = re.compile(r"^[A-Z][A-Za-z]{1,5} [A-Z][a-z]+-[a-z]+$")

# A title after one of these is a competitor, not the clause's film.
_COMPETITOR = re.compile(
    r"\b(?:despite(?: the (?:release|opening|arrival|debut) of)?|ahead of|beating|beat|beats|overtaking|overtook|"
    r"overtakes|overtaken|overtake|pass|passes|passed|passing|surpass|surpasses|surpassed|outpacing|outpaced|outpaces|outselling|outsold|than|dethroning|dethroned|unseating|unseated|"
    r"edging out|edged out|edges out|surpassing|topping|toppled|toppling|pushing|pushed|knocking|knocked|"
    r"against|compared (?:to|with)|such as|like|behind|trailing|over|past|replacing|replaced|bumping|bumped|"
    r"counting|including|excluding|after|alongside|joining|joins|joined|besides|"
    r"the record (?:of|set by|held by))"
    r"(?:[ \t]+(?:the|fellow|rival|local|foreign|Hollywood|Korean|American|domestic|new|last week's|"
    r"film|movie|films|movies|blockbuster|thriller|comedy|drama|hit|animation|sequel|release|title|chart-topper|"
    r"previous|former|leader|champion))*[ \t]*[\"“'‘《「『〈<]?$", re.I)
_AND_BEFORE = re.compile(r"\band[ \t]+[\"“'‘《「『〈<]?$")
_ANAPHOR = re.compile(r"\b(?:the (?:film|movie|picture|flick|title|feature|work)|it|its)\b", re.I)
# Clauses: a figure belongs to the film of its own clause ("X drew 300,000, while Y drew 100,000").
# A relative clause or an appositive with one describes the film just before it, a competitor or not
# ("ahead of X, the 2013 comedy-drama that finished its run with 12,811,206 admissions").
_APPOSITIVE = r",[\"”’']?[ \t]+(?:the|a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,5}?(?:that|which|whose)\b"
_RELATIVE = re.compile(rf",[\"”’']?[ \t]+(?:which|whose)\b|{_APPOSITIVE}")
_CLAUSE_BREAK = re.compile(rf";|,[\"”’']?[ \t]+(?:which|whose)\b|{_APPOSITIVE}|,?[ \t]+(?:while|whereas|but)\b"
                           r"|,?[ \t]+followed by\b"
                           r"|,[ \t]+and\b|[ \t]+and then\b"
                           r"|\(|\)")


@dataclass(frozen=True)
class Mention:
    """A film named at [start, end) of the text (start < 0: in the headline only)."""

    start: int
    end: int
    title: str  # as resolved within the page: the full title a short form stands for
    how: str  # quote, table, cue, headline, anaphor
    competitor: bool = False


def _clean(title: str) -> str:
    title = title.strip().strip(".,;:!?").strip()
    words = title.split()
    while words and (words[0] in _LEADING or words[0].rstrip(",") in _LEADING) and len(words) > 1:
        words.pop(0)
    while words and re.fullmatch(_SMALL, words[0], re.I) and words[0] != "The":
        words.pop(0)
    return " ".join(words)


def _is_title(title: str) -> bool:
    if not title or title in _NOT_TITLES or title in _LEADING or _PERSON.match(title):
        return False
    if _ORDINAL.fullmatch(title):  # "the 9th, which was its 46th day"
        return False
    return not (re.fullmatch(r"[\d,.%]+", title) or len(title) < 2 or len(title.split()) > 9)


def _quoted_span(text: str) -> str:
    """A quoted span without the comma or full stop American punctuation puts inside the quotes
    ("Harbin," drew …); an abbreviation's full stop ("Dr.") stays."""
    text = text.strip()
    if re.fullmatch(r".*\w[,.]", text) and len(text.split()) <= 6 and not re.fullmatch(r".*\b[A-Z][a-z]?\.", text):
        return text[:-1]
    return text


def _looks_like_title(text: str) -> bool:
    """A quoted span in title case ("The Devil's Deal"), not a quoted remark ("we are glad").

    A romanised title keeps its lower-case particles ("Kimetsu no Yaiba"), so most words
    capitalised, the first one always, is title case."""
    text = _quoted_span(text)
    if not text or (text[-1] in ",.!?" and not re.search(r"\w[!?]$", text)) or len(text.split()) > 12:
        return False
    if re.search(r"[\uac00-\ud7a3\u4e00-\u9fff\u3040-\u30ff]", text):
        return True
    words = [w for w in re.split(r"[ \t]+", text) if not re.fullmatch(_SMALL, w, re.I)]
    capital = [w[0].isupper() or w[0].isdigit() or not w[0].isalpha() for w in words]
    return bool(words) and capital[0] and 4 * sum(capital) >= 3 * len(capital) and text not in _NOT_TITLES


def _display(title: str) -> str:
    """An all-caps title as KoBiz writes them (<THE HANDMAIDEN>) in title case."""
    if re.search(r"[a-z]", title) or not re.search(r"[A-Z]{3}", title):
        return title
    return " ".join(w.lower() if re.fullmatch(_SMALL, w, re.I) and i else w[:1] + w[1:].lower()
                    for i, w in enumerate(title.split()))


def _key(title: str) -> str:
    return re.sub(r"[^0-9a-z\uac00-\ud7a3\u4e00-\u9fff]+", "", title.casefold())


def _raw_mentions(text: str, base: int, headline: bool) -> list[tuple[int, int, str, str]]:
    """(start, end, title, how) for the films `text` names; offsets shifted by `base`."""
    found: dict[int, tuple[int, int, str, str]] = {}
    for m in _QUOTED.finditer(text):
        group = next(g for g in ("s", "d", "a", "b", "c", "e", "f") if m.group(g) is not None)
        inner = _quoted_span(m.group(group))
        if _looks_like_title(inner):
            start = m.start(group) + (len(m.group(group)) - len(m.group(group).lstrip()))
            found[start] = (start, start + len(inner), _display(inner), "quote")
    cues: list[re.Pattern[str]] = [*_CUES, _HEADLINE_CUE if headline else _BODY_CUE]
    for pattern in cues:
        for m in pattern.finditer(text):
            if pattern in (_BODY_CUE, _HEADLINE_CUE) and not _FIGURE_AFTER.search(text[m.end():m.end() + 60]):
                continue
            raw = m.group("t")
            title = _clean(raw)
            if not _is_title(title):
                continue
            start = m.start("t") + raw.rfind(title) if title in raw else m.start("t")
            if any(s <= start < e for s, e, _, _ in found.values()):
                continue
            found[start] = (start, start + len(title), _display(title), "cue")
    return [(s + base, e + base, t, how) for s, e, t, how in sorted(found.values())]


def _headline_topic(head: str) -> str:
    """The title a headline opens with when nothing else marks it ("The Handmaiden box office
    thread", "Exhuma: the year's biggest hit"): a title-case run ending at a lower-case word, a colon
    or the end. It counts only where the body names it again."""
    m = _PHRASE_RE.match(head.lstrip("\"“'‘《「 "))
    if m is None:
        return ""
    title = _clean(m.group(0))
    rest = head.lstrip("\"“'‘《「 ")[m.end():]
    if not _is_title(title) or not re.match(r"^(?:$|[:\s]*[a-z]|[\"”'’》」]|:)", rest):
        return ""
    return title


def _competitor(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_COMPETITOR.search(text[max(line_start, start - 60):start]))


def _resolve_aliases(titles: list[str]) -> dict[str, str]:
    """Each title → the full title it stands for on this page: a shorter title whose words begin
    (or are all inside) exactly one longer title is that title ("Dune" → "Dune: Part Two")."""
    keys = {_key(t): t for t in sorted(set(titles), key=lambda t: (-len(t), t))}
    out: dict[str, str] = {}
    for title in set(titles):
        k = _key(title)
        longer = {v for kk, v in keys.items() if kk != k and len(kk) > len(k) and kk.startswith(k)}
        if not longer:
            words = title.casefold().split()
            longer = {v for v in keys.values() if len(v.split()) > len(words)
                      and _has_run(v.casefold().replace(":", "").split(), [w.rstrip(":") for w in words])}
        # a spelling differing only in case or spacing takes the page's first mixed-case spelling
        out[title] = next(iter(longer)) if len(longer) == 1 else keys.get(k, title)
    return out


def _has_run(words: list[str], run: list[str]) -> bool:
    return any(words[i:i + len(run)] == run for i in range(len(words) - len(run) + 1))


_CACHE: OrderedDict[tuple[str, str, str], tuple[Mention, ...]] = OrderedDict()


def mentions(doc: Document) -> tuple[Mention, ...]:
    """Every film the page names, in text order (headline-only mentions first, at negative offsets)."""
    key = (doc.id, doc.title, doc.kind)
    if key in _CACHE:
        return _CACHE[key]
    raw: list[tuple[int, int, str, str, bool]] = []
    head = doc.title.strip()
    if head:
        raw += [(s - len(head) - 1, e - len(head) - 1, t, "headline", _competitor(head, s))
                for s, e, t, _ in _raw_mentions(head, 0, headline=True)]
    table_spans = []
    for row in chart_rows(doc):
        cell = row.title_cell
        table_spans.append((row.table.start, row.table.end))
        raw.append((cell.start, cell.end, row.title, "table", False))
    for s, e, t, how in _raw_mentions(doc.text, 0, headline=False):
        if not any(a <= s < b for a, b in table_spans):
            raw.append((s, e, t, how, _competitor(doc.text, s)))
    named_keys = {_key(r[2]) for r in raw}
    if (topic := _headline_topic(head)) and _key(topic) not in named_keys:
        body = len(head) if doc.text.startswith(head) else 0  # the text opens with the headline
        for m in re.finditer(rf"(?<![\w'’]){re.escape(topic)}(?![\w])", doc.text[body:]):
            m_start, m_end = m.start() + body, m.end() + body
            if not any(a <= m_start < b for a, b, *_ in raw) and not any(a <= m_start < b for a, b in table_spans):
                raw.append((m_start, m_end, topic, "topic", _competitor(doc.text, m_start)))
        if any(r[3] == "topic" for r in raw):
            raw.append((-len(head) - 1, -len(head) - 1 + len(topic), topic, "headline", False))
    aliases = _resolve_aliases([r[2] for r in raw])
    named = _lists_of_competitors(doc.text, sorted(
        (Mention(s, e, aliases[t], how, comp) for s, e, t, how, comp in raw), key=lambda n: (n.start, n.end)))
    out = list(named)
    main = _primary(named)
    # "the film", "it": the film named last before it in its paragraph (not a competitor); in a
    # paragraph that has named none yet, the film the page is about ("Directed by X, the film stars …")
    for m in _ANAPHOR.finditer(doc.text):
        if any(n.start <= m.start() < n.end for n in named):
            continue
        line_start = doc.text.rfind("\n", 0, m.start()) + 1
        before = [n for n in named if line_start <= n.start and n.end <= m.start() and not n.competitor]
        title = before[-1].title if before else main
        if title:
            out.append(Mention(m.start(), m.end(), title, "anaphor"))
    result = tuple(sorted(out, key=lambda n: (n.start, n.end)))
    _CACHE[key] = result
    if len(_CACHE) > 32:
        _CACHE.popitem(last=False)
    return result


# what separates the titles of a list: quotes, commas, "and", a bracketed figure ("The Host" (13.02 million), …)
_BETWEEN_LISTED = re.compile(r"^(?:[ \t,\"”“’‘'»》」〉<>«《「〈&]|\([^()\n]{0,40}\)|\band\b|\bor\b)*$")


def _lists_of_competitors(text: str, named: list[Mention]) -> list[Mention]:
    """A title listed right after a competitor is one too ("after "Silmido," "Taegukgi" and "The Host"")."""
    out: list[Mention] = []
    for n in named:
        prev = out[-1] if out else None
        if (prev is not None and prev.competitor and not n.competitor and n.start >= 0 and prev.start >= 0
                and _BETWEEN_LISTED.match(text[prev.end:n.start])):
            n = Mention(n.start, n.end, n.title, n.how, True)
        out.append(n)
    return out


def _primary(found: list[Mention]) -> str:
    """The film a page is mainly about among its named films: its headline's, else the most named."""
    found = [m for m in found if m.how != "anaphor"]
    headline = [m for m in found if m.how == "headline" and not m.competitor]
    if headline:
        return headline[0].title
    if not found:
        return ""
    counts = Counter(m.title for m in found if not m.competitor) or Counter(m.title for m in found)
    first = {m.title: i for i, m in reversed(list(enumerate(found)))}
    return max(counts, key=lambda t: (counts[t], -first[t]))


def films_named(doc: Document) -> list[str]:
    """The distinct films the page names, in order of first mention."""
    return list(dict.fromkeys(m.title for m in mentions(doc) if m.how != "anaphor"))


def primary_film(doc: Document) -> str:
    """The film the page is mainly about, as it names it; "" when it names none."""
    return _primary(list(mentions(doc)))


def _spans(text: str, offset: int, films: list[int]) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    """The clause, sentence and paragraph (line) holding `offset`; `films` are where films are
    named, since "… and Dune came second" starts a clause at "and"."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    sentence = (line_start, line_end)
    for part in split_sentences(text[line_start:line_end], line_start):
        if part.start <= offset < part.end + 1:
            sentence = (part.start, part.end)
            break
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, sentence[0], sentence[1])]
    for at in films:
        if sentence[0] < at < sentence[1] and (m := _AND_BEFORE.search(text, max(sentence[0], at - 8), at)):
            breaks.append(m.start())
    clause_start, clause_end = sentence
    for at in sorted(breaks):
        if at < offset:
            clause_start = at
        elif at > offset:
            clause_end = at
            break
    return (clause_start, clause_end), sentence, (line_start, line_end)


def film_for(doc: Document, offset: int, default: str) -> str:
    """The film the figure at `offset` belongs to; `default` when the text does not say.

    The nearest film named before it in its clause, else the first after it in the clause, else
    the sentence's, else the paragraph's (the last film named before it in the line), else
    `default`. Competitors ("ahead of X") are skipped; a chart cell belongs to its row's film.
    """
    if doc.kind in SUBJECT_KINDS:
        return default
    for row in chart_rows(doc):
        if row.start <= offset < row.end:
            return row.title
    found = mentions(doc)
    distinct = {m.title for m in found if m.how != "anaphor"}
    if len(distinct) == 1:
        return distinct.pop()
    if not distinct:
        return default
    own = [m for m in found if m.start >= 0 and not m.competitor]
    clause, sentence, paragraph = _spans(doc.text, offset, [m.start for m in own])
    if _RELATIVE.match(doc.text, clause[0]):
        # ", which stood at 6.2 million" describes the film just before it, a competitor or not
        named = [m for m in found if 0 <= clause[0] - m.end <= 2]
        if named:
            return named[-1].title
    for (a, b), after_too in ((clause, True), (sentence, True), (paragraph, False)):
        inside = [m for m in own if a <= m.start < b]
        before = [m for m in inside if m.start <= offset]
        if before:
            return before[-1].title
        if after_too and inside:
            return inside[0].title
    return default


__all__ = ["Mention", "film_for", "films_named", "mentions", "primary_film"]
