"""Which film a stretch of an article is about.

A news story or a weekly report names several films; each figure belongs to the film its
clause names. Films are found from the page alone, the page's own word that a phrase is a title
first:

- the page's defining sentence ("Crouching Tiger, Hidden Dragon is a 2000 wuxia film …", a copied
  encyclopedia page);
- titles in quotes or title brackets: 'Exhuma', "Dune: Part Two", 《파묘》, 「…」, <THE HOST>, '버닝'이;
- the title cell of a box-office chart (`charts.title_column`);
- titles in capitals in mixed-case text, as KoBiz and festival pages write them ("NA Hong-jin's THE
  WAILING Howls in First Place");
- capitalised title phrases in telling positions: "X, directed by …", "X drew/topped/sold …
  (a figure or the chart)", "X (2013)", "X (Korean title: …)", "the thriller X",
  "director Y's X";
- the headline, read the same way (headline case allowed).

A phrase found only by its position is first resolved against the titles the page gives as titles
("Bong Joon-ho's Parasite" and "Crowd-drawer Along With The Gods: The Two Worlds" are the quoted
film), and otherwise must not be a person, a company, a festival or award, a place, a field label
or a section name (`film_phrases.not_a_film`). A title named as a work of another kind ("the novel
Fingersmith", "based on …", "the song 'Naatu Naatu'") is not a film.

Within a page a title given once in full and later shortened ("Dune: Part Two" … "Dune") is
one film, and "the film", "the movie", "it" refer back to the film named last. A title in a
competitor's position ("despite the release of X", "ahead of X", "beating X", "than X", "X를
제치고", "「X」を抜き", "超越《X》") is a film, but not the film the clause's figures are about, nor is the film a
remake is made after ("a remake of the Korean X"); a page naming only such films has no film of its own.
A title with its sequel's number ("Ne Zha 2") is another film than the title alone, which a page names
as the first one ("the sequel to … Ne Zha", "2019 hit Ne Zha").

`primary_film` is the film a page is mainly about (its defining sentence's, else by headline,
mentions and where they stand); `film_for` the film a figure at an offset belongs to, "" when the
page names several films and nothing ties the figure to one (a bare figure on a line of its own).
Encyclopedic pages are about their subject whatever films their sentences name ("Despite the
release of Dune, it drew …" on Wikipedia is about the page's film), so `film_for` returns the
default there.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, OrderedDict
from dataclasses import dataclass
from functools import lru_cache

from ..model import Document
from .caches import per_document
from .charts import chart_rows
from .film_phrases import (
    LEADING,
    NOT_TITLES,
    PHRASE,
    SMALL,
    cut_phrase,
    is_person,
    names_person,
    not_a_film,
    other_work,
    owner_outside,
    page_people,
    person_in_page,
    possessor,
    quoted_title,
    strip_leading,
    strip_trailing,
    without_possessive_end,
)
from .kinds import SUBJECT_KINDS
from .literal import followed_by, whole_lines
from .runs import Run, finditer
from .subject import CJK_LEADS, find_lead
from .text import split_sentences
from .titles import japanese_romanization

# ---------------------------------------------------------------- title phrases

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
# at most four ("has also already officially topped"), each taken once: a run of them is otherwise
# read from each of its words to its end (the square of its length, found by fuzzing)
_AUX = r"(?:[ \t]++(?:has|had|have|was|is|also|already|now|further|still|then|again|easily|quickly|officially)){0,4}+"
_FIGURE_AFTER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s*(?:million|billion|thousand|%|percent|만|억)"
                           r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|No\.|"
                           r"number one|box office|chart|record|million|billion|admissions|viewers|moviegoers|"
                           r"audiences?|tickets?|place|spot|milestone|mark)\b", re.I)
_BODY_CUE = re.compile(rf"(?P<t>{PHRASE}){_AUX}[ \t]++(?:{_VERBS})\b")
_HEADLINE_CUE = re.compile(rf"(?P<t>{PHRASE}){_AUX}[ \t]++(?i:{_VERBS})\b")
_DIRECTED = re.compile(rf"(?P<t>{PHRASE}),?[ \t]+(?:which was[ \t]+|a [\w-]+[ \t]+(?:film[ \t]+)?)?"
                       r"(?:directed|helmed|written and directed|produced|written) by\b")
# "… was the latest X with 173,000 viewers"
_WITH_FIGURE = re.compile(rf"(?P<t>{PHRASE})[ \t]+with[ \t]+(?:a[ \t]+|an[ \t]+|just[ \t]+|only[ \t]+)?"
                          r"(?:US\$|\$|₩|USD[ \t]|KRW[ \t]|\d)")
_PAREN = re.compile(rf"(?P<t>{PHRASE})[ \t]*\((?:(?:19|20)\d\d\)|(?:Korean|original|English|native|Hangul) "
                    r"title\b|Korean:|Japanese:|Chinese:|dir\.|directed by|[\uac00-\ud7a3])")
_GENRE_NOUN = re.compile(rf"\b(?:film|movie|flick|picture|thriller|comedy|drama|blockbuster|animation|sequel|"
                         rf"horror|hit|documentary|feature|tearjerker|melodrama|biopic|epic|romance|actioner|"
                         rf"mystery|fantasy|musical|noir|action|prequel|remake|title)[ \t]+(?P<t>{PHRASE})")
# A review's opening apposition: "A smart Hong Kong action thriller, Infernal Affairs stands to …"
_FRONTED = re.compile(rf"(?:^|(?<=[.!?][ \t])|(?<=\n))(?:A|An)[ \t]+(?:[\w'’-]+[ \t]+){{0,6}}?(?:film|movie|thriller|"
                      rf"comedy|drama|blockbuster|animation|sequel|horror|documentary|feature|melodrama|biopic|epic|"
                      rf"romance|actioner|mystery|fantasy|musical|noir|western|remake|adaptation)[ \t]*,[ \t]+"
                      rf"(?P<t>{PHRASE})(?=[ \t]+[a-z])")
_DIRECTOR_OF = re.compile(rf"\bdirector[ \t]+{PHRASE}['’]s[ \t]+(?:[a-z-]+[ \t]+){{0,3}}(?P<t>{PHRASE})")
_QUOTED = re.compile(r"(?<![\w'’])['‘`](?P<s>[^'‘’`\n]{1,80}?)['’](?![A-Za-z0-9])"
                     r"|[\"“](?P<d>[^\"“”\n]{1,80}?)[\"”]"
                     r"|《(?P<a>[^》\n]{1,80})》|「(?P<b>[^」\n]{1,80})」|『(?P<c>[^』\n]{1,80})』"
                     r"|〈(?P<e>[^〉\n]{1,80})〉|<(?P<f>[^<>\n]{1,80})>")
_BRACKETS = frozenset("abcef")  # title brackets: a title whatever the page's language
# A title in a competitor's position is a film too ("despite the release of Wonka").
_RIVAL = re.compile(r"\b(?:despite the (?:release|opening|arrival|debut) of|ahead of|beating|beat|overtaking|"
                    r"overtook|outpacing|"
                    r"outpaced|outselling|outsold|dethroning|dethroned|unseating|unseated|edging out|edged out|"
                    rf"than|surpassing|replacing)[ \t]+(?P<t>{PHRASE})")
_WHICH = re.compile(rf"(?P<t>{PHRASE}),[ \t]+(?:which|that)[ \t]+(?:opened|debuted|was released|premiered|hit|arrived|"
                    r"came out|is|was|has|had|stood|drew|sold|topped|led|showed|won|earned|grossed|added|took|made|"
                    r"finished|fell|dropped|slipped|remained|stayed|collected|attracted|saw|starred|stars|follows|"
                    r"followed|tells|told|centers|centres|revolves)\b")
# "The Super Mario Bros. Movie ($1.35 billion), Greta Gerwig's Barbie ($1.2 billion)": a list of films
# with their figures in brackets.
_FIGURE_PAREN = re.compile(rf"(?P<t>{PHRASE})[ \t]*\([ \t]*(?:(?:US\$|\$|USD|KRW|Rs\.?|INR|₩|€|£|¥|RMB)[ \t]*"
                           r"\d[\d,.]*|\d[\d,.]*[ \t]*(?i:million|billion|crore|lakh|mln|bn|만|억|admissions|viewers))"
                           r"[ \t]*(?i:million|billion|crore|lakh|mln|bn)?[ \t]*\)")
_CUES = (_DIRECTED, _PAREN, _GENRE_NOUN, _FRONTED, _DIRECTOR_OF, _RIVAL, _WHICH, _WITH_FIGURE, _FIGURE_PAREN)
# A title in capitals in mixed-case text (KoBiz, festival pages): "THE WAILING", "TRAIN TO BUSAN's".
_CAPS_WORD = r"[A-Z0-9][A-Z0-9'’.&!?:-]*"
_CAPS = re.compile(rf"(?<![\w'’]){_CAPS_WORD}(?:[ \t]+{_CAPS_WORD})*(?![\w'’]*[a-z])")
# A family name in capitals before a given name ("NA Hong-jin", "KIM Yong-hwa") is a person.
_CAPS_SURNAME = re.compile(r"^[ \t]+[A-Z][a-z]+(?:[- ][A-Za-z][a-z]+)?\b")
_ACRONYMS = frozenset({"USD", "KRW", "CGV", "KOBIS", "KOFIC", "KOBIZ", "CJ", "ENM", "NEW", "MCU", "IMAX", "US",
                       "UK", "TV", "OTT", "VOD", "IPTV", "LA", "NYC", "AFM", "BIFF", "TIFF", "AFI", "BBC", "CNN",
                       "HBO", "DVD", "AP", "AFP", "CEO", "EU", "UN", "USA", "KBS", "MBC", "SBS", "JTBC", "YTN",
                       "ENG", "KOR", "FAQ", "PDF", "RSS", "ID", "OK", "FYI", "AKA", "VFX", "CGI", "PG", "NC",
                       "R", "PG-13", "NC-17", "HD", "UHD", "4K", "3D", "2D", "4DX", "BREAKING", "UPDATE", "NOTE",
                       "WATCH", "EXCLUSIVE", "PHOTOS", "VIDEO", "RELATED", "ADVERTISEMENT", "SPOILER", "SPOILERS",
                       "READ", "MORE", "THIS", "WEEKEND", "TOP", "NEWS", "REVIEW", "TRAILER", "COVID-19", "COVID"})

# A title after one of these is a competitor, not the clause's film.
_COMPETITOR = re.compile(
    r"\b(?:despite(?: the (?:release|opening|arrival|debut) of)?|ahead of|beating|beat|beats|overtaking|overtook|"
    r"overtakes|overtaken|overtake|pass|passes|passed|passing|surpass|surpasses|surpassed|outpacing|outpaced|outpaces|outselling|outsold|than|dethroning|dethroned|unseating|unseated|"
    r"edging out|edged out|edges out|surpassing|topping|toppled|toppling|pushing|pushed|knocking|knocked|"
    r"against|compared (?:to|with)|such as|like|behind|trailing|over|past|replacing|replaced|bumping|bumped|"
    r"counting|including|excluding|after|alongside|joining|joins|joined|besides|"
    r"the record (?:of|set by|held by)|sequel to|prequel to|follow-up to|successor to|spin-?off (?:of|from))"
    r"(?:[ \t]+(?:the|fellow|rival|local|foreign|Hollywood|Korean|American|domestic|new|last week's|"
    r"film|movie|films|movies|blockbuster|thriller|comedy|drama|hit|animation|sequel|release|title|chart-topper|"
    r"previous|former|leader|champion))*"
    r"(?:[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.-]*(?:['’]s|(?<=s)['’]))?"  # "against Greta Gerwig's Barbie"
    r"[ \t]*[\"“'‘《「『〈<]?$", re.I)
# A Korean title followed by an object particle and a verb of beating is the beaten film ('X'를 제치고).
# In Japanese the beaten film takes を before the verb, a year in brackets between ('「X」(1997年)を抜き').
_COMPETITOR_AFTER = re.compile(r"^[\"”'’》」』〉>]?\s*(?:보다\s|より|(?:을|를)\s*"
                               r"(?:제치|제쳤|넘어|넘었|넘은|뛰어넘|앞지르|앞질|누르|눌렀|꺾)"
                               r"|(?:[(（][^()（）\n]{1,12}[)）])?\s*(?:の[^。、\n「」]{0,12}?)?を\s*"
                               r"(?:抜|超|上回|破|押さえ|しのぎ|凌))")
# In Chinese the verb comes first: '超越《X》', '击败了X'.
_COMPETITOR_CJK_BEFORE = re.compile(r"(?:超越|超过|超過|击败|擊敗|打败|打敗|力压|力壓|压过|壓過|反超)了?"
                                    r"\s*[《「『\"“]?$")
# A title that describes a person ("'Parasite' director Bong Joon-ho", "From Mr. Go (2013) director KIM
# Yong-hwa", "from the director of X") is a credit, not the film the clause is about.
_CREDIT_AFTER = re.compile(r"^[\"”'’》」』〉>]?(?:\s*\((?:19|20)\d\d\))?['’]?s?[ \t]+(?:director|filmmaker|helmer|star|"
                           r"actor|actress|writer|screenwriter|producer|creator|composer|co-star|alum|auteur|"
                           r"cinematographer|maker|makers|team|duo)s?\b")
_CREDIT_BEFORE = re.compile(r"\b(?:director|directors|maker|makers|creator|creators|team|star|stars|producer|"
                            r"producers|writer|helmer) of[ \t]+(?:the[ \t]+)?(?:hit[ \t]+|acclaimed[ \t]+|"
                            r"films?[ \t]+|movies?[ \t]+)*[\"“'‘《「『〈<]?$", re.I)
# The film another is made after: "a remake of the Korean SIWORAE (2000)", "Americanized version of the
# Akira Kurosawa classic The Seven Samurai". It is a film, but not the one the page's figures are about.
_SOURCE_BEFORE = re.compile(r"\b(?:remake|reimagining|re-imagining|retread|redo)[ \t]+of"
                            r"|\b(?:[\w-]+i[sz]ed|[\w-]+-language|English|Hollywood|American|US|U\.S\.)[ \t]+"
                            r"(?:version|adaptation|take)[ \t]+of")
_SOURCE_TAIL = re.compile(r"^[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:[\w'’.-]+[ \t]+){0,6}?[\"“'‘《「『〈<]?$")
_AND_BEFORE = re.compile(r"\band[ \t]+[\"“'‘《「『〈<]?$")
_ANAPHOR = re.compile(r"\b(?:the (?:film|movie|picture|flick|title|feature|work)|it|its)\b"
                      # "The Warner Bros. release averaged …": the film its distributor released
                      r"|\b(?-i:[Tt]he[ \t]+(?:[A-Z][\w.&'’-]*[ \t]+){1,3}(?:release|pic|film|movie|production))\b",
                      re.I)
# Clauses: a figure belongs to the film of its own clause ("X drew 300,000, while Y drew 100,000").
# A relative clause or an appositive with one describes the film just before it, a competitor or not
# ("ahead of X, the 2013 comedy-drama that finished its run with 12,811,206 admissions").
_APPOSITIVE = r",[\"”’']?[ \t]+(?:the|a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,5}?(?:that|which|whose)\b"
_RELATIVE = re.compile(rf",[\"”’']?[ \t]+(?:which|whose)\b|{_APPOSITIVE}")
# (a run of spaces or tabs before "while", "but", … is tried from its start only: from each place in a
# long run the pattern would read the rest of the run again)
_CLAUSE_BREAK = re.compile(rf";|,[\"”’']?[ \t]+(?:which|whose)\b|{_APPOSITIVE}"
                           r"|,?(?<![ \t])[ \t]+(?:while|whereas|but)\b"
                           r"|,?(?<![ \t])[ \t]+followed by\b"
                           r"|,[ \t]+and\b|(?<![ \t])[ \t]+and then\b"
                           r"|\(|\)")
# The defining sentence a copied encyclopedia page opens with: "TITLE (…) is a 2000 wuxia film".
_DEFINING = re.compile(
    r"^(?P<title>[^()\n]{1,120}?)(?:\s*+\((?:[^()]|\([^()]*\))*\))?(?:\s*+,)?\s++(?:is|was)\s+an?\s+"
    r"(?:[^.,;()\s]+\s+){0,10}?(?:film|movie|documentary|animation|feature)s?\b"
    # the noun ends the description: a sentence's end, or what tells about the film next ("directed by",
    # "written and …", "based on", "that"), not another noun ("a film director", "a true movie master")
    r"(?=\s*(?:$|[.,;:(\[—–-]|(?:directed|written|produced|co-?written|co-?produced|starring|by|from|that|which|"
    r"about|based|released|made|set|in|of|and|adapted|distributed|featuring|with|following|centered|centred|"
    r"telling|inspired|loosely|created|animated|shot|filmed|helmed|scripted|remake|adaptation|version|sequel|"
    r"prequel)\b))(?!\s*(?:and|or)\s+(?:television|"
    r"tv|stage|theatre|theater|radio|video|music|actor|actress|director|producer))")
_NOT_DEFINING = re.compile(r"\b(?:list|lists|series|filmography|franchise|festival|award|company|"
                           r"actor|actress|singer|director|producer|writer|model|brand|band)\b", re.I)
_CITATION_MARK = re.compile(r"\[(?:\d{1,3}|[a-z]|note \d+|citation needed)\]")


@dataclass(frozen=True)
class Mention:
    """A film named at [start, end) of the text (start < 0: in the headline only)."""

    start: int
    end: int
    title: str  # as resolved within the page: the full title a short form stands for
    how: str  # lead, quote, table, caps, cue, topic, headline, anaphor
    competitor: bool = False


# What a finding rests on: the page's word that it is a title, or only its position in a sentence.
_STRONG = frozenset({"lead", "quote", "table", "caps", "paren"})


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    title: str
    how: str


def _display(title: str) -> str:
    """An all-caps title as KoBiz writes them (<THE HANDMAIDEN>) in title case."""
    if re.search(r"[a-z]", title) or not re.search(r"[A-Z]{3}", title):
        return title
    return " ".join(w.lower() if re.fullmatch(SMALL, w, re.I) and i else w[:1] + w[1:].lower()
                    for i, w in enumerate(title.split()))


def _key(title: str) -> str:
    return re.sub(r"[^0-9a-z\uac00-\ud7a3\u4e00-\u9fff\u3040-\u30ff]+", "", title.casefold())


def _enough(title: str) -> bool:
    """Whether a title is long enough to be looked for again: three letters, or two syllables of
    Hangul, kana or Han ('괴물', '파묘', '英雄'), each of which says as much as a word."""
    key = _key(title)
    return len(key) >= 3 or (len(key) == 2 and bool(re.search(r"[\uac00-\ud7a3\u4e00-\u9fff\u3040-\u30ff]", key)))


def _bare_key(title: str) -> str:
    """The key without a leading article: "The Roundup: No Way Out" and "ROUNDUP: NO WAY OUT" meet."""
    return _key(re.sub(r"^(?:the|a|an)\s+", "", title.strip(), flags=re.I))


def _quoted_span(text: str) -> str:
    """A quoted span without the comma or full stop American punctuation puts inside the quotes
    ("Harbin," drew …); an abbreviation's full stop ("Dr.") stays."""
    text = text.strip()
    if re.fullmatch(r".*\w,", text) or (re.fullmatch(r".*\w\.", text) and len(text.split()) <= 6
                                        and not re.fullmatch(r".*\b[A-Z][a-z]?\.", text)):
        return text[:-1]
    return text


