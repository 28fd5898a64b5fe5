"""Whether a phrase of a page names a film.

`mentions` finds where a page names films; this module says what such a phrase is:

- a title phrase: capitalised words with the small words titles keep ("Along with the Gods: The Two
  Worlds"), cut where a sentence ends ("… The Hollywood Reporter. It" is not one phrase), with a
  numbered list's "542." and a date or a label before it left out ("Review: Parasite");
- its possessor, when the phrase is someone's film ("Bong Joon-ho's Parasite", "2009's Avatar",
  "Disney's Frozen"): the film is what follows;
- `not_a_film`: why a phrase found in a telling position is no film: a person ("Choi Min-sik",
  "Hwang Jung-min and Hyun Bin", someone the page calls director, actor or producer), a company, a
  festival or an award, a place, a field label ("Director: …", "Category: …"), a section name, a
  date or a number;
- `quoted_title`: whether a quoted span is a title ("The Devil's Deal", '파묘') or a remark.

A phrase in quotes or title brackets is the page's own word that it is a title; a capitalised phrase
found only by its position is checked against all of the above.
"""

from __future__ import annotations

import re

from ..link.names import SURNAMES
from .literal import word_spans
from .vocab import COUNTRIES

SMALL = r"(?:of|the|in|a|an|and|to|for|on|at|with|from|by|or|vs\.?|de|la|le|du|no\.)"
# A word of a title: capitalised or a number, an abbreviation's full stop kept ("Mr.", "Vol.", "No.");
# another full stop ends the word (and the phrase: `cut_phrase`).
WORD = r"(?:[A-Z0-9\u00C0-\u00DE][A-Za-z0-9\u00C0-\u024F'’.&!?-]*:?)"
# at most 16 words: a pattern that wants a cue after a phrase ("… drew 2 million") would otherwise read a long
# run of capitalised words or numbers again from each of its words to the end (the square of the run)
PHRASE = rf"{WORD}(?:[ \t]+(?:{SMALL}[ \t]+)*{WORD}){{0,15}}"
SMALL_RE = re.compile(SMALL, re.I)

_ABBREVIATION = re.compile(r"^(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Vol|Pt|Ch|Ep|Co|vs|Bros|Inc|Ltd|[A-Z]\.[A-Z]|"
                           r"[A-Z]\.[A-Z]\.[A-Z])"
                           r"\.$")
_LIST_NUMBER = re.compile(r"^\d{1,4}[.)]$")
_DATE_WORD = re.compile(r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}$")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
          "Oct.", "Nov.", "Dec.")
NATIONALITIES = frozenset(a for adjs in COUNTRIES.values() for a in adjs)
PLACES = frozenset({*COUNTRIES, "Korea", "America", "North America", "Europe", "Asia", "Latin America",
                    "Seoul", "Busan", "Tokyo", "Beijing", "Shanghai", "Hong Kong", "Los Angeles", "New York",
                    "Hollywood", "Cannes", "Venice", "Berlin", "Toronto", "Sundance", "London", "Paris",
                    "U.S.", "US", "UK", "S. Korea", "Mainland China"})
