"""Labelled lines → fields: a film's infobox or data card in whatever shape a saved page keeps it.

One vocabulary maps a label, in any of its spellings and in several languages, to a field name
(`Directed by`, `Director`, `Réalisation`, `Regie`, `감독`, `監督`, `导演` → `director`); every
shape that carries labels is read through it:

    - Director: Park Chan-wook              a Wikipedia text save (`- Label: value`)
    Director: Bong Joon-ho                  a blog's or fan wiki's data card (`Label: value`, `• Label: value`)
    | Directed by | Lee Chang-dong |        a mirror whose infobox became pipe rows
    Directed by | Hayao Miyazaki | ||||     … with its outer pipes lost
    Directed byBong Joon-ho                 a copy whose table cells were glued together
    Directed by Kwak Jae-yong               a copy whose cells became lines
    감독 봉준호 / 監督 黒澤明 / 导演劉偉強      the same in Korean, Japanese, Chinese

A value goes on in the lines under its label that carry no label of their own (`Written by Kim
Ho-sik` / `Kwak Jae-yong`, `• 18 May 2000 (Cannes)`). A label written with its separator (`:`,
`|`, a tab) counts wherever it is; one written with only a space or glued to its value counts only
in a run of at least three labelled lines, so prose that starts with "Country music …" is not a
field. A field's value is the text as it stands on the page (`Field.value == text[start:end]`),
continuation lines included; the infobox extractor splits it into items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Field

# field name → spellings of its label. Matching ignores case, a trailing ":" and a "(s)".
LABELS: dict[str, tuple[str, ...]] = {
    "title": ("title", "movie", "film", "film title", "movie title", "영화", "제목", "영화명", "タイトル", "邦題",
              "片名", "中文名"),
    "english_title": ("english title", "international title", "english name", "영어 제목", "英題", "英文片名"),
    "original_title": ("original title", "titre original", "originaltitel", "원제", "原題", "原名", "外文名"),
    "also_known_as": ("also known as", "aka", "a.k.a.", "other title", "other titles", "alternative title",
                      "alternate title", "alternative titles", "literal title", "英文名"),
    "director": ("director", "directors", "directed by", "direction", "dir.", "dir", "réalisation", "réalisateur",
                 "regie", "regisseur", "감독", "연출", "監督", "导演", "導演"),
    "writer": ("writer", "writers", "written by", "writing credits", "scriptwriter", "scriptwriters",
               "autor", "작가"),
    "screenplay": ("screenplay", "screenplay by", "screenwriter", "screenwriters", "screenplay (adapted)",
                   "script", "scénario", "scénariste", "drehbuch", "각본", "각색", "脚本", "编剧", "編劇"),
    "story": ("story", "story by", "original story"),
    "producer": ("producer", "producers", "produced by", "producteur", "producteurs", "produzent",
                 "제작자", "제작자들", "프로듀서", "製作", "製作者", "プロデューサー", "监制", "監製", "制片", "製片",
                 "制片人", "製片人"),
    "executive_producer": ("executive producer", "executive producers", "executive producer(s)"),
    "starring": ("starring", "cast", "main cast", "principal cast", "lead cast", "stars", "actors", "voices",
                 "voice cast", "voices of", "acteurs principaux", "acteurs", "darsteller", "besetzung",
                 "hauptdarsteller", "출연", "출연자", "출연진", "주연", "배우", "出演", "出演者", "キャスト",
                 "声の出演", "主演", "演员", "演員", "主要演员", "配音"),
    "music": ("music", "music by", "composer", "composers", "original score", "original music", "score",
              "musique", "musik", "음악", "音楽", "配乐", "配樂", "音乐", "音樂"),
    "cinematography": ("cinematography", "cinematography by", "cinematographer", "cinematographers",
                       "director of photography", "photography", "directeur de la photographie",
                       "photographie", "kamera", "촬영", "撮影", "摄影", "攝影"),
    "editing": ("editing", "edited by", "editing by", "editor", "editors", "film editing", "montage",
                "schnitt", "편집", "編集", "剪辑", "剪輯", "剪接"),
    "studio": ("studio", "studios", "production company", "production companies", "production house",
               "production", "sociétés de production", "société de production", "produktionsunternehmen",
               "produktionsfirma", "제작사", "제작", "製作会社", "制作会社", "制作", "制片商", "製片商", "出品公司",
               "出品"),
    "distributor": ("distributor", "distributors", "distributed by", "distribution", "us distributor",
                    "verleih", "배급", "배급사", "配給", "发行", "發行", "发行商", "發行商"),
    "released": ("released", "release", "release date", "release dates", "theatrical release date",
                 "release date in korea", "in theaters", "in cinemas",
                 "date de sortie", "sortie", "kinostart", "erscheinungstermin", "개봉", "개봉일", "개봉일자",
                 "개봉 날짜", "公開", "公開日", "劇場公開日", "上映日期", "上映", "首映"),
    "runtime": ("runtime", "running time", "run time", "length", "duration", "durée", "länge", "laufzeit",
                "상영시간", "상영 시간", "러닝타임", "러닝 타임", "시간", "上映時間", "片长", "片長"),
    "country": ("country", "countries", "country of origin", "production country", "production countries",
                "pays", "pays d'origine", "pays de production", "produktionsland", "herkunftsland", "국가",
                "제작국가", "제작 국가", "製作国", "制作国", "产地", "產地", "国家", "國家", "国家/地区",
                "國家/地區", "地区"),
    "language": ("language", "languages", "original language", "language spoken", "spoken language",
                 "langue", "langue originale", "langue d'origine", "originalsprache", "sprache", "언어",
                 "言語", "语言", "語言", "对白语言"),
    "genre": ("genre", "genres", "장르", "ジャンル", "类型", "類型"),
    "budget": ("budget", "production budget", "estimated budget", "제작비", "총제작비", "製作費", "预算",
               "預算", "成本"),
    "gross": ("box office", "gross", "worldwide gross", "box-office", "recettes", "einspielergebnis",
              "gross usa", "gross us", "us gross", "domestic gross", "cumulative worldwide gross",
              "worldwide box office", "domestic box office", "total gross", "lifetime gross",
              "opening weekend", "opening weekend usa", "opening weekend us", "opening weekend gross",
              "흥행수입", "흥행 수입", "매출액", "興行収入", "票房"),
    "admissions": ("admissions", "attendance", "audience", "관객수", "관객 수", "누적관객", "누적 관객수",
                   "총 관객 수", "총 관객수", "대한민국 총 관객 수", "최종 관객 수",
                   "entrées", "観客動員数", "動員数", "观影人次", "觀影人次"),
    "based_on": ("based on", "adapted from", "d'après", "vorlage", "원작", "原作", "改编自", "改編自"),
    "year": ("year", "film year", "release year", "production year", "année", "année de sortie",
             "erscheinungsjahr", "produktionsjahr", "제작연도", "제작 연도", "製作年", "出品年份"),
    "hangul": ("hangul", "hangeul", "한글"),
    "hanja": ("hanja", "한자"),
    "rr": ("rr", "revised romanization", "revised romanisation"),
    "mr": ("mr", "mccune–reischauer", "mccune-reischauer"),
    "kanji": ("kanji", "japanese", "japanese title"),
    "hepburn": ("hepburn", "revised hepburn", "romaji", "rōmaji"),
    "traditional": ("traditional chinese", "traditional"),
    "simplified": ("simplified chinese", "simplified"),
    "pinyin": ("hanyu pinyin", "pinyin"),
    "jyutping": ("jyutping", "yale romanization", "cantonese yale"),
    "literal": ("literal meaning", "literally"),
    "narrator": ("narrated by", "narrator"),
    "rentals": ("distributor rentals", "rentals", "配給収入"),
    # labels of no film property: known so that they end the value above them
    "other": ("rating", "rated", "certificate", "certification", "mpaa rating", "age rating", "imdb",
              "imdb rating", "website", "official website", "transcriptions", "standard mandarin",
              "wade–giles", "wade-giles", "ipa", "yue: cantonese", "yale romanization", "sound", "sound mix",
              "aspect ratio", "color", "colour", "format", "action director", "動作指導", "动作指导",
              "관람등급", "등급", "관람 등급", "상영등급", "시놉시스", "줄거리", "レイティング", "前作", "次作",
              "前作品", "次作品", "上映及发行", "基本资料", "基本資料", "拍攝地點", "拍摄地点", "production design",
              "art direction", "costume design", "makeup", "visual effects", "special effects", "lighting",
              "조명", "미술", "의상", "분장", "화면비", "상영 등급", "국내 스트리밍", "스트리밍", "특수효과",
              "무술감독",
              "美術", "照明", "衣装", "録音", "美术", "服装", "造型", "音效"),
}

# Labels too common as the first word of a sentence or a caption: without a separator they are read only
# before a value that starts with a capital, a digit or CJK, on a short line.
_NEEDS_SEPARATOR = frozenset({
    "title", "movie", "film", "stars", "score", "story", "length", "release", "production", "year",
    "script", "photography", "distribution", "direction", "audience", "cast", "music", "editor", "writer", "dir",
    "actors", "voices", "composer", "sortie", "montage", "gross", "japanese", "traditional", "simplified",
    "language", "pays", "영화", "시간", "制作", "上映", "出品", "公開", "地区", "国家", "國家", "配音", "発行",
})

_BY_SPELLING: dict[str, str] = {s.casefold(): name for name, spellings in LABELS.items() for s in spellings}
_LONGEST = max(len(s) for s in _BY_SPELLING)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff]")
_DECORATION = re.compile(r"^[ \t]*(?:<[^<>\n]{1,80}>[ \t]*)*(?:[-*•·▶►■□◆◇○●▪‣–—]+[ \t]*|\d{1,2}[.)][ \t]+)?")
# a line of only these characters (checked once, possessive) with three dashes in a row: a run of dashes
# is not split between the parts of the pattern in every way
_SEPARATOR_LINE = re.compile(r"^(?=[\s|:-]*+$)[\s|:-]*?---")
_SENTENCE = re.compile(r"[.!?。！？]\s*$")


def field_name(label: str) -> str:
    """The field a label names (`Directed by` → `director`, `감독` → `director`), or ""."""
    key = re.sub(r"\s+", " ", label).strip().rstrip(":：").strip().casefold()
    key = re.sub(r"\s*\(s\)$", "", key) if key not in _BY_SPELLING else key
    return _BY_SPELLING.get(key, "")


@dataclass(frozen=True)
class LabelLine:
    """A line that opens with a label: the field it names, where the label starts and where its
    value starts and ends on the line, and whether a separator (`:`, `|`, a tab) stood between them."""

    name: str
    label_start: int
    value_start: int
    value_end: int
    separated: bool


def _value_end(line: str, start: int) -> int:
    """Where a value on a line ends: before trailing pipes and spaces (`Jang Hoon | ||`)."""
    end = len(line)
    while end > start and line[end - 1] in " \t|":
        end -= 1
    return max(end, start)


_GLUE_OK = "\"'“‘$₩€£¥(《「『"


def read_label(line: str) -> LabelLine | None:
    """The label a line opens with, in any of the shapes in the module doc; None for other lines. A
    heading word before it (`Credits:Directed by: …`) is passed over."""
    hit = _read_label(line)
    if hit is None and (m := re.match(r"^[ \t]*[^\W\d][\w ]{0,20}[:：][ \t]*(?=\S)", line)):
        inner = _read_label(line[m.end():])
        if inner is not None and inner.separated:
            return LabelLine(inner.name, inner.label_start + m.end(), inner.value_start + m.end(),
                             inner.value_end + m.end(), True)
    return hit


def _read_label(line: str) -> LabelLine | None:
    m = _DECORATION.match(line)
    pos = m.end() if m else 0
    if line.startswith("|", pos):
        pos += 1
        while pos < len(line) and line[pos] in " \t":
            pos += 1
    head = line[pos:pos + _LONGEST + 1]
    folded = head.casefold()
    for size in range(min(len(head), _LONGEST), 0, -1):
        spelled = folded[:size]
        name = _BY_SPELLING.get(spelled)
        if not name:
            continue
        after = pos + size
        if line.startswith("(s)", after):  # "Release date(s)"
            after += 3
        rest = line[after:]
        if sep := re.match(r"[ \t]*(?:[:：|\t]|-[ \t])[ \t]*", rest):
            start = after + sep.end()
            value = line[start:]
            if len(value) > 400 or len(re.findall(r"(?<=[a-z]{2})[.!?]\s+[A-Z]|。", value)) >= 2:
                return None  # a paragraph that happens to start with a label's word
            return LabelLine(name, pos, start, _value_end(line, start), True)
        if _prose(line):
            continue
        if not rest.strip():
            if spelled in _NEEDS_SEPARATOR:
                continue
            return LabelLine(name, pos, len(line), len(line), False)  # its value is on the lines under it
        first = rest[0]
        if spelled in _NEEDS_SEPARATOR:
            value = rest.lstrip()
            if len(line) > 80 or not value or not (value[0].isupper() or value[0].isdigit() or _CJK.match(value[0])):
                continue
        if first in " \t":
            start = after + len(rest) - len(rest.lstrip())
            return LabelLine(name, pos, start, _value_end(line, start), False)
        # glued: "Directed byBong Joon-ho", "导演劉偉強"; never into a longer word ("Countryside")
        if _CJK.match(spelled[-1]) or first.isdigit() or first in _GLUE_OK or _CJK.match(first) or (
                first.isalpha() and first.isupper()):
            return LabelLine(name, pos, after, _value_end(line, after), False)
    return None


@dataclass(frozen=True)
class Entry:
    """One labelled value: the field, the line its label is on, and where its value starts (line and
    column: a label broken over two lines has its value on the second)."""

    name: str
    line: int
    value_line: int
    value_col: int
    value_end: int
    separated: bool


@dataclass(frozen=True)
class Block:
    """A run of labelled lines: its line range (last inclusive) and its entries."""

    first: int
    last: int
    entries: tuple[Entry, ...]


def _prose(line: str) -> bool:
    words = line.split()
    return len(line) > 160 or (len(words) >= 9 and bool(_SENTENCE.search(line))) or (
        len(words) >= 14 and not _CJK.search(line))


_UNKNOWN_LABEL = re.compile(r"^[ \t]*+(?:[-*•·][ \t]*+)?[^\W\d][\w'’ ./&()-]{0,24}[ \t]*[:：](?:[ \t]|$)")


def _continues(line: str) -> bool:
    """A line that may carry more of the value above it: short, no sentence, and no label of its own
    (`관람등급: 15세 이상 관람가`, `Synopsis:` end the value above them)."""
    stripped = line.strip()
    return bool(stripped) and len(stripped) <= 120 and not _prose(stripped) and not _UNKNOWN_LABEL.match(line)


def _entries(lines: list[str]) -> dict[int, Entry]:
    found: dict[int, Entry] = {}
    skip: set[int] = set()
    for i, line in enumerate(lines):
        if i in skip:
            continue
        if hit := read_label(line):
            found[i] = Entry(hit.name, i, i, hit.value_start, hit.value_end, hit.separated)
            continue
        # a label broken over two lines: "Production" / "companies |"
        if i + 1 < len(lines) and line.strip() and len(line) <= 30 and not read_label(lines[i + 1]):
            head = line.rstrip()
            following = lines[i + 1]
            indent = len(following) - len(following.lstrip())
            hit = read_label(head + " " + following.lstrip())
            if hit and hit.value_start > len(head):
                col = hit.value_start - len(head) - 1 + indent
                found[i] = Entry(hit.name, i, i + 1, col, _value_end(following, col), hit.separated)
                skip.add(i + 1)
                continue
        if _UNKNOWN_LABEL.match(line) and not _prose(line):
            # a label the vocabulary does not know ("Tel:", "Synopsis:"): it ends the value above it
            col = line.index(":") + 1 if ":" in line else line.index("：") + 1
            found[i] = Entry("", i, i, col, _value_end(line, col), True)
    return found


def blocks(lines: list[str]) -> list[Block]:
    """The runs of labelled lines among `lines` (see the module doc)."""
    found = _entries(lines)
    taken = {e.value_line for e in found.values()} | set(found)
    out: list[Block] = []
    i = 0
    while i < len(lines):
        if i not in found:
            i += 1
            continue
        first = last = i
        j = i + 1
        while j < len(lines):
            line = lines[j]
            if j in taken or (line.strip() and _SEPARATOR_LINE.match(line)) or _continues(line):
                last = j
                j += 1
                continue
            if not line.strip():
                # empty lines inside a run: the run goes on when a label follows after a few value lines
                k = j + 1
                while k < len(lines) and k not in found and k - j <= 12 and (
                        _continues(lines[k]) or (not lines[k].strip() and lines[k - 1].strip())):
                    k += 1
                if k < len(lines) and k in found:
                    j = k
                    continue
            break
        entries = [found[k] for k in range(first, last + 1) if k in found]
        known = [e for e in entries if e.name not in ("", "other")]
        dense = len(known) >= 3
        kept = tuple(e for e in entries if dense or e.separated)
        # a run opens with its first known label: "出典: …" or "Source: …" above an infobox is not part of it
        while kept and kept[0].name in ("", "other"):
            kept = kept[1:]
        if kept:
            # a sparse run ends with its last label's line: the lines under it are the page's own
            end = last if dense else max(e.value_line for e in kept)
            out.append(Block(kept[0].line, end, kept))
        i = last + 1
    return out


def block_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines that belong to a run of labelled lines (labels and their values)."""
    return {k for b in blocks(lines) for k in range(b.first, b.last + 1)}


