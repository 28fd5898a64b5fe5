"""General reference vocabulary: countries with their demonyms, languages, genres.

Not about any film: these lists let sentence extractors tell "South Korean"
(a country) from "black comedy thriller" (a genre) in "a 2019 South Korean black comedy thriller
film".
"""

from __future__ import annotations

import re

# country → adjectives used for it
COUNTRIES: dict[str, tuple[str, ...]] = {
    "South Korea": ("South Korean", "Korean"),
    "North Korea": ("North Korean",),
    "Japan": ("Japanese",),
    "China": ("Chinese",),
    "Hong Kong": ("Hong Kong",),
    "Taiwan": ("Taiwanese",),
    "India": ("Indian",),
    "Indonesia": ("Indonesian",),
    "Philippines": ("Filipino", "Philippine"),
    "Thailand": ("Thai",),
    "Vietnam": ("Vietnamese",),
    "Malaysia": ("Malaysian",),
    "Singapore": ("Singaporean",),
    "Turkey": ("Turkish",),
    "Iran": ("Iranian",),
    "Israel": ("Israeli",),
    "Egypt": ("Egyptian",),
    "Nigeria": ("Nigerian",),
    "South Africa": ("South African",),
    "United States": ("American", "U.S.", "US"),
    "Canada": ("Canadian",),
    "Mexico": ("Mexican",),
    "Brazil": ("Brazilian",),
    "Argentina": ("Argentine", "Argentinian"),
    "Chile": ("Chilean",),
    "United Kingdom": ("British", "English", "Scottish", "Welsh", "UK"),
    "Ireland": ("Irish",),
    "France": ("French",),
    "Germany": ("German", "West German", "East German"),
    "Italy": ("Italian",),
    "Spain": ("Spanish",),
    "Portugal": ("Portuguese",),
    "Netherlands": ("Dutch",),
    "Belgium": ("Belgian",),
    "Switzerland": ("Swiss",),
    "Austria": ("Austrian",),
    "Sweden": ("Swedish",),
    "Norway": ("Norwegian",),
    "Denmark": ("Danish",),
    "Finland": ("Finnish",),
    "Iceland": ("Icelandic",),
    "Poland": ("Polish",),
    "Czech Republic": ("Czech",),
    "Hungary": ("Hungarian",),
    "Romania": ("Romanian",),
    "Greece": ("Greek",),
    "Russia": ("Russian",),
    "Soviet Union": ("Soviet",),
    "Ukraine": ("Ukrainian",),
    "Australia": ("Australian",),
    "New Zealand": ("New Zealand",),
}

# Names a country goes by in running text ("the United States", "the US", "Korea").
COUNTRY_ALIASES: dict[str, str] = {
    "the united states": "United States", "united states": "United States", "the us": "United States",
    "the u.s.": "United States", "usa": "United States", "america": "United States",
    "the united kingdom": "United Kingdom", "the uk": "United Kingdom", "britain": "United Kingdom",
    "the philippines": "Philippines", "the netherlands": "Netherlands", "korea": "South Korea",
    "republic of korea": "South Korea",
}

LANGUAGES: tuple[str, ...] = (
    "Korean", "Japanese", "Mandarin", "Cantonese", "Chinese", "Hindi", "Tamil", "Telugu", "Kannada",
    "Malayalam", "Bengali", "Marathi", "Punjabi", "Urdu", "Indonesian", "Malay", "Filipino", "Tagalog",
    "Thai", "Vietnamese", "Turkish", "Persian", "Arabic", "Hebrew", "English", "French", "German",
    "Italian", "Spanish", "Catalan", "Portuguese", "Dutch", "Swedish", "Norwegian", "Danish", "Finnish",
    "Polish", "Czech", "Hungarian", "Romanian", "Greek", "Russian", "Ukrainian",
)

