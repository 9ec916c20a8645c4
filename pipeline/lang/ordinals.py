"""Session and meeting numbers written as ordinal words, in each of the six languages.

A UN document names its body's session or meeting by number: `eleventh session`, `onzième
session`, `11º período de sesiones`, `одиннадцатой сессии`, `第十一届会议`, `الدورة الحادية عشرة`.
Written in digits (`11º`, `第11届`) the number is a value of the text (pipeline/value_extraction.py);
written in words it was none, so that a wrong session number passed in every version, and a
version that wrote it in digits was wrong against a source that spelt it. Only an ordinal that
names a session, a meeting or a conference is read: `first` and `third` stand alone in too many
turns of phrase (`at first`, `third parties`, `pays tiers`) to be numbers of the text.
Each reader takes the text and gives each number (1 to 99) with where its words are, so that
they are not read again as number words (Arabic `عشرة` of `الحادية عشرة`).
"""

from __future__ import annotations

import re

_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
          "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
          "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
          "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# The words that may stand between an ordinal and the noun it numbers (`eleventh regular session`).
_ENGLISH_BETWEEN = r"(?:(?:regular|special|resumed|plenary|high-level)\s+)?"
_ENGLISH_CORE = rf"\b(?:({'|'.join(_TENS)})-)?({'|'.join(_UNITS)})"
_ENGLISH = re.compile(rf"{_ENGLISH_CORE}\s+{_ENGLISH_BETWEEN}$", re.IGNORECASE)
_ENGLISH_AND = re.compile(rf"{_ENGLISH_CORE}(?:\s*,|\s+and|\s+or)\s+$", re.IGNORECASE)
_ENGLISH_NOUNS = re.compile(r"\b(?:session|meeting|conference)s?\b", re.IGNORECASE)
# How far before its noun an ordinal is looked for: the longest ordinal and the words between.
_REACH = 60


Found = tuple[float, int, int]  # the number, and the start and end of its words


def _before_nouns(text: str, nouns: re.Pattern[str], ordinal: re.Pattern[str],
                  coordinated: re.Pattern[str]) -> list[re.Match[str]]:
    """The ordinals that end right before one of the nouns, and those coordinated before them
    (`eleventh and twelfth sessions`): each noun is found first (most texts have none, or
    one), and an ordinal looked for only in the few words before it."""
    found = []
    for noun in nouns.finditer(text):
        match = ordinal.search(text, max(0, noun.start() - _REACH), noun.start())
        while match:
            found.append(match)
            match = coordinated.search(text, max(0, match.start() - _REACH), match.start())
    return found


def english(text: str) -> list[Found]:
    return [(float(_TENS.get((m.group(1) or "").lower(), 0) + _UNITS[m.group(2).lower()]), m.start(), m.end(2))
            for m in _before_nouns(text, _ENGLISH_NOUNS, _ENGLISH, _ENGLISH_AND)]


# French: the parts of `soixante-dix-septième` (60 + 10 + 7), `vingt et unième`, `quatre-vingt-dixième`.
_FRENCH_ORDINAL = {"premier": 1, "première": 1, "unième": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3,
                   "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9,
                   "dixième": 10, "onzième": 11, "douzième": 12, "treizième": 13, "quatorzième": 14, "quinzième": 15,
                   "seizième": 16, "vingtième": 20, "trentième": 30, "quarantième": 40, "cinquantième": 50,
                   "soixantième": 60, "quatre-vingtième": 80}
_FRENCH_CARDINAL = {"dix": 10, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
                    "quatre-vingt": 80, "et": 0}
_FRENCH_CORE = (r"\b((?:(?:dix|vingt|trente|quarante|cinquante|soixante|quatre-vingt)(?:-|\s+et\s+))*"
                rf"(?:{'|'.join(sorted(_FRENCH_ORDINAL, key=len, reverse=True))}))")
_FRENCH = re.compile(rf"{_FRENCH_CORE}\s+$", re.IGNORECASE)
_FRENCH_AND = re.compile(rf"{_FRENCH_CORE}(?:\s*,|\s+et|\s+ou)\s+$", re.IGNORECASE)
_FRENCH_NOUNS = re.compile(r"\b(?:session|réunion|séance|conférence)s?\b", re.IGNORECASE)


def french(text: str, nouns: re.Pattern[str] = _FRENCH_NOUNS) -> list[Found]:
    """The ordinals before a session's, a meeting's or a conference's noun (or `nouns`)."""
    found = []
    for match in _before_nouns(text, nouns, _FRENCH, _FRENCH_AND):
        words = re.split(r"-|\s+", match.group(1).lower().replace("quatre-vingt", "quatre_vingt"))
        words = [word.replace("quatre_vingt", "quatre-vingt") for word in words]
        *tens, last = words
        found.append((float(sum(_FRENCH_CARDINAL[word] for word in tens) + _FRENCH_ORDINAL[last]), match.start(), match.end(1)))
    return found