def find_fields(text: str, start: int = 0, end: int | None = None) -> tuple[list[Field], list[tuple[int, int]]]:
    """The fields of the labelled lines in `text[start:end]`, and the text range of each run."""
    end = len(text) if end is None else end
    offsets: list[int] = []
    lines: list[str] = []
    pos = start
    for line in text[start:end].split("\n"):
        offsets.append(pos)
        lines.append(line)
        pos += len(line) + 1
    fields: list[Field] = []
    ranges: list[tuple[int, int]] = []
    for block in blocks(lines):
        first = block.first
        if (row := _title_row(lines, block.first)) is not None:
            cell, col = row
            begin = offsets[cell] + col
            fields.append(Field("title", text[begin:offsets[cell] + _value_end(lines[cell], col)], begin,
                                offsets[cell] + _value_end(lines[cell], col)))
            first = cell
        elif not any(e.name == "title" for e in block.entries) and (
                len(known := [e for e in block.entries if e.name not in ("", "other")]) >= 3 or (
                len(known) == 2 and any(_YEAR_TITLE.search(lines[k]) for k in _title_lines(lines, block.first)))):
            # an infobox's title lines; a card of two labels only under a "TITLE (Country, 2002)" line
            for n, k in enumerate(_title_lines(lines, block.first)):
                line = lines[k]
                begin = offsets[k] + len(line) - len(line.lstrip())
                value = line.strip()
                fields.append(Field("title" if n == 0 else "title_alt", value, begin, begin + len(value)))
        for n, entry in enumerate(block.entries):
            stop = block.entries[n + 1].line - 1 if n + 1 < len(block.entries) else block.last
            value_start = offsets[entry.value_line] + entry.value_col
            value_end = offsets[entry.value_line] + entry.value_end
            for m in range(entry.value_line + 1, stop + 1):
                line = lines[m]
                if line.strip() and not _SEPARATOR_LINE.match(line) and line.strip(" \t|"):
                    value_end = offsets[m] + _value_end(line, 0)
            # a value that starts on a continuation line: not its leading pipes and spaces
            while value_start < value_end and text[value_start] in " \t|\n":
                value_start += 1
            if value_start < value_end and entry.name not in ("", "other"):
                fields.extend(_inline_fields(entry.name, text, value_start, value_end))
        ranges.append((offsets[first], offsets[block.last] + len(lines[block.last])))
    return fields, ranges