# Words a capitalised run starts with that are not part of a title: discourse words, days, months,
# nationalities ("Korean film Exhuma" is read by the genre noun; "Korean Exhuma" is not a title).
LEADING = frozenset({
    "Meanwhile", "Also", "However", "Then", "Now", "Still", "Elsewhere", "Overall", "Local", "Foreign",
    "Domestic", "Hollywood", "Earlier", "Later", "Last", "This", "Next", "Yesterday", "Today",
    "On", "In", "At", "By", "During", "Since", "Over", "After", "Before", "Both", "And", "But", "So", "As",
    "Only", "Even", "Previously", "Recently", "Currently", "Eventually", "Finally", "Together",
    "Weekend", "Box", "Office", "Update", "Exclusive", "Breaking", "Report", "Chart", "Crowd-drawer",
    "Why", "How", "What", "Where", "Who", "Which", "Here", "There", "Having", "Being", "With", "Despite",
    "Following", "Thanks", "According", "Although", "While", "When", "If", "Unlike", "Like", "Including",
    "THIS", "WEEKEND", "ENG", "KOR", "EN", "KO", "Watch", "Review", "Trailer", "Interview", "Photos", "Video",
    "Opinion", "Analysis", "Feature", "Column", "Editorial", "Movie", "Film", "Films", "Movies",
    "Opening", "Closing", "Starting", "Debuting", "Ending", "Finishing", "Moving", "Coming", "Rounding", "Dropping",
    "Falling", "Rising", "Climbing", "Holding", "Adding", "Bringing", "Taking", "Earning", "Grossing", "Drawing",
    "Thanksgiving", "Christmas", "Easter", "Chuseok", "Seollal", "Diwali", "Eid",
    *WEEKDAYS, *MONTHS, *NATIONALITIES,
})
# A run that is only one of these is no title.
NOT_TITLES = frozenset({
    "It", "Its", "The", "This", "That", "These", "Those", "They", "He", "She", "We", "I", "You", "A", "An",
    "His", "Her", "Their", "Our", "Which", "What", "Who", "Film", "Movie", "Films", "Movies", "Box Office",
    "KOBIS", "KOFIC", "Korean Film Council", "CGV", "Megabox", "IMAX", "3D", "4DX", "2D", "ScreenX",
    "Lotte Cinema", "Netflix", "Disney", "Warner", "Universal", "Sony", "Showbox", "NEW", "CJ ENM", "Lotte",
    "Total", "Rank", "Overall", "Sales", "Ticket", "Tickets", "Admissions", "Audiences", "Viewers",
    "IMDb", "Rotten Tomatoes", "Metacritic", "Wikipedia", "Oscar", "Oscars", "Golden Globe", "Golden Globes",
    "BAFTA", "Palme d'Or", "Golden Lion", "Golden Bear", "MCU", "DCEU", "USD", "KRW", "Summary", "Reception",
    "Plot", "Synopsis", "Cast", "Production", "Release", "Accolades", "References", "Contents", "Director",
    "Starring", "Screenplay", "Music", "Cinematography", "Distributor", "Budget", "Gross", "Runtime",
    "Home", "News", "Menu", "Search", "Login", "Share", "Comments", "Related", "Advertisement", "Top",
    "Mr", "Mrs", "Ms", "Dr", "Part", "Chapter", "Episode", "Season", "Vol", "Volume",
    "R-rated", "PG-rated", "X-rated", "PG-13", "NC-17", "Q&A", "FAQ", "Breakdown", "Analysis", "Scope",
    "Sign in", "Sign In", "Sign up", "Sign Up", "Log in", "Log In", "Log out", "Subscribe", "Register",
    "Newsletter", "Logout", "My Account", "Print", "Email", "Tweet", "Close", "Report", "Reports",
})
# Studios and distributors a page names as a film's owner ("Marvel's Guardians of the Galaxy Vol. 3").
STUDIOS = frozenset({
    "Marvel", "Disney", "Pixar", "Warner Bros.", "Warner", "Universal", "Sony", "Paramount", "Netflix",
    "DreamWorks", "Lionsgate", "A24", "Fox", "20th Century Fox", "Illumination", "Amazon", "Apple", "HBO", "Neon",
    "Focus Features", "Searchlight", "MGM", "Legendary", "Blumhouse", "Studio Ghibli", "Ghibli", "Toho", "CJ",
    "Showbox", "Lotte", "NEW", "Columbia", "New Line", "Miramax", "Lucasfilm", "DC", "Sony Pictures", "Annapurna",
    "Warner Bros", "Fathom Events", "Comscore", "The Weinstein Company", "Weinstein", "Gaumont", "Pathé", "StudioCanal",
    "Well Go USA", "Magnet Releasing", "IFC Films", "Crunchyroll", "Funimation", "GKids", "Shochiku", "Toei",
})
# A field label before a colon: what follows is a person, a category or a value, not a film.
_LABEL = re.compile(
    r"^(?:category|categories|director|directors|dir|directed by|starring|stars|cast|rating|rated|genre|genres|"
    r"runtime|running time|length|country|countries|language|languages|produced by|producer|producers|"
    r"written by|writer|writers|screenplay(?: by)?|story by|music(?: by)?|cinematography|edited by|editor|"
    r"release(?:d| date| dates)?|based on|distributed by|distributor|studio|budget|box office|gross|"
    r"source|sources|photo|photos|credit|credits|tags?|posted(?: in| by)?|published|filed under|by|author|"
    r"composer|composers|scope|summary|synopsis|plot|cast and crew|crew|theme|score|soundtrack|trivia|"
    r"written|reporter|editor|awards?|nominations?|year|date|time|format|certificate|viewers|admissions)"
    r"(?:\s*[:|]|\s+(?=[A-Z]))", re.I)
