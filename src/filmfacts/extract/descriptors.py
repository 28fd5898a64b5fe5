"""What a page says of a film beside its name: its year, country and genre, in any kind of page.

Writers describe a film where they name it, as an encyclopedia's defining sentence does:

    his 1991 Robert De Niro thriller Cape Fear        → 1991 (the words between name no film)
    2002's award-winning Hong Kong blockbuster Infernal Affairs → 2002, Hong Kong
    China's The Mermaid                               → China
    the Japanese drama "Drive My Car"                 → Japan, drama
    Let the Right One In (2008) / 「もののけ姫」(97年)  → 2008 / 1997
    《臥虎藏龍》(Crouching Tiger, Hidden Dragon)        → another title
    Your Name (Kimi no Na wa)                         → the Japanese title, romanized
    Lake House, The (2006, USA)                       → 2006, USA
    RRR is a period drama                             → period drama

Each description goes to the film the page names there (`mentions`), whichever film that is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, Document, Text, Time, claim
from ..writing_systems import script_of
from . import extractor
from .infobox_values import place
from .mentions import mentions
from .text import NARRATIVE_SECTIONS, in_ranges, merged_ranges
from .titles import japanese_romanization, latin_language
from .vocab import GENRE_WORDS, country_from_adjective, country_named

VERSION = "1.0"
NAME = "descriptors"

# Nouns a description ends on before the title ("the French original X", "Bong's 2006 flick X").
_HEADS = frozenset({"film", "films", "movie", "movies", "picture", "flick", "feature", "blockbuster", "hit",
                    "classic", "masterpiece", "masterwork", "original", "sequel", "prequel", "remake", "version",
                    "smash", "sensation", "entry", "release", "title", "tale", "epic", "offering", "effort"})
# Words a description may hold that say nothing we record.
_FILLER = frozenset({"award-winning", "star-studded", "star-powered", "critically", "acclaimed", "critically-acclaimed",
                     "hit", "smash", "box-office", "blockbuster", "cult", "beloved", "classic", "new", "latest",
                     "upcoming", "original", "oscar-winning", "academy", "award", "long-delayed",
                     "r-rated", "pg-13", "live-action", "big-budget", "low-budget", "sleeper", "surprise", "summer",
                     "holiday", "local", "homegrown", "breakout", "breakthrough", "debut", "feature", "animated",
                     "crown", "jewel", "sci-fi/fantasy/romance"})
_MORE_GENRES = frozenset({"gangster", "dramedy", "romcom", "rom-com", "sci-fi", "anime", "whodunit", "noir",
                          "coming-of-age", "buddy", "road", "disaster", "heist", "revenge", "kung", "fu", "wuxia",
                          "zombie", "slasher", "creature", "space", "opera", "courtroom", "sports", "dance", "prison"})
_TIME_PREPOSITIONS = frozenset({"in", "of", "from", "since", "until", "till", "by", "before", "after", "during",
                                "around", "circa"})
_WORD = re.compile(r"[\w'’/-]+")
_YEAR = re.compile(r"^((?:19|20)\d\d)(?:['’]s)?$")
_OPEN = "\"“‘'«《「『<"
_CLOSE = "\"”’'»》」』>"


def _is_genre(word: str) -> bool:
    w = word.casefold()
    return w in GENRE_WORDS or w in _MORE_GENRES or w.endswith(("-comedy", "-drama", "-thriller", "-horror"))


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only quotes and spaces stand between `start` and the line's start or the end of a
    sentence (". "); read backwards from `start` only as far as those go."""
    i = start
    while i > 0 and text[i - 1] in _OPEN + " ":
        i -= 1
    return i == 0 or text[i - 1] == "\n" or (text[i - 1] == "." and i < start and text[i] == " ")


_CALLED = re.compile(r"\b(?P<word>called|titled|entitled|named|dubbed)\s*+[:,]?\s*+$", re.I)
_PREVIOUSLY = re.compile(r"\b(?:previously|originally|formerly|initially|once|working|tentatively)\b[\w\s]{0,12}$",
                         re.I)