_CAPTION = re.compile(r"poster|포스터|ポスター|海報|海报|affiche|plakat|^(?:file|image|파일|ファイル|文件):|"
                      r"\.(?:png|jpe?g|svg|gif|webp)\b|^infobox$|^基本資料$|^基本资料$|^summary$|^concept$|"
                      r"^テンプレートを表示$|^picto|wikipedia|ウィキペディア|위키백과|维基百科|維基百科|"
                      r"^jump to|^(?:the )?free encyclopedia", re.I)


_INLINE = re.compile(r"(?<=\s)(?P<label>" + "|".join(
    re.escape(k) for k in sorted((k for k in _BY_SPELLING if len(k) > 3 and not _CJK.search(k)), key=len,
                                 reverse=True)) + r")[ \t]*[:：][ \t]*(?=\S)", re.I)


def _inline_fields(name: str, text: str, start: int, end: int) -> list[Field]:
    """A value that runs into the next labels on its line (`Cinematography: A Editing: B Music: C`)
    is one field per label."""
    out: list[Field] = []
    pos = start
    for m in _INLINE.finditer(text, start, end):
        if "\n" in text[pos:m.start()]:
            break  # only the label's own line
        value = text[pos:m.start()].rstrip(" ,;|")
        if value.strip():
            out.append(Field(name, value, pos, pos + len(value)))
        name = field_name(m.group("label"))
        pos = m.end()
    value = text[pos:end]
    if value.strip():
        out.append(Field(name, value, pos, end))
    return [f for f in out if f.name not in ("", "other")]