_SPANISH_UNITS = {"primer": 1, "segund": 2, "tercer": 3, "cuart": 4, "quint": 5, "sext": 6, "séptim": 7, "octav": 8,
                  "noven": 9, "décim": 10, "undécim": 11, "duodécim": 12}
_SPANISH_TENS = {"décim": 10, "vigésim": 20, "trigésim": 30, "cuadragésim": 40, "quincuagésim": 50, "sexagésim": 60,
                 "septuagésim": 70, "octogésim": 80, "nonagésim": 90}
_SPANISH_CORE = (
    rf"\b(?:({'|'.join(_SPANISH_TENS)})[oa]\s+|(decimo))?({'|'.join(sorted(_SPANISH_UNITS, key=len, reverse=True))}|"
    rf"{'|'.join(_SPANISH_TENS)})(?:o|a|os|as)?")
_SPANISH = re.compile(rf"{_SPANISH_CORE}\s+$", re.IGNORECASE)
_SPANISH_AND = re.compile(rf"{_SPANISH_CORE}(?:\s*,|\s+y|\s+o)\s+$", re.IGNORECASE)
_SPANISH_NOUNS = re.compile(r"\b(?:per[ií]odos?\s+(?:(?:extra)?ordinarios?\s+)?de\s+sesiones|reuni[oó]n(?:es)?|sesi[oó]n(?:es)?|"
                            r"conferencias?)\b",
                            re.IGNORECASE)


def spanish(text: str) -> list[Found]:
    def value(match: re.Match[str]) -> float:
        tens = _SPANISH_TENS.get((match.group(1) or "").lower(), 10 if match.group(2) else 0)
        unit = match.group(3).lower()
        return float(tens + _SPANISH_UNITS.get(unit, 0) + (_SPANISH_TENS.get(unit, 0) if unit not in _SPANISH_UNITS else 0))

    found = [(value(m), m.start(), m.end(3)) for m in _before_nouns(text, _SPANISH_NOUNS, _SPANISH, _SPANISH_AND)]
    # After `períodos de sesiones` too, as Spanish may write them: `en sus períodos de sesiones undécimo y
    # duodécimo`.
    for noun in _SPANISH_SESSIONS.finditer(text):
        match = _SPANISH_AFTER.match(text, noun.end())
        while match is not None:
            found.append((value(match), match.start(), match.end(3)))
            match = _SPANISH_NEXT.match(text, match.end())
    return found


_SPANISH_SESSIONS = re.compile(r"\bper[ií]odos?\s+(?:(?:extra)?ordinarios?\s+)?de\s+sesiones\b", re.IGNORECASE)
_SPANISH_AFTER = re.compile(rf"\s+{_SPANISH_CORE}(?!\w)", re.IGNORECASE)
_SPANISH_NEXT = re.compile(rf"(?:\s*,|\s+y|\s+o)\s+{_SPANISH_CORE}(?!\w)", re.IGNORECASE)


# Russian: the stem of the ordinal adjective, in any case and gender (`одиннадцатой`,
# `девятого`), after the tens' cardinal in a compound (`семьдесят седьмой`).
_RUSSIAN_STEMS = {"перв": 1, "втор": 2, "трет": 3, "четв[её]рт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8,
                  "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14,
                  "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19,
                  "двадцат": 20, "тридцат": 30, "сороков": 40, "пятидесят": 50, "шестидесят": 60, "семидесят": 70,
                  "восьмидесят": 80, "девяност": 90}
_RUSSIAN_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
                 "восемьдесят": 80, "девяносто": 90}
_RUSSIAN_CORE = (
    rf"(?<!\w)(?:({'|'.join(_RUSSIAN_TENS)})\s+)?({'|'.join(sorted(_RUSSIAN_STEMS, key=len, reverse=True))})"
    r"(?:ый|ой|ий|ая|ья|ье|ое|ого|ьего|его|ому|ьему|ему|ым|ьим|им|ом|ьем|ем|ую|ью|ей|ьей|ые|ьи|ых|ьих)")