_people = lru_cache(maxsize=8)(page_people)
per_document(_people.cache_clear)


# the last page's answers: a page asks about one phrase wherever it stands, and each answer looks at
# every place the phrase stands, so a long page repeating its title took time in the square of its
# length (a 44 KB page over 10 CPU seconds, found by bench/fuzz_bench.py). A page with its own dict,
# swapped in whole, so that builds in threads never read another page's answers.
_persons_of: tuple[str, dict[str, bool]] = ("", {})


def _a_person(text: str, title: str) -> bool:
    """Whether the page uses a phrase as a person's name, or a word of one ("Bong" of "Bong Joon Ho")."""
    global _persons_of
    page, answers = _persons_of
    if page is not text:
        answers = {}
        _persons_of = (text, answers)
    if title not in answers:
        answers[title] = person_in_page(text, title) or names_person(title, _people(text))
    return answers[title]


def _phrase(raw: str, start: int) -> tuple[int, str]:
    """A title phrase as found by a cue → its start and text: cut where a sentence ends, leading
    discourse words, dates and labels dropped, a possessive's end dropped ("Titanic's")."""
    title = cut_phrase(raw.strip().strip(",;:!?").strip())
    title = strip_leading(title.strip(".,;:!?").strip())
    title = strip_trailing(without_possessive_end(title).strip(".,;:!?").strip())
    at = raw.find(title)
    return (start + at if at >= 0 else start), title


