"""People's names as pages write them, for the credit extractors (crew, cast, award prose).

A credit pattern finds a stretch that should hold names ("starring A, B and C", "A's film"); this
module says which parts of it are a person and how to show them:

- a name is one to four capitalised words ("Song Kang-ho", "Jean-Pierre Jeunet", "Hal B. Wallis",
  "CCH Pounder", "Guillermo del Toro"), none of them a word no name holds ("Wars", "Festival",
  "Korean", "Netflix", "Sunday"), and not the title of a film the page names;
- one word alone ("Nolan", "Greta") is a person only where the page gives the full name it starts
  or ends ("Christopher Nolan"), and is shown as that full name;
- a name in Hangul is two to four syllables ("봉준호"), one in Japanese or Chinese script two to
  five characters or a katakana name with its dot ("カン・ヒョンチョル"): those are read only
  where the pattern itself says a person stands there (감독, 監督, 역, 분).

`page_people(doc)` gathers the full names a page gives, once per document.
"""

from __future__ import annotations

import re
from collections import OrderedDict, defaultdict

from ..model import Document
from .caches import per_document
from .text import split_list
from .vocab import COUNTRIES, LANGUAGES

# A capitalised word: a Latin capital (any accent) then word characters, apostrophes, dots, hyphens.
CAP = r"[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F]"
_PARTICLE = r"(?:de|da|del|della|di|du|dos|das|van|von|der|den|ter|le|la|bin|al|el|e)"
# A capitalised word; an apostrophe inside it ("O'Hara") but not a possessive ("Joon-ho's" is "Joon-ho").
# Bounded (no word of a name is 40 letters): an unbounded word read a long run of letters to its end
# from every capital in it, the square of the run ("ParasiParasi…" 41 KB: 20 s a credit pattern).
_WORD = rf"{CAP}[\w.\-]{{0,40}}(?:['’](?!s\b)[\w.\-]{{1,40}}){{0,4}}"
# One to four capitalised words ("Song Kang-ho", "Guillermo del Toro"): what a credit pattern captures.
NAME = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,3}}"
# Names listed: "A, B and C", "A, B, & C".
_BETWEEN_NAMES = r"(?:[ \t]*,[ \t]*(?:and[ \t]+|&[ \t]*)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)"
NAMES = rf"{NAME}(?:{_BETWEEN_NAMES}{NAME})*"
# At most nine names listed: for a pattern tried at every comma, where an unbounded list is read to its
# end from each name of a long run of them (the square of the run).
FEW_NAMES = rf"{NAME}(?:{_BETWEEN_NAMES}{NAME}){{0,8}}"
# Korean family names in Hangul: a Korean name is one of them and one or two syllables more.
HANGUL_SURNAMES = ("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진지엄채원천방공"
                   "현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형계피두감음빈"
                   "동온호범좌팽승간상갈나라")
HANGUL_NAME = rf"(?:(?:남궁|황보|제갈|선우|독고|서문)[\uac00-\ud7a3]{{1,2}}|[{HANGUL_SURNAMES}][\uac00-\ud7a3]{{2}})"
KANJI_NAME = r"[\u4e00-\u9fff\u3005]{2,5}"
KATAKANA_NAME = r"[\u30a1-\u30fa\u30fc]+(?:[・＝][\u30a1-\u30fa\u30fc]+)+"
CJK_NAME = rf"(?:{HANGUL_NAME}|{KATAKANA_NAME}|{KANJI_NAME})"