# Words that make a phrase a company, an event, an award, a publication or a place, not a film.
_INSTITUTION = re.compile(
    r"\b(?:Festival|Festivals|Awards|Award|Prize|Prizes|Academy Awards|Association|Council|Institute|University|"
    r"Entertainment|Pictures|Studios|Films|Company|Distribution|Distributors|Inc|Ltd|Corp|Corporation|"
    r"Cinemas|Channel|Network|Agency|Ministry|Committee|Foundation|Museum|Society|Media|Records|Reporter|"
    r"Herald|Tribune|Gazette|Magazine|Journal|Newsletter|Times|Post|News|Daily|Weekly|Press|Broadcasting|"
    r"Wikipedia|Fandom|Wiki|Encyclopedia|Britannica|Staff|Editorial|Editors|Desk|Office|Ceremony|Gala|"
    r"Market|Forum|Group|Holdings|Releasing|Productions|Production|Studio|Animation Studio|Theatres|Theaters|"
    r"Multiplex|Chart|Charts|Box-Office|Census)\b")
# A place films are shown in, named by what it is last ("Silverspot Cinema", "Lincoln Center"); "Cinema
# Paradiso" starts with the word.
_VENUE_END = re.compile(r"\b(?:Cinema|Cineplex|Theater|Theatre|Center|Centre|Hall|Plaza|Auditorium|Arena|"
                        r"Stadium|Mall)$")
# A Korean person's name as English text writes it: "Choi Min-sik", "PARK Chan-wook", "Bong Joon Ho".
_KOREAN_PERSON = re.compile(r"^[A-Z][A-Za-z]{1,5} [A-Z][a-z]+-[a-z]+$")
_SURNAME_WORDS = frozenset(w.capitalize() for k, vs in SURNAMES.items() for w in (k, *vs) if len(w) > 1)
_SYLLABLE = re.compile(r"^[A-Z][a-z]{1,4}$")
# Words a page puts before a person or after one.
_ROLE_BEFORE = re.compile(
    r"\b(?:director|directors|filmmaker|auteur|actor|actress|actors|star|stars|co-star|costar|starring|producer|"
    r"producers|writer|screenwriter|novelist|author|composer|cinematographer|editor|helmer|critic|CEO|chairman|"
    r"president|head|founder|singer|rapper|comedian|host|spokesperson|spokesman|analyst|official|"
    r"part of|role of|character|characters|protagonist|hero|heroine|villain|played|playing|plays|"
    r"directed by|written by|produced by|helmed by|starring|Mr\.|Ms\.|Mrs\.|Dr\.)[ \t]+$", re.I)
# A credits list's line: "Sam Worthington as Jake Sully".
_CREDIT_LINE = re.compile(r"^[ \t•*-]*$")
_AS_ROLE = re.compile(r"^[ \t]+as[ \t]+(?:the[ \t]+)?[A-Z]")
_ROLE_AFTER = re.compile(  # matched at the name's end (`match(text, pos)`: no "^")
    r"(?:,?[ \t]+(?:said|says|told|explained|recalled|admitted|tweeted|who|whose|plays|played|starred in|"
    r"portrays|portrayed|voiced|thanked|was born|is married|married)\b|[ \t]*\((?:born|b\.|\d{1,3}\))"
    r"|-starrer\b|[ \t]+directorial\b"
    # "Todd Phillips' film", "Makoto Shinkai's latest": someone's work
    r"|(?:['’]s|(?<=s)['’])[ \t]+(?:(?:new|latest|next|first|last|debut|acclaimed|upcoming|recent|previous|"
    r"directorial|feature)[ \t]+)*(?:film|movie|feature|work|debut|latest|picture|project|masterpiece)s?\b)")
