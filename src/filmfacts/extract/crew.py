"""Who made the film and who is in it, from prose: the lead and the production sections of an
encyclopedia, every sentence of an article.

"… film directed by Bong Joon-ho, who wrote the screenplay with Han Jin-won. It stars Song
Kang-ho, …" gives a director, two screenwriters and cast members; "The screenplay was written
by Park Joo-suk." a screenwriter. Sections about remakes are left out: their directors are
someone else's.

News, reports, blogs and forums name several films and spell credits their own way, and each
credit goes to the film of its clause (`mentions.film_for`):

- verbs and nouns of a trade: "directed by", "X-directed", "director X", "X, who directed Y",
  "X, the director of Y", "written by", "produced by", "music by", "shot by", "edited by";
- who is in it: "starring A, B and C", "the film stars …", "A, B and C co-star", "A plays B",
  "stars A as …, B as …", "actors A and B", "with A, B and C in supporting roles", "A and B take
  on the lead roles", "X-starring";
- a name owning a title: "Bong Joon-ho's Parasite", "Hayao Miyazaki's Oscar-winning 'Spirited
  Away'" (the title one the page names); the role is the one the page gives the person elsewhere
  (an actor's "Aamir Khan's Dangal" is a cast credit), a director's when it gives none;
- a character with its actor in brackets: "Na-mi (Shim Eun-kyung)", "해미(전종서)";
- Korean and Japanese: "봉준호 감독의 <기생충>", "송강호, 이선균 등이 출연", "'종구' 역 곽도원",
  "김상경(서태윤 역)", "宮崎駿監督".

A name is a person's by its shape (`people`): "Star Wars", "Netflix's Okja" and "Korea's Parasite"
give no one. A surname in capitals (the KoBiz and festival style) is shown in title case; the
evidence keeps the page's spelling.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Claim, Document, Name, claim
from . import extractor
from .caches import per_document
from .cast import cast_lines
from .film_phrases import PHRASE, cut_phrase, is_person, not_a_film, strip_leading
from .kinds import ARTICLE_KINDS
from .mentions import Mention, film_for, films_named, mentions, mentions_in, primary_film
from .people import (
    CAP,
    FEW_NAMES,
    HANGUL_NAME,
    KANJI_NAME,
    KATAKANA_NAME,
    LEADING_WORDS,
    NOT_NAME_WORDS,
    PagePeople,
    clean,
    display_name,
    find_person,
    looks_like_name,
    page_people,
    people_in,
    person,
)
from .people import NAME as PERSON
from .people import NAMES as PERSONS
from .runs import Run, finditer
from .text import Sentence, prose_sentences

VERSION = "2.0"
NAME = "crew"
# Production sections name other films' directors and stars ("… as Buñuel did, directed by …");
# there only the roles a production section states about the film itself are read.
PRODUCTION_ROLES = frozenset({"screenwriter", "music", "cinematography", "editing"})
CREW_SECTIONS = ("production", "development", "filming", "casting", "crew", "music", "soundtrack", "writing")
_N, _NS = PERSON, PERSONS


def _p(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# (property, pattern, how): `who` holds the names; `with` more names; `role` a character.
PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("director", _p(rf"\b(?:[Cc]o-)?[Dd]irected (?:and (?:co-)?(?:written|produced) )?by (?P<who>{_NS})"), "who"),
    ("screenwriter", _p(rf"\bdirected by (?P<who>{_N}), who (?:also )?(?:co-)?wrote the "
                        rf"(?:screenplay|script) with (?P<with>{_NS})"), "who+with"),
    ("screenwriter", _p(rf"\b(?:screenplay|script) (?:was |is )?(?:co-)?(?:written )?by (?P<who>{_NS})"), "who"),
    # tried after every comma: a few writers (55 KB of names read to the end from each: 29 s)
    ("screenwriter", _p(rf"(?:^|\.\s+|,\s+)(?P<who>{FEW_NAMES}) (?:also )?(?:co-)?wrote the (?:screenplay|script)"
                        rf"(?: with (?P<with>{_NS}))?"), "who+with"),
    ("screenwriter", _p(rf"\b(?:[Ww]ritten|[Cc]o-written|[Pp]enned) (?:and (?:co-)?directed )?by (?P<who>{_NS})"),
     "who"),
    ("producer", _p(rf"\b(?:[Pp]roduced|[Cc]o-produced) (?:and (?:co-)?directed )?by (?P<who>{_NS})"), "who"),
    ("music", _p(rf"\b(?:[Mm]usic|[Ss]core) (?:was |is )?(?:composed |written )?by (?P<who>{_NS})"), "who"),
    ("cinematography", _p(rf"\b(?:[Cc]inematography|[Pp]hotographed|[Ss]hot) by (?P<who>{_NS})"), "who"),
    ("editing", _p(rf"\b(?:[Ee]dited|[Ee]diting) by (?P<who>{_NS})"), "who"),
    ("cast_member", _p(rf"\b(?i:starring|co-starring) (?P<who>{_NS})"), "who"),
    ("cast_member", _p(rf"^(?:It|The film|The movie) (?:also )?(?:stars|starred|features) (?P<who>{_NS})"), "who"),
    # "written, produced, and directed by X", "co-produced and co-edited by X", "written for the screen by X"
    ("*", _p(rf"\b(?P<verbs>(?:(?:[Cc]o-?)?(?:[Ww]ritten|[Pp]roduced|[Dd]irected|[Ee]dited|[Ss]cored|[Ss]hot)"
             rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+))+(?:[Cc]o-?)?(?:written|produced|directed|edited|scored|shot))"
             rf"\s+(?:for the screen\s+)?by\s+(?P<who>{_NS})"), "verbs"),
    ("screenwriter", _p(rf"\b(?:[Ww]ritten|[Cc]o-written) for the screen by (?P<who>{_NS})"), "who"),
    # "Written by Jeunet with Guillaume Laurant"
    ("screenwriter", _p(rf"\b(?:[Ww]ritten|[Cc]o-written) by (?P<who>{_N}) with (?P<with>{_NS})"), "who+with"),
    # "who co-wrote the film with Han Jin-won", "co-wrote the screenplay with X"
    ("screenwriter", _p(rf"\b(?:co-)?wrote (?:the (?:film|screenplay|script|story)|it) with (?P<who>{_NS})"), "who"),
)
_VERB_PROPS = (("writ", "screenwriter"), ("produc", "producer"), ("direct", "director"), ("edit", "editing"),
               ("scor", "music"), ("shot", "cinematography"))
_FILM_NOUN = r"(?:film|movie|comedy|thriller|drama|feature|debut|sequel|blockbuster|horror|melodrama|epic|hit|"\
             r"animation|documentary|romance|mystery|noir|actioner|tearjerker|biopic|adaptation|remake|picture|"\
             r"flick|masterpiece|classic|directorial)"
_PLAY = r"(?:(?:will|would|is set to|are set to|to)\s+)?(?:play|plays|played|playing|portray|portrays|portrayed|" \
        r"voice|voices|voiced|stars as|starred as|is cast as|was cast as|were cast as)"
# Only on articles: in an encyclopedia these name the people of other films.
ARTICLE_PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("director", _p(rf"\b(?:[Dd]irector|[Ff]ilmmaker|[Hh]elmer|[Aa]uteur|[Ww]riter[-/][Dd]irector|"
                    rf"[Dd]irector[-/][Ww]riter)s?,?\s+(?P<who>{_NS})"), "who"),
    ("screenwriter", _p(rf"\b(?:[Ss]creenwriter|[Ww]riter[-/][Dd]irector|[Dd]irector[-/][Ww]riter|"
                        rf"[Dd]irector and co-writer|[Cc]o-writer)s?,?\s+(?P<who>{_NS})"), "who"),
    ("producer", _p(rf"\b(?:[Pp]roducer)s?,?\s+(?P<who>{_NS})"), "who"),
    ("screenwriter", _p(rf"\b(?:[Ss]cripter|[Ww]riter\s*/\s*(?:[Dd]irector|[Ff]ilmmaker)|[Ww]riter and "
                        rf"(?:[Dd]irector|[Ff]ilmmaker))s?,?\s+(?P<who>{_NS})"), "who"),
    ("director", _p(rf"\b(?:[Ww]riter\s*/\s*(?:[Dd]irector|[Ff]ilmmaker)|[Ww]riter and (?:[Dd]irector|[Ff]ilmmaker))"
                    rf"s?,?\s+(?P<who>{_NS})"), "who"),
    # "Alan Mak and Felix Chong's skilful script", "Elmer Bernstein's theme", "an Elmer Bernstein score"
    ("screenwriter", _p(rf"(?P<who>{_NS})['’]s?\s+(?:[a-z][\w-]*\s+){{0,2}}(?:script|screenplay)\b"), "who"),
    ("music", _p(rf"(?P<who>{_NS})(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){{0,2}}(?:score|theme|soundtrack)\b"), "who"),
    ("music", _p(rf"\b(?:[Mm]usic|[Ss]core|[Ss]oundtrack)\s+(?:for\s+[^,.;]{{1,40}}?\s+)?(?:will be|was|is|has been)\s+"
                 rf"(?:composed|written|created|done)\s+by\s+(?P<who>{_NS})"), "who"),
    # "Ma Dong-seok is also the executive producer of the film", "X, who also wrote the screenplay"
    ("producer", _p(rf"(?P<who>{_N})\s+(?:is|was|serves as|served as)\s+(?:also\s+)?(?:the\s+|an?\s+)?"
                    r"(?:executive\s+|co-)?producer\b"), "who"),
    ("screenwriter", _p(rf"(?P<who>{_N}),?\s+who\s+(?:also\s+)?(?:co-)?wrote\s+the\s+(?:screenplay|script)\b"), "who"),
    ("music", _p(rf"\b(?:[Cc]omposer)s?,?\s+(?P<who>{_NS})"), "who"),
    # "Kim Yong-hwa, writer-director of …", "Michael Curtiz, the film's director"
    ("director", _p(rf"(?P<who>{_N}),\s+(?:the\s+)?(?:film['’]s\s+|movie['’]s\s+)?(?:writer-director|"
                    r"director|filmmaker|helmer)\b(?!\s+of\s+photography)"), "who"),
    # "the latest film by BONG Joon-ho", "a thriller from NA Hong-jin"
    ("director", _p(rf"\b(?:film|movie|thriller|drama|comedy|feature|picture|epic|blockbuster|work|debut)\s+"
                    rf"(?:from|by)\s+(?:(?:director|filmmaker)\s+)?(?P<who>{_NS})"), "who"),
    # "Dir. Andrew Lau, Alan Mak", "D: Alejandro Agresti", "dir: Jean Negulesco"
    ("director", _p(rf"(?:\b[Dd]ir(?:\.|:)|(?:^|\s)D:)\s*(?P<who>{_NS})"), "who"),
    # French and German: "réalisé par X et Y", "des réalisateurs X et Y", "Regisseur X"
    ("director", _p(rf"\b(?:réalisé par|réalisée par|réalisateurs?|réalisatrices?|Regisseur(?:in)?|Regie(?:\s+führte)?)"
                    rf"\s+(?:de\s+|:\s*)?(?P<who>{_N}(?:\s+(?:et|und|and)\s+{_N})*)"), "who"),
    ("cinematography", _p(rf"\b(?:[Cc]inematographer|[Dd]irector of [Pp]hotography)s?,?\s+(?P<who>{_NS})"), "who"),
    ("director", _p(rf"(?P<who>{_N})-(?:directed|helmed)\b"), "who"),
    ("cast_member", _p(rf"(?P<who>{_NS})(?:-|\s+)(?:starring|starrer|led|fronted)\b"), "who"),
    # "Mufasa -- voiced by James Earl Jones", "Scar, voiced by Chiwetel Ejiofor"
    ("cast_member", _p(rf"(?P<role>{CAP}[\w'’.-]*(?:\s+{CAP}[\w'’.-]*)?)\s*(?:--|—|–|,)\s*(?:who\s+is\s+)?"
                       rf"(?:voiced|played|portrayed) by\s+(?P<who>{_N})"), "who"),
    ("director", _p(rf"(?:^|[^\w\s]\s*|\b(?:from|in|of|by|with|on|and)\s+)(?P<who>{_N})['’]s?\s+"
                    rf"(?:[\w-]+\s+){{0,3}}?{_FILM_NOUN}\b"), "own"),
    ("director", _p(rf"^(?:Director|Directed by|Directors|감독)\s*[:：]\s*(?P<who>{_NS})", re.M), "who"),
    ("screenwriter", _p(rf"^(?:Screenplay|Writer|Writers|Written by|각본)\s*[:：]\s*(?P<who>{_NS})", re.M), "who"),
    ("cast_member", _p(rf"^(?:Cast|Starring|Stars|출연)\s*[:：]\s*(?P<who>{_NS})", re.M), "who"),
    ("cast_member", _p(rf"\b(?:stars|starred|co-stars|co-starred|featuring|features|also stars)\s+(?P<who>{_NS})"),
     "who"),
    ("cast_member", _p(rf"\b(?:[Aa]ctors?|[Aa]ctress(?:es)?|[Ss]tars?|[Cc]o-stars?|[Ll]eads?|[Ss]uperstars?|"
                       rf"[Ll]eading (?:man|lady|men|ladies))\s+(?P<who>{_NS})"), "who"),
    # "Hyun Bin plays An", "Kanon Tani will play Mitsuha's younger sister Yotsuba Miyamizu"
    ("cast_member", _p(rf"(?P<who>{_NS})\s+(?:also\s+|both\s+)?{_PLAY}\s+"
                       rf"(?:(?!(?:with|along|alongside|by|for|from)\s)[a-z'’-]+\s+){{0,4}}?"
                       rf"(?P<role>{CAP}[\w'’.-]*(?:\s+{CAP}[\w'’.-]*){{0,3}})"), "who"),
    # "America Ferrera plays a human who …", "Cillian Murphy stars as the theoretical physicist"
    ("cast_member", _p(rf"(?P<who>{_NS})\s+(?:also\s+)?(?:plays|played|portrays|portrayed|stars as|starred as)\s+"
                       r"(?:a|an|the|his|her)\s+[a-z]"), "who"),
    # "Song Kang-ho, Lee Sun-kyun and Cho Yeo-jeong play the family"
    ("cast_member", _p(rf"(?P<who>{_N}(?:(?:,\s*|,?\s+and\s+){_N})+)\s+(?:also\s+|both\s+|all\s+)?{_PLAY}\b"), "who"),
    # "Alec Baldwin, Martin Sheen, and Mark Wahlberg co-star", "Teo Yoo star"
    ("cast_member", _p(rf"(?P<who>{_NS})\s+(?:also\s+|both\s+|all\s+)?(?:are\s+|were\s+)?"
                       r"(?:star|co-star|co-starring|starred|co-starred|stars in|starred in|appears in|"
                       r"appeared in|appear|appeared|feature|featured)\b"), "who"),
    # "A, B and C were also in the cast of X", "A, B and C were all terrific in their supporting roles"
    ("cast_member", _p(rf"(?P<who>{_NS})\s+(?:were|was|are|is)\s+(?:also\s+|all\s+)?(?:(?:in|part of|among)\s+"
                       r"the\s+(?:cast|ensemble)|[^.;]{0,30}?\bin\s+(?:their|his|her|the)\s+(?:supporting|lead|"
                       r"leading|main|respective)\s+roles?)"), "who"),
    # "A and B take on the lead roles", "A and B were cast", "A and B lead the cast"
    ("cast_member", _p(rf"(?P<who>{_NS})\s+(?:also\s+|both\s+)?(?:take|takes|took|have taken|has taken)\s+"
                       r"(?:on\s+)?the\s+(?:lead|leading|main|title|starring|central)\s+roles?\b"), "who"),
    ("cast_member", _p(rf"(?P<who>{_NS})\s+(?:were|was|are|is|have been|has been)\s+(?:also\s+)?"
                       r"(?:cast|chosen|tapped|selected)\b"), "who"),
    ("cast_member", _p(rf"(?P<who>{_NS})\s+(?:lead|leads|led|headline|headlines|headlined|front|fronts|fronted)"
                       r"\s+(?:the|an?|its)\b"), "who"),
    # "stars SONG Kang-ho as a driver …, Yoo Hae-jin as a student and Thomas Kretschmann as …"
    ("cast_member", _p(rf"\b(?i:stars|starring|starred|features|featuring)\s+(?P<who>{_N}\s+as\s+[^,;.]+"
                       rf"(?:(?:,\s*|,?\s+and\s+){_N}\s+as\s+[^,;.]+)*)"), "as"),
    ("cast_member", _p(rf"\bwith\s+(?P<who>{_NS})\s+in\s+(?:the\s+|a\s+)?(?:supporting|lead|leading|key|"
                       r"main|starring|major|other|central|title)\s+roles?\b"), "who"),
)
# "X, who directed Y and Z", "X, the director of Y", "X directed Y": the films named after.
_DIRECTED_TITLES = re.compile(rf"(?P<who>{_N}),?\s+(?:who\s+)?(?:also\s+|previously\s+|famously\s+)?"
                              r"(?:co-)?(?:directed|helmed|made)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:films?\s+|movies?\s+)?"
                              r"[\"“'‘《<「『]?$"
                              rf"|(?P<who2>{_N}),\s+(?:the|who is the|who was the)\s+(?:[\w-]+\s+)?"
                              r"(?:director|filmmaker|helmer)\s+(?:of|behind)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                              r"(?:films?\s+|movies?\s+)?[\"“'‘《<「『]?$")
# A name owning a title: "Bong Joon-ho's Parasite", "Hayao Miyazaki's Oscar-winning 'Spirited Away'".
_OWNER = re.compile(rf"(?:(?P<role>[Dd]irector|[Ff]ilmmaker|[Hh]elmer|[Aa]uteur|[Aa]ctor|[Aa]ctress|[Ss]tar|"
                    rf"[Ss]uperstar)\s+)?(?P<who>{_N})(?:['’]s?)\s+(?P<gap>(?:[\w-]+\s+){{0,5}}?)"
                    r"[\"“'‘《<「『]?$")
_GAP_STOP = re.compile(r"\b(?:is|was|are|were|has|had|have|will|would|and|or|but|to|that|which|who|with|"
                       r"by|from|as|at|after|before|than|says|said|for|of|in|on|about)\b", re.I)
_NOT_DIRECTOR_BEFORE = re.compile(r"(?:\b(?:art|casting|music|musical|executive|managing|festival|artistic|"
                                  r"assistant|creative|fight|action|stunt|general|regional|technical|sales|"
                                  r"marketing|program|programming|acting|animation|associate|second[- ]unit)\s+)$",
                                  re.I)


_BY_BEFORE = re.compile(r"\bby\s*$")


def _word_before(text: str, end: int, pattern: re.Pattern[str], longest: int) -> bool:
    """Whether `pattern`, a word (of `longest` letters at most) and spaces up to the end, matches
    before `end`: looked for in that word alone, not in the whole sentence before it, which took
    time in the square of a sentence of many credits (a 43 KB one over 10 CPU seconds, found by
    bench/fuzz_bench.py). `search` from a later position still sees the letter before it for `\b`."""
    start = end
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return bool(pattern.search(text, max(0, start - longest), end))


def _not_director_before(text: str, end: int) -> bool:
    """Whether the word before `end` makes a director another kind ("art director")."""
    return _word_before(text, end, _NOT_DIRECTOR_BEFORE, len("programming"))


_CAST_CONTEXT = re.compile(r"\b(?:stars?|starring|starred|cast|plays?|played|role|roles|actors?|actress)\b", re.I)
# "Na-mi (Shim Eun-kyung)", "a young heiress (Kim Min-hee)", "해미(전종서)", "미자(안서현 분)".
_IN_BRACKETS = re.compile(rf"\(\s*(?P<who>{_N}|{HANGUL_NAME}(?:\s?분)?)\s*\)")
_ROLE_BEFORE = re.compile(rf"(?P<role>[\"“'‘][^\"“”'‘’]{{1,40}}[\"”'’]|{CAP}[\w'’.-]*(?:[ \t]+{CAP}[\w'’.-]*){{0,3}}|"
                          r"[\uac00-\ud7a3]{1,8})\s*$")
_BRACKET_NOT_ROLE = re.compile(r"\b(?:best|director|directors|directed|writer|screenwriter|producer|producers|"
                               r"composer|filmmaker|ceo|chairman|president|head|founder|spokesperson|"
                               r"spokesman|critic|reporter|editor|minister|official|nominees?|winners?|"
                               r"category|prize|award|감독|대표)\W*(?:[\w'’.-]+\W*){0,3}$", re.I)
# Korean and Japanese credits.
_KO = r"[\uac00-\ud7a3]"
CJK_PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("director", _p(rf"(?<!{_KO})(?P<who>{HANGUL_NAME})\s?감독(?!상|들|직|님?으로서)"), "who"),
    ("director", _p(rf"(?<![\u4e00-\u9fff\u30a1-\u30fa\u30fc・])(?P<who>{KATAKANA_NAME}|{KANJI_NAME})"
                    r"監督(?!賞|作品賞)"), "who"),
    ("director", _p(rf"監督[:：・]?\s*(?!脚本|原作|音楽|撮影|編集|製作|主演|出演)(?P<who>{KATAKANA_NAME}|{KANJI_NAME})"
                    r"(?![\u4e00-\u9fff])"), "who"),
    ("director", _p(rf"감독\s*+[:：]?\s*+(?P<who>{HANGUL_NAME})(?!{_KO})"), "who"),
    ("director", _p(r"(?:導演|导演)\s*+[:：]?\s*+(?P<who>[\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])"), "who"),
    ("cast_member", _p(rf"(?<!{_KO})(?P<who>{HANGUL_NAME})\s?\((?P<role>[^()]{{1,20}}?)\s?역\)"), "who"),
    ("cast_member", _p(rf"[\"'‘’“”](?P<role>[^\"'‘’“”]{{1,12}})[\"'‘’“”]\s?역(?:의|을 맡은|으로|을|에)?\s?"
                       rf"(?P<who>{HANGUL_NAME})(?!{_KO}{{2}})"), "who"),
    ("cast_member", _p(rf"배우\s?(?P<who>{HANGUL_NAME})(?:[은는이가을를와과의도]|에게)?(?!{_KO})"), "who"),
    ("cast_member", _p(rf"(?P<who>{KATAKANA_NAME}|{KANJI_NAME})(?:が|の)?主演"), "who"),
    # "李慕白(周潤發飾)": a character, then its actor who 'plays' (飾) it
    ("cast_member", _p(r"(?P<role>(?<=[的、，,。與和及\s「『])[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{3})"
                       r"[(（](?P<who>[\u4e00-\u9fff]{2,4})[飾饰][)）]"), "who"),
)
# "송강호, 이선균, 조여정 등이 출연했다": a Hangul list ending in 등 in a sentence about the cast.
# "송강호와 고아성을 비롯해 크리스 에번스, 존 허트 등": names joined by commas, 와/과 and 을 비롯해; a foreign name
# in Hangul has a word of one syllable ("존 허트", "폴 다노").
_KO_ITEM = rf"(?:{_KO}{{1,6}} {_KO}{{1,6}}|{_KO}{{2,6}})"
_KO_SEP = rf"(?:\s*[,·、]\s*|(?<={_KO})[와과]\s|(?<={_KO})[을를]\s?비롯해\s)"
_KO_LIST = re.compile(rf"(?P<list>{_KO_ITEM}(?:{_KO_SEP}{_KO_ITEM})+)\s*등")
_KO_CAST = re.compile(r"출연|주연|배우|열연|호흡|캐스팅|연기")


@dataclass(frozen=True)
class Credit:
    film: str
    prop: str
    name: str
    start: int  # where the name is written
    end: int
    character: str = ""
    owner: bool = False  # "X's Title": a director unless the page makes X an actor
    weak: bool = False  # a name in a list after a cast word: not an actor where the page credits them otherwise
    written: str = ""  # the character as the page writes it, when it says more ("Reversal Type: Nami")


def _sentences(doc: Document) -> Iterator[Sentence]:
    """The lead and the production sections; every sentence of an article."""
    if doc.kind in ARTICLE_KINDS:
        yield from prose_sentences(doc)
        return
    for s in prose_sentences(doc):
        if not s.section or any(p.casefold().startswith(CREW_SECTIONS) for p in s.section):
            yield s


def _full_name(text: str, role: str) -> str:
    """A role named by one word ("Hyun Bin plays An") is the full name the page gives that starts
    with it ("independence fighter An Jung-geun"), if it gives one."""
    if " " in role:
        return role
    m = re.search(rf"\b{re.escape(role)}\s+[A-Z][a-z]+(?:-[a-z]+)?\b", text)
    return m.group(0) if m else role


def _names(chunk: str, base: int, people: PagePeople, article: bool,
           single: bool = False) -> Iterator[tuple[str, int, int]]:
    """(shown name, start, end) of each person in a listed stretch that starts at `base`; `single`: one
    word alone is a name ("directed by Jiaozi")."""
    chunk = re.sub(r"\s(?:et|und|y|e)\s", lambda m: " and" + " " * (len(m.group(0)) - 4), chunk)
    if shared := _SHARED_SURNAME.match(chunk):
        # "Anthony and Joe Russo": two given names and the surname they share
        first = f"{shared.group('g1')} {shared.group('sur')}"
        known = people.expand(shared.group("g1"))
        if looks_like_name(first, people.titles) and shared.group("g1").casefold() not in people.titles and (
                not known or known == first):
            yield (display_name(first) if article else first), base + shared.start("g1"), base + shared.end("g1")
    found = people_in(chunk, people)
    word = chunk.strip().rstrip(".,;:")
    if not found and single and re.fullmatch(rf"{CAP}[\w-]+", word) and looks_like_name(word, people.titles, words=1):
        found = [(word, chunk.find(word), chunk.find(word) + len(word))]
    for shown, start, end in found:
        yield (display_name(shown) if article else shown), base + start, base + end


_SHARED_SURNAME = re.compile(rf"^\s*(?P<g1>{CAP}[a-z]+)\s+(?:and|&)\s+(?P<g2>{CAP}[a-z]+)\s+(?P<sur>{CAP}[\w'’-]+)\b")
_AS_NAME = re.compile(rf"(?:^|,\s*|\band\s+)(?P<who>{_N})\s+as\s+(?P<role>.+?)"
                      rf"(?=\s*(?:[,;.]|$)|\s+and\s+{_N}\s+as\b)")


_FIRST_GAP = r"^[\s\"“'‘《<「『]*$"
_LIST_GAP = r"^[\s,\"”“’‘'»》」』>]*(?:\(\d{4}\))?[\s,\"”“’‘']*(?:and|&)?[\s\"“'‘《<「『]*$"


def titles_after(found: tuple[Mention, ...], text: str, pos: int, loose: bool = False) -> list[Mention]:
    """The films named right after `pos` (quotes, "the film" and a list's commas between); `loose`
    lets a few words stand before the first and between them ("four U.S. movies: …", "Ridley
    Scott's historical epic 'Gladiator,' which won, …")."""
    out: list[Mention] = []
    for m in found:
        if m.start < pos or m.how == "anaphor":
            continue
        gap = text[pos:m.start] if not out else text[out[-1].end:m.start]
        if loose and not re.search(r"[;!?]|\.(?=\s+[A-Z])", gap) and len(gap) <= 60:
            out.append(m)
            continue
        limit = _FIRST_GAP if not out else _LIST_GAP
        if not re.match(limit, gap):
            break
        out.append(m)
    return out


# Patterns that open with a list of names are searched from where what follows the list is (`runs`).
_NAME_RUNS: tuple[Run, ...] = tuple((f"(?P<who>{head})", r"\w\s.\-'’,&", CAP) for head in (
    _NS, rf"{_N}(?:(?:,\s*|,?\s+and\s+){_N})+"))


def _sentence_credits(doc: Document, sentence: Sentence, patterns: tuple[tuple[str, re.Pattern[str], str], ...],
                      subject: str, people: PagePeople, article: bool) -> Iterator[Credit]:
    text = sentence.text
    for prop, pattern, how in patterns:
        if sentence.section and prop not in PRODUCTION_ROLES and not article:
            continue
        for m in finditer(pattern, text, _NAME_RUNS):
            if prop == "director" and how == "who" and _not_director_before(text, m.start()):
                continue
            if how == "verbs":
                verbs = m.group("verbs").casefold()
                film = film_for(doc, sentence.start + m.start(), subject) if article else subject
                for stem, verb_prop in _VERB_PROPS:
                    if stem in verbs:
                        for shown, start, end in _names(m.group("who"), sentence.start + m.start("who"), people,
                                                        article, True):
                            yield Credit(film, verb_prop, shown, start, end)
                continue
            role = m.groupdict().get("role") or ""
            for group in how.split("+"):
                chunk_group = "who" if group in ("own", "as") else group
                chunk = m.group(chunk_group)
                if not chunk:
                    continue
                base = sentence.start + m.start(chunk_group)
                at_film = sentence.start + (m.end() if group == "own" else m.start(chunk_group))
                if not article:
                    film = subject
                elif prop == "cast_member" and group != "own":
                    film = _film_before(doc, sentence, sentence.start + m.start(), subject, True)
                else:
                    film = film_for(doc, at_film, subject)
                if group == "as":
                    for am in _AS_NAME.finditer(chunk):
                        shown = person(am.group("who"), people)
                        if shown:
                            start = base + am.start("who")
                            role = am.group("role").strip()  # a character's name, not "a father"
                            yield Credit(film, prop, display_name(shown), start, start + len(am.group("who")),
                                         role if re.match(CAP, role) else "")
                    continue
                single = _word_before(text, m.start(chunk_group), _BY_BEFORE, 2)
                for shown, start, end in _names(chunk, base, people, article, single):
                    # "will play Mitsuha's younger sister …": a possessive is someone else, not the role
                    character = _full_name(doc.text, role) if role and group == "who" and not re.search(
                        r"['’]s?$", role) else ""
                    yield Credit(film, prop, shown, start, end, character, owner=group == "own")


# Cast lists as reviews and news run them on: "the film stars Song Kang-ho alongside Hollywood players Chris
# Evans, Ed Harris and …", "an ensemble cast that includes A, B and C", "the voices of A, B, C", "w/A, B".
_CAST_CUE = re.compile(r"\b(?:stars|starring|co-starring|co-stars|starred|features|featuring|featured|"
                       r"(?:the\s+)?voices\s+of|voice\s+cast\s+(?:includes|including)|"
                       # "an ensemble cast of supporting roles, including A, B …"
                       r"cast\b[^.;!?\n]{0,50}?,?\s+(?:including|includes|included|such as)\b|"
                       r"cast\s+(?:that\s+|which\s+)?"
                       r"(?:includes?|including|included|of|led by|featuring|comprising)|cast\s*(?:members|list)?\s*:|"
                       r"supported by|joined by|alongside|opposite|actors|actresses|big names like|"
                       r"(?:also\s+)?in the cast\b|w/|"
                       # French and German: "interprétée par A", "les acteurs A et B", "spielen unter anderem A, B"
                       r"interprét[ée]e?s?\s+par|incarné[e]?s?\s+par|acteurs|actrices|"
                       r"spiel(?:en|t)\s+(?:unter anderem|u\.\s?a\.)|Schauspieler(?:in|innen)?|"
                       r"Darsteller(?:in|innen)?)\s*",
                       re.I)
# "With A, B, C" opening a line (a film card), '"Steel Rain" with A and B': two names or more are its cast.
_WITH_CUE = re.compile(r"(?:^|(?<=[\"”’'»》]))\s*+,?\s*+[Ww]ith\s+")  # spaces read once, not split every way
# Glue between listed names: separators, "alongside", descriptors ("Hollywood players", "top Korean actor"),
# what an actor is known for ("(JSA)", "from \"The Avengers,\""), a role ("as Nora").
_GLUE = re.compile(r"(?:[\s,;&]+|\band\b|\bet\b|\bund\b|\bwith\b|\balongside\b|\bas well as\b|\bplus\b|\balso\b|"
                   r"\bsuch as\b|"
                   r"\blike\b|\bincluding\b|\bfellow\b|\bveteran\b|\btop\b|\bbig-name\b|\bknown\b|"
                   r"\bthe\b|\ba\b|\bactors?\b|\bactress(?:es)?\b|\bstars?\b|\bplayers\b|\bthespians\b|"
                   r"\bnames\b|\bnewcomers?\b|\b(?:Hollywood|Korean|American|British|Japanese|Chinese|French|"
                   r"Indian|Swedish|international|local|young|famed|acclaimed|beloved|popular|seasoned)\b|"
                   r"\([^()]{0,60}\)|\bfrom\s+[\"“'‘][^\"”'’]{1,40}[\"”'’],?|\bas\s+(?:the\s+)?[A-Z][\w-]*"
                   r"(?:\s+[A-Z][\w-]*)?|—|–|-)*", re.I)
_NOT_CAST_BEFORE = re.compile(r"\b(?:director|directed|filmmaker|helmer|writer|written|producer|produced|composer|"
                              r"author|novelist|creator|CEO|chairman)\s*(?:by\s+)?$", re.I)
_NAME_AT = re.compile(_N)


# A title named as what another film remakes, or what an actor is known for, is not the one a cast list is of.
_OTHER_FILM_BEFORE = re.compile(r"(?:\b(?:remake|version|adaptation|reboot)\s+of|\bbased\s+on|\bknown\s+for|"
                                r"\bseen\s+in|\bfrom|\bclassic|\boriginal|\bwebcomic|\bwebtoon|\bnovel|\(|\bthan|\bafter|"
                                r"\bincluding)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}[\"“'‘《]?$", re.I)


class _NamedFilms:
    """The films named up to a sentence that a cast list in it may be of, sorted out once for the sentence:
    whether a title is named as another film ("a remake of X", "(X)") does not depend on the list after it,
    and a sentence of a thousand lists and names asked it of every name for every list."""

    def __init__(self, doc: Document, sentence: Sentence, ends: list[tuple[int, int]] | None = None) -> None:
        self.doc, self.sentence = doc, sentence
        self.found = mentions(doc)
        start, text = sentence.start, doc.text
        self.inside = mentions_in(doc, start, sentence.end)
        self.inside_starts = [m.start for m in self.inside]
        # where the page's films end, sorted once per page
        self.ends = ends if ends is not None else sorted((m.end, i) for i, m in enumerate(self.found))
        self.eligible: list[Mention] = []
        depth, counted = 0, start
        for m in self.inside:
            depth += text.count("(", counted, m.start) - text.count(")", counted, m.start)
            counted = m.start
            if ((not m.competitor or m.start - start <= 2) and depth <= 0
                    and not _OTHER_FILM_BEFORE.search(text[max(start, m.start - 60):m.start])):
                self.eligible.append(m)
        self.eligible_starts = [m.start for m in self.eligible]

    def ends_near(self, at: int) -> bool:
        """A film named (an anaphor only from this sentence on) ends at most 3 characters before `at`."""
        first = bisect_left(self.ends, (at - 3, -1))
        for _end, i in self.ends[first:bisect_right(self.ends, (at, len(self.found)))]:
            m = self.found[i]
            if m.how != "anaphor" or m.start >= self.sentence.start:
                return True
        return False


_NAMED: list[_NamedFilms] = []
per_document(_NAMED.clear)


def _named_films(doc: Document, sentence: Sentence) -> _NamedFilms:
    """One `_NamedFilms` for the sentence asked last (its lists are asked in a row)."""
    last = _NAMED[0] if _NAMED else None
    same_page = last if last is not None and last.doc is doc and last.found is mentions(doc) else None
    if same_page is not None and (same_page.sentence.start, same_page.sentence.end) == (sentence.start, sentence.end):
        return same_page
    _NAMED[:] = [_NamedFilms(doc, sentence, same_page.ends if same_page is not None else None)]
    return _NAMED[0]


def _film_before(doc: Document, sentence: Sentence, at: int, subject: str, verb: bool) -> str:
    """The film a cast list is of: in its sentence, the one the sentence is about (its first title for a verb,
    "X stars …"; the last before a noun, "the cast of X includes …"), not a title named as an original or
    as what an actor is known for; else the page's film."""
    named = _named_films(doc, sentence)
    # the end of the words before the list: a search anchored at the end still tries every place of
    # what it is given, and a sentence of many lists asks for each
    head = doc.text[max(sentence.start, at - 200):at]
    if re.search(r",?\s+(?:which|that|who)\s+(?:also\s+)?$|[\"”’'»》]\s*$", head) or named.ends_near(at):
        # "… the 2016 film 'Train to Busan,' which stars …": the film right before, rival or not
        right_before = named.inside[:bisect_left(named.inside_starts, at)]
        if right_before:
            return right_before[-1].title
    before = named.eligible[:bisect_left(named.eligible_starts, at)]
    if before:
        return (before[0] if verb else before[-1]).title
    line_start = doc.text.rfind("\n", 0, at) + 1
    for m in reversed(mentions_in(doc, line_start, sentence.start)):
        if not m.competitor and m.how != "anaphor":
            return m.title
    return primary_film(doc) or subject


# where a list after a cue ends: the sentence's end, or a clause about something else (its run of
# whitespace tried from the run's start only: from each place of a long run, "\s+who" read the rest again)
_LIST_STOP = re.compile(r"[.;!?](?:\s|$)"
                        r"|(?<!\s)\s+(?:who|which|that|while|but|was|were|is|are|will|directed|written)\b")


class _Stops:
    """The first `_LIST_STOP` at or after a place, for places mostly asked in order: its one lookbehind
    looks at the text, not at where the search began, so where a stop can start does not depend on
    that place, and the last answer holds for every place up to it (a sentence of thousands of cues
    searched its rest again for each)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.last: tuple[int, re.Match[str] | None] | None = None

    def after(self, pos: int) -> re.Match[str] | None:
        if self.last is not None and self.last[0] <= pos and (self.last[1] is None or self.last[1].start() >= pos):
            return self.last[1]
        found = _LIST_STOP.search(self.text, pos)
        self.last = (pos, found)
        return found


def _cast_runs(doc: Document, sentence: Sentence, subject: str, people: PagePeople, article: bool) -> Iterator[Credit]:
    """The names listed after a cast cue, each one glued to the one before."""
    text = sentence.text
    masked = re.sub(r"\([^()]*\)", lambda m: "_" * len(m.group(0)), text)  # "(Sympathy for Mr. Vengeance)"
    cues = [(cue, 1) for cue in _CAST_CUE.finditer(text)] + [(cue, 2) for cue in _WITH_CUE.finditer(text)]
    stops = _Stops(masked)
    for cue, least in cues:
        if least == 1 and (masked[cue.start()] == "_" or (cue.start() and text[cue.start()].isupper())):
            continue  # "(Cold Stars)": a title, not the verb
        end = len(text)
        if stop := stops.after(cue.end()):
            end = stop.start()
        verb = bool(re.match(r"(?:stars|starring|co-starring|co-stars|starred|features|featuring|featured)\b",
                             cue.group(0), re.I))
        film = _film_before(doc, sentence, sentence.start + cue.start(), subject, verb) if article else subject
        pos = cue.end()
        run: list[Credit] = []
        while pos < end:
            glue = _GLUE.match(text, pos)
            at = glue.end() if glue else pos
            if at - pos > 60:
                break
            m = _NAME_AT.match(text, at, end)
            if not m:
                break
            found = find_person(m.group(0), people, expand=False)
            if found is None and re.match(r"\s+as\s+[A-Z]", text[m.end():]) and looks_like_name(
                    m.group(0), people.titles, words=1):
                found = (m.group(0), 0, len(m.group(0)))  # "Joseph as Ne Zha" in a list of roles
            if found is None and run and re.match(r",\s*\S", text[m.end():]) and looks_like_name(
                    m.group(0), people.titles, words=1):
                found = (m.group(0), 0, len(m.group(0)))  # "A B, Rufus, C D": one name among full ones
            if found is None or _NOT_CAST_BEFORE.search(text[max(0, m.start() - 25):m.start()]):
                break
            shown, a, b = found
            run.append(Credit(film, "cast_member", display_name(shown) if article else shown,
                              sentence.start + m.start() + a, sentence.start + m.start() + b, weak=True))
            pos = m.end()
        if len(run) >= least:
            yield from run


_GAP_OK = re.compile(r"^(?:(?:[a-z][\w-]*|[A-Z][\w]*-[a-z][\w-]*|(?:19|20)\d\d|Oscar|Oscar-winning|Cannes|Best|"
                     r"Picture|Academy|Award-winning)\s+)*$")
_BY_AFTER = re.compile(rf"^[\"”’'»》」]?\s*(?:\((?:19|20)\d\d\)\s*)?,?\s+(?:from|by)\s+(?:(?:director|filmmaker)\s+)?"
                       rf"(?P<who>{_N})")
_POSSESSED = re.compile(rf"^(?P<who>{_N})['’]s?\s+(?P<t>\S.*)$")
_OWNER_PHRASE = re.compile(rf"(?:(?P<role>[Dd]irector|[Ff]ilmmaker|[Hh]elmer|[Aa]uteur|[Aa]ctor|[Aa]ctress|"
                           rf"[Ss]tar)\s+)?"
                           rf"(?P<who>{_N})(?:['’]s|(?<=s)['’])\s+(?P<gap>(?:[a-z][\w-]*\s+|(?:19|20)\d\d\s+){{0,4}})"
                           rf"(?P<t>{PHRASE})")


# What a possessive owns besides a film it made: "Elmer Bernstein's theme for …", "Hyun Bin's role in …".
_OWNED_ROLE = (("music", re.compile(r"\b(?:theme|score|music|soundtrack|song)\b")),
               ("screenwriter", re.compile(r"\b(?:script|screenplay)\b")),
               ("cast_member", re.compile(r"\b(?:role|performance|turn|portrayal|character)\b")),
               ("", re.compile(r"\b(?:novel|book|story|manga|webtoon|comic|play|poem|memoir|century|biography)\b")))
_AFTER_A_CUE = re.compile(r"\b(?:based (?:up)?on|adapted from|adaptation of|inspired by|remake of)\s+(?:the\s+)?$",
                          re.I)


def _owner_credit(who: str, role: str, title: str, start: int, people: PagePeople,
                  single: bool = False, gap: str = "") -> Credit | None:
    found_person = find_person(who, people)
    if found_person is None and single and looks_like_name(clean(who), people.titles, words=1):
        found_person = (clean(who), 0, len(clean(who)))  # "Bergman's 'Fanny and Alexander'"
    if not found_person or found_person[0].casefold() == title.casefold():
        return None
    shown, a, b = found_person
    role = role.casefold()
    prop = "cast_member" if role in ("actor", "actress", "star", "superstar") else "director"
    for owned, pattern in _OWNED_ROLE:
        if pattern.search(gap):
            if not owned:
                return None
            prop = owned
            break
    return Credit(title, prop, display_name(shown), start + a, start + b, owner=not role and prop == "director")


def _title_credits(doc: Document, people: PagePeople) -> Iterator[Credit]:
    """"Bong Joon-ho's Parasite", "X, who directed Y and Z", "X, the director of Y", "Old Boy from Spike
    Lee": the person of each film the page names right there."""
    found = mentions(doc)
    text = doc.text
    titles = {m.title.casefold() for m in found}
    for i, m in enumerate(found):
        if m.how == "anaphor" or m.start < 0:
            continue
        # a title given with its owner ("Tim Burton's Dumbo"), when the page names the owner elsewhere too;
        # "The Full Monty's Peter Cattaneo" is the film's director
        if pm := _POSSESSED.match(m.title):
            if looks_like_name(pm.group("t"), people.titles) and not find_person(pm.group("who"), people):
                if found_person := find_person(pm.group("t"), people):
                    yield Credit(strip_leading(pm.group("who")), "director", display_name(found_person[0]),
                                 m.start, m.end)
                continue
            if len(re.findall(re.escape(pm.group("who")), text)) > 1 and (
                    credit := _owner_credit(pm.group("who"), "", pm.group("t"), m.start, people)):
                yield credit
                continue
        line_start = text.rfind("\n", 0, m.start) + 1
        before = text[max(line_start, m.start - 90):m.start]
        om = _OWNER.search(before)
        if om and not _GAP_STOP.search(om.group("gap")) and _GAP_OK.match(om.group("gap")) and not _AFTER_A_CUE.search(
                before[:om.start()]):
            start = m.start - len(before) + om.start("who")
            quoted = text[m.start - 1:m.start] in "\"“'‘《「『"
            if credit := _owner_credit(om.group("who"), om.group("role") or "", m.title, start, people, quoted,
                                       om.group("gap")):
                yield credit
        dm = _DIRECTED_TITLES.search(before)
        if dm:
            who = dm.group("who") or dm.group("who2")
            if found_person := find_person(who, people):
                shown, a, b = found_person
                start = m.start - len(before) + (dm.start("who") if dm.group("who") else dm.start("who2"))
                for t in titles_after(found[i:], text, m.start):
                    yield Credit(t.title, "director", display_name(shown), start + a, start + b)
        if (bm := _BY_AFTER.match(text, m.end)) and (found_person := find_person(bm.group("who"), people)):
            shown, a, b = found_person
            yield Credit(m.title, "director", display_name(shown), bm.start("who") + a, bm.start("who") + b)
    # "James Cameron's Titanic": a title the page names elsewhere, after a person's possessive
    for om in _OWNER_PHRASE.finditer(text):
        title = strip_leading(cut_phrase(om.group("t"))).rstrip(",:")
        if not title or not_a_film(title) or is_person(title) or title.casefold() in titles or _GAP_STOP.search(
                om.group("gap")) or _AFTER_A_CUE.search(text[max(0, om.start() - 30):om.start()]):
            continue
        if looks_like_name(title, people.titles) or om.group("who").casefold() in titles:
            # "The Full Monty's Peter Cattaneo": a film's director, named after it
            if om.group("who").casefold() in titles and (found_person := find_person(title, people)):
                shown, a, b = found_person
                at = om.start("t") + om.group("t").find(title)
                yield Credit(om.group("who"), "director", display_name(shown), at + a, at + b)
            continue
        if len(re.findall(rf"(?<![\w'’]){re.escape(title)}(?![\w'’])", text)) < 2 and not re.search(
                _FILM_NOUN, om.group("gap")):
            continue
        if credit := _owner_credit(om.group("who"), om.group("role") or "", title, om.start("who"), people,
                                   gap=om.group("gap")):
            yield credit


_AWARD_NEAR = re.compile(r"\b(?:best|award|prize|nominat\w*|oscars?|editing|design|screenplay|cinematography|score|"
                         r"directing|direction)\b|상\s*$", re.I)


# A sentence that names actors before a bracket: "reunites Kim Bora (Summer Lake)", "a cast led by A (JSA)".
_ACTORS_BEFORE = re.compile(r"\b(?:stars?|starring|starred|co-stars?|co-starring|cast|casts|reunites?|reunited|"
                            r"alongside|opposite|actors?|actress(?:es)?|led by|joined by|veterans?)\b", re.I)
# Words before a character's name that are not part of it: "Major General Chun Doo-kwang", "When Superintendent Wong".
_RANKS = frozenset(("general", "major", "superintendent", "commander", "chief", "defense", "defence", "capital",
                    "agent", "sheriff", "judge", "king", "prince", "lord", "lady", "general's", "private", "corporal",
                    "admiral", "emperor", "empress", "teacher", "principal", "mayor", "father", "mother", "brother",
                    "sister", "young", "old", "little", "big"))


def _character(raw: str) -> str:
    """The character a bracket's actor plays, as the words before it name it: "“Reversal Type: Nami”" is Nami,
    "Major General Chun Doo-kwang" is Chun Doo-kwang, "Gang Du's" is Gang Du."""
    name = raw.strip("\"“”'‘’ ")
    name = name.rsplit(":", 1)[-1].strip()
    name = re.sub(r"['’]s$", "", name)
    words = name.split()
    while len(words) > 1 and (words[0].casefold() in _RANKS or words[0].casefold() in NOT_NAME_WORDS
                              or words[0].casefold() in LEADING_WORDS):
        words = words[1:]
    return " ".join(words)


def _bracket_credits(doc: Document, subject: str, people: PagePeople, article: bool, titles: set[str],
                     skip: list[tuple[int, int]]) -> Iterator[Credit]:
    """A character with its actor in brackets: "Na-mi (Shim Eun-kyung)", "해미(전종서)". Lines of a cast
    list (`skip`) write the actor first and are cast.py's. Where the words before the bracket are a
    person's name too ("Byun Hee-bong (Crying Fist)", "Lucy Mirando (Tilda Swinton)"), the credit is
    `owner`: kept only when the page casts the bracketed name elsewhere."""
    for sentence in prose_sentences(doc, skip_narrative=False):
        if not article and sentence.section and not any(
                p.casefold().startswith(("plot", "synopsis", "story", "characters")) for p in sentence.section):
            continue
        if any(a <= sentence.start < b for a, b in skip):
            continue
        text = sentence.text
        for m in _IN_BRACKETS.finditer(text):
            raw = re.sub(r"\s?분$", "", m.group("who"))
            hangul = bool(re.fullmatch(HANGUL_NAME, raw))
            if not hangul and (len(raw.split()) < 2 or not person(raw, people)):
                continue
            before = text[:m.start()]
            if _BRACKET_NOT_ROLE.search(before[-40:]) or _AWARD_NEAR.search(before[-30:]):
                continue
            rm = _ROLE_BEFORE.search(before)
            written = rm.group("role").strip("\"“”'‘’ ") if rm else ""
            character = _character(written)
            if hangul != bool(re.search(r"[\uac00-\ud7a3]", character)) and character:
                character = ""
            if written.split()[:1] in (["The"], ["A"], ["An"]):
                continue
            named = bool(character) and (character.casefold() in titles or written.casefold() in titles or (
                len(written.split()) >= 2 and bool(person(written, people))))
            if named and _ACTORS_BEFORE.search(before):
                continue  # "reunites Kim Bora (Summer Lake)": an actor and a film of theirs
            start = sentence.start + m.start("who")
            film = film_for(doc, sentence.start + m.start(), subject) if article else subject
            shown = raw if hangul else display_name(person(raw, people) or raw)
            yield Credit(film, "cast_member", shown, start, start + len(raw), character, owner=named, written=written)


def _korean_lists(doc: Document, sentence: Sentence, subject: str, article: bool) -> Iterator[Credit]:
    if not _KO_CAST.search(sentence.text):
        return
    for m in _KO_LIST.finditer(sentence.text):
        pos = m.start("list")
        for item in re.split(r"\s*[,·、]\s*|(?<=[\uac00-\ud7a3])(?:[와과]\s|[을를]\s?비롯해\s)", m.group("list")):
            at = sentence.text.find(item, pos)
            pos = at + len(item)
            words = item.split()
            if len(words) == 2 and (re.fullmatch(HANGUL_NAME, words[1])
                                    or re.search(r"[은는이가로서해고며에과와들]$", words[0])):
                at += len(words[0]) + 1
                item = words[1]
            if (len(item.split()) == 1 and not re.fullmatch(HANGUL_NAME, item)) or item.endswith("들") or re.search(
                    r" (?:감독|배우|작가|씨|대표)$", item):
                continue  # "배우들과 안서현": the actors, then a name
            film = film_for(doc, sentence.start + at, subject) if article else subject
            yield Credit(film, "cast_member", item, sentence.start + at, sentence.start + at + len(item))


def _resolve_owners(credits: list[Credit]) -> list[Credit]:
    """"X's Title" is a director's credit unless the page makes X an actor and never a director; a
    bracketed name after another name or a title ("Lucy Mirando (Tilda Swinton)", "Barbie (Margot
    Robbie)") is kept only when the page casts it elsewhere and gives it no other credit."""
    roles: dict[str, set[str]] = {}
    for c in credits:
        if not c.owner and not c.weak:
            roles.setdefault(c.name.casefold(), set()).add(c.prop)
    out = []
    for c in credits:
        known = roles.get(c.name.casefold(), set())
        if c.weak and known and "cast_member" not in known:
            continue  # "big names like Spike Lee, Josh Brolin …": the page's director is no actor
        if c.owner and c.prop == "director":
            if "cast_member" in known and "director" not in known:
                c = Credit(c.film, "cast_member", c.name, c.start, c.end, c.character)
        elif c.owner and c.prop == "cast_member" and known != {"cast_member"}:
            continue
        out.append(c)
    return out


@extractor(NAME, VERSION, requires=("sections",))
def extract_crew(doc: Document, subject: str) -> Iterator[Claim]:
    article = doc.kind in ARTICLE_KINDS
    titles = set(films_named(doc)) | ({subject} if subject else set())
    people = page_people(doc, titles)
    low_titles = {t.casefold() for t in titles}
    patterns = PATTERNS + ARTICLE_PATTERNS if article else PATTERNS
    credits: list[Credit] = []
    for sentence in _sentences(doc):
        credits.extend(_sentence_credits(doc, sentence, patterns, subject, people, article))
        if article or not sentence.section:
            credits.extend(_cast_runs(doc, sentence, subject, people, article))
        if article or not sentence.section:
            credits.extend(_sentence_credits(doc, sentence, CJK_PATTERNS, subject, people, True))
            credits.extend(_korean_lists(doc, sentence, subject, article))
    if article:
        credits.extend(_title_credits(doc, people))
    lines = [(item.start, item.end) for item, _ in cast_lines(doc, people, subject)]
    credits.extend(_bracket_credits(doc, subject, people, article, low_titles, lines))
    # a character's name in quotes ("'수호' 역 정다운") is no film: its credits are the page's film's
    characters = {n.casefold() for c in credits for n in (c.character, c.written) if n}
    main = primary_film(doc) or subject
    if main.casefold() in characters:
        main = subject
    seen: set[tuple[str, str, str]] = set()
    # a credit that names the character first: "stars Kang Min-jae …; Park Ji-ho (Kang Min-jae)" keeps the role
    for c in sorted(_resolve_owners(credits), key=lambda c: not c.character):
        if c.film.casefold() in characters and main:
            c = Credit(main, c.prop, c.name, c.start, c.end, c.character, c.owner)
        key = (c.film, c.prop, c.name.casefold())
        if not c.film or key in seen or c.name.casefold() in low_titles:
            continue
        seen.add(key)
        yield claim(c.film, c.prop, Name(c.name, "person"), doc.span(c.start, c.end), NAME, VERSION,
                    {"character": c.character} if c.character else None)