def _quotes(text: str, base: int, korean: bool) -> list[_Found]:
    found = []
    for m in _QUOTED.finditer(text):
        group = next(g for g in ("s", "d", "a", "b", "c", "e", "f") if m.group(g) is not None)
        inner = _quoted_span(m.group(group))
        if group == "d" and korean and re.search(r"[\uac00-\ud7a3]", inner):
            continue  # Korean prose quotes speech in double quotes, titles in single ones and brackets
        if group == "f" and not re.search(r"[\uac00-\ud7a3A-Z]", inner[:2]):
            continue  # an <html-like> fragment
        if not quoted_title(inner):
            continue
        start = m.start(group) + (len(m.group(group)) - len(m.group(group).lstrip()))
        found.append(_Found(start + base, start + base + len(inner), _display(inner), "quote"))
    return found


def _caps(text: str, base: int, body: str | None = None) -> list[_Found]:
    """Titles written in capitals in mixed-case lines ("STEEL RAIN Slides to 2nd while STAR WARS …"); not a
    speaker's or a field's label at a line's start ("GOSLING: …") nor a name of someone the page (`body`)
    names ("ROBBIE" of "Margot Robbie")."""
    people = _people(text if body is None else body)
    found = []
    line_start = 0
    for line in text.split("\n"):
        if sum(c.islower() for c in line) >= sum(c.isupper() for c in line):
            for m in _CAPS.finditer(line):
                run = m.group(0).rstrip(":.,'’s")
                run = re.sub(r"['’]S?$", "", run)
                words = run.split()
                if words and _CAPS_SURNAME.match(line, m.end()) and not m.group(0).endswith(("'S", "’S", "'s", "’s")):
                    words = words[:-1]  # "NA" of "NA Hong-jin"
                while words and (words[0] in _ACRONYMS or words[0].rstrip(":") in _ACRONYMS):
                    words.pop(0)
                while words and words[-1] in _ACRONYMS:
                    words.pop()
                if len(words) == 2 and re.fullmatch(r"(?:19|20)\d\d", words[1]) and len(words[0]) <= 6:
                    continue  # "NZIFF 2008", "BIFF 2019": a festival's edition
                title = " ".join(words)
                letters = sum(c.isalpha() for c in title)
                if letters < 4 or (len(words) == 1 and letters < 5) or all(
                        len(part) <= 3 for w in words for part in re.split(r"[-.]", w)):
                    continue  # an acronym or a run of them ("CC BY-SA", "CJ ENM")
                shown = _display(title)
                if not_a_film(shown) or shown in NOT_TITLES or names_person(shown, people):
                    continue
                if not line[:m.start()].strip(" \t•*-") and re.match(r"[ \t]*:", line[m.end():]):
                    continue  # "HOLCOMB: …", "CAST: …": a label
                at = line.find(title, m.start())
                found.append(_Found(base + line_start + at, base + line_start + at + len(title), shown, "caps"))
        line_start += len(line) + 1
    return found


# A title with its original in brackets: "Your Name (Kimi no Na wa)", "Spirited Away (千と千尋の神隠し)".
_ORIGINAL_AFTER = re.compile(rf"(?P<t>{PHRASE})[ \t]*[(（](?P<o>[^()（）\n]{{2,60}})[)）]")
_CJK = re.compile(r"[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]")


# Cues that open with a title phrase are searched from where what follows the phrase is (`runs`).
_PHRASE_RUNS: tuple[Run, ...] = ((f"(?P<t>{PHRASE})", r"A-Za-z0-9\u00C0-\u024F'’.&!?:\- \t", r"[A-Z0-9\u00C0-\u00DE]"),)


def _cues(text: str, base: int, headline: bool) -> list[_Found]:
    found = []
    for m in finditer(_ORIGINAL_AFTER, text, _PHRASE_RUNS):
        original = m.group("o").strip()
        if (_CJK.search(original) and len(original) <= 30 and not re.search(r"\d", original)) \
                or japanese_romanization(original):
            start, title = _phrase(m.group("t"), m.start("t"))
            if title:
                found.append(_Found(start + base, start + base + len(title), title, "cue"))
    for pattern in (*_CUES, _HEADLINE_CUE if headline else _BODY_CUE):
        for m in finditer(pattern, text, _PHRASE_RUNS):
            if pattern in (_BODY_CUE, _HEADLINE_CUE) and not _FIGURE_AFTER.search(text[m.end():m.end() + 60]):
                continue
            if pattern in (_BODY_CUE, _HEADLINE_CUE) and re.search(r"\b(?:in|at|across|throughout)[ \t]+$",
                                                                   text[max(0, m.start() - 12):m.start()]):
                continue  # "its opening weekend in The Land of the Morning Calm saw …": a place, not the verb's film
            start, title = _phrase(m.group("t"), m.start("t"))
            if title:
                found.append(_Found(start + base, start + base + len(title), title, "cue"))
    return found


def _defining(doc: Document) -> _Found | None:
    """The defining sentence of a page that copies an encyclopedia article, among its first lines."""
    text = doc.text
    pos = 0
    for line in text[:30000].split("\n")[:150]:
        if m := _INVERTED_ENTRY.match(line):  # a film guide's entry: "Lake House, The (2006, USA) C-98m."
            title = f"{m.group('article')} {m.group('t').strip()}"
            if quoted_title(title) and not not_a_film(title):
                return _Found(pos + m.start("t"), pos + m.end("article"), title, "lead")
        if len(line) > 25:
            first = next(iter(split_sentences(line, pos)), None)
            if first is not None and (found := _defined(first.text, first.start)):
                return found
        pos += len(line) + 1
    if doc.kind not in SUBJECT_KINDS:
        return None
    lead = find_lead(doc)  # the lead section's sentence, as encyclopedia pages are read
    if lead is not None and (found := _defined(doc.text[lead.sentence.start:lead.sentence.end],
                                               lead.sentence.start)):
        return found
    return None


# A film guide's entry opens with its title, the article put last, and the year in brackets.
_INVERTED_ENTRY = re.compile(r"^[ \t]*(?P<t>[A-Z0-9][^,()\n]{0,80}),[ \t]+(?P<article>The|A|An)[ \t]*"
                             r"\((?:19|20)\d\d\b")