# A work of another kind named right before its title: not a film ("the novel Fingersmith",
# "Haruki Murakami's short story 'Barn Burning'", "the song 'Naatu Naatu'", "based on …").
_OTHER_WORK_BEFORE = re.compile(
    r"\b(?:novel|novels|novella|short story|story|book|books|play|stage play|song|songs|single|album|track|"
    r"soundtrack|anthem|comic|comics|comic book|manga|manhwa|webtoon|webcomic|web comic|web novel|light novel|"
    r"graphic novel|poem|opera|ballet|game|fairy tale|folk tale|"
    r"video game|series|TV series|television series|web series|drama series|K-drama|sitcom|show|TV show|"
    r"reality show|anime series|miniseries|podcast|musical number|tune|memoir|biography|"
    r"based on|adapted from|adaptation of|inspired by|remake of|a remake of)"
    r"(?:[ \t]+(?:of the same name|titled|called|entitled|named))?[ \t,]*[\"“'‘《「『〈<]?$", re.I)
_OTHER_WORK_AFTER = re.compile(
    r"^[\"”'’》」』〉>]?,?[ \t]+(?:\((?:novel|book|play|song|manga|comic|TV series|series|short story)|"
    r"(?:a|the)[ \t]+(?:\w+[ \t]+){0,2}(?:novel|book|play|song|manga|comic|series|short story|webtoon)\b|"
    r"(?:novel|series|TV series|song|season)\b)", re.I)


def cut_phrase(raw: str) -> str:
    """A capitalised run as a title: a numbered list's mark and a leading date dropped ("542. Title"),
    cut after a word whose full stop ends a sentence ("The Hollywood Reporter. It" → "The Hollywood
    Reporter"), an abbreviation's full stop kept ("Mr. Go", "Hal B. Wallis")."""
    words = raw.split()
    out: list[str] = []
    for word in words:
        if not out and (_LIST_NUMBER.match(word) or _DATE_WORD.match(word)):
            continue
        if word.endswith(".") and not _ABBREVIATION.match(word) and not re.fullmatch(r"\d+\.\d+\.?", word):
            out.append(word[:-1])
            break
        out.append(word)
    return " ".join(out)


# A section or column name before a colon ("Review: Parasite", "Filmography: Oldboy"): the title follows.
_SECTION_PREFIX = re.compile(
    r"^(?:review|reviews|interview|trailer|watch|update|exclusive|opinion|recap|spoilers?|preview|box office|poll|"
    r"quiz|news|feature|essay|analysis|filmography|films?|movies?|works|see also|related|read more|also read|"
    r"watch now|now streaming|in theaters|in cinemas|first look|photos?|video|clip|teaser|podcast|ranking|"
    r"ranked|explained|ending explained|fact check|throwback|flashback|retrospective|anniversary)[ \t]*[:|–—-][ \t]*",
    re.I)


def strip_section(title: str) -> str:
    """ "Review: Parasite" → "Parasite": a column or section name before a colon is not the title's."""
    m = _SECTION_PREFIX.match(title)
    return title[m.end():] if m and m.end() < len(title) else title


_TRAILING = frozenset({"Just", "Finally", "Officially", "Now", "Already", "Still", "Also", "Again", "Reportedly",
                       "Quickly", "Easily", "Even", "Only", "Soon", "Once", "Ever"})


def strip_trailing(title: str) -> str:
    """Adverbs a headline's capitals glue to a title ("Parasite Just Became …" → "Parasite")."""
    words = title.split()
    while len(words) > 1 and words[-1] in _TRAILING:
        words.pop()
    return " ".join(words)


def strip_leading(title: str) -> str:
    """Discourse words, days, months, nationalities and labels a run starts with ("Meanwhile Exhuma",
    "ENG Decision to Leave"); small words left in front."""
    words = strip_section(title).split()

    def leading(word: str) -> bool:
        return word in LEADING or word.rstrip(",:") in LEADING or bool(re.fullmatch(r"(?:19|20)\d\d(?:'s|’s)?", word))

    while len(words) > 1:
        if leading(words[0]):
            words.pop(0)
        elif words[0] in {"A", "An", "The"} and len(words) > 2 and leading(words[1]):
            del words[:2]  # "A Korean Exhuma"
        else:
            break
    while words and SMALL_RE.fullmatch(words[0]) and (words[0][0].islower() or words[0] in {"In", "On", "At", "By"}):
        words.pop(0)
    return " ".join(words)