_RUSSIAN = re.compile(rf"{_RUSSIAN_CORE}\s+(?:(?:очередн|специальн|возобновленн|пленарн)\w*\s+)?$", re.IGNORECASE)
_RUSSIAN_AND = re.compile(rf"{_RUSSIAN_CORE}(?:\s*,|\s+и|\s+или)\s+$", re.IGNORECASE)
_RUSSIAN_NOUNS = re.compile(r"(?:сесси|совещани|заседани|конференци)", re.IGNORECASE)


_RUSSIAN_WORD = re.compile(_RUSSIAN_CORE + r"(?!\w)", re.IGNORECASE)


def russian_value(word: str) -> float | None:
    """The number a Russian ordinal says (`четвертая` 4, `двадцать пятого` 25), or None."""
    match = _RUSSIAN_WORD.fullmatch(word.strip())
    return _russian_number(match) if match is not None else None


def _russian_number(match: re.Match) -> float:
    """The number of a match of _RUSSIAN_CORE: its tens (group 1) and its ordinal's stem (group 2)."""
    stem = match.group(2).lower()
    value = next(number for pattern, number in _RUSSIAN_STEMS.items() if re.fullmatch(pattern, stem))
    return float(_RUSSIAN_TENS.get((match.group(1) or "").lower(), 0) + value)


def russian(text: str, nouns: re.Pattern[str] = _RUSSIAN_NOUNS) -> list[Found]:
    """The ordinals before a session's, a meeting's or a conference's noun (or `nouns`)."""
    return [(_russian_number(match), match.start(), match.end(2)) for match in _before_nouns(text, nouns, _RUSSIAN, _RUSSIAN_AND)]


_CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CHINESE = re.compile(r"第([一二三四五六七八九十]{1,3})(?:届|次)")
# The first session or meeting as UN Chinese often writes it (`首届会议`, `首次会议`); not `首次`
# before anything else (`首次提出`, first put forward).
_CHINESE_FIRST = re.compile(r"首(?:届|次)(?=会议|会)")


def chinese(text: str) -> list[Found]:
    if "第" not in text and "首" not in text:
        return []
    found = [(1.0, match.start(), match.end()) for match in _CHINESE_FIRST.finditer(text)]
    for match in _CHINESE.finditer(text):
        numeral = match.group(1)
        tens, _, units = numeral.partition("十")
        if "十" in numeral:
            value = (_CHINESE_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CHINESE_DIGITS.get(units, 0) if units else 0)
        else:
            value = _CHINESE_DIGITS.get(numeral, 0)
        if value:
            found.append((float(value), match.start(), match.end(1)))
    return sorted(found, key=lambda item: item[1])


# Arabic: the ordinal after the session or meeting it numbers (`الدورة الحادية عشرة`,
# `دورتها السابعة والسبعين`, `اجتماعه التاسع`), masculine or feminine.
_ARABIC_UNITS = {"الأول": 1, "الأولى": 1, "الحادي": 1, "الحادية": 1, "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3,
                 "الرابع": 4, "الرابعة": 4, "الخامس": 5, "الخامسة": 5, "السادس": 6, "السادسة": 6, "السابع": 7,
                 "السابعة": 7, "الثامن": 8, "الثامنة": 8, "التاسع": 9, "التاسعة": 9, "العاشر": 10, "العاشرة": 10}
_ARABIC_TENS = {"العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30, "الأربعين": 40, "الأربعون": 40,
                "الخمسين": 50, "الخمسون": 50, "الستين": 60, "الستون": 60, "السبعين": 70, "السبعون": 70,
                "الثمانين": 80, "الثمانون": 80, "التسعين": 90, "التسعون": 90}
# With its possessive or dual suffix (`جلسته`, `دورتها`, `دورتيه`, `اجتماعاتها`), and the
# conjunction and preposition written onto it (`للاجتماع التاسع`, of the ninth meeting;
# `وفي`-less `بدورته`, `لدورتها`).
_ARABIC_NOUNS = re.compile(r"(?<!\w)[وف]?(?:لل|[بك]?ال|[بلك])?(?:دورة|دورت\w*|دورات\w*|جلسة|جلست\w*|جلسات\w*|اجتماع\w*|مؤتمر\w*)(?!\w)")
_ARABIC = re.compile(
    r"\s+(?:من\s+)?(?:(?:العادية|الاستثنائية|المستأنفة|العامة)\s+)?"
    rf"({'|'.join(sorted(_ARABIC_UNITS, key=len, reverse=True))}|{'|'.join(_ARABIC_TENS)})"
    rf"(?:\s+(عشر|عشرة)|\s+و({'|'.join(_ARABIC_TENS)}))?(?!\w)")