def _defined(sentence: str, base: int) -> _Found | None:
    """The title a defining sentence gives ("TITLE (…) is a 2019 South Korean film"), or None."""
    sentence = _CITATION_MARK.sub(lambda m: " " * len(m.group(0)), sentence)
    m = _DEFINING.match(sentence)
    if m and not _NOT_DEFINING.search(sentence[m.end("title"):m.end()]):
        raw = m.group("title").rstrip()
        quoted = _quotes(raw, 0, korean=False)
        if quoted:  # '"Parasite" is a …', 'Released in October, "Parasite" is a …'; not 'Counting "Avatar," it is'
            if raw[quoted[0].end:].strip(" \"'”’,.") or not (raw[:quoted[0].start].strip(" \"“‘'") == ""
                                                            or raw[:quoted[0].start].rstrip(" \"“‘'").endswith(",")):
                return None
            return _Found(base + quoted[0].start, base + quoted[0].end, quoted[0].title, "lead")
        title = raw.strip("\"“”'‘’ ")
        # "Let the Right One In, a tale of two lonely children, is a vampire film": the apposition is not the title's
        title = re.sub(r",[ \t]+(?:a|an|the)[ \t]+[a-z].*$", "", title).rstrip(" ,")
        if quoted_title(title) and not not_a_film(title):
            at = raw.find(title)
            return _Found(base + at, base + at + len(title), title, "lead")
    # the same sentence in Japanese, Chinese and Korean encyclopedias (`subject.CJK_LEADS`)
    m = next((m for p in CJK_LEADS if (m := p.match(sentence))), None)
    if m and re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]", m.group("title")):
        title = m.group("title").strip()
        at = m.start("title") + m.group("title").find(title)
        return _Found(base + at, base + at + len(title), title, "lead")
    return None


def _page_title(head: str) -> str:
    """A wiki page's title as its film's: "Parasite (2019 film)" → "Parasite"; "" when it is no title."""
    title = re.sub(r"\s*[(（][^()（）]*(?:film|movie|映画|영화|电影|電影)[^()（）]*[)）]\s*$", "", head).strip()
    if not title or not_a_film(title) or not (quoted_title(title) or re.search(r"[^\x00-\u024f]", title)):
        return ""
    return title


def _word_run(haystack: str, needle: str) -> int:
    """Where `needle` stands in `haystack` as whole words (case-insensitive), or -1."""
    m = re.search(rf"(?<![\w'’]){re.escape(needle)}(?![\w])", haystack, re.I)
    return m.start() if m else -1


def _resolve(found: _Found, known: list[str], text: str) -> _Found | None:
    """A phrase found by its position, against the titles the page gives as titles: the known title
    inside it ("Bong Joon-ho's Parasite" → Parasite), else the phrase if it may be a film."""
    title = found.title
    if found.how in _STRONG:
        return found
    for k in sorted(known, key=len, reverse=True):
        at = _word_run(title, k) if _enough(k) else -1
        if at < 0 or _key(k) == _key(title):
            continue
        if at == 0 and re.match(r"^\s*(?:[:\-–—]|\d|[IVX]+\b|Part\b|Chapter\b|Vol\b)", title[len(k):]):
            break  # a longer title of the series ("Dune" … "Dune: Part Two")
        return _Found(found.start + at, found.start + at + len(k), k, found.how)
    if (before := _before_person(title, text)) != title:
        at = title.rfind(before)
        title, found = before, _Found(found.start + at, found.start + at + len(before), before, found.how)
    owner, rest = possessor(title)
    if owner and (owner_outside(owner, rest, text) or _named_alone(text, owner, rest)):
        at = title.rfind(rest)
        title, found = rest, _Found(found.start + at, found.start + at + len(rest), rest, found.how)
    if _key(title) in {_key(k) for k in known}:
        return found
    if not_a_film(title) or _a_person(text, title):
        return None
    return found


def _named_alone(text: str, owner: str, rest: str) -> bool:
    """Whether the page names REST without OWNER's before it ("Titanic" beside "James Cameron's Titanic")."""
    for m in re.finditer(rf"(?<![\w'’]){re.escape(rest)}(?![\w])", text):
        if not re.search(rf"{re.escape(owner)}['’]s?\s*$", text[max(0, m.start() - len(owner) - 3):m.start()]):
            return True
    return False