_POSSESSIVE = re.compile(r"^(?P<owner>[A-Z0-9][^'’]*?)(?:['’]s|(?<=s)['’])[ \t]+(?P<rest>[A-Z0-9\u00C0-\u00DE].*)$")
_TRAILING_POSSESSIVE = re.compile(r"^(?P<t>.+?)(?:['’]s|(?<=s)['’])$")


def possessor(title: str) -> tuple[str, str]:
    """("Bong Joon-ho", "Parasite") for "Bong Joon-ho's Parasite": the words before the first
    possessive and the title after it; ("", title) when the phrase has none or starts with an article
    ("The King's Speech" is a title whole). Whether the owner is someone (and the film what follows)
    or part of the title ("Schindler's List", "Magic Mike's Last Dance") is `owner_outside`'s call."""
    m = _POSSESSIVE.match(title)
    if m is None or title.split()[0] in {"The", "A", "An"}:
        return "", title
    return m.group("owner"), m.group("rest")


def owner_outside(owner: str, rest: str, text: str) -> bool:
    """Whether "OWNER's REST" is OWNER's film REST rather than one title: the owner is a year or a decade
    ("2009's Avatar"), a company or studio ("Disney's Frozen"), a person the page names as one ("director
    Jon Favreau", a Korean name), or a name before a title that starts with an article ("Sony's A Dog's
    Way Home")."""
    if re.fullmatch(r"(?:19|20)\d\d|\d{2,4}s|last year|this year", owner, re.I):
        return True
    if owner in NOT_TITLES or owner in STUDIOS or _INSTITUTION.search(owner) or is_person(owner):
        return True
    if re.match(r"(?:[Dd]irector|[Ff]ilmmaker|[Aa]ctor|[Aa]ctress|[Pp]roducer|[Ss]tar|[Ww]riter|[Hh]elmer|"
                r"[Aa]uteur|[Cc]omposer|[Aa]uthor)[ \t]+[A-Z]", owner):
        return True  # "Director Ann Vale's Silver Night": someone named by their role
    if rest.split()[0] in {"The", "A", "An"} and len(rest.split()) >= 2:
        return True
    return person_in_page(text, owner)


def without_possessive_end(title: str) -> str:
    """ "Titanic's" → "Titanic" (a title read before "'s 11 Oscars")."""
    m = _TRAILING_POSSESSIVE.match(title)
    return m.group("t") if m else title


def is_person(title: str) -> bool:
    """A Korean name as English writes it, or names joined by "and" ("Hwang Jung-min and Hyun Bin")."""
    if _KOREAN_PERSON.match(title):
        return True
    words = title.split()
    if len(words) == 3 and words[0] in _SURNAME_WORDS and all(_SYLLABLE.match(w) for w in words[1:]):
        return True
    if not re.search(r"[ \t](?:and|&)[ \t]", title):
        return False
    parts = re.split(r"[ \t]+(?:and|&)[ \t]+|,[ \t]*", title)
    return len(parts) >= 2 and all(_name_like(p) for p in parts)


def _name_like(part: str) -> bool:
    words = part.split()
    return (1 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][\w'’.-]*", w) for w in words)
            and not any(w in {"The", "A", "An"} for w in words) and (len(words) >= 2 or is_person(part)))


def person_in_page(text: str, title: str) -> bool:
    """Whether the page uses `title` as a person's name: after a role word ("director Jon Favreau",
    "starring Jack Nicholson") or before a person's verb ("Graham King said", "Rick Blaine, who")."""
    if len(title.split()) > 4:
        return False
    for m in re.finditer(rf"(?<![\w'’]){re.escape(title)}(?![\w])", text):
        if _ROLE_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            return True
        if _ROLE_AFTER.match(text, m.end(), m.end() + 40):
            return True
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _CREDIT_LINE.match(text[line_start:m.start()]) and _AS_ROLE.match(text[m.end():m.end() + 30]):
            return True
    return False