# ISO 639-1 codes for the languages a title may be written in.
LANGUAGE_CODES: dict[str, str] = {
    "korean": "ko", "japanese": "ja", "chinese": "zh", "mandarin": "zh", "cantonese": "yue",
    "hindi": "hi", "english": "en", "french": "fr", "german": "de", "spanish": "es", "catalan": "ca",
    "italian": "it", "turkish": "tr", "indonesian": "id", "thai": "th", "russian": "ru",
    "swedish": "sv", "portuguese": "pt", "danish": "da", "norwegian": "no", "dutch": "nl", "tagalog": "tl",
    "filipino": "tl", "vietnamese": "vi", "persian": "fa", "telugu": "te", "tamil": "ta", "traditional chinese": "zh",
    "simplified chinese": "zh", "hangul": "ko", "hanja": "ko", "kanji": "ja", "traditional": "zh", "simplified": "zh",
    "英語": "en", "英语": "en", "영어": "en",
}

# Genre words of Korean, Japanese and Chinese film descriptions ("日本時代劇映画", "香港警匪電影", "SF 영화").
CJK_GENRE_WORDS: tuple[str, ...] = (
    "時代劇", "アニメーション", "アニメ", "ドラマ", "ホラー", "コメディ", "コメディー", "恋愛", "アクション",
    "サスペンス", "ファンタジー", "SF", "戦争", "犯罪", "ミステリー", "青春", "ミュージカル",
    "ドキュメンタリー", "特撮", "怪獣", "動作", "动作", "驚悚", "惊悚", "喜劇", "喜剧", "愛情", "爱情",
    "科幻", "恐怖", "武俠", "武侠", "警匪", "劇情", "剧情", "動畫", "动画", "奇幻", "懸疑", "悬疑", "戰爭",
    "战争", "歷史", "历史", "黑幫", "黑帮", "功夫", "액션", "범죄", "스릴러", "드라마", "코미디", "멜로",
    "로맨스", "공포", "호러", "판타지", "미스터리", "전쟁", "사극", "시대극", "애니메이션", "다큐멘터리",
    "재난", "느와르", "누아르", "뮤지컬", "휴먼", "가족", "블랙 코미디",
)

GENRE_WORDS: frozenset[str] = frozenset({
    "action", "adventure", "animated", "animation", "biographical", "black", "comedy", "crime",
    "disaster", "documentary", "drama", "epic", "family", "fantasy", "historical", "horror",
    "martial", "arts", "melodrama", "musical", "mystery", "neo-noir", "noir", "period", "political",
    "psychological", "romance", "romantic", "satire", "science", "fiction", "sci-fi", "sports", "spy",
    "superhero", "suspense", "teen", "thriller", "war", "western", "zombie", "coming-of-age", "legal",
    "heist", "monster", "mockumentary", "independent", "silent", "short", "slasher", "supernatural",
    "apocalyptic", "post-apocalyptic", "dark", "tragicomedy", "fantasy-drama", "comedy-drama",
})


def _first_wins(pairs: list[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, country in pairs:
        out.setdefault(key, country)
    return out


# Looked up for each word beside every title of a page: one dictionary, not a pass over every country.
_BY_ADJECTIVE = _first_wins([(a.casefold(), c) for c, adjectives in COUNTRIES.items() for a in adjectives])
_BY_NAME = _first_wins([(k, c) for c in COUNTRIES for k in (c.casefold(), f"the {c.casefold()}")])


def country_from_adjective(word: str) -> str | None:
    return _BY_ADJECTIVE.get(word.casefold())


def country_named(text: str) -> str | None:
    """The country a phrase names: "the Philippines" → Philippines, "Turkey" → Turkey."""
    t = text.strip().casefold()
    return COUNTRY_ALIASES.get(t) or _BY_NAME.get(t)


def country_of_adjective(word: str) -> str | None:
    """The country a nationality adjective names: "Vietnamese" → Vietnam."""
    return _BY_ADJECTIVE.get(word.strip().casefold())


_IN_PLACE = re.compile(r"\bin (?P<c>(?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})")


def country_in(text: str) -> str:
    """The first country named after "in" in `text`: "ticket sales in South Korea came to …"."""
    for m in _IN_PLACE.finditer(text):
        if country := country_named(m.group("c")):
            return country
    return ""


def language_named(word: str) -> str | None:
    w = word.strip().casefold()
    return next((lang for lang in LANGUAGES if lang.casefold() == w), None)