def _headline_runs(head: str, offset: int, text: str, kept: list[_Found],
                   in_table: list[tuple[int, int]]) -> list[_Found]:
    """Titles a headline names without marking them, that the body names again: the title-case runs
    of a sentence-case headline ("Why I keep rewatching Spirited Away"), the run a title-case
    headline opens with ("The Handmaiden Box Office Thread", "Exhuma: the year's biggest hit").
    Each is found again in the body (the headline's own line left out) and is no person, place,
    label or institution."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", head) if not re.fullmatch(SMALL, w, re.I)]
    lower = sum(w[0].islower() for w in words[1:])
    # "South Korea | 2022 | 168 min. | Park Chan-wook" is a line of facts, not a sentence
    sentence_case = lower >= 2 and lower * 3 >= len(words) - 1 and "|" not in head
    runs = []
    for i, m in enumerate(_PHRASE_RE.finditer(head)):
        if not sentence_case and (i or m.start() > 3):
            break
        start, title = _phrase(m.group(0), m.start())
        whole, title = title, _before_person(title, text)
        start += whole.rfind(title)
        if title and not not_a_film(title) and len(title.split()) <= 8 and not _a_person(text, title):
            runs.append((start, title))
    skip = len(head) if text.startswith(head) else 0  # the text opens with the headline
    taken = _taken(kept, in_table)
    out: list[_Found] = []
    # a headline repeating a run is read for it once: what `_headline_run` found, or None
    read: dict[str, tuple[int, int, str, str] | None] = {}
    for start, run in runs:
        if run not in read:
            read[run] = _headline_run(run, text, kept, taken, skip, out)
        if (hit := read[run]) is not None:
            at, length, title, how = hit
            out.append(_Found(offset + start + at, offset + start + at + length, title, how))
    return out


def _headline_run(run: str, text: str, kept: list[_Found], taken: set[int], skip: int,
                  out: list[_Found]) -> tuple[int, int, str, str] | None:
    """What one run of a headline names (where in the run, its length, the title, how), its places in the body
    added to `out`: the run, else its longest start the body names ("Silver Night Just Made History"
    → "Silver Night")."""
    inside = [k for k in kept if k.how in _STRONG and _enough(k.title)
              and _bare_key(k.title) != _bare_key(run) and _word_run(run, k.title) >= 0]
    if inside:  # "Josh Brolin in Oldboy" over a page that quotes 'Oldboy'
        k = max(inside, key=lambda k: len(k.title))
        return _word_run(run, k.title), len(k.title), k.title, "headline"
    words = run.split()
    for n in range(len(words), 0, -1):
        title = " ".join(words[:n]).rstrip(":,")
        if n < len(words) and (not_a_film(title) or (n == 1 and len(title) < 5) or title in LEADING
                               or re.search(r"['’]s?$", title)):
            continue
        same = [k for k in kept if _bare_key(k.title) == _bare_key(title) and k.start >= 0]
        if same:
            return 0, len(title), same[0].title, "headrun"
        found = [m for m in re.finditer(rf"(?<![\w'’]){re.escape(title)}(?![\w])", text[skip:])
                 if m.start() + skip not in taken
                 and not (n == 1 and _inside_name(text, m.start() + skip))]
        if n < len(words) and not any(not re.match(r"[ \t]+[A-Z]", text[m.end() + skip:]) for m in found):
            continue  # a start of the run the body never names alone ("Makoto" of "Makoto Shinkai")
        if found:
            out += [_Found(m.start() + skip, m.end() + skip, title, "topic") for m in found]
            return 0, len(title), title, "headrun"
    return None


def _inside_name(text: str, start: int) -> bool:
    """Whether the word at `start` ends a longer capitalised name ("Shinkai" of "Makoto Shinkai")."""
    before = re.search(r"(?<![\w'’.])([A-Z][\w-]*)[ \t]+$", text[max(0, start - 30):start])
    return before is not None and before.group(1) not in LEADING and before.group(1) not in {"The", "A", "An"}


_ADDRESS_NOISE = frozenset({"www", "com", "net", "org", "co", "kr", "jp", "cn", "html", "htm", "php", "jsp", "asp",
                            "aspx", "amp", "news", "article", "articles", "story", "stories", "view", "entry", "post",
                            "posts", "blog", "wiki", "movie", "movies", "film", "films", "review", "reviews", "id",
                            "idx", "seq", "mode", "lang", "index", "read", "section", "category", "tag", "en", "ko",
                            "reports", "report", "notice", "board", "list", "detail", "do", "cgi", "bin",
                            "eng", "kor", "from", "q", "sq", "p", "m", "s", "hl", "utm", "source", "medium"})


def _taken(kept: list[_Found], in_table: list[tuple[int, int]]) -> set[int]:
    """Every offset the kept mentions and the tables cover: a lookup for each new place, not a pass over
    them (the square of a page of many mentions)."""
    taken: set[int] = set()
    for a, b in [(k.start, k.end) for k in kept if k.start >= 0] + in_table:
        taken.update(range(a, b))
    return taken


ADDRESS_WORDS = 40


def _address_runs(url: str, offset: int, text: str, kept: list[_Found],
                  in_table: list[tuple[int, int]], head: str = "") -> list[_Found]:
    """Titles a page's address names ("…/weekend-box-office-avengers-endgame-record/", "/wiki/장화,_홍련",
    "/entry/살인의-추억2003-후기"): runs of the address's words the body writes as a title ("Avengers:
    Endgame", "살인의 추억"), longest first from the left. The first is marked at `offset` (before the
    page, as the headline is) for `primary_film`; each body occurrence is a mention. An unmarked run of
    capitalised words counts when the headline is that run alone ("…/let-the-right-one-in" over "Let the
    Right One In"); a single word when the page already names it as a film, or writes it capitalised on
    its own inside sentences again and again ("…/dangal-box-office-…": "and Dangal released in China")."""
    from urllib.parse import unquote, urlsplit

    try:
        parts = urlsplit(url)
    except ValueError:  # an address no URL parser takes ("http://[oops/"): it names nothing
        return []
    raw = unquote(parts.path + " " + " ".join(v for k, v in (p.partition("=")[::2] for p in parts.query.split("&"))
                                             if k.lower() in {"q", "title", "s", "query", "keyword"}))
    tokens = [t for t in re.findall(r"[A-Za-z]+|\d+|[\uac00-\ud7a3]+|[\u3040-\u30ff\u4e00-\u9fff]+", raw)
              if t.lower() not in _ADDRESS_NOISE and not re.fullmatch(r"\d{5,}|[a-z]\d+|\d+[a-z]", t.lower())]
    # each word's runs are looked for in the whole text: an address's first words are where it names its
    # film, and a hostile one of thousands of words ("/2/2/2/…") took the square of the page
    tokens = tokens[:ADDRESS_WORDS]
    known = {_bare_key(k.title): k.title for k in kept}
    taken = _taken(kept, in_table)
    bare_head = strip_leading(head.strip())
    out: list[_Found] = []
    i, first = 0, True
    while i < len(tokens):
        for n in range(min(8, len(tokens) - i), 0, -1):
            run = tokens[i:i + n]
            # a one-word title the page's sentences name on its own, twice or more ("Parasite", "Harbin")
            alone = n == 1 and _bare_key(run[0]) not in known and _alone_in_sentences(text, run[0]) >= 2
            if n == 1 and _bare_key(run[0]) not in known and not alone:
                continue
            cjk = bool(re.search(r"[\uac00-\ud7a3\u4e00-\u9fff]", run[0]))
            joiner = r"[ \t]*[:,·'’.-]?[ \t]*" if cjk else r"[:,'’.&]?[ \t]+|[ \t]*:[ \t]*|-"
            # a Hangul run ends before its particle ("살인의 추억은")
            end = rf"(?={_PARTICLE}|[^\uac00-\ud7a3])" if re.search(r"[\uac00-\ud7a3]", run[-1]) else r"(?![\w])"
            pattern = r"(?<![\w'’.])" + f"(?:{joiner})".join(re.escape(t) for t in run) + end
            found = [m for m in re.finditer(pattern, text, re.I) if m.start() not in taken
                     and not _sequel_after(text, m.start(), m.end())]
            found = [m for m in found if _written_as_title(m.group(0)) and not re.match(SMALL + r"\b", m.group(0))]
            whole = re.fullmatch(pattern, bare_head, re.I) if bare_head and _written_as_title(bare_head) else None
            first_found = found[0] if found else whole
            if first_found is None:
                joined = _bare_key(" ".join(run))
                if first and joined in known and len(joined) >= 4:
                    # a title the page marks everywhere it names it ('"The Upside."'): the address names it first
                    out.append(_Found(offset - len(known[joined]), offset, known[joined], "address"))
                    first = False
                    i += n - 1
                    break
                continue
            title = known.get(_bare_key(first_found.group(0))) or first_found.group(0)
            if not_a_film(title) or _a_person(text, title) or is_person(title) or title in LEADING:
                continue
            numbered = n > 1 and re.fullmatch(r"\d{1,2}|[ivx]{1,4}", run[-1], re.I) is not None \
                and _sequel_named(text, title)  # "…/ne-zha-2-review" over a page naming "Ne Zha 2" again and again
            if title not in known.values() and not (cjk and n > 1) and not re.search(r"\w[:,] ", title) \
                    and not whole and not alone and not numbered and not japanese_romanization(title):
                continue  # an unmarked run of capitalised words may be a person's name ("Aamir Khan")
            if first:
                out.append(_Found(offset - len(title), offset, title, "loose" if alone else "address"))
                first = False
            # a lone capitalised word counts for little beside the films the page marks ("non-Miyazaki" in
            # an address over a page comparing its director to Miyazaki)
            out += [_Found(m.start(), m.end(), title, "loose" if alone else "topic") for m in found]
            taken.update(i for m in found for i in range(m.start(), m.end()))
            i += n - 1
            break
        i += 1
    return out


def _alone_in_sentences(text: str, word: str) -> int:
    """How often the page writes `word` capitalised inside a sentence on its own, not at a sentence's
    start nor as a word of a longer capitalised name ("and Dangal released", not "Aamir Khan")."""
    if len(word) < 4 or not word.isalpha():
        return 0
    shown = word[:1].upper() + word[1:].lower()
    count = 0
    for m in re.finditer(rf"(?<![\w'’.-]){re.escape(shown)}(?![\w'’-])", text):
        before = text[max(0, m.start() - 30):m.start()]
        if _inside_name(text, m.start()) and not re.search(r"[A-Z]{2,}[ \t]+$", before):
            return 0  # "Kevin Hart", "Golden Lion": a word of a longer name
        if not re.search(r"[a-z,;][ \t]+$", before) or re.match(r"[ \t]+[A-Z]", text[m.end():]):
            continue
        count += 1
    return count


def _title_lines(text: str, offset: int, kept: list[_Found], in_table: list[tuple[int, int]]) -> list[_Found]:
    """A title standing alone on one of the page's first lines, that the body names again below: the
    page's own title where its headline was not found ("Decision to Leave" over a festival's listing)."""
    pos, lines = 0, []
    for line in text.split("\n")[:12]:
        if line.strip():
            lines.append((pos, line))
        pos += len(line) + 1
    taken = _taken(kept, in_table)
    for start, line in lines[:8]:
        # "Let the Right One In 2008", "Oldboy (2003)": a festival's or a guide's title line with its year
        title = re.sub(r"(?<![ \t])[ \t]++(?:\(\s*)?(?:19|20)\d\d(?:\s*\))?$", "", line.strip())
        m = _PHRASE_RE.fullmatch(title)
        if m is None or not_a_film(title) or len(title.split()) > 8 or _a_person(text, title) \
                or is_person(title) or title in LEADING:
            continue
        found = [f for f in re.finditer(rf"(?<![\w'’]){re.escape(title)}(?![\w])", text)
                 if f.start() > start + len(line) and f.start() not in taken]
        if found:
            at = start + line.find(title)
            return [_Found(at, at + len(title), title, "topic"), _Found(offset - len(title), offset, title, "headrun"),
                    *(_Found(f.start(), f.end(), title, "topic") for f in found)]
    return []


def _written_as_title(text: str) -> bool:
    """Capitalised as a title ("Avengers: Endgame", "Toy Story 4"), romanized Japanese with its particles
    ("Kimi no Na wa"), or written in Hangul, kana or Han."""
    if re.search(r"[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]", text) or (text[:1].isupper()
                                                                       and japanese_romanization(text)):
        return True
    words = [w for w in re.findall(r"[^\W_][\w'’-]*", text) if not re.fullmatch(SMALL, w, re.I)]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


def _before_person(title: str, text: str) -> str:
    """ "Joker: Joaquin Phoenix" → "Joker" when what follows the colon is someone the page names as a
    person, "Elmer Bernstein: The Magnificent Seven" → "The Magnificent Seven" when what comes before it
    is; the title whole otherwise ("Godzilla: King of the Monsters")."""
    head, sep, tail = title.partition(": ")
    if sep and head and (is_person(tail) or _a_person(text, tail)):
        return head
    if sep and tail and (is_person(head) or _a_person(text, head)) and not not_a_film(tail):
        return tail  # "Elmer Bernstein: The Magnificent Seven": a person's page on one of their films
    return title


def _competitor(text: str, start: int, end: int) -> bool:
    """A title a clause's figures are not about: a competitor ("ahead of X", "X를 제치고") or a credit
    describing a person ("X director Y")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60):start]
    source = [m for m in _SOURCE_BEFORE.finditer(before) if _SOURCE_TAIL.match(before[m.end():])]
    return bool(_COMPETITOR.search(before) or _COMPETITOR_AFTER.match(text[end:end + 30]) or source
                or _COMPETITOR_CJK_BEFORE.search(before)
                or _CREDIT_AFTER.match(text[end:end + 30]) or _CREDIT_BEFORE.search(before))