# A run of two to four capitalised words: a name the page may use for a person ("Bong Joon Ho",
# "Makoto Shinkai", "J. R. R. Tolkien").
_NAME_WORD = r"(?:[A-Z]\.|[A-Z][\w'’-]*)"
_NAME_RUN = re.compile(rf"(?<![\w'’.-]){_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}(?![\w'’-])")
# What only a person is: a credit or an occupation before the name ("director Bong Joon Ho", "Composer:
# Elmer Bernstein", "directed by …"); speech, an appositive occupation, a birth or a person's work after it
# ("… said", "…, the critically acclaimed director of", "… (born 1969)", "…'s monster film", "-starrer").
# A character is no person here: "plays J. Robert Oppenheimer" names the film's hero.
_CREDITED_BEFORE = re.compile(
    r"\b(?:[Dd]irector|[Dd]irectors|[Ff]ilmmaker|[Ff]ilm-maker|helmer|auteur|[Aa]ctor|[Aa]ctress|[Aa]ctors|co-star|"
    r"costar|[Ss]tarring|[Pp]roducer|[Pp]roducers|[Ss]creenwriter|scriptwriter|novelist|[Aa]uthor|[Cc]omposer|"
    r"[Cc]inematographer|critic|singer|rapper|comedian|spokesperson|spokesman|spokeswoman|analyst|reporter|"
    r"[Dd]irected by|[Ww]ritten by|[Pp]roduced by|helmed by|scored by|composed by|[Mm]usic by)"
    # the names listed after it: "starring Leonardo DiCaprio, Matt Damon and Jack Nicholson"
    rf"[ \t]*:?[ \t]+(?:{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}},[ \t]+){{0,6}}"
    rf"(?:{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}},?[ \t]+and[ \t]+)?$")
_CREDITED_AFTER = re.compile(
    r"(?:,?[ \t]+(?:said|says|told|explained|recalled|admitted|noted|tweeted|wrote|who|whose)\b"
    # an actor before the part: "Ryan Gosling plays Ken", "Margot Robbie stars as Barbie"
    r"|[ \t]+(?:(?:also|will|would|who)[ \t]+)?(?:plays|played|play|portrays|portrayed|voices|voiced|stars as|"
    r"starred as|star as|is playing)\b"
    r"|,[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:director|filmmaker|helmer|auteur|actor|actress|"
    r"producer|screenwriter|writer|composer|novelist|author)s?\b"
    r"|[ \t]*\((?:born|b\.)|-starrer\b|-directed\b|[ \t]+directorial\b"
    r"|(?P<work>(?:['’]s|(?<=s)['’])[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?(?:film|movie|feature|debut|picture|"
    r"masterpiece|filmography|directorial|oeuvre)s?\b))")


def page_people(text: str) -> frozenset[str]:
    """The names a page uses for people: runs of two to four capitalised words that a credit, an
    occupation, speech or a person's work stands beside ("director Bong Joon Ho", "Makoto Shinkai's
    new film", "Elmer Bernstein, the composer"), or that are Korean names ("Byun Hee Bong"). A single
    word of such a name ("Bong", "Shinkai") found where a title may stand is the person, not a film."""
    out: set[str] = set()
    seen: set[str] = set()
    for m in _NAME_RUN.finditer(text):
        run = re.sub(r"(?:['’]s|(?<=s)['’])$", "", m.group(0))
        words = strip_leading(run).split()
        run = " ".join(words)
        if not words or run in seen or any(SMALL_RE.fullmatch(w) for w in words) or run in NOT_TITLES:
            continue
        seen.add(run)
        if _KOREAN_PERSON.match(run) or (len(words) == 3 and is_person(run)) or _credited(text, run, len(words) == 1):
            out.add(run)
    return frozenset(out)


def _credited(text: str, name: str, alone: bool) -> bool:
    """A credit or occupation before the name, or speech, a part or a person's work after it; a single
    word ("Favreau") only by a credit before it or a work after it ("Favreau's film")."""
    for start, end in word_spans(text, name):
        line_start = text.rfind("\n", 0, start) + 1
        if _CREDITED_BEFORE.search(text[max(line_start, start - 160):start]):
            return True
        after = _CREDITED_AFTER.match(text, end, end + 60)
        if after and (not alone or after.group("work")):
            return True
    return False


