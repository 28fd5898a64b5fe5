"""Known film and news sites: a page's host or stated site name → the site's name and kind of document.

    >>> site_for_host("www.koreaherald.com")
    Site(name='The Korea Herald', kind='news')
    >>> site_for_host("someone.blogspot.com").kind
    'blog'
    >>> site_for_name("KoBiz").name
    'KoBiz'

The kinds are `model.DOCUMENT_KINDS`. A platform that hosts many authors (Blogspot, Medium,
reddit) gives the kind of its pages, and the page's own site name is kept where it has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Site:
    name: str
    kind: str


# (host suffix, name, kind, other names pages give themselves). Hosts match on a dot boundary, so
# "koreaherald.com" covers "www.koreaherald.com" and "m.koreaherald.com".
_SITES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("koreaherald.com", "The Korea Herald", "news", ("Korea Herald", "Herald Corporation", "Herald Corp")),
    ("koreajoongangdaily.joins.com", "Korea JoongAng Daily", "news", ("JoongAng Daily", "Korea JoongAng")),
    ("joongang.co.kr", "JoongAng Ilbo", "news", ("JoongAng Ilbo", "중앙일보")),
    ("koreatimes.co.kr", "The Korea Times", "news", ("Korea Times",)),
    ("yna.co.kr", "Yonhap News Agency", "news", ("Yonhap", "Yonhap News", "연합뉴스")),
    ("en.yna.co.kr", "Yonhap News Agency", "news", ()),
    ("chosun.com", "The Chosun Ilbo", "news", ("Chosun Ilbo", "조선일보")),
    ("donga.com", "The Dong-A Ilbo", "news", ("Dong-A Ilbo", "동아일보")),
    ("hani.co.kr", "The Hankyoreh", "news", ("Hankyoreh", "한겨레")),
    ("arirang.com", "Arirang", "news", ()),
    ("kbs.co.kr", "KBS", "news", ("KBS World",)),
    ("koreanfilm.or.kr", "KoBiz", "box_office_report",
     ("KoBiz", "Korean Film Council", "KOFIC", "Korean Film Biz Zone", "영화진흥위원회")),
    ("kobis.or.kr", "KOBIS (Korean Film Council)", "box_office_report",
     ("KOBIS", "Korean Box Office Information System", "영화관입장권통합전산망")),
    ("boxofficemojo.com", "Box Office Mojo", "box_office_report", ()),
    ("the-numbers.com", "The Numbers", "box_office_report", ()),
    ("soompi.com", "Soompi", "news", ()),
    ("allkpop.com", "allkpop", "news", ()),
    ("hancinema.net", "HanCinema", "news", ()),
    ("koreandrama.org", "Korean Drama", "news", ()),
    ("variety.com", "Variety", "news", ()),
    ("hollywoodreporter.com", "The Hollywood Reporter", "news", ("Hollywood Reporter", "THR")),
    ("screendaily.com", "Screen Daily", "news", ("Screen International",)),
    ("deadline.com", "Deadline", "news", ()),
    ("indiewire.com", "IndieWire", "news", ()),
    ("yahoo.com", "Yahoo", "news", ("Yahoo News", "Yahoo Movies", "Yahoo Entertainment")),
    ("animenewsnetwork.com", "Anime News Network", "news", ("ANN",)),
    ("theguardian.com", "The Guardian", "news", ("Guardian",)),
    ("latimes.com", "Los Angeles Times", "news", ("LA Times", "L.A. Times")),
    ("nytimes.com", "The New York Times", "news", ("New York Times", "NYT")),
    ("bbc.co.uk", "BBC", "news", ("BBC News",)),
    ("bbc.com", "BBC", "news", ()),
    ("screenrant.com", "Screen Rant", "news", ()),
    ("collider.com", "Collider", "news", ()),
    ("ew.com", "Entertainment Weekly", "news", ("EW",)),
    ("news.naver.com", "Naver News", "news", ()),
    ("entertain.naver.com", "Naver News", "news", ()),
    ("blog.naver.com", "Naver Blog", "blog", ("네이버 블로그",)),
    ("cafe.naver.com", "Naver Cafe", "forum", ("네이버 카페",)),
    ("movie.naver.com", "Naver Movies", "news", ()),
    ("naver.com", "Naver", "news", ("네이버",)),
    ("daum.net", "Daum", "news", ("다음",)),
    ("dramabeans.com", "Dramabeans", "blog", ()),
    ("reddit.com", "reddit", "forum", ("Reddit",)),
    ("soompi.com/forum", "Soompi Forums", "forum", ()),
    ("dcinside.com", "DC Inside", "forum", ("디시인사이드",)),
    ("theqoo.net", "theqoo", "forum", ()),
    ("asianfanfics.com", "Asianfanfics", "forum", ()),
    ("tumblr.com", "Tumblr", "blog", ()),
    ("blogspot.com", "Blogspot", "blog", ("Blogger",)),
    ("wordpress.com", "WordPress", "blog", ()),
    ("medium.com", "Medium", "blog", ()),
    ("substack.com", "Substack", "blog", ()),
    ("tistory.com", "Tistory", "blog", ("티스토리",)),
    ("wikipedia.org", "Wikipedia", "encyclopedia", ("Wikipedia, the free encyclopedia", "위키백과", "ウィキペディア",
                                                   "维基百科", "維基百科", "Wikipédia")),
    ("britannica.com", "Encyclopædia Britannica", "encyclopedia", ("Britannica", "Encyclopaedia Britannica")),
    ("namu.wiki", "Namuwiki", "fan_wiki", ("나무위키",)),
    ("fandom.com", "Fandom", "fan_wiki", ("FANDOM",)),
    ("wikia.com", "Fandom", "fan_wiki", ("Wikia",)),
    ("asianwiki.com", "AsianWiki", "fan_wiki", ()),
    ("wikiwand.com", "Wikiwand", "wiki_mirror", ()),
    ("liquisearch.com", "LiquiSearch", "wiki_mirror", ()),
    ("wikimili.com", "WikiMili", "wiki_mirror", ()),
    ("academic.ru", "Academic Dictionaries", "wiki_mirror", ("Academic", "Словари и энциклопедии на Академике")),
    ("piglix.com", "Piglix", "wiki_mirror", ()),
    ("wikizero.com", "WikiZero", "wiki_mirror", ()),
    ("dbpedia.org", "DBpedia", "wiki_mirror", ()),
    ("everybodywiki.com", "EverybodyWiki", "wiki_mirror", ("EverybodyWiki Bios & Wiki",)),
    ("wikiless.org", "Wikiless", "wiki_mirror", ()),
    ("wiki2.org", "Wiki2", "wiki_mirror", ()),
    ("infogalactic.com", "Infogalactic", "wiki_mirror", ()),
    ("alchetron.com", "Alchetron", "wiki_mirror", ()),
    ("justapedia.org", "Justapedia", "wiki_mirror", ()),
    ("en-academic.com", "Academic Dictionaries", "wiki_mirror", ("Academic",)),
    ("dictionary.sensagent.com", "Sensagent", "wiki_mirror", ()),
)

_BY_NAME: dict[str, Site] = {}
for _host, _name, _kind, _aliases in _SITES:
    for _alias in (_name, *_aliases):
        _BY_NAME.setdefault(_alias.casefold(), Site(_name, _kind))


# Wikipedia's own banner on a copy of its text ("From Wikipedia, the free encyclopedia", "This article
# is issued from Wikipedia", the same in Japanese, Korean, Chinese, French, German, Spanish).
WIKIPEDIA_BANNER = re.compile(
    r"from wikipedia, the free encyclopedia|(?:this|the) (?:article|page) (?:is|was) (?:issued|taken|"
    r"copied|sourced|retrieved) from wikipedia|(?:all |the )?content (?:is )?(?:from|of) wikipedia\b|"
    r"フリー百科事典『ウィキペディア|위키백과, 우리 모두의 백과사전|维基百科，自由的百科全书|維基百科，自由的百科全書|"
    r"un article de wikipédia|aus wikipedia, der freien enzyklopädie|de wikipedia, la enciclopedia libre", re.I)


def host_of(url: str) -> str:
    """`https://www.koreaherald.com/view.php?ud=1` → `www.koreaherald.com`; "" for anything else."""
    url = url.strip()
    if not re.match(r"(?:https?:)?//|www\.", url, re.I):
        return ""
    if url.lower().startswith("www."):
        url = "//" + url
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def site_for_host(host: str, path: str = "") -> Site | None:
    """The known site a host belongs to (the longest matching suffix, so blog.naver.com is a blog);
    `path` lets a forum section of a news site (soompi.com/forum) be told apart."""
    host = host.lower().removeprefix("www.")
    best: tuple[int, Site] | None = None
    for suffix, name, kind, _ in _SITES:
        bare, _, sub = suffix.partition("/")
        if host != bare and not host.endswith("." + bare):
            continue
        if sub and not path.lstrip("/").startswith(sub):
            continue
        score = len(suffix)
        if best is None or score > best[0]:
            best = (score, Site(name, kind))
    return best[1] if best else None


def site_for_url(url: str) -> Site | None:
    host = host_of(url)
    if not host:
        return None
    try:
        path = urlsplit(url if "//" in url else "//" + url).path
    except ValueError:  # "www.x.com//[": the host alone is known
        path = ""
    return site_for_host(host, path)


def site_for_name(name: str) -> Site | None:
    """A site a page names itself by (`og:site_name`, a masthead line), ignoring a leading "The"."""
    key = re.sub(r"\s+", " ", name).strip().casefold()
    return _BY_NAME.get(key) or _BY_NAME.get(key.removeprefix("the "))


def names_in(line: str) -> Site | None:
    """A known site named anywhere in a short line ("© The Korea Herald", "(Yonhap) --")."""
    folded = line.casefold()
    for alias in sorted(_BY_NAME, key=len, reverse=True):
        if len(alias) >= 4 and re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", folded):
            return _BY_NAME[alias]
    return None


__all__ = ["WIKIPEDIA_BANNER", "Site", "host_of", "names_in", "site_for_host", "site_for_name", "site_for_url"]