def _before(text: str, start: int) -> list[tuple[str, int, int]]:
    """The words right before a title, nearest last, within its sentence ("called", "titled" between
    a description and its title are passed over: "a buddy-comedy film called X")."""
    left = max(text.rfind("\n", max(0, start - 120), start) + 1, start - 120)
    chunk = text[left:start].rstrip(_OPEN + " \t")
    if called := _CALLED.search(chunk):
        chunk = chunk[:called.start()].rstrip()
    stop = max(chunk.rfind(". "), chunk.rfind("; "), chunk.rfind(", "), chunk.rfind(": "), chunk.rfind("("))
    base = left + (stop + 2 if stop >= 0 else 0)
    return [(m.group(0), base + m.start(), base + m.end()) for m in _WORD.finditer(text[base:left + len(chunk)])]


def _described(words: list[tuple[str, int, int]]) -> Iterator[tuple[str, str, int, int]]:
    """(property, value, start, end) from the words before a title, read from the title leftwards:
    genre words next to it (or to a head noun such as "film"), nationality adjectives, fillers, and a
    year opening the description (a star's name may stand between: "his 1991 Robert De Niro thriller")."""
    genre: list[tuple[str, int, int]] = []
    head = False
    i = len(words) - 1
    while i >= 0:
        word, s, e = words[i]
        low = word.casefold()
        two = f"{words[i - 1][0]} {word}" if i else ""
        if (m := _YEAR.match(word)) and word[:4].isdigit():
            if not (i and words[i - 1][0].casefold() in _TIME_PREPOSITIONS):  # "set in 1909 Harbin": a time
                yield "publication_year", m.group(1), s, s + 4
            break  # a year opens the description: "2002's …"
        if low.endswith(("'s", "’s")) and (owner := country_named(word[:-2]) or place(word[:-2])):
            yield "country_of_origin", owner, s, e - 2  # "China's The Mermaid"
            break
        if two and (pair := country_from_adjective(two)):
            yield "country_of_origin", pair, words[i - 1][1], e
            i -= 2
            continue
        if single := country_from_adjective(word):
            yield "country_of_origin", single, s, e
            i -= 1
            continue
        if _is_genre(word) and ((not head and i == len(words) - 1) or head or genre) and \
                (not genre or genre[0][1] == e + 1 or head):
            genre.insert(0, (word, s, e))
            i -= 1
            continue
        if low in _HEADS and i == len(words) - 1:
            head = True
            i -= 1
            continue
        if low in _FILLER and (head or genre):
            i -= 1
            continue
        if (head or genre) and word[:1].isupper():
            # a star's or a director's name before the genre: a year may open the description
            for j in range(i - 1, max(i - 5, -1), -1):
                if (m := _YEAR.match(words[j][0])) and all(w[0][:1].isupper() for w in words[j + 1:i + 1]):
                    yield "publication_year", m.group(1), words[j][1], words[j][1] + 4
                    break
        break
    if genre:
        yield "genre", " ".join(w for w, _, _ in genre), genre[0][1], genre[-1][2]


_FROM_COUNTRY = re.compile(r"(?:\s*+[(（](?P<c1>[A-Z][\w .'-]{1,30})[)）]|"
                           r"(?:\s*+,\s++|\s++)from\s+(?P<c2>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}))")
_AFTER_YEAR = re.compile(r"\s*[(（](?:(?P<country1>[^()（）,\d]{2,30}),\s*)?(?P<year>(?:19|20)\d\d|\d\d(?=年))年?"
                         r"(?:,\s*(?P<country2>[^()（）,\d]{2,30}))?[)）]")
_IS_A = re.compile(r"[\"”’'»》」』]?(?:\s*+[(（][^()（）]*[)）])?(?:\s*+,)?\s*+(?:is|was)\s+an?\s+"
                   r"(?P<desc>(?:[\w'’/-]+\s+){0,6}?[\w'’/-]+?)(?=\s+(?:film|movie|picture)\b|[.,;]|\s+(?:that|which|"
                   r"directed|starring|from|by|about|set|based|with|and|in|of|for)\b)")