# Full month names only: "Jun", "Jin", "May" are syllables of Korean and Chinese names.
_MONTHS = ("January", "February", "March", "April", "June", "July", "August", "September", "October",
           "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Words no person's name holds: a stretch with one of them is a company, a place, a title, a time.
# Places, months and nationalities: no word of a name but its first ("America Ferrera", "June Squibb").
PLACE_WORDS = frozenset(w.casefold() for w in (
    *_MONTHS, *COUNTRIES, *(a for adjs in COUNTRIES.values() for a in adjs), *LANGUAGES,
    "Korea", "America", "Europe", "Asia", "Africa", "Hollywood", "Bollywood", "Tollywood", "Seoul", "Tokyo",
    "Beijing", "Paris", "London", "Cannes", "Venice", "Berlin", "Busan", "Toronto", "Sundance", "Asian",
    "European", "Western", "Eastern", "Northern", "Southern", "North", "South", "East", "West", "Canadian",
))
NOT_NAME_WORDS = frozenset(w.casefold() for w in (
    *_WEEKDAYS,
    "Film", "Films", "Movie", "Movies", "Cinema", "Cinemas", "Festival", "Fest", "Award", "Awards", "Prize",
    "Prizes", "Oscar", "Oscars", "Academy", "Globe", "Globes", "Palme", "Lion", "Bear", "Studio", "Studios",
    "Pictures", "Picture", "Entertainment", "Media", "Productions", "Production", "Company", "Distribution",
    "Releasing", "Animation", "Office", "Box", "Chief", "Crew", "Theater", "Theaters", "Theatre", "Theatres",
    "Center", "Centre", "Council", "University", "School", "Times", "News", "Post", "Herald", "Daily",
    "Magazine", "Review", "Reporter", "Variety", "Online", "Channel", "TV", "Network", "Records", "Group",
    "Inc", "Ltd", "Co", "Corp", "Corporation", "Star", "Stars", "Wars", "Trek", "Best", "Director",
    "Directors", "Actor", "Actors", "Actress", "Actresses", "Screenplay", "Part", "Chapter", "Episode",
    "Season", "Series", "Vol", "The", "A", "An", "And", "Of", "In", "On", "At", "It", "Its", "This", "That",
    "These", "Those", "He", "She", "They", "His", "Her", "Their", "We", "I", "You", "Our", "My", "Day",
    "Days", "Week", "Weekend", "Year", "Years", "Night", "Morning", "Evening", "Today", "Yesterday",
    "Netflix", "Disney", "Marvel", "Pixar", "Warner", "Universal", "Paramount", "Sony", "Lionsgate", "Showbox",
    "Lotte", "CGV", "Megabox", "Ghibli", "DreamWorks", "Fox", "Miramax", "Amazon", "Apple", "HBO", "Hulu",
    "Events", "Toho", "Shochiku", "Kadokawa", "Toei", "Gaumont", "Pathé", "Focus", "Neon", "STX", "Legendary", "MGM",
    "Columbia", "TriStar", "Searchlight", "Annapurna", "Magnolia", "IFC", "Mattel", "Hasbro", "DC", "Lucasfilm",
    "Illumination", "Aniplex", "Shueisha", "Lionsgate", "Paramount", "Plus", "Studios", "Bros", "Bros.",
    "Entertainment", "Pictures", "Films", "Media", "Group", "Company", "Corporation", "Distribution",
    "Christmas", "Chuseok", "Lunar", "New", "Global", "International", "World", "National", "Korean",
    "Official", "Trailer", "Poster", "Teaser", "Cast", "Starring", "Written", "Directed", "Produced",
    "Music", "Cinematography", "Editing", "Edited", "Release", "Released", "Date", "Running", "Time",
    "Budget", "Gross", "Country", "Language", "Plot", "Synopsis", "Story", "Summary", "Source", "Sources",
    "Photo", "Photos", "Courtesy", "Image", "Images", "Getty", "Reuters", "Yonhap", "AFP", "AP", "KOBIS",
    "KOFIC", "KoBiz", "IMDb", "Wikipedia", "YouTube", "Twitter", "Instagram", "Facebook", "Reddit", "Rotten",
    "Tomatoes", "Metacritic", "Critics", "Association", "Circle", "Board", "Society", "Guild", "Union",
    "Committee", "Foundation", "Institute", "Museum", "Library", "Gallery", "Hall", "Club", "Team",
    "Ministry", "Government", "President", "Queen", "Princess", "Sir", "Gods", "Family", "Ocean",
    "Breaking", "Exclusive", "Update", "Report", "Interview", "Watch", "Read", "More", "Also", "See",
    "Click", "Share", "Subscribe", "Advertisement", "Sponsored", "Related", "Latest", "Top", "Hot", "Trending",
    "Part", "Vol", "Volume", "Edition", "Version", "Cut", "Remake", "Sequel", "Prequel", "Original",
    "Special", "Feature", "Features", "Documentary", "Drama", "Comedy", "Thriller", "Horror", "Action",
    "Romance", "Mystery", "Fantasy", "Animated", "Anime", "Live", "Voice", "Main", "Supporting", "Lead",
    "Leading", "Cameo", "Guest", "Special", "Appearance", "Role", "Roles", "Character", "Characters",
    "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.",
    # a character's rank or kin before a name ("Detective Jang Hae-joon", "Colonel Miles Quaritch")
    "Detective", "Officer", "Captain", "Doctor", "Professor", "Sergeant", "Inspector", "Colonel",
    "Lieutenant", "Commander", "Prosecutor", "Grandma", "Grandpa", "Uncle", "Aunt", "Auntie", "Madam", "Vendor",
))
# Words that open a sentence before a name ("Meanwhile Song Kang-ho", "In Greta Gerwig's …"): no name
# starts with one, though "So" and "Yet" are syllables inside names.
LEADING_WORDS = frozenset(w.casefold() for w in (
    "Meanwhile", "However", "Then", "Now", "Still", "Elsewhere", "Overall", "Earlier", "Later", "Last", "Next",
    "Both", "But", "So", "As", "Only", "Even", "Previously", "Recently", "Currently", "Eventually", "Finally",
    "Together", "Why", "How", "What", "Where", "When", "Who", "Which", "Here", "There", "Having", "Being",
    "With", "Despite", "Following", "Thanks", "According", "Although", "While", "If", "After", "Before",
    "During", "Since", "Over", "Under", "From", "To", "For", "By", "Like", "Unlike", "Yet", "Plus",
))
# Words a name may carry before it that are not part of it ("actor Song Kang-ho", "Mr. Worthington").
_TITLE_WORDS = re.compile(r"^(?:(?:[Aa]ctors?|[Aa]ctress(?:es)?|[Dd]irectors?|[Ss]tars?|[Ff]ilmmakers?|[Hh]elmers?|"
                          r"[Pp]roducers?|[Ww]riters?|[Ss]creenwriters?|[Cc]omposers?|[Cc]o-stars?|[Ll]eads?|"
                          r"[Nn]ewcomers?|[Vv]eterans?|[Ss]uperstars?|[Cc]elebrated|[Aa]cclaimed|[Ff]amed|"
                          r"[Ll]egendary|[Ff]ellow|[Oo]scar[- ]winners?|[Oo]scar[- ]winning|[Ss]inger|[Rr]apper|"
                          r"[Cc]omedian|[Ii]dol|[Mm]odel|[Aa]nd|[Ww]ith)\s+)+")
# Two words run together by a page's layout ("Chris EvansCurtis Everett"); "McQueen", "DiCaprio",
# "MacDonald", "LaBeouf", "O'Hara" are names.
CAMEL = re.compile(r"^(?!(?:Mc|Mac|Di|De|La|Le|Van|Von|Du|Da)[A-Z])[\w'’.-]*?[a-z\u00DF-\u00FF][A-Z]")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")


class PagePeople:
    """The full names a page gives, and the films it names, to tell a person from a title."""

    def __init__(self, full: set[str], titles: set[str]) -> None:
        self.full = full
        self.titles = {t.casefold() for t in titles}
        self._by_part: dict[str, set[str]] = defaultdict(set)
        for name in full:
            words = name.split()
            self._by_part[words[0].casefold()].add(name)
            self._by_part[words[-1].casefold()].add(name)

    def expand(self, word: str) -> str:
        """A one-word name as the full name the page gives for it, "" when it gives none (or two)."""
        found = self._by_part.get(word.casefold(), set())
        return next(iter(found)) if len(found) == 1 else ""


def clean(raw: str) -> str:
    """The name in a captured stretch: role words before it and a possessive after it dropped."""
    name = _TITLE_WORDS.sub("", raw.strip().strip(",.;:!?\"“”‘’'()[]")).strip()
    name = _POSSESSIVE.sub("", name).strip()
    return re.sub(r"\s+", " ", name)


def looks_like_name(name: str, titles: set[str] | frozenset[str] = frozenset(), words: int = 2) -> bool:
    """`name` has the shape of a person's name of at least `words` words: capitalised words, none a
    word names do not hold, not a title the page names."""
    parts = name.split()
    low = name.casefold()
    if not words <= len(parts) <= 4 or low in titles or low in NOT_NAME_WORDS or low in PLACE_WORDS:
        return False
    if parts[0].strip(",.").casefold() in LEADING_WORDS:
        return False
    for i, part in enumerate(parts):
        bare = part.strip(".'’-")
        if re.fullmatch(_PARTICLE, part):
            continue
        if not bare or not bare[0].isupper() or bare.casefold() in NOT_NAME_WORDS:
            return False
        if (i or len(parts) == 1) and bare.casefold() in PLACE_WORDS:
            return False
        if "-" in bare and any(h.casefold() in PLACE_WORDS for h in bare.split("-")):
            return False  # "Korean-Canadian"
        if any(ch.isdigit() or ch in ":|/#@" for ch in part) or CAMEL.search(part):
            return False
    # words all in capitals ("CJ ENM", "U.S.") are a company or an abbreviation, not a name
    return any(re.search(r"[a-z\u00DF-\u00FF]", p) for p in parts)


def display_name(name: str) -> str:
    """"CHOI Min-sik" → "Choi Min-sik": a word in capitals beside mixed-case ones is a
    surname written the KoBiz way. A name all in capitals ("IU", "T.O.P") is left as it is."""
    words = name.split()
    if not any(re.search(r"[a-z]", w) for w in words):
        return name
    return " ".join(w[0] + w[1:].lower() if len(w) > 1 and w.isalpha() and w.isupper() else w for w in words)


def find_person(raw: str, people: PagePeople, expand: bool = True) -> tuple[str, int, int] | None:
    """(as shown, start, end) of the person a captured stretch names, or None: role words before the
    name and a possessive after it dropped, capitalised words that open a sentence ("Meanwhile Song
    Kang-ho") left out, one word expanded to the full name the page gives."""
    name = clean(raw)
    if not name:
        return None
    at = raw.find(name)
    at = max(at, 0)
    if re.fullmatch(CJK_NAME, name):
        return name, at, at + len(name)
    words = name.split()
    # a word that opens a clause inside the stretch starts the name after it ("5 Reasons Why Spike Lee")
    inner = [i for i, w in enumerate(words) if i and w.casefold() in LEADING_WORDS and w not in ("So", "Yet")]
    if inner:
        cut = inner[-1] + 1
        tail = " ".join(words[cut:])
        at = at + name.find(tail, len(" ".join(words[:cut])))
        name, words = tail, words[cut:]
        if not words:
            return None
    for drop in range(len(words)):
        if drop and words[drop - 1].strip(",.").casefold() not in NOT_NAME_WORDS | PLACE_WORDS | LEADING_WORDS:
            return None  # only words no name holds are left out before one ("Meanwhile Song Kang-ho")
        rest = words[drop:]
        candidate = " ".join(rest)
        start = at + name.find(candidate) if drop else at
        if len(rest) == 1:
            if expand and looks_like_name(candidate, people.titles, words=1) and (full := people.expand(candidate)):
                return full, start, start + len(candidate)
            return None
        if looks_like_name(candidate, people.titles):
            return candidate, start, start + len(candidate)
    return None


def person(raw: str, people: PagePeople) -> str:
    """The person a captured stretch names, as shown, or ""."""
    found = find_person(raw, people)
    return found[0] if found else ""


def people_in(chunk: str, people: PagePeople) -> list[tuple[str, int, int]]:
    """(as shown, start, end) for each person a list names: "A, B and C"."""
    out = []
    pos = 0
    for part in split_list(chunk):
        at = chunk.find(part, pos)
        at = at if at >= 0 else pos
        pos = at + len(part)
        if found := find_person(part, people):
            shown, a, b = found
            out.append((shown, at + a, at + b))
    return out


_FULL = re.compile(rf"(?<![\w'’.-]){NAME}")
_CACHE: OrderedDict[str, PagePeople] = OrderedDict()
per_document(_CACHE.clear)


def page_people(doc: Document, titles: set[str] | None = None) -> PagePeople:
    """The full names (two words or more) the page gives, and the titles it names (`titles`)."""
    if doc.id in _CACHE:
        return _CACHE[doc.id]
    titles = titles or set()
    low = {t.casefold() for t in titles}
    full = set()
    for m in _FULL.finditer(doc.text):
        name = clean(m.group(0))
        if looks_like_name(name, low) and len(name.split()) <= 3:
            full.add(name)
    _CACHE[doc.id] = found = PagePeople(full, titles)
    if len(_CACHE) > 32:
        _CACHE.popitem(last=False)
    return found


__all__ = [
    "CAP",
    "CJK_NAME",
    "HANGUL_NAME",
    "LEADING_WORDS",
    "NAME",
    "NAMES",
    "NOT_NAME_WORDS",
    "PagePeople",
    "clean",
    "display_name",
    "find_person",
    "looks_like_name",
    "page_people",
    "people_in",
    "person",
]
