"""What a figure in a box-office sentence is, and whether it is a fact at all.

`kind_of` reads the words around a figure (in English, Korean, Japanese and Chinese):

- money is a `budget` ("cost $35 million to produce", "the $80 million sequel", "제작비 37억 원") or
  a `gross`; not a figure of the film's takings when it is a per-screen average ("$8,912 per
  theater", "averaged $8,954"), a profit or loss, or a sum adjusted for inflation;
- a share is a `market_share` ("49.1% of ticket sales", "점유율") or a `seat_booking_rate`;
- a count is `screens` ("on 1,739 screens", "in 835 locations", "103개 스크린"), the
  `break_even_admissions` its clause names ("the break-even point of 3.3 million viewers",
  "손익분기점은 650만명"), an `admissions_milestone` when a round figure is passed ("crossed the 10
  million mark", "surpassed 2 million viewers", "1000만 관객을 돌파"; a run of milestones "3 million on
  the 5th day, 4 million on the 7th day"), else `admissions` when it counts tickets ("drew 1.35 million
  viewers", "누적 관객수 603만 3190명", "動員100万人").

`forecast` tells a prediction, hope or projection from a figure that was true: "is expected to pass
10 million", "could reach $300 million", "tracking for $50 million", "the studio projects an $11
million frame", "700만 관객을 넘어설 것으로 전망", "400만 돌파를 눈앞에 뒀다". Such figures are not
facts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import Amount, count_value, says

# ---------------------------------------------------------------- money that is not takings

_PER_SCREEN = re.compile(r"^\s*(?:\)\s*)?(?:per|a|each)[ -]"
                         r"(?:theater|theatre|screen|location|venue|site|cinema|print)\b"
                         r"|^\s*(?:par (?:salle|copie|écran)|pro (?:Kino|Leinwand|Kopie))\b"
                         r"|^\s*(?:per-theater|per-screen|per-location)\b", re.I)
_AVERAGE_BEFORE = re.compile(r"\b(?:averag(?:e|ed|ing)|per-(?:theater|theatre|screen|location|venue|site)"
                             r"(?:\s+average)?)"
                             r"(?:\s+(?:of|at|was|is|a|an|only|just|about|around|robust|vicious|strong|solid|"
                             r"impressive|healthy|mighty|estimated|over|more|than|under|nearly|almost|roughly|"
                             r"some)){0,4}\s*$", re.I)
# an average said earlier in the figure's words: "the highest per-theater average of all time ($75K)",
# "average ticket sales per cinema, calculated to be worth around $18,426"
_AVERAGE_EARLIER = re.compile(r"\b(?:per[- ](?:theater|theatre|screen|location|venue|site|cinema)|averag(?:e|ed|ing))\b"
                              r"(?![^$₩€£¥]*\b(?:added|adding|grossed|grossing|earned|earning|took|taking|made|"
                              r"brought|bringing|total|totall?ing|cume|overall|while|and it|but)\b)[^$₩€£¥]*$", re.I)
_NOT_TAKINGS = re.compile(r"\b(?:profits?|loss(?:es)?|lost|salary|salaries|paid|pay|fee|earnings of the studio|"
                          r"adjusted for (?:ticket price )?inflation|would (?:equal|be)|in today's dollars|"
                          r"ticket price|per ticket|a ticket)\b", re.I)
# "8億円増", "$1 billion in profit", "up 12% on": a difference or a profit, not takings
_NOT_TAKINGS_AFTER = re.compile(r"^\s*(?:in (?:profits?|losses|pre-?sales|advance (?:ticket )?sales)|增|増|증가|"
                                r"more than|less than|short of)"
                                # a class of films by their takings: "two back to back 1000 crore films", "the
                                # third-cheapest $900 million grosser"
                                r"|^[\s-]*(?:films|movies|hits|blockbusters|grossers?|earners?)\b", re.I)
_BUDGET_BEFORE = re.compile(r"\b(?:budgets?(?:ed)?|costs?|costing|cost of|production costs?|spent|spending|"
                            r"fund(?:s|ed|ing)?|"
                            r"invest(?:ed|ment)?|financ(?:e|ed|ing)|made for|made on|shot for|asked for|"
                            r"price tag)\b|제작비|예산|총제작비|製作費|制作费|制作成本|成本"
                            r"|\b(?:co[uû]t(?:é|e|ant)?|budget de|gekostet|kostete|Produktionskosten|Budget von)\b",
                            re.I)
_BUDGET_AFTER = re.compile(r"^[\s-]*(?:budget(?:ed)?|price tag|production budget)\b"
                           r"|^\s*(?:for|on|in)\s+(?:marketing|promotion|advertising|prints and advertising|P&A)\b"
                           r"|^\s*(?:\([^)]*\)\s*)?(?:to (?:make|produce|shoot|film)|in production costs|"
                           r"(?:production |marketing )?budget)\b"
                           r"|^\s*(?:sequel|film|movie|production|picture|pic|flick|blockbuster|epic|tentpole|"
                           r"feature|prequel|remake)\b", re.I)

# ---------------------------------------------------------------- the market's figures, not a film's

# what a weekend, the whole box office or several films together took: "a busy weekend that saw 1.71
# million spectators", "the overall Korean box office … worth $25 million", "the combined take of $2.3
# billion", "MCU movies have collectively earned", "the Fri-Sun frame has ever crossed the 4 million mark",
# "the top ten … selling just under $100M"
_MARKET_TOTAL_BEFORE = re.compile(
    r"\b(?:weekend|frame|market|box[- ]office|industry|multiplexes)\s+(?:that\s+|which\s+)?(?:has\s+|had\s+)?"
    r"(?:ever\s+)?(?:saw|sees|drew|totall?ed|was worth|worth|generated|sold|brought in|crossed|passed|topped|surpassed|"
    r"reached|hit)\b[^.;]{0,30}$"
    r"|\b(?:overall|whole|entire)\s+(?:\w+\s+)?(?:box[- ]office|market|industry)\b[^.;]{0,60}$"
    r"|\b(?:combined|collectively|altogether|between them)\b[^.;]{0,40}$"
    r"|\bthe top (?:three|five|ten|twenty|3|5|10|20)\s+(?:films\s+|movies\s+|titles\s+)?(?:set|sold|selling|grossed|"
    r"earned|took|combined|together|accounted|totall?ed)\b[^.;]{0,60}$"
    # "Out of the gargantuan 4.42 million tickets sold, 81% were for Korean films": the whole weekend's
    r"|\bout of (?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$"
    r"|합쳐서[^.]{0,10}$|합산[^.]{0,10}$", re.I)
_MARKET_TOTAL_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:spectators|moviegoers|people|viewers|tickets|admissions|cinemagoers|filmgoers)\s+"
    r"(?:\w+\s+)?(?:visited|went to|flocked to|headed to|were sold|was sold|shuffled?|filled|turned out)\b"
    r"|^[\s-]*(?:franchise|series|film industry|industry|market)\b", re.I)
# the share of a country's films ("the Korean share of the market rose to 63%", "local films took 58%")
_FILMS_SHARE = re.compile(r"\b(?:Korean|Japanese|Chinese|American|Hollywood|local|domestic|foreign|imported|homegrown|"
                          r"home-grown)\s+(?:films'?\s+|movies'?\s+|titles'?\s+)?(?:share|market share)\b[^%]{0,40}$"
                          r"|\b(?:Korean|Japanese|Chinese|American|Hollywood|local|domestic|foreign|imported|"
                          r"homegrown)\s+(?:films|movies|titles)\s+(?:took|claimed|accounted for|had|held|captured)\s+"
                          r"(?:a\s+|an\s+)?(?:\w+\s+)?$", re.I)

# ---------------------------------------------------------------- shares

_SEAT = re.compile(r"\b(?:seat (?:booking|occupancy|share)|booking rate|occupancy|reservation rate)\b[^%]{0,20}$"
                   r"|예매율[^%]{0,12}$|좌석\s?점유율[^%]{0,12}$", re.I)
_MARKET_SHARE = re.compile(r"\b(?:market|sales|box[- ]office|revenue|audience|admissions?|ticket)\s+share\b|"
                           r"\bshare of (?:the )?(?:market|box office|ticket sales|sales|admissions|audience)|"
                           r"매출액?\s?점유율|점유율|占有率|シェア", re.I)
_SHARE_AFTER = re.compile(r"^\s*(?:(?:market|sales|box[- ]office|audience|revenue)\s+)?share\b"
                          r"|^\s*of (?:all |the |total |overall )*(?:weekend |daily |weekly |day's |weekend's )?"
                          r"(?:ticket sales|sales|admissions|moviegoers|viewers|audience|market|box office|"
                          r"the market|revenue)", re.I)
_SHARE_IN_BRACKETS = re.compile(r"(?:admissions|tickets|viewers|million|\d)\s*+\)?\s*+[(,]\s*+$", re.I)

# a film's place in order: "the first Korean film", "the 28th film", "the second K-movie", "the fourth movie"
_NTH_FILM = (r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
             r"(?!(?:with|both|month|north|south|worth|booth|growth)\b)\w+th)\s+(?:[\w'-]+\s+){0,4}?(?:[\w]+-)?(?:film|movie|title|picture|release)s?\b")

# ---------------------------------------------------------------- counts

_SCREENS_AFTER = re.compile(r"^\s*(?:screens|theaters|theatres|cinemas|auditoriums|locations|venues|sites|"
                            r"movie theaters|screening rooms|salles|écrans|copies|Kinos|Leinwänden?|Kopien)\b"
                            r"|^\s*개?\s?(?:스크린|상영관)"
                            r"|^\s*(?:スクリーン|館|の映画館|块银幕|家影院)",
                            re.I)
_SCREENS_BEFORE = re.compile(r"\bscreen(?:s| count)\s+(?:of|to|at|reached|rose to|fell to)\s+$|스크린\s?수[는가]?\s*$",
                             re.I)
# the whole country's screens ("2,575 screens total"), or theaters beside the screens a film is on
# ("in 84 theaters and 108 screens": the screens)
_NOT_SCREENS = re.compile(r"^\s*(?:theaters|theatres|cinemas|screens)\s+(?:total|in all of|in the whole)"
                          r"|^\s*(?:theaters|theatres|cinemas|locations|venues)\s+and\s+\d[\d,]*\s+screens", re.I)
# a film's place among those that opened that wide: "the first picture to open at over 2,000 theaters"
_SCREENS_RECORD = re.compile(rf"{_NTH_FILM}\s+(?:[\w'-]+\s+){{0,3}}?to\s+(?:open|debut|play|launch|bow)\s+"
                             r"(?:in|at|on|across)\s+(?:over\s+|more than\s+|at least\s+)?$", re.I)
# "78 and 60 screens each"
_SCREENS_LISTED = re.compile(r"^\s*(?:and|or|to)\s+\d[\d,]*\s+(?:screens|theaters|theatres|cinemas|locations)\b", re.I)
_COUNTED = re.compile(r"^\s*(?:(?:weekend|weekly|daily|opening[- ](?:day|weekend)|cumulative|total|paid|preview|"
                      r"more|additional|new)\s+)?"
                      r"(?:(?:admissions?|viewers?|views|tickets?|moviegoers|movie-goers|spectators|audiences?|"
                      r"attendance|attendees|people|cinemagoers|filmgoers|visitors|patrons|entries|entry|sales|"
                      r"paying customers|customers)\b|in (?:attendance|admissions|ticket sales)\b|여?\s?명|관객|"
                      # French and German: "4 millions de spectateurs", "2,2 millions d'entrées", "Zuschauer"
                      r"(?:de |d['’])?(?:entrées|spectateurs|billets vendus|tickets vendus)|"
                      r"(?:Kino)?(?:Zuschauer|Besucher|Kinogänger)|"
                      r"(?:万)?人(?:次)?|名)", re.I)
_COUNTED_BEFORE = re.compile(
    r"\b(?:ticket sales|admissions|attendance|audiences?|viewership|viewers|moviegoers|tally|count)\s+"
    r"(?:\w+\s+){0,2}(?:reached|hit|totaled|totalled|stood at|stands at|rose to|climbed to|of|numbered|at|came to|"
    r"was|is|were|passed|surpassed|exceeded|topped|crossed)\s+"
    r"(?:over\s+|more than\s+|about\s+|around\s+|nearly\s+|some\s+|~)?$"
    r"|\b(?:total|tally|count)\s+(?:admissions\s+|attendance\s+|audience\s+)?(?:to|of|at|reached|hit|stands at|"
    r"stood at)\s+(?:over\s+|more than\s+|about\s+|around\s+|nearly\s+|~)?$"
    r"|\b(?:total|tally)\b[^.;,]{0,50}?\b(?:reached|hit|stood at|stands at|came to|rose to|climbed to)\s+"
    r"(?:over\s+|more than\s+|about\s+|around\s+|nearly\s+)?$"
    r"|\b(?:accumulated|amassed|garnered|drew|drawn|draws|drawing|attracted|attracting|lured|sold|selling|added|"
    r"adding|welcomed|recorded|recording|logged|racked up|pulled in|brought in|mobilized)\s+(?:a total of\s+|over\s+|"
    r"more than\s+|about\s+|some\s+|another\s+|an(?:other)? additional\s+|nearly\s+|almost\s+|~)?$"
    r"|(?:누적\s?)?관객\s?수?[는은가이]?\s*(?:총\s*)?$|누적\s*$|관객\s*$|動員(?:数)?[はがで]?\s*$|观影人次\s*$"
    r"|\b(?:number|count|total) of (?:viewers|admissions|moviegoers|spectators|tickets|audiences?|attendees)\b"
    r"[^\d.;]{0,60}$"
    r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|No\.\s?\d+)"
    r"(?:\s+place)?\s+with\s+$", re.I)
_TOTAL_AFTER = re.compile(r"^\s*(?:in total|in all|so far|to date|overall|all told|since (?:it|its)\b)", re.I)
_EAST_UNIT = re.compile(r"[만萬万억億亿]")
_ABOUT_VIEWERS = re.compile(r"관객|관람객|동원|観客|動員|观影|人次")
_ABOUT_TICKETS = re.compile(r"\b(?:admissions|tickets?|viewers|moviegoers|audiences?)\b|관객", re.I)
_POPULATION = re.compile(r"\b(?:country|nation|population|residents|citizens|inhabitants|surveyed|respondents|"
                         r"members|subscribers|followers|users|households)\b|인구|응답자|남녀", re.I)
# passing a mark: "crossed the 10 million mark", "surpassed over 3 million viewers", "topped 4 million"
_PASS = re.compile(r"\b(?:pass|passed|passing|passes|surpass(?:ed|es|ing)?|cross(?:ed|es|ing)?|exceed(?:ed|s|ing)?|"
                   r"top(?:ped|s|ping)?|break|broke|breaks|breaking|broken|hurdled?|clear(?:ed|s)?|eclipsed?|"
                   r"(?:went|gone|go|goes|going|moved|pushed|climbed|got|sailed|sails|raced|zoomed|shot) past|"
                   r"joined|joins|"
                   # French and German: "dépasse les 19 millions", "franchir la barre des 4 millions", "knackte"
                   r"dépass(?:e|é|er|ant)|franchi(?:r|t|ssant)?|passé|(?:barre|cap) (?:des|de)|"
                   r"überschritten|übersprungen|überspringt|knackte?|(?:Marke|Grenze) von|"
                   # the film's place among those that passed a mark: "the first Korean film to sell", "the second
                   # K-movie to have garnered", "the 23rd Korean film with over"
                   rf"{_NTH_FILM}\s+(?:[\w'-]+\s+){{0,4}}?(?:to\s+(?:have\s+)?(?:sell|sold|draw|drawn|attract(?:ed)?|"
                   r"reach(?:ed)?|surpass(?:ed)?|cross(?:ed)?|pass(?:ed)?|top(?:ped)?|hit|break|broken|record(?:ed)?|"
                   r"exceed(?:ed)?|welcome[d]?|garner(?:ed)?|achieve[d]?|amass(?:ed)?|clock(?:ed)? up|rack(?:ed)? up)"
                   r"|with))"
                   r"(?:\s+(?:the|over|more than|a cumulative|its|an impressive|a whopping|another|just|les|la|le|"
                   r"barre|cap|des|de|die|der|(?:milestone|mark|threshold|benchmark) of))*\s+$", re.I)
# reaching a figure is a milestone when the figure is a round mark: "reached 3 million", not "reached 2.5 million"
_REACH = re.compile(r"\b(?:reach(?:ed|es|ing)?|hit(?:s|ting)?|achiev(?:e|ed|es|ing)|attract(?:ed|s|ing)?|drew|draws|"
                    r"sold|sells)(?:\s+(?:the|over|more than|a cumulative|its|another|just))*\s+$"
                    r"|\b(?:milestone|mark|threshold|benchmark) of\s+$", re.I)
_MARK_AFTER = re.compile(r"^[\s-]*+(?:[\w-]+\s+){0,2}(?:mark|milestone|threshold|barrier|club|benchmark)\b"
                         r"|^\s*+(?:(?:명|관객)\s*+)?(?:관객\s?)?(?:(?:을|를)\s*+)?(?:돌파|넘어|넘었|넘긴|넘기|고지|달성|突破|超え|を突破)",
                         re.I)
_SOON_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:in|within|after)\s+(?:just\s+|only\s+|less than\s+|under\s+)?"
                         r"(?:the\s+|its\s+)?(?:\w+\s+)?(?:days?|weeks?|hours?)\b", re.I)
# a run of milestones: "3 million on the 5th day, 4 million on the 7th day"
_DAY_OF_RUN_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}(?:on (?:the|its) \w+ day|in (?:just |only )?\w+ days|"
                               r"on day \d+|(?:in|within) (?:its|the) (?:first|opening) \w+)\b", re.I)
_RUN_OF_MILESTONES = re.compile(r"(?<!\d)(?<!\d[.,])\d[\d.,]*+\s*+(?:(?:million|만)\s*+)?(?:[\w-]+\s+){0,2}"
                                r"on (?:the|its) \w+ day", re.I)
_MILESTONE_WORDS = re.compile(r"\bmilestones?\b|\bmark\b|돌파|突破", re.I)
# other films' counts: "the films that reached", "a handful of local films have clocked up", "one of five movies
# with over"; a series' total ("the first Korean film series to attract over 40 million")
_OTHER_FILMS = re.compile(r"\b(?:films|movies|titles|ones|those)\s+(?:that|which|who|with)\b[^,;]*$"
                          r"|\b(?:handful of|few|several|many|some|other)\s+(?:[\w-]+\s+)?(?:films|movies|titles)\s+"
                          r"(?:have|had)\b[^,;]*$"
                          r"|\b(?:film|movie)\s+(?:series|franchise)\b[^.;]{0,40}$", re.I)
# a class of films named by a count: "three 10 million viewer hits", "the 100-million-dollar films"
_CLASS_AFTER = re.compile(r"^[\s-]*(?:(?:viewer|admission|moviegoer|ticket|dollar|grossing)s?[\s-]+)"
                          r"(?:hits?|films?|movies?|blockbusters?|titles?)\b", re.I)
_PRESOLD = re.compile(r"\b(?:pre-?sold|pre-?sales? of|pre-?booked|advance bookings? of|reservations? of)\s+"
                      r"(?:over\s+|more than\s+|about\s+|around\s+|nearly\s+|approximately\s+)?$", re.I)
_PRESOLD_AFTER = re.compile(r"^\s*(?:tickets?\s+)?(?:had been|have been|were|was)\s+"
                            r"(?:pre-?)?(?:booked|reserved|pre-?sold)\b"
                            r"|^\s*(?:advance|pre-?sale|pre-?booked)\s+(?:tickets?|bookings?|sales)\b", re.I)
_BREAK_EVEN = re.compile(r"break[- ]?even|손익\s?분기|損益分岐|盈亏平衡|保本", re.I)

# ---------------------------------------------------------------- forecasts

_FORECAST_BEFORE = re.compile(
    r"\b(?:(?:is|are|was|were|being|it's|it is)\s+(?:\w+\s+)?(?:expected|projected|predicted|forecast|estimated|"
    r"likely|poised|set|slated|tipped|tracking|headed|heading|on track|on pace|on course|en route)\b"
    r"|expect(?:s|ed|ing)?\s+(?:it|the film|the movie)?\s*to\b|projects?\b|projections?\b|projecting\b|"
    r"predict(?:s|ed|ing|ions?)?\b|"
    r"forecasts?\b|forecasting\b|tracking\b|on track\b|on pace\b|on course\b|headed for\b|heading for\b|"
    r"eyeing\b|eyes\b|aims? (?:for|to)\b|hopes? (?:for|to)\b|hoping\b|targets?\b|could\b|might\b|(?-i:may)\b|"
    r"will\b|would\b|should\b|shall\b|going to\b|is bound to\b|appears headed\b|looks? (?:set|likely|poised)\b|"
    r"could be looking at\b|is looking at\b|anticipat(?:e|es|ed|ing)\b|if it\b"
    # "기생충의 목표는 1000만 관객": a goal
    r"|목표[는로가]?|예상치?는|目標は?|目标是?)[^,;:()–—]*$", re.I)
# a hedge between the cue and the figure is fine; a new clause after it is not ("will … , it had")
_FORECAST_AFTER = re.compile(r"^[^.;]{0,40}?(?:것으로\s?(?:전망|예상|보인다|보여|관측|기대)|전망(?:이다|된다|했다)|"
                             r"예상(?:된다|이다|했다)|눈앞에?|유력(?:하다|시)|목표|바라보|기대(?:된다|를|해|할)|예정|"
                             r"(?:돌파|달성|기록|넘어설|넘을)할?지|"
                             r"見込み|見通し|予想|予測|有望|预计|预测|将)", re.I)
# a mark the film heads for: "continues to stride towards the Rs 1000 crore mark", "nearing $300 million"
_HEADING_FOR = re.compile(r"\b(?:(?:stride|strides|striding|inching|inches|edging|edges|heading|moving|marching|racing|"
                          r"cruising|closing in)\s+(?:ever\s+)?(?:closer\s+)?(?:towards?|to|on)|nearing|approaching|"
                          r"within (?:striking )?distance of)\s+(?:the\s+|a\s+)?$", re.I)
# a mark not reached: "missed its chance at hitting the ten million mark", "fell short of $100 million"
_NOT_REACHED = re.compile(r"\b(?:missed|misses|failed to|fails to|fell short of|falls short of|has yet to|have yet to|"
                          r"is yet to|not yet)\b[^,;.]*$", re.I)
_NOT_FORECAST = re.compile(r"\bthan (?:expected|projected|predicted|forecast|anticipated)|\ba projected\b|"
                           r"\bbeat(?:ing)? "
                           r"(?:expectations|projections|forecasts)|will be remembered|may have\b|might have\b|"
                           r"could have\b|would have\b|\bwill not\b", re.I)


def _round(amount: float, digits: int = 2) -> bool:
    """A milestone figure: two significant digits at most (5 million, 12 million, not 9.35 million)."""
    return float(amount).is_integer() and len(f"{amount:.0f}".rstrip("0")) <= digits


@lru_cache(maxsize=64)  # a sentence's count of milestone runs, as `says`
def _count(pattern: re.Pattern[str], text: str) -> int:
    return len(pattern.findall(text))


def kind_of(text: str, amount: Amount, clause: tuple[int, int] = (0, -1), previous_end: int = 0) -> str:
    """The property a figure of `text` states ("" when none): see the module's docstring. `clause`
    bounds the words that may say what it is; money is a budget by its own words, after the figure
    before it (`previous_end`: "the $62.5 million-budgeted flick crosses $1 billion")."""
    lo, hi = clause[0], (len(text) if clause[1] < 0 else clause[1])
    before = text[max(lo, amount.start - 60):amount.start]
    own_before = re.sub(r"^-[\w-]+", "", text[max(lo, previous_end, amount.start - 60):amount.start])
    after = text[amount.end:min(hi, amount.end + 40)]
    whole = text[lo:hi]
    value = amount.quantity
    if amount.percent:
        if _FILMS_SHARE.search(before):
            return ""
        if _SEAT.search(before):
            return "seat_booking_rate"
        return "market_share" if (_MARKET_SHARE.search(before[-40:]) or _SHARE_AFTER.match(after)
                                  or _SHARE_IN_BRACKETS.search(before[-12:]) or _MARKET_SHARE.search(after[:12])) \
            else ""
    own_words = text[max(lo, previous_end, amount.start - 90):amount.start]
    if _MARKET_TOTAL_BEFORE.search(own_words) or _MARKET_TOTAL_AFTER.match(after):
        return ""
    if value.unit:
        if _PER_SCREEN.match(after) or _AVERAGE_BEFORE.search(before[-40:]) or _NOT_TAKINGS.search(before[-40:]) \
                or _AVERAGE_EARLIER.search(own_before[-70:]) \
                or _NOT_TAKINGS.match(after[:30]) or _NOT_TAKINGS_AFTER.match(after) \
                or (value.amount < 1000 and not value.approx):
            return ""
        own_after = re.split(r"[\d$₩€£¥]|\bagainst\b|\bversus\b|\bvs\b|\bon a\b|\bwith a\b", after)[0][:25]
        if _BUDGET_BEFORE.search(own_before[-40:]) or _BUDGET_AFTER.match(after) or _BUDGET_BEFORE.search(own_after):
            return "budget"
        return "gross"
    if _SCREENS_AFTER.match(after) or _SCREENS_BEFORE.search(before) or _SCREENS_LISTED.match(after):
        if _SCREENS_RECORD.search(own_words[-80:]):
            return ""  # "his first film to open in more than 2,000 theaters": a mark, not the film's count
        return "screens" if float(value.amount).is_integer() and not _NOT_SCREENS.match(after) else ""
    if value.amount < 1000:
        return ""
    if _PRESOLD.search(before[-40:]) or _PRESOLD_AFTER.match(after):
        return ""  # "pre-sold 646,000 tickets", "554,000 tickets had been booked": reservations, not admissions
    counted = bool(_COUNTED.match(after))
    if counted and _POPULATION.search(before[-40:] + " " + after[:20]):
        return ""  # "the whole country only has 50 million people", "1,000 people surveyed"
    if _BREAK_EVEN.search(before[-50:]) or _BREAK_EVEN.search(after):
        return "break_even_admissions"
    if _OTHER_FILMS.search(before) or _CLASS_AFTER.match(after):
        return ""  # "the highest among the films that reached 10 million": other films' count
    # a day's count drawn ("drawing over 740,000 viewers on the opening day") is no mark, unless a round one
    drawn = bool(_COUNTED_BEFORE.search(before)) and not _round(value.amount, 1)
    in_a_run = bool(_DAY_OF_RUN_AFTER.match(after)) and not drawn and bool(
        says(_MILESTONE_WORDS, whole) or _count(_RUN_OF_MILESTONES, text) >= 2)
    # "sold more than 5 million tickets within eight days": how soon a mark was passed
    soon = value.bound == "lower" and counted and bool(_SOON_AFTER.match(after))
    if _round(value.amount) and (_PASS.search(before) or _MARK_AFTER.match(after) or in_a_run or soon
                                 or (_REACH.search(before) and _round(value.amount, 1) and not _COUNTED_BEFORE.search(
                                     before) and value.bound != "lower")):
        return "admissions_milestone"
    if counted or _COUNTED_BEFORE.search(before):
        return "admissions"
    if _TOTAL_AFTER.match(after) and float(value.amount).is_integer() and says(_ABOUT_TICKETS, text):
        return "admissions"
    if _EAST_UNIT.search(text[amount.start:amount.end]) and says(_ABOUT_VIEWERS, text):
        return "admissions"  # "<살인의 추억>(2003)은 525만", in a sentence about viewers
    return ""


CUE_WINDOW = 300


def forecast(text: str, amount: Amount, clause: tuple[int, int]) -> bool:
    """A prediction, a hope or a projection rather than a figure that was true: a cue earlier in the
    figure's clause ("is expected to pass", "could reach", "projects"), or, in Korean, Japanese and
    Chinese, after it ("넘어설 것으로 전망")."""
    lo, hi = clause
    # the cue is in the words just before the figure: a clause of many figures is not read again whole
    # for each of them (quadratic in the clause)
    before = text[max(lo, amount.start - CUE_WINDOW):amount.start]
    if _NOT_REACHED.search(before) or _HEADING_FOR.search(before):
        return True  # no fact either: a mark the film did not reach, or heads for
    if _NOT_FORECAST.search(before):
        return False
    return bool(_FORECAST_BEFORE.search(before) or _FORECAST_AFTER.match(text[amount.end:hi]))


_WORD_COUNT = re.compile(r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?=(?:screens|"
                         r"theaters|theatres|cinemas|locations|venues)\b)", re.I)


def word_counts(text: str) -> list[Amount]:
    """Screens written as a word: "on four screens", "in five cinemas"."""
    from ..model import Quantity
    return [Amount(m.start(), m.start("n") + len(m.group("n")), Quantity(float(count_value(m.group("n")) or 0)))
            for m in _WORD_COUNT.finditer(text)]


__all__ = ["forecast", "kind_of", "word_counts"]