def _resolve_aliases(titles: list[str], marked: set[str] | None = None) -> dict[str, str]:
    """Each title → the full title it stands for on this page: a shorter title whose words begin
    exactly one longer title is that title ("Dune" → "Dune: Part Two", "ROUNDUP: NO WAY OUT" → "The
    Roundup: No Way Out"), and one whose words are inside a title the page marks as one (quotes, a
    defining sentence: "Gods" → 'Along with the Gods'); "Titanic's" is "Titanic"."""
    marked = set(titles) if marked is None else marked
    count = Counter(titles)
    keys = {_key(t): t for t in sorted(set(titles), key=lambda t: (t.isupper(), -len(t), t))}
    bare: dict[str, str] = {}
    for t in sorted(set(titles), key=lambda t: (t.isupper(), -len(t), t)):
        bare.setdefault(_bare_key(t), t)
    named = set(titles)
    out: dict[str, str] = {}
    for title in named:
        # 「千と千尋−」, "Crouching Tiger…": a title cut short with a dash or an ellipsis is the one it begins
        cut = re.sub(r"\s*(?:[-−–—~〜]|…|\.{3})$", "", title)
        if cut != title and _enough(cut):
            begun = {v for v in named if v != title and _key(v).startswith(_key(cut)) and len(_key(v)) > len(_key(cut))}
            if len(begun) == 1:
                out[title] = begun.pop()
    for title in named:
        # "Titanic's", "James Cameron's Titanic": the page's "Titanic"
        owner, rest = possessor(title)
        for shorter in (without_possessive_end(title), rest if owner else ""):
            if shorter and shorter != title and shorter in named:
                out[title] = shorter
    owned = set(out)
    for title in sorted(named - owned):
        k = _key(title)
        b = _bare_key(title)
        longer = {v for kk, v in keys.items() if kk != k and len(kk) > len(k) and kk.startswith(k) and v not in owned}
        longer |= {v for kk, v in bare.items()
                   if len(kk) > len(b) and kk.startswith(b) and _key(v) != k and v not in owned}
        # "Dune" → "Dune: Part Two", "Toy Story" → "Toy Story 4"; "The Dark Knight Rises" is another film
        longer = {v for v in longer if _subtitled(title, v)}
        if not longer:
            words = title.casefold().split()
            longer = {v for v in keys.values() if len(v.split()) > len(words) and v in marked
                      and count[v] >= count[title]  # not "Titanic" inside the ship's "White Star Liner Titanic"
                      and _has_run(v.casefold().replace(":", "").split(), [w.rstrip(":") for w in words])}
        if len({_bare_key(v) for v in longer}) == 1:
            out[title] = sorted(longer, key=lambda t: (t.isupper(), -len(t)))[0]
        else:
            # a spelling differing only in case, spacing or a leading article takes the page's first
            # mixed-case spelling
            out[title] = keys.get(k, title) if keys.get(k, title) != title else bare.get(b, title)
    return out


def _subtitled(short: str, full: str) -> bool:
    """Whether `full` is `short` with a subtitle, a part or a number after it (or only spelt otherwise)."""
    def plain(t: str) -> str:
        return re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"[^\w:\-–—() ]+", "", t.casefold())).strip()

    a, b = plain(short), plain(full)
    if not b.startswith(a) or _bare_key(a) == _bare_key(b):
        return True
    return bool(re.match(r"\s*[:\-–—(]|\s+(?:\d|[ivx]+\b|part\b|chapter\b|vol\b)", b[len(a):]))


def _has_run(words: list[str], run: list[str]) -> bool:
    return any(words[i:i + len(run)] == run for i in range(len(words) - len(run) + 1))


_CACHE: OrderedDict[tuple[str, str, str], tuple[Mention, ...]] = OrderedDict()
per_document(_CACHE.clear)


def mentions(doc: Document) -> tuple[Mention, ...]:
    """Every film the page names, in text order (headline-only mentions first, at negative offsets)."""
    key = (doc.id, doc.title, doc.kind)
    if key in _CACHE:
        return _CACHE[key]
    result = tuple(sorted(_mentions(doc), key=lambda n: (n.start, n.end)))
    _CACHE[key] = result
    if len(_CACHE) > 32:
        _CACHE.popitem(last=False)
    return result


_STARTS: OrderedDict[int, tuple[tuple[Mention, ...], list[int]]] = OrderedDict()
per_document(_STARTS.clear)


def _starts(found: tuple[Mention, ...]) -> list[int]:
    """Where each of `mentions(doc)` starts, computed once per page (by the tuple's identity)."""
    if (kept := _STARTS.get(id(found))) is not None and kept[0] is found:
        return kept[1]
    starts = [m.start for m in found]
    _STARTS[id(found)] = (found, starts)
    if len(_STARTS) > 32:
        _STARTS.popitem(last=False)
    return starts


def mentions_in(doc: Document, start: int, end: int) -> tuple[Mention, ...]:
    """The films the page names starting in [start, end), in text order: what `mentions` gives there,
    found by bisection rather than by reading every mention of the page."""
    found = mentions(doc)
    starts = _starts(found)
    return found[bisect_left(starts, start):bisect_left(starts, end)]


def _mentions(doc: Document) -> list[Mention]:
    text = doc.text
    korean = len(re.findall(r"[\uac00-\ud7a3]", text[:5000])) > 200
    table_spans = []
    body: list[_Found] = []
    lead = _defining(doc)
    if lead:
        body.append(lead)
    for row in chart_rows(doc):
        table_spans.append((row.table.start, row.table.end))
        body.append(_Found(row.title_cell.start, row.title_cell.end, row.title, "table"))
    head = doc.title.strip()
    # a chart's cells are its rows' films; the body's copy of the headline is the headline again
    in_table = [(a, b) for a, b in table_spans] + (list(whole_lines(text, head)) if head else [])
    loose = [*_quotes(text, 0, korean), *_caps(text, 0), *_cues(text, 0, headline=False)]
    body += [f for f in loose if not any(a <= f.start < b for a, b in in_table)]
    offset = -len(head) - 1
    headline = [*_quotes(head, offset, korean), *_caps(head, offset, text)] if head else []
    if head and doc.kind in SUBJECT_KINDS and (whole := _page_title(head)):
        headline.insert(0, _Found(offset, offset + len(whole), whole, "quote"))  # a wiki page's title
    if head and not headline:
        headline = _cues(head, offset, headline=True)
    known = [f.title for f in (*body, *headline) if f.how in _STRONG]
    kept: list[_Found] = []
    covered: set[int] = set()  # where the kept mentions are: a lookup, not a pass over them for each
    for f in sorted(body, key=lambda f: (f.how not in _STRONG, f.start)):
        if f.how not in ("lead", "table") and other_work(text, f.start, f.end):
            continue
        r = _resolve(f, known, text)
        if r is None or r.start in covered:
            continue
        kept.append(r)
        covered.update(range(r.start, r.end))
    titles = known + [k.title for k in kept]  # grown as the headline's are kept: a list, not one per mention
    for f in headline:
        r = _resolve(f, titles, text)
        if r is not None and r.title not in NOT_TITLES:
            kept.append(_Found(r.start, r.end, r.title, "headline" if f.how in _STRONG else "headrun"))
            titles.append(r.title)
    if head and not any(f.how in _STRONG for f in headline):
        kept += _headline_runs(head, offset, text, kept, in_table)
    if not any(k.start < 0 or k.how == "lead" for k in kept):
        kept += _title_lines(text, offset - 1, kept, in_table)
    if doc.url:
        kept += _address_runs(doc.url, offset - 1, text, kept, in_table, head)
    kept += _again(text, kept, in_table)
    aliases = _resolve_aliases([k.title for k in kept], {k.title for k in kept if k.how in _STRONG})
    named = []
    earlier: set[str] = set()
    for k in sorted(kept, key=lambda k: (k.start, k.end)):
        where, at = (head, k.start - offset) if k.start < 0 else (text, k.start)
        comp = k.how != "lead" and _competitor(where, at, at + (k.end - k.start))
        title = aliases[k.title]
        if title != k.title and ((k.title in earlier and k.start >= 0)
                                 or _an_earlier_film(where, at, at + (k.end - k.start), k.title, title)):
            title = k.title  # "the first version of Ne Zha" is not "Ne Zha 2"
            if k.start >= 0:
                earlier.add(k.title)  # nor is any "Ne Zha" the page writes after it
        named.append(Mention(k.start, k.end, title, k.how, comp))
    named = _lists_of_competitors(text, named)
    out = list(named)
    main = _primary(named)
    # "the film", "it": the film named last before it in its paragraph (not a competitor); in a
    # paragraph that has named none yet, the film the page is about ("Directed by X, the film stars …")
    for m in _ANAPHOR.finditer(text):
        if any(n.start <= m.start() < n.end for n in named):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = [n for n in named if line_start <= n.start and n.end <= m.start() and not n.competitor]
        title = before[-1].title if before else main
        if title:
            out.append(Mention(m.start(), m.end(), title, "anaphor"))
    return out