def _after(text: str, end: int, title: str = "") -> Iterator[tuple[str, str, int, int]]:
    """`X (2008)`, `「X」(97年)`, `X (2006, USA)`: a year (and a country) in brackets after the title."""
    # the quotes and brackets closing the title: a few, not a run to its end from each of a page's mentions
    # (a fuzz input of 18,636 mentions before one long run: over 60 CPU s)
    pos, stop = end, min(len(text), end + 8)
    while pos < stop and text[pos] in _CLOSE:
        pos += 1
    if (c := _FROM_COUNTRY.match(text, pos)) and (where := c.group("c1") or c.group("c2")) and \
            (country := country_named(where)):
        # "Flee" from Denmark, "Lunana" (Bhutan): the film's country
        key = "c1" if c.group("c1") else "c2"
        yield "country_of_origin", country, c.start(key), c.end(key)
    alt = re.match(r"\s*[(（][\"“‘']?(?P<r>[^\W\d_][^()（）\"“”‘’\n]{1,60}?)[\"”’']?[)）]", text[pos:pos + 80])
    if alt and (romanized := japanese_romanization(alt.group("r"))):
        # "Your Name (Kimi no Na wa)": the Japanese title, romanized
        yield "romanized_title", romanized, pos + alt.start("r"), pos + alt.end("r")
    elif alt and script_of(alt.group("r")) == "Latin" and not country_named(alt.group("r")) and (
            script_of(title) in ("Hangul", "Hanja", "Kana") or latin_language(alt.group("r")) not in ("", "en")):
        # "《臥虎藏龍》(Crouching Tiger, Hidden Dragon)", "The Upside (Sous un autre jour)": another title
        yield "title", alt.group("r").strip(), pos + alt.start("r"), pos + alt.end("r")
    m = _AFTER_YEAR.match(text, pos)
    if not m:
        return
    year = m.group("year")
    if len(year) == 2:  # "(97年)": a two-digit year of a Japanese page
        year = ("19" if int(year) >= 30 else "20") + year
    yield "publication_year", year, m.start("year"), m.end("year")
    for key in ("country1", "country2"):
        if (where := m.group(key)) and (country_named(where.strip()) or place(where.strip())):
            yield "country_of_origin", where.strip(), m.start(key), m.end(key)


@extractor(NAME, VERSION, requires=("text",))
def extract_descriptors(doc: Document, subject: str) -> Iterator[Claim]:
    text = doc.text
    seen: set[tuple[str, str, str]] = set()
    story = merged_ranges([(s.start, s.end) for s in doc.sections
                           if {p.casefold() for p in s.path} & NARRATIVE_SECTIONS])
    for mention in mentions(doc):
        if mention.start < 0 or mention.how in ("anaphor", "lead"):
            continue  # a defining sentence is the lead extractor's
        if in_ranges(story, mention.start):
            continue  # the plot's names are the story's
        written = text[mention.start:mention.end]
        found = [*_described(_before(text, mention.start)), *_after(text, mention.end, written)]
        lead_in = text[max(0, mention.start - 60):mention.start].rstrip(_OPEN + " \t")
        if (called := _CALLED.search(lead_in)) and not _PREVIOUSLY.search(lead_in[:called.start()]) and any(
                w.casefold() in _HEADS for w in _WORD.findall(lead_in[max(0, called.start() - 30):called.start()])):
            # "a film called “The Upside”": the page gives the title as a title
            title = text[mention.start:mention.end].strip(_CLOSE + _OPEN + " .,")
            found.append(("title", title, mention.start, mention.start + len(title)))
        if _opens_sentence(text, mention.start) and (m := _IS_A.match(text, mention.end)):
            # "RRR is a period drama": a defining sentence anywhere on the page
            desc = m.group("desc")
            found += _described([(w.group(0), m.start("desc") + w.start(), m.start("desc") + w.end())
                                 for w in _WORD.finditer(desc)])
        for prop, value, start, end in found:
            key = (mention.title, prop, value)
            if key in seen:
                continue
            seen.add(key)
            span = doc.span(start, end)
            if prop == "publication_year":
                yield claim(mention.title, prop, Time(value, "year"), span, NAME, VERSION)
            elif prop == "title":
                yield claim(mention.title, prop, Text(value, "en", "Latin"), span, NAME, VERSION)
            elif prop == "romanized_title":
                yield claim(mention.title, prop, Text(value, "ja-Latn", "Latin"), span, NAME, VERSION,
                            {"language": "ja-Latn"})
            else:
                yield claim(mention.title, prop, Text(value, "en"), span, NAME, VERSION)