def names_person(title: str, people: frozenset[str]) -> bool:
    """Whether a phrase is one of the page's people, or one word of one ("Bong" of "Bong Joon Ho",
    "Shinkai" of "Makoto Shinkai", "GOSLING" of "Ryan Gosling")."""
    key = title.casefold()
    if any(key == p.casefold() for p in people):
        return True
    words = title.split()
    if 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", w) for w in words) \
            and any(" " not in p and words[-1] == p for p in people):
        return True  # "Martin Scorsese" on a page calling him "director Scorsese"
    if " " in title.strip() or len(key) < 3:
        return False
    return any(key in (p.split()[0].casefold(), p.split()[-1].casefold()) for p in people)


def other_work(text: str, start: int, end: int) -> bool:
    """Whether the title at [start, end) is named as a work of another kind: "the novel X", "the song
    'X'", "based on X", "X, a novel by …", "X (TV series)"."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_OTHER_WORK_BEFORE.search(text[max(line_start, start - 40):start])
                or _OTHER_WORK_AFTER.match(text[end:end + 40]))


def not_a_film(title: str) -> str:
    """Why a capitalised phrase found by its position is not a film title ("" when it may be one)."""
    if not title or len(title) < 2 or title in NOT_TITLES or title in LEADING:
        return "a common word"
    if title in STUDIOS:
        return "a studio"
    words = title.split()
    if len(words) > 9:
        return "too long for a title"
    if re.fullmatch(r"[\d,.%$₩€£¥\s-]+|(?:19|20)\d\ds|\d+(?:st|nd|rd|th)|(?:No\.|#)\s*\d+", title, re.I):
        return "a number"
    if _LABEL.match(title) and (title.split()[0].rstrip(":|").casefold() not in {"music", "story"}
                                or re.match(r"^\w+\s*[:|]", title)):
        return "a field label"
    if title in PLACES or title.rstrip("'’s") in PLACES or all(w in NATIONALITIES or w in PLACES for w in words):
        return "a place"
    if any(w in MONTHS or w in WEEKDAYS for w in words) and re.search(r"\d", title):
        return "a date"
    if _INSTITUTION.search(title):
        return "an organisation or event"
    if len(words) >= 2 and _VENUE_END.search(title):
        return "a venue"
    if is_person(title):
        return "a person"
    return ""


def quoted_title(text: str) -> bool:
    """A quoted span in title case ("The Devil's Deal"), not a quoted remark ("we are glad").

    A romanised title keeps its lower-case particles ("Kimetsu no Yaiba"), so most words capitalised,
    the first one always, is title case. A quoted span in Hangul, kana or Han is a title when it is
    short and not a sentence or a figure ('파묘', not '600만 돌파' or '궁금해서 안되겠다')."""
    if not text or (text[-1] in ",.!?" and not re.search(r"\w[!?]$", text)) or len(text.split()) > 12:
        return False
    if re.search(r"[\uac00-\ud7a3\u4e00-\u9fff\u3040-\u30ff]", text):
        return _cjk_title(text)
    words = [w for w in re.split(r"[ \t]+", text) if w and not SMALL_RE.fullmatch(w)]  # "\tTitle": no empty word
    capital = [w[0].isupper() or w[0].isdigit() or not w[0].isalpha() for w in words]
    return bool(words) and capital[0] and 4 * sum(capital) >= 3 * len(capital) and text not in NOT_TITLES


# Korean sentence endings and the units of a figure: a quoted span ending so is speech or a count.
_CJK_SENTENCE = re.compile(r"\s\S*(?:다|요|죠|까|니다|네요|지만|는데|면서)[.!?…~]*$|[.!?…]$")
_CJK_FIGURE = re.compile(r"\d[\d,.]*\s*(?:만|억|명|위|원|일|년|월|점|개|회|편|관|%|천)")


def _cjk_title(text: str) -> bool:
    return (len(text.split()) <= 4 and len(text) <= 30 and not _CJK_SENTENCE.search(text)
            and not _CJK_FIGURE.search(text) and not re.search(r"[,，、]\s*\S+\s+\S+", text))


__all__ = ["LEADING", "NOT_TITLES", "PHRASE", "SMALL", "cut_phrase", "is_person", "names_person", "not_a_film",
           "other_work", "owner_outside", "page_people", "person_in_page", "possessor", "quoted_title", "strip_leading",
           "strip_trailing", "without_possessive_end"]
