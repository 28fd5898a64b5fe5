"""What a film is based on, as any page says it: a work ("based on the novel X by Y") or real events.

"based on the French graphic novel Le Transperceneige by Jacques Lob", "adapted from Haruki
Murakami's short story Barn Burning", "Loosely based on Sarah Waters' award-winning novel
'Fingersmith'", "based on the webtoon of the same name by Joo Ho-min" (the film's own title),
"The screenplay is based on Everybody Comes to Rick's, an unproduced stage play by …", "an
adaptation of Yoshitoki Ōima's A Silent Voice manga", "원작은 김광림의 희곡 《날 보러 와요》",
"村上春樹さんの同名の短編小説が原作". The work is the title the clause names after the cue (in quotes, in
title brackets or in capitals), else before the form word that follows it; "of the same name" is the
film's own title. A cue with no kind of work and no title ("based on ticket sales", "inspired by his
childhood") gives nothing. Each claim goes to the film of its clause (`mentions.film_for`).

On encyclopedic pages, "inspired by a real incident in 2000, in which a mortician … at Yongsan
Garrison ordered …" gives the event, its date and place; "… before being finally exonerated in
November 2008" an exoneration.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, Document, Name, Text, Time, claim
from . import extractor
from .film_phrases import LEADING, PHRASE, cut_phrase, strip_leading
from .kinds import ARTICLE_KINDS, ENCYCLOPEDIC_KINDS
from .mentions import film_for, films_named
from .people import NAME as PERSON
from .people import NOT_NAME_WORDS, PLACE_WORDS, page_people
from .text import YEAR_RE, Sentence, find_dates, prose_sentences

VERSION = "2.0"
NAME = "basis"
_EVENT = re.compile(
    r"(?:based on|inspired by) (?:the |a |an )?(?:real[- ]life|true|real|actual)\s+(?:story|events?|case|"
    r"incidents?|crime)(?:\s+of|\s+about|,)?\s+", re.I)
_YEAR_FIRST = re.compile(r"^in (?P<y>1[89]\d\d|20\d\d)\b,?\s*(?:(?:in which|when|where)\s+)?", re.I)
_EXONERATED = re.compile(r"\b(?:exonerated|acquitted|cleared|found not guilty)\b", re.I)
_PLACE = re.compile(r"\b(?:in|at)\s+(?P<place>[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)*)")

_CUE = re.compile(r"\b(?:(?:loosely |partly |largely |partially )?based (?:up)?on|adapted from|inspired by|"
                  r"(?:an |a |the )?adaptation of|adapting|drawn from|derived from)\s+", re.I)
FORMS = (r"graphic novel|novella|novel|book|stage play|play|musical|manhwa|manga|webtoon(?: series)?|web ?comic|"
         r"comic(?: book| strip)?|comics|short stor(?:y|ies)|story collection|memoir|biography|anime|folk ?tale|"
         r"folktale|fairy tale|tale|legend|poem|epic|video game|game|article|TV series|television series|"
         r"series|radio drama|drama|opera|song|film|movie")
_FORM = re.compile(rf"\b(?P<form>{FORMS})\b", re.I)
_SAME_NAME = re.compile(r"\bof the same (?:name|title)\b|\bsame-titled\b|\bnamesake\b", re.I)
_QUOTED = re.compile(r"[\"“《「『〈<«](?P<d>[^\"”》」』〉>»\n]{2,80}?)[\"”》」』〉>»]"
                     r"|(?<![\w])[‘'](?P<s>[^’'\n]{2,80}?)[’'](?![\w])")
_PHRASE = re.compile(PHRASE)
_BY = re.compile(rf"\bby\s+(?P<a>{PERSON}(?:(?:,\s*|\s+and\s+){PERSON})*)")
_OWNER = re.compile(rf"(?P<a>{PERSON})(?:['’]s|(?<=s)['’])\s")
_CLAUSE_END = re.compile(r"[.;]\s|[.;]$|,\s+(?:and|but|while|which|who|it|the film)\b"
                         r"|(?<!\s)\s+and\s+(?:stars|starring|directed|is|was|has)\b")
# What follows "based on" in a box-office story is no work: "based on ticket sales", "based on KOBIS data".
_NOT_A_WORK = re.compile(r"^(?:(?:the|its|their|a|an)\s+)?(?:ticket|sales|data|figures|admissions|numbers|"
                         r"reports?|estimates?|KOBIS|KOFIC|the Korean Film Council|box office|reservations?|"
                         r"pre-?sales?|presales|polls?|surveys?|reviews?|ratings?|scores?)\b", re.I)
# Korean and Japanese: "원작은 김광림의 희곡 《날 보러 와요》", "웹툰 《신과함께》를 원작으로", "同名の短編小説が原作".
_CJK_CUE = re.compile(r"원작|原作|改編自|改编自|映画化|영화화")
_CJK_QUOTED = re.compile(r"[《「『〈<‘'\"“](?P<t>[^》」』〉>’'\"”\n]{1,40})[》」』〉>’'\"”]")
_CJK_SAME = re.compile(r"동명의|同名の|同名")
_CJK_FORMS = re.compile(r"(?P<form>웹툰|소설|희곡|만화|연극|短編小説|小説|漫画|戯曲|小說|漫畫)")


def _work_title(text: str, film: str) -> tuple[str, int, int] | None:
    """(title, start, end) of the work named at the start of `text` (the words after the cue)."""
    if m := _SAME_NAME.search(text[:60]):
        # the film's own title; a sequel's subtitle is not the work's ("Along with the Gods: The Two Worlds")
        return film.split(":")[0].strip(), m.start(), m.end()
    if (q := _QUOTED.search(text)) and q.start() <= 70:
        group = "d" if q.group("d") is not None else "s"
        return q.group(group).strip(" ,.").strip(), q.start(group), q.end(group)
    pos = 0
    while (p := _PHRASE.search(text, pos)) and p.start() <= 70:
        pos = p.end()
        if owner := _OWNER.match(text, p.start()):
            pos = owner.end()  # whose work it is ("Haruki Murakami's short story …"): the title follows
            continue
        title = strip_leading(cut_phrase(p.group(0))).rstrip(",:")
        title = re.split(r"\s+by\s+", title)[0]
        if re.search(r"\bby\s+$", text[:p.start()]) or re.search(r"['’]s$", title) or not _is_work_title(title) or \
                re.match(r"\s+(?:wrote|penned|created|made|directed|authored|published|drew)\b", text[p.end():]):
            continue  # the author ("by X", "a play X wrote")
        at = p.start() + p.group(0).find(title)
        return title, at, at + len(title)
    return None


def _is_work_title(title: str) -> bool:
    """A capitalised phrase that can be a work's title: not a kind of work, a year, a nationality, a
    place or a word that opens a sentence."""
    low = title.casefold()
    return (len(title) >= 3 and not re.fullmatch(rf"(?:{FORMS})", title, re.I) and title not in LEADING
            and not re.fullmatch(r"[\d\s,.'’-]+(?:st|nd|rd|th)?", title) and low not in PLACE_WORDS
            and low not in NOT_NAME_WORDS and not re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", title))


def works(doc: Document, sentence: Sentence, subject: str, article: bool) -> Iterator[tuple[str, int, int, dict]]:
    """(work, start, end, qualifiers) for each work the sentence says a film is based on."""
    text = sentence.text
    titles = {t.casefold() for t in films_named(doc)} | {subject.casefold()}
    people = page_people(doc, set(films_named(doc)))
    for cue in _CUE.finditer(text):
        rest_end = next((c.start() for c in _CLAUSE_END.finditer(text, cue.end())), len(text))
        rest = text[cue.end():rest_end]
        if not rest or _NOT_A_WORK.match(rest) or _EVENT.match(text, cue.start()):
            continue
        film = film_for(doc, sentence.start + cue.start(), subject) if article else subject
        form = _FORM.search(rest[:80])
        owner = _OWNER.search(rest[:60])
        quoted = _QUOTED.search(rest)
        if not (form or (owner and quoted) or (quoted and quoted.start() < 5)):
            continue  # no kind of work and no title: "inspired by his childhood"
        found = _work_title(rest, film)
        if found is None:
            continue
        title, a, b = found
        if not title or title.casefold() in ("the", "a", "an") or _NOT_A_WORK.match(title):
            continue
        if title != film and len(title.split()) == 1 and people.expand(title):
            continue  # a person the page names in full: "a play Bong wrote in 2013"
        if form and form.group("form").casefold() in ("film", "movie") and title.casefold() not in titles:
            continue  # a film is one the page names as a film
        if title.casefold() == film.casefold() and not _SAME_NAME.search(rest[:60]):
            continue  # the film itself, named after the cue by a page that says it is based on another
        author = _BY.search(rest[b:b + 80]) or _BY.search(rest[:a])
        qualifiers = {"form": form.group("form").casefold() if form else "",
                      "author": (author.group("a") if author else owner.group("a") if owner else "")}
        start = sentence.start + cue.end() + a
        yield film, start, start + (b - a), {**qualifiers, "_title": title}
    if _CJK_CUE.search(text):
        form = _CJK_FORMS.search(text)
        quoted = _CJK_QUOTED.search(text)
        film = film_for(doc, sentence.start, subject) if article else subject
        if _CJK_SAME.search(text) and form:
            m = _CJK_SAME.search(text)
            assert m is not None
            yield film, sentence.start + m.start(), sentence.start + m.end(), {"form": form.group("form"),
                                                                               "_title": film}
        elif quoted and form and abs(quoted.start() - form.start()) < 20:
            yield film, sentence.start + quoted.start("t"), sentence.start + quoted.end("t"), {
                "form": form.group("form"), "_title": quoted.group("t")}


def _events(doc: Document, sentence: Sentence, subject: str) -> Iterator[Claim]:
    text = sentence.text
    m = _EVENT.search(text)
    if not m:
        return
    rest_start = m.end()
    rest = text[rest_start:]
    year_first = _YEAR_FIRST.match(rest)
    if year_first:
        # "a real incident in 2000, in which a mortician …": the year, then the description.
        event_time: Time | None = Time(year_first.group("y"), "year")
        rest_start += year_first.end()
        rest = text[rest_start:]
        dates = find_dates(rest)
        desc = rest.rstrip(" .")
    else:
        dates = find_dates(rest)
        event_date = next((d for d in dates if not _EXONERATED.search(rest[max(0, d.start - 30):d.start])), None)
        event_time = event_date.time if event_date else None
        cut = event_date.start if event_date else len(rest)
        desc = re.sub(r"\s+(?:on|in|at)\s*$", "", rest[:cut].rstrip(" ,.")).strip()
        desc = re.split(r"\s+before being\b|\s+(?:and|but) (?:was|were) (?:later|finally)\b", desc)[0]
    place = next((pm.group("place") for pm in _PLACE.finditer(rest)
                  if not YEAR_RE.fullmatch(pm.group("place"))), "")
    base = sentence.start
    yield claim(subject, "based_on_event", Text(desc, doc.language),
                doc.span(base + rest_start, base + rest_start + len(desc)), NAME, VERSION, {"place": place})
    if event_time is not None:
        yield claim(subject, "based_on_event_date", event_time, doc.span(sentence.start, sentence.end),
                    NAME, VERSION, {"place": place})
    for d in dates:
        if d.time and _EXONERATED.search(rest[max(0, d.start - 30):d.start]):
            yield claim(subject, "based_on_event_exoneration", d.time, doc.span(sentence.start, sentence.end),
                        NAME, VERSION)


@extractor(NAME, VERSION, requires=("sections",))
def extract_basis(doc: Document, subject: str) -> Iterator[Claim]:
    article = doc.kind in ARTICLE_KINDS
    encyclopedic = doc.kind in ENCYCLOPEDIC_KINDS
    seen: set[tuple[str, str]] = set()
    for sentence in prose_sentences(doc):
        low = sentence.text.casefold()
        if not any(cue in low for cue in ("based", "adapt", "inspired", "drawn from", "derived from")) and not \
                _CJK_CUE.search(sentence.text):
            continue
        for film, start, end, q in works(doc, sentence, subject, article):
            title = q.pop("_title")
            if not film or (film, title.casefold()) in seen:
                continue
            seen.add((film, title.casefold()))
            yield claim(film, "based_on", Name(title, "work"), doc.span(start, end), NAME, VERSION,
                        {k: v for k, v in q.items() if v})

        if encyclopedic:
            yield from _events(doc, sentence, subject)