_PARTICLE = r"(?:은|는|이|가|을|를|의|에|와|과|도|로|으로|까지|에서|보다|처럼|만|이다|이었다|\b)"


def _again(text: str, kept: list[_Found], in_table: list[tuple[int, int]]) -> list[_Found]:
    """Every other place the body names a film the page has named as one ("Steel Rain couldn't quite
    weather the competition", after "STEEL RAIN" or "'Steel Rain'"), and a fuller title it is the start
    of ("ALONG WITH THE GODS" … "Along with the Gods: The Two Worlds")."""
    taken = _taken(kept, in_table)
    out: list[_Found] = []
    seen: set[str] = set()
    for k in kept:
        spellings = {k.title}
        if k.start >= 0:
            spellings.add(text[k.start:k.end])
        for spelling in spellings:
            if spelling in seen or not _enough(spelling) or spelling in NOT_TITLES:
                continue
            seen.add(spelling)
            tail = _AGAIN_HANGUL if re.search(r"[\uac00-\ud7a3]", spelling) else _AGAIN
            for s, m in followed_by(text, spelling, tail, ignore_case=spelling.isupper()):
                e = m.end()
                if s in taken or any(p in taken for p in range(s, e)):
                    continue
                title = k.title
                if m.group("more") and not not_a_film(m.group("more")):
                    title = text[s:e]
                elif m.group("num") and _sequel_named(text, text[s:e]):
                    title = text[s:e]  # "Ne Zha 2" after "Ne Zha": the numbered film, not the first
                elif m.group("more") or m.group("num"):
                    e = s + len(spelling)
                taken.update(range(s, e))
                out.append(_Found(s, e, _display(title), "again"))
    return out


# A sequel's number after a title ("Ne Zha 2", "Frozen II"), not a figure ("Exhuma 11 days after").
_SEQUEL_NUMBER = r"(?:[2-9]|1\d|II|III|IV|VI{0,3})(?![\w'’]|[.,]\d)"
# What may follow a title named again (a subtitle, a sequel's number) and what must: compiled once, not
# with each title (`literal.followed_by`).
_AGAIN_MORE = rf"(?:(?::|[ \t][-–])[ \t]+(?P<more>{PHRASE})|(?P<num>[ \t]+{_SEQUEL_NUMBER}))?"
_AGAIN = re.compile(rf"{_AGAIN_MORE}(?![\w'’]*\w)")
_AGAIN_HANGUL = re.compile(rf"{_AGAIN_MORE}(?={_PARTICLE}|[^\uac00-\ud7a3])")


def _sequel_after(text: str, start: int, end: int) -> bool:
    """Whether the title at [start, end) is the start of a numbered title the page names ("Ne Zha" of
    "Ne Zha 2")."""
    m = re.match(rf"[ \t]+{_SEQUEL_NUMBER}", text[end:end + 6])
    return m is not None and _sequel_named(text, text[start:end + m.end()])


def _sequel_named(text: str, numbered: str) -> bool:
    """Whether the page names the numbered title as a film of its own: twice or more, never with a unit
    after the number ("Ne Zha 2 … Ne Zha 2 is", not "Exhuma 11 million")."""
    found = list(re.finditer(rf"(?<![\w'’]){re.escape(numbered)}(?![\w'’]|[.,]\d)", text))
    return len(found) >= 2 and not any(re.match(r"[ \t]*(?:%|percent|million|billion|thousand|days?|weeks?|"
                                                r"screens?|films?|movies?|years?|minutes?|[만억명일위])",
                                                text[f.end():f.end() + 12], re.I) for f in found)


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
    """The film a page is mainly about among its named films: its defining sentence's; else the one
    its headline names first, its body names most and earliest, competitors counting little."""
    found = [m for m in found if m.how != "anaphor"]
    lead = [m for m in found if m.how == "lead"]
    if lead:
        return lead[0].title
    if not found:
        return ""
    # a film the page names only as a rival or a source ("edged out Harry Potter …", "a remake of X") is
    # not what the page is about, even when it is the only one it names
    found = [m for m in found if any(n.title == m.title and not n.competitor for n in found)]
    if not found:
        return ""
    score: dict[str, float] = dict.fromkeys((m.title for m in found), 0.0)
    first: dict[str, int] = {}
    headline = [m for m in found if m.how in ("headline", "headrun") and not m.competitor]
    # titles the page marks as titles (quotes, brackets, capitals, a chart, a defining sentence); a phrase
    # the headline only capitalises counts less where the page marks others and not it ("ANI | Updated …"
    # over a page quoting 'Joker' throughout)
    marked = {m.title for m in found if (m.how in _STRONG or m.how == "headline") and not m.competitor}
    for i, m in enumerate(headline):
        strong = m.how == "headline" or not marked or m.title in marked
        score[m.title] += (12 if i == 0 else 8) if strong else 4
    for m in found:
        if m.how == "address" and not headline:  # the page's address names it first
            score[m.title] += 6
    for m in found:
        if m.start >= 0:
            score[m.title] += 0.5 if m.competitor else 1 if m.how == "loose" else 2
            first.setdefault(m.title, m.start)
        elif m.how == "loose" and not any(n.how != "loose" for n in found):
            score[m.title] += 6  # the address names it and the page marks no other film
    for title, at in first.items():
        if at < 600:
            score[title] += 2
    end = max(first.values(), default=0) + 1
    return max(score, key=lambda t: (score[t], -first.get(t, end)))


def films_named(doc: Document) -> list[str]:
    """The distinct films the page names, in order of first mention."""
    return list(dict.fromkeys(m.title for m in mentions(doc) if m.how != "anaphor"))


def primary_film(doc: Document) -> str:
    """The film the page is mainly about, as it names it; "" when it names none."""
    return _primary(list(mentions(doc)))


@lru_cache(maxsize=8)
def _line_sentences(text: str, line_start: int, line_end: int) -> tuple[list[int], list[int]]:
    """Where each sentence of a line starts and ends: split once, not once per figure of the line."""
    parts = list(split_sentences(text[line_start:line_end], line_start))
    return [p.start for p in parts], [p.end for p in parts]


per_document(_line_sentences.cache_clear)  # keyed by the page's text


@lru_cache(maxsize=64)
def _clause_breaks(text: str, start: int, end: int) -> tuple[int, ...]:
    """Where clauses break in one sentence of `text`: once a sentence, not once a figure in it."""
    return tuple(m.start() for m in _CLAUSE_BREAK.finditer(text, start, end))


per_document(_clause_breaks.cache_clear)