_YEAR_TITLE = re.compile(r"\S\s*[(（](?:[^()（）]{1,40},\s*)?(?:19|20)\d\d[)）]\s*$")
_RATING = re.compile(r"^(?:G|PG|PG-13|R|NC-17|NR|Not Rated|Unrated|\d{1,2}\+|\d{1,2}세 이상 관람가|전체 관람가|"
                     r"청소년 관람불가)$", re.I)


def _title_lines(lines: list[str], first: int) -> list[int]:
    """The film's title lines above an infobox written as lines (`七人の侍` / `Seven Samurai` /
    `ポスター` / `監督 黒澤明`): up to two short lines, captions and an empty line skipped, each title
    once, top first."""
    found: list[int] = []
    seen: set[str] = set()
    blanks = 0
    k = first - 1
    while k >= 0 and len(found) < 2 and k >= first - 10:
        line = lines[k].strip()
        k -= 1
        if not line:
            blanks += 1
            if found or blanks > 2:
                break
            continue
        if _CAPTION.search(line) or _UNKNOWN_LABEL.match(line) or _RATING.match(line):
            continue  # a poster's caption, a rating ("PG: 13", "12세 이상 관람가")
        if len(line) > 60 or _prose(line) or read_label(line) or "|" in line or re.search(r"[{}<>\[\]=]", line) \
                or re.match(r"\d{1,2}[.)]\s|.*[:：]$", line):
            break  # a sentence, a label, a table row, markup, a numbered or a labelling heading
        if line.casefold() not in seen:
            seen.add(line.casefold())
            found.append(k + 1)
    return sorted(found)


def _title_row(lines: list[str], first: int) -> tuple[int, int] | None:
    """The title cell of a pipe infobox: the one filled cell of the row above the `|---|` line that
    opens it (`| Parasite | |` / `|---|---|` / `| Hangul | 기생충 |`), as (line, column)."""
    for s in range(first - 1, max(first - 5, 0), -1):
        if lines[s].strip() and _SEPARATOR_LINE.match(lines[s]):
            row = lines[s - 1]
            cells = [c for c in row.split("|") if c.strip()]
            if "|" in row and len(cells) == 1 and not read_label(row):
                col = row.index(cells[0]) + len(cells[0]) - len(cells[0].lstrip())
                return s - 1, col
            return None
    return None


__all__ = ["LABELS", "Block", "Entry", "LabelLine", "block_lines", "blocks", "field_name", "find_fields", "read_label"]