# An age, which UN Arabic writes as an ordinal after `سن` (`دون سن الثامنة عشرة`, under 18):
# read as the sessions' ordinals are, but no session's (session_nouns counts none).
_ARABIC_AGE = re.compile(r"(?<!\w)[وفب]?(?:ال)?سن(?!\w)")
# An article or a rule, which UN Arabic numbers with an ordinal as often as with digits
# (`وفقاً للمادة التاسعة عشرة`, article 19; `المادتان الخامسة والسادسة`): the same.
_ARABIC_ARTICLE = re.compile(r"(?<!\w)[وف]?(?:لل|[بك]?ال|[بلك])?(?:مادة|مادت\w*|قاعدة|قاعدت\w*)(?!\w)")


# An ordinal alone, as an expression (`الثالثة`, `الحادي` before `عشر`), the longest first.
ARABIC_ORDINAL = "|".join(sorted(_ARABIC_UNITS, key=len, reverse=True))
# The adverbs of the ordinals one to ten (`أولا`, first; `ثانيا`, secondly), as UN Arabic numbers
# a section: each masculine ordinal without its article, with the alif of the accusative.
_ARABIC_ADVERBS = {**{ordinal[2:] + "ا": value for ordinal, value in _ARABIC_UNITS.items()
                      if not ordinal.endswith(("ة", "ى")) and ordinal != "الحادي"}, "اولا": 1}


def arabic_ordinal(written: str) -> int:
    """1 to 19 for an ordinal alone, as an article, a chapter or an annex takes one (`الثاني`,
    `الثانية`, `الأولى`, `الثاني عشر`, `الحادية عشرة`), or its adverb, as a section takes one
    (`ثانيا`, `أولاً`, `رابعا`), the conjunction before it taken off (`والثاني`); else 0."""
    word, _, teen = " ".join(written.split()).partition(" ")
    word = word[1:] if word.startswith("وال") else word
    unit = _ARABIC_UNITS.get(word) or _ARABIC_ADVERBS.get(word.replace("\u064b", ""), 0)
    if teen:
        return unit + 10 if teen in ("عشر", "عشرة") and 0 < unit < 10 else 0
    return unit if word not in ("الحادي", "الحادية") else 0


def arabic(text: str) -> list[Found]:
    found = []
    nouns = [*_ARABIC_NOUNS.finditer(text), *(_ARABIC_AGE.finditer(text) if "سن" in text else ()),
             *(_ARABIC_ARTICLE.finditer(text) if "ماد" in text or "قاعد" in text else ())]
    for noun in nouns:
        match = _ARABIC.match(text, noun.end())
        while match is not None:
            first, teen, tens = match.groups()
            value = _ARABIC_UNITS.get(first, 0) + _ARABIC_TENS.get(first, 0)
            if teen:
                value = (value if value < 10 else 0) + 10
            if tens:
                value += _ARABIC_TENS[tens]
            found.append((float(value), match.start(1), match.end()))
            # Another joined to it by `و` (`دورتيه الحادية عشرة والثانية عشرة`), or `من … إلى …`.
            match = _ARABIC_AND.match(text, match.end())
    return found


_ARABIC_AND = re.compile(
    rf"\s+(?:و|إلى\s+|و\s*)({'|'.join(sorted(_ARABIC_UNITS, key=len, reverse=True))}|{'|'.join(_ARABIC_TENS)})"
    rf"(?:\s+(عشر|عشرة)|\s+و({'|'.join(_ARABIC_TENS)}))?(?!\w)")


_CHINESE_NOUNS = re.compile(r"届|会议")
# The nouns each reader numbers: a text that has one names a session or a meeting, whatever its
# ordinal reads as.
_NOUNS = {"en": _ENGLISH_NOUNS, "fr": _FRENCH_NOUNS, "es": _SPANISH_NOUNS, "ru": _RUSSIAN_NOUNS, "ar": _ARABIC_NOUNS,
          "zh": _CHINESE_NOUNS}


def session_nouns(code: str, text: str) -> int:
    """How many times a text names a session, a meeting or a conference. A version that names
    them as often as the source and whose ordinal is not read (`第十一、第十二和第十三届会议`,
    `vigesimoquinto período de sesiones`) met its reader's limits; one that names them less
    often has left out the clause that named one (`at its sixty-fifth session` gone, `the
    report of the meeting` kept)."""
    nouns = _NOUNS.get(code)
    return len(nouns.findall(text)) if nouns is not None else 0


# The ordinals' words, for the other readers of ordinals (pipeline/lang/centuries.py).
ENGLISH_UNITS, ENGLISH_TENS = _UNITS, _TENS
ARABIC_UNITS, ARABIC_TENS = _ARABIC_UNITS, _ARABIC_TENS