def _spans(text: str, offset: int, films: list[int]) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    """The clause, sentence and paragraph (line) holding `offset`; `films` are where films are
    named, in order, since "… and Dune came second" starts a clause at "and"."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    sentence = (line_start, line_end)
    starts, ends = _line_sentences(text, line_start, line_end)
    i = bisect_right(starts, offset) - 1
    for j in (i - 1, i):  # the first holding `offset`: the one before touches the next when no space parts them
        if j >= 0 and starts[j] <= offset < ends[j] + 1:
            sentence = (starts[j], ends[j])
            break
    breaks = _sentence_breaks(text, sentence, films)
    i, j = bisect_left(breaks, offset), bisect_right(breaks, offset)
    clause = (breaks[i - 1] if i else sentence[0], breaks[j] if j < len(breaks) else sentence[1])
    return clause, sentence, (line_start, line_end)


_BREAKS: OrderedDict[tuple[int, int, int, int], tuple[str, list[int], tuple[int, ...]]] = OrderedDict()
per_document(_BREAKS.clear)


def _sentence_breaks(text: str, sentence: tuple[int, int], films: list[int]) -> tuple[int, ...]:
    """Where a sentence's clauses break, in order, with an "and" before each film it names: once a
    sentence (by the identity of the page's text and films), not once for each figure in it."""
    key = (id(text), id(films), *sentence)
    if (kept := _BREAKS.get(key)) is not None and kept[0] is text and kept[1] is films:
        return kept[2]
    breaks = list(_clause_breaks(text, *sentence))
    for at in films[bisect_right(films, sentence[0]):bisect_left(films, sentence[1])]:
        if sentence[0] < at < sentence[1] and (m := _AND_BEFORE.search(text, max(sentence[0], at - 8), at)):
            breaks.append(m.start())
    found = tuple(sorted(breaks))
    _BREAKS[key] = (text, films, found)
    if len(_BREAKS) > 64:
        _BREAKS.popitem(last=False)
    return found


# Another film of the franchise, named by its place in it: a figure or a date of its clause is not the
# page's film's ("The first film, released in 2019, grossed $3.7 million", "its predecessor drew …").
_OTHER_FILM = re.compile(
    r"\b(?:the|its|their|this film's|the film's)[ \t]+(?:(?:19|20)\d\d[ \t]+)?(?:very[ \t]+)?"
    r"(?:(?:first|original|previous|earlier|flagship|last|1st)[ \t]+(?:film|movie|installment|instalment|part|"
    r"chapter|version|entry|one)\b(?![ \t]+(?:to|ever|in|of|since|from)\b)"
    r"|(?:predecessor|prequel|sequel|remake|spin-?off|follow-up)\b"
    r"|original\b(?=[ \t]*(?:,|—|–|\(|was|is|had|has|grossed|earned|drew|sold|made|released|opened)))", re.I)
# What names the earlier film of a series by its plain title: "the first version of Ne Zha", "the original
# 'Frozen'".
# 'Frozen'", "the sequel to the animated comedy Ne Zha", "Jiaozi's 2019 surprise hit Ne Zha".
_EARLIER_FILM = re.compile(r"(?:\b(?:first|original|previous|earlier|1st|predecessor)(?:[ \t]+(?:film|movie|version|"
                           r"installment|instalment|part|one|entry))?[ \t,]*(?:of[ \t]+)?(?:the[ \t]+)?"
                           r"|\b(?:sequel|follow-up|successor)[ \t]+to[ \t]+"
                           r"(?:the[ \t]+|its[ \t]+|[\w'’-]+['’]s[ \t]+)?"
                           r"(?:[\w-]+[ \t]+){0,4}"
                           # "Its sequel, 'The Roundup,'", "the franchise's sophomore effort The Roundup"
                           r"|\b(?:sequel|sophomore|second|third)(?:[ \t]+(?:effort|outing|film|movie|installment|"
                           r"instalment|entry|chapter))?[ \t,]*"
                           r"|\blast[ \t]+year['’]?s?[ \t]+(?:[\w-]+[ \t]+){0,4})[\"“'‘]?$", re.I)
# A year before a title names the earlier film of a numbered series: "Jiaozi's 2019 surprise hit Ne Zha".
_EARLIER_YEAR = re.compile(r"\b(?:19|20)\d\d(?:['’]s)?[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}[\"“'‘]?$")
# A short title with its own year in brackets is that year's film: "and The Roundup (2022)".
_YEAR_AFTER = re.compile(r"[\"”’']?,?[ \t]*\((?P<y>(?:19|20)\d\d)\)")


def _an_earlier_film(text: str, start: int, end: int, short: str, full: str) -> bool:
    """Whether a short title the page otherwise uses for `full` names another film of the series here:
    its place in the series before it ("the first version of X", "its sequel, X"), a year before it when
    the full title is numbered ("2019 hit Ne Zha"), or its own year after it ("The Roundup (2022)") that
    the page never gives the full title."""
    before = text[max(0, start - 60):start]
    if _EARLIER_FILM.search(before) or (_numbered(short, full) and _EARLIER_YEAR.search(before)):
        return True
    year = _YEAR_AFTER.match(text, end)
    return year is not None and not re.search(rf"{re.escape(full)}[\"”’']?,?[ \t]*\({year.group('y')}\)", text)


def _numbered(short: str, full: str) -> bool:
    """ "Ne Zha" and "Ne Zha 2", "Frozen" and "Frozen II": the longer is the numbered next film."""
    return bool(re.fullmatch(r"\d{1,2}|[ivx]{1,4}", _bare_key(full)[len(_bare_key(short)):]))


# A line that is only a figure (a flattened table's cell): nothing on it says whose figure it is.
_BARE_LINE = re.compile(r"^[\s|•·*#-]*+(?:(?:[A-Z]{0,3}[$₩€£¥]|US\$)\s*+)?[\d,.]++\s*+"
                        r"(?:(?:%|[KMB]|million|billion|명|만|억)[\s|]*+)?[\s|]*+$", re.I)


# `_BARE_LINE` read in place from a line's start (its `^`), not on a copy of the line per figure
_BARE_LINE_AT = re.compile(_BARE_LINE.pattern.removeprefix("^"), _BARE_LINE.flags)
_CLOSED = re.compile(r"[^()\n]{0,30}\)")


def _bracketed_after(text: str, offset: int, found: tuple[Mention, ...]) -> str:
    """A figure alone in brackets right after a title is that film's, a competitor or not: "behind
    Aquaman ($1.15 billion)", "Turbo (834 screens)", "Bajrangi Bhaijaan (Rs 969.06 crore)"."""
    opened = text.rfind("(", max(0, offset - 40), offset + 1)
    closed = _CLOSED.match(text, offset)
    if opened < 0 or ")" in text[opened:offset] or closed is None:
        return ""
    if len(re.findall(r"\d[\d,.]*", text[opened:closed.end()])) > 1:
        return ""  # "(0.96% of sales against 0.85%)": a comparison, not the title's own figure
    # the mentions ending at most 3 characters before the bracket, by the page's index of their ends: not a
    # pass over every mention of the page for each figure (a 61 KB report of 2,482 figures: 21 s)
    named = [m for m in _ending(found, opened - 3, opened) if m.start >= 0 and m.how != "anaphor"
             and re.fullmatch(r"[\s\"'”’」》>]{0,3}", text[m.end:opened])]
    return named[-1].title if named else ""


_OWN: OrderedDict[int, tuple[tuple[Mention, ...], list[Mention], list[int], set[str], dict[int, list[int]]]] = \
    OrderedDict()
per_document(_OWN.clear)


def _own_index(found: tuple[Mention, ...]) -> tuple[list[Mention], list[int], set[str]]:
    """A page's own films named in the body (no competitor) and where they start, and the distinct
    titles it names: computed once per page (by the tuple's identity), not once per figure."""
    if (kept := _OWN.get(id(found))) is not None and kept[0] is found:
        return kept[1], kept[2], kept[3]
    own = [m for m in found if m.start >= 0 and not m.competitor]
    index = (own, [m.start for m in own], {m.title for m in found if m.how != "anaphor"})
    ends: dict[int, list[int]] = {}  # where each mention ends → its places in `found` (see `_ending`)
    for i, m in enumerate(found):
        ends.setdefault(m.end, []).append(i)
    _OWN[id(found)] = (found, *index, ends)
    if len(_OWN) > 32:
        _OWN.popitem(last=False)
    return index


def _ending(found: tuple[Mention, ...], lo: int, hi: int) -> list[Mention]:
    """The mentions of `found` that end from `lo` to `hi`, in their order: by the page's index of their
    ends (`_own_index`), not a pass over the page's mentions for each figure."""
    _own_index(found)
    ends = _OWN[id(found)][4]
    return [found[i] for i in sorted(i for end in range(lo, hi + 1) for i in ends.get(end, ()))]


def _own(found: tuple[Mention, ...]) -> tuple[list[Mention], list[int]]:
    own, starts, _ = _own_index(found)
    return own, starts


def _distinct(found: tuple[Mention, ...]) -> set[str]:
    return _own_index(found)[2]


OTHER_FILM_WINDOW = 300


def film_for(doc: Document, offset: int, default: str) -> str:
    """The film the figure at `offset` belongs to; `default` when the text does not say.

    The nearest film named before it in its clause, else the first after it in the clause, else
    the sentence's, else the paragraph's (the last film named before it in the line), else
    `default`. Competitors ("ahead of X") are skipped; a chart cell belongs to its row's film. On a
    page naming several films, a figure alone on its line (a flattened table's cell) is nobody's: "".
    """
    if doc.kind in SUBJECT_KINDS:
        return default
    for row in chart_rows(doc):
        if row.start <= offset < row.end:
            return row.title
    found = mentions(doc)
    distinct = _distinct(found)
    if not distinct:
        return default
    if bracketed := _bracketed_after(doc.text, offset, found):
        return bracketed
    line_start = doc.text.rfind("\n", 0, offset) + 1
    line_end = doc.text.find("\n", offset)
    if len(distinct | {default} - {""}) > 1 and _BARE_LINE_AT.match(
            doc.text, line_start, line_end if line_end >= 0 else len(doc.text)):
        return ""
    own, own_starts = _own(found)
    clause, sentence, paragraph = _spans(doc.text, offset, own_starts)
    # the other film's words are just before the figure: a sentence of many figures is not searched
    # from its start for each (quadratic in the sentence)
    other = _OTHER_FILM.search(doc.text, max(sentence[0], offset - OTHER_FILM_WINDOW), offset)
    if other and bisect_left(own_starts, other.end()) >= bisect_left(own_starts, offset):  # no film between
        return ""  # "The flagship film, first released in 2019, earned $747 million": another film's
    if len(distinct) == 1 and (not default or default in distinct) and any(
            m.how != "anaphor" and not m.competitor for m in found):
        return next(iter(distinct))  # (a film named only as a rival or a source is not the page's)
    if _RELATIVE.match(doc.text, clause[0]):
        # ", which stood at 6.2 million" describes the film just before it, a competitor or not
        named = _ending(found, clause[0] - 2, clause[0])
        if named:
            return named[-1].title
    for (a, b), after_too in ((clause, True), (sentence, True), (paragraph, False)):
        lo, hi = bisect_left(own_starts, a), bisect_left(own_starts, b)
        before = bisect_right(own_starts, offset, lo, hi)  # the mentions inside starting at or before it
        if before > lo:
            return own[before - 1].title
        if after_too and hi > lo:
            return own[lo].title
    return default


__all__ = ["Mention", "film_for", "films_named", "mentions", "mentions_in", "primary_film"]
