"""Values in a text, language by language, so that six versions can be compared as values:
numbers, dates, times, document symbols, URLs (language part aside), resolution numbers and
e-mail addresses.

Each kind is taken out of the text once it is read, so that a date's day is not also counted
as a number, nor a time's hour, nor the digits of a symbol. Digits of every script are read
(Arabic-Indic ٠–٩, full-width ０–９); month names come from CLDR (Babel) plus the UN Arabic
double names (`حزيران/يونيه`); Russian spells days as ordinals (`Тридцатого июля`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.lang import LanguageProfile
from pipeline.lang import profile as language
from pipeline.lang.charclass import TwoSpellings

URL = re.compile(r"https?://[^\s<>«»“”\"']+[^\s<>«»“”\"'.,;:)\]）。，]")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Document symbols; Cyrillic capitals are admitted so that a look-alike (Cyrillic С in CTOC)
# is read as a (wrong) symbol instead of being missed.
SYMBOL = re.compile(r"[A-ZА-Я](?<![\w/][A-ZА-Я])[A-ZА-Я]+(?:/[A-Za-zА-Яа-я0-9.]+)+(?![\w/])")
# Neighbours are checked against Latin and Cyrillic letters and digits only: Chinese writes
# numbers right against its characters (第7/1号决议, 第47页).
_NEAR = "0-9A-Za-zА-Яа-яЁё_"
# Like _NUMBER below, on text whose digits are folded: `[0-9]` is every digit there.
RESOLUTION = re.compile(rf"([0-9](?<![{_NEAR}/.][0-9])[0-9]{{0,2}}/[0-9]{{1,3}})(?![{_NEAR}/])")
# Names that carry a number that is not a value of the text.
NAMES = re.compile(r"COVID-19|كوفيد-19|2019冠状病毒病")
LANGUAGE_PART = re.compile(r"/(?:ar|en|es|fr|ru|zh)(?=/)")
_DIGIT = re.compile(r"[0-9]")


@dataclass(frozen=True)
class Values:
    numbers: Counter = field(default_factory=Counter)
    dates: frozenset[tuple[int, int, int | None]] = frozenset()
    times: frozenset[int] = frozenset()  # minutes after midnight
    symbols: frozenset[str] = frozenset()
    urls: frozenset[str] = frozenset()  # with the language part as /*
    resolutions: frozenset[str] = frozenset()
    bare_resolutions: frozenset[str] = frozenset()  # numbers without their introducing word
    emails: frozenset[str] = frozenset()


def _fold(ch: str) -> str:
    if ch.isdigit() and not ("0" <= ch <= "9"):
        try:
            return str(unicodedata.digit(ch))
        except ValueError:
            pass
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


@lru_cache(maxsize=None)
def _foldable() -> re.Pattern[str]:
    """The characters of the Basic Multilingual Plane that fold (some 2,200, worked out in
    ~20 ms once per process), and every character beyond it (looked at when met)."""
    folding = (ch for ch in map(chr, range(0x80, 0x10000)) if not "\ud800" <= ch <= "\udfff" and _fold(ch) != ch)
    return re.compile("[" + "".join(map(re.escape, folding)) + "\U00010000-\U0010ffff]")


_FOLDS: dict[str, str] = {}  # characters met that may fold → what they fold to (maybe themselves)


def fold_digits(text: str) -> str:
    """Every script's digits as ASCII, full-width forms folded; the length is kept.

    One search for a character that folds (most texts have none) instead of a look at every
    character; those found are replaced one by one, in C. What a character folds to never
    folds again (NFKC is idempotent), so the order of the replacements does not matter."""
    if text.isascii():
        return text
    for ch in set(_foldable().findall(text)):
        folded = _FOLDS.get(ch)
        if folded is None:
            folded = _FOLDS[ch] = _fold(ch)
        if folded != ch:
            text = text.replace(ch, folded)
    return text


def extract_values(text: str, profile: LanguageProfile) -> Values:
    work = fold_digits(text)

    def take(pattern, on_match):
        nonlocal work
        found = []
        for match in pattern.finditer(work):
            value = on_match(match)
            if value is not None:
                found.append(value)
                work = work[: match.start()] + " " * (match.end() - match.start()) + work[match.end():]
        return found

    # Each kind needs a character most sentences lack ("://", "@", "/", a digit): looking for it
    # first spares most texts the expressions (the slowest is the date, with every month name).
    digits = _DIGIT.search(work) is not None
    urls = take(URL, lambda m: LANGUAGE_PART.sub("/*", m.group(0).rstrip("/"))) if "://" in work else []
    emails = take(EMAIL, lambda m: m.group(0).lower()) if "@" in work else []
    if digits and "19" in work:  # every name NAMES knows has 19 in it
        take(NAMES, lambda m: m.group(0))
    symbols = take(SYMBOL, lambda m: m.group(0)) if "/" in work else []
    lower = work.lower()
    # Every time has a digit but English `noon`.
    times = ([minutes for found in take(_time_pattern(profile.code), lambda m: _times(m, profile.code)) for minutes in found]
             if (digits or profile.code == "en") and _may_have_time(profile.code, work, lower) else [])
    # Every date but a Chinese one has a month name after a space (looked for once).
    named_month = profile.code != "zh" and (digits or profile.code == "ru") and _has_month(lower, profile)
    dates = ([d for found in take(_date_pattern(profile), lambda m: _dates(m, profile)) for d in found]
             if digits and (profile.code == "zh" or named_month) else [])
    if profile.code == "ru" and named_month:
        dates += [d for found in take(_RU_ORDINAL_DATE(profile), lambda m: _russian_ordinal_date(m, profile)) for d in found]
    # The word may be a word or two away ("قرار المؤتمر 7/1", "resolution of the Conference").
    keyword = _resolution_keyword(profile.resolution_words)
    resolutions, bare = [], []
    for match in (RESOLUTION.finditer(work) if digits and "/" in work else ()):
        number = match.group(1)
        before = work[max(0, match.start() - 30): match.start()]
        after = work[match.end(): match.end() + 3]
        resolutions.append(number)
        introduced = keyword.search(before) or (profile.code == "zh" and re.match(r"\s*号\s*(?:决议|决定)", after))
        if not introduced:
            bare.append(number)
    if resolutions:
        work = RESOLUTION.sub(lambda m: " " * len(m.group(0)), work)
    numbers = Counter(_numbers(work, profile, digits))
    return Values(numbers, frozenset(dates), frozenset(times), frozenset(symbols), frozenset(urls),
                  frozenset(resolutions), frozenset(bare), frozenset(emails))


# -- numbers ---------------------------------------------------------------------------------

# Expressions here start with the digit or letter they need and look behind it afterwards
# (`\d(?<![...]\d)` rather than `(?<![...])\d`): re then skips to candidate characters instead
# of trying the look-behind at every position, four times faster on a paragraph.
# They run on text whose digits are folded (fold_digits): every digit is 0-9 there, and `[0-9]`
# is one table look-up per character where `\d` asks the Unicode database (a third faster).
_NUMBER = re.compile(
    rf"[0-9](?<![{_NEAR}.,][0-9])[0-9]{{0,2}}(?:[ \u00a0\u202f.,][0-9]{{3}})+(?:[.,][0-9]+)?(?![{_NEAR}])"
    rf"|[0-9](?<![{_NEAR}.,][0-9])[0-9]*(?:[.,][0-9]+)?(?![{_NEAR}])"
)


# Group separators, by whether the decimal mark is a comma or a stop.
_GROUPS_COMMA = re.compile(r"[ \u00a0\u202f.](?=\d{3}\b)")
_GROUPS_STOP = re.compile(r"[ \u00a0\u202f,](?=\d{3}\b)")
_CHINESE_COUNT = re.compile(r"(?<![\d第])([二两三四五六七八九十])(?=[次天小种个项名位年])")
_SLASH = re.compile(r"\s*/\s*")


@lru_cache(maxsize=None)
def _resolution_keyword(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{words})(?:\s+[^\s\d]+){{0,2}}\W{{0,3}}(?:№\s*|第\s*)?$", re.IGNORECASE)


def _numbers(text: str, profile: LanguageProfile, digits: bool = True) -> list[float]:
    values = []
    for match in (_NUMBER.finditer(text) if digits else ()):
        raw = match.group(0)
        if profile.decimal_comma:
            raw = _GROUPS_COMMA.sub("", raw).replace(",", ".")
        else:
            raw = _GROUPS_STOP.sub("", raw)
        try:
            values.append(float(raw))
        except ValueError:
            continue
    values.extend(_number_words(text, profile))
    return values


def _number_words(text: str, profile: LanguageProfile) -> list[float]:
    if not profile.number_words:
        return []
    if profile.code == "zh":
        # A numeral before a measure word: 四次, 两天, 六种.
        return [float(profile.number_words[m.group(1)]) for m in _CHINESE_COUNT.finditer(text)]
    if profile.code == "ar":
        from pipeline.lang.analysers.ar import normalise

        text = normalise(text)  # diacritics would split words (`ستُعدُّ` is not `ست` six)
    if profile.code in _UNINFLECTED:
        # The words are a handful and do not inflect: each is looked for as a string (in C, at
        # memory speed), and only where it is, as a whole word, by an expression that starts
        # with the word itself, which re finds as fast as the string. One expression with
        # every word in it tried each position of the text in turn, five times slower.
        lower = text.lower()
        return [float(value) for word, value, pattern in _number_word_patterns(profile.code) if word in lower
                for _ in pattern.finditer(lower)]
    # A word's value is worked out once per process; a text's words are looked up in C.
    table = _NUMBER_WORD_VALUES.setdefault(profile.code, {})
    words = _LETTERS.for_text(text).findall(text)
    found = list(map(table.get, words))
    if None in found:
        found = [value if value is not None else _number_word(word, profile, table) for value, word in zip(found, words)]
    return [value for value in found if value]


_LETTERS = TwoSpellings(lambda c: rf"{c.letter}+")
_UNINFLECTED = {"en", "fr", "es"}


@lru_cache(maxsize=None)
def _number_word_patterns(code: str) -> list[tuple[str, int, re.Pattern[str]]]:
    """(word, value, the word standing alone in lower-cased text) for each number word."""
    return [(word, value, re.compile(rf"{re.escape(word)}(?<![^\W\d_]{re.escape(word)})(?![^\W\d_])"))
            for word, value in language(code).number_words.items()]
# language → word → its value as a number word, or 0.0 for a word that is none
_NUMBER_WORD_VALUES: dict[str, dict[str, float]] = {}


def _number_word(word: str, profile: LanguageProfile, table: dict[str, float]) -> float:
    value = 0.0
    if word.casefold() not in set(profile.weekdays):  # الاثنين is Monday, not two
        for form in _normal_forms(word.lower(), profile.code):
            if form in profile.number_words:
                value = float(profile.number_words[form])
                break
    if len(table) < 500_000:
        table[word] = value
    return value


@lru_cache(maxsize=65536)
def _normal_forms(word: str, lang: str) -> tuple[str, ...]:
    if lang == "ru":
        from pipeline.lang.hyphenation import morph_analyzer

        return tuple({p.normal_form for p in morph_analyzer().parse(word) if p.tag.POS == "NUMR"})
    if lang == "ar":
        from pipeline.lang.analysers.ar import normalise, without_clitics

        return tuple(without_clitics(normalise(word)))
    return (word,)


# -- dates -----------------------------------------------------------------------------------


def _date_pattern(profile: LanguageProfile) -> re.Pattern[str]:
    return _date_pattern_for(profile.code)


@lru_cache(maxsize=None)
def _date_pattern_for(code: str) -> re.Pattern[str]:
    profile = language(code)
    if profile.code == "zh":
        return re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:和|至|、|-|–)\s*(\d{1,2})\s*日)?")
    months = "|".join(sorted((re.escape(m) for m in profile.months), key=len, reverse=True))
    joiner = "|".join(re.escape(w) for w in profile.and_words)
    day = r"(\d{1,2})(?:er)?"
    if profile.code == "ar":
        month = rf"((?:{months})(?:\s*/\s*(?:{months}))?)"
        return re.compile(rf"{day}(?:\s*(?:{joiner})\s*(\d{{1,2}}))?\s+{month}(?:\s+(\d{{4}}))?", re.IGNORECASE)
    of = r"(?:\s+de)?" if profile.code == "es" else ""
    first_day = r"(\d(?<!\d\d)\d?)(?:er)?"  # a day not preceded by a digit
    return re.compile(
        rf"{first_day}(?:\s*(?:{joiner})\s*(\d{{1,2}}))?{of}\s+({months})\b\.?(?:{of}\s+(\d{{4}}))?",
        re.IGNORECASE,
    )


def _month(name: str, profile: LanguageProfile) -> int | None:
    name = name.casefold().strip()
    if profile.code == "ar":
        for part in _SLASH.split(name):
            if part in profile.months:
                return profile.months[part]
        return None
    return profile.months.get(name.rstrip("."))


def _dates(match: re.Match[str], profile: LanguageProfile):
    if profile.code == "zh":
        year, month, day, second = match.groups()
        days = [int(day)] + ([int(second)] if second else [])
        return [(d, int(month), int(year) if year else None) for d in days]
    first, second, month_name, year = match.groups()
    month = _month(month_name, profile)
    if month is None:
        return None
    days = [int(first)] + ([int(second)] if second else [])
    return [(d, month, int(year) if year else None) for d in days if 1 <= d <= 31]


_ORDINALS = {
    "первый": 1, "второй": 2, "третий": 3, "четвертый": 4, "пятый": 5, "шестой": 6, "седьмой": 7,
    "восьмой": 8, "девятый": 9, "десятый": 10, "одиннадцатый": 11, "двенадцатый": 12,
    "тринадцатый": 13, "четырнадцатый": 14, "пятнадцатый": 15, "шестнадцатый": 16,
    "семнадцатый": 17, "восемнадцатый": 18, "девятнадцатый": 19, "двадцатый": 20, "тридцатый": 30,
}


def _has_month(lower: str, profile: LanguageProfile) -> bool:
    """Could a date with a month name be in the (lower-cased) text? Every such expression has
    the month after a space; looking for that alone is far cheaper than the expressions,
    which try every number or word of the text as a day."""
    return _month_after_space(profile.code).search(lower) is not None


@lru_cache(maxsize=None)
def _month_after_space(code: str) -> re.Pattern[str]:
    # The names grouped by their first letter (`\s(?:a(?:vril|oût|...)|d(?:éc|écembre)|...)`):
    # re tries an alternative only if its first letter is the next character, so after each
    # space it tries a few groups instead of every name. Only whether there is a match is asked.
    by_letter: dict[str, list[str]] = {}
    for month in sorted(language(code).months):
        by_letter.setdefault(month[0], []).append(re.escape(month[1:]))
    months = "|".join(f"{re.escape(letter)}(?:{'|'.join(rests)})" for letter, rests in by_letter.items())
    return re.compile(rf"\s(?:{months})" + ("" if code == "ar" else r"\b"))  # on lower-cased text


def _RU_ORDINAL_DATE(profile: LanguageProfile) -> re.Pattern[str]:
    return _russian_ordinal_pattern()


@lru_cache(maxsize=None)
def _russian_ordinal_pattern() -> re.Pattern[str]:
    profile = language("ru")
    months = "|".join(sorted((re.escape(m) for m in profile.months), key=len, reverse=True))
    # Starting at word starts only, and never giving letters back (++): the word must be
    # followed by a space, so backtracking into it cannot help, and it cost a long text
    # hundreds of microseconds.
    return re.compile(rf"(?<![А-Яа-яЁё])(?:(двадцать|тридцать)\s+)?([А-Яа-яЁё]++)\s+({months})\b(?:\s+(\d{{4}}))?", re.IGNORECASE)


def _russian_ordinal_date(match: re.Match[str], profile: LanguageProfile):
    from pipeline.lang.hyphenation import morph_analyzer

    tens, word, month_name, year = match.groups()
    ordinal = next((_ORDINALS[p.normal_form.replace("ё", "е")] for p in morph_analyzer().parse(word.lower())
                    if p.normal_form.replace("ё", "е") in _ORDINALS), None)
    month = _month(month_name, profile)
    if ordinal is None or month is None:
        return None
    day = ordinal + {"двадцать": 20, "тридцать": 30}.get((tens or "").lower(), 0)
    return [(day, month, int(year) if year else None)] if day <= 31 else None


# -- times -----------------------------------------------------------------------------------

_TIME_PATTERNS = {
    "en": r"(\d{1,2})(?:[.:](\d{2}))?\s*(a\.m\.|p\.m\.)?\s*(?:[–-]|to)\s*(\d{1,2})(?:[.:](\d{2}))?\s*(a\.m\.|p\.m\.)|(\d{1,2})(?:[.:](\d{2}))?\s*(a\.m\.|p\.m\.)|\b(noon)\b",
    "ru": r"(\d{1,2})\s*час\.\s*(\d{2})\s*мин\.|(\d(?<![\d/]\d)\d?):(\d{2})(?![\d/])",
    "fr": r"(\d{1,2})\s*(?:heures?|h)(?:\s*(\d{2}))?(?![\w])",
    "es": r"(\d{1,2})[.:](\d{2})(?:\s*(?:a|–|-)\s*(?:las\s+)?(\d{1,2})[.:](\d{2}))?\s*horas",
    "ar": r"(00|15|30|45)(?<![\d/]\d\d)/(\d{1,2})(?![\d/])",
    "zh": r"(上午|下午|中午|晚上)?\s*(\d{1,2})\s*时(?:\s*(\d{1,2})\s*分)?(?:\s*至\s*(上午|下午|中午|晚上)?\s*(\d{1,2})\s*时(?:\s*(\d{1,2})\s*分)?)?",
}


# What each language's time expression cannot match without: a text without it is not
# searched for times. Strings (looked for in the lower-cased text) where they are rare; where
# they are not (`h` is in most French sentences, `час` in `участники`, 时 in 同时), the digit
# a time ends with and what follows it, an expression that re starts from the digit.
_TIME_HINTS = {"en": ("a.m.", "p.m.", "noon"), "es": ("horas",), "ar": ("00/", "15/", "30/", "45/")}
_TIME_GATES = {
    "ru": re.compile(r"\d(?:\s*час\.|:\d)", re.IGNORECASE),  # `10 час. 00 мин.`, `10:00`
    "fr": re.compile(r"\d\s*h", re.IGNORECASE),  # `10 heures`, `10 h 30`
    "zh": re.compile(r"\d\s*时"),  # `上午10时`
}


def _may_have_time(lang: str, text: str, lower: str) -> bool:
    gate = _TIME_GATES.get(lang)
    if gate is not None:
        return gate.search(text) is not None
    return any(hint in lower for hint in _TIME_HINTS[lang])


@lru_cache(maxsize=None)
def _time_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(_TIME_PATTERNS[lang], re.IGNORECASE)


def _clock(hour: str, minute: str | None, half: str | None = None) -> int:
    h = int(hour) % 24
    if half and half.lower().startswith("p") and h < 12:
        h += 12
    if half and half.lower().startswith("a") and h == 12:
        h = 0
    return h * 60 + int(minute or 0)


def _times(match: re.Match[str], lang: str):
    g = match.groups()
    if lang == "en":
        if g[9]:
            return [12 * 60]
        if g[3]:
            first_half = g[2] or g[5]
            return [_clock(g[0], g[1], first_half), _clock(g[3], g[4], g[5])]
        return [_clock(g[6], g[7], g[8])]
    if lang == "ru":
        return [_clock(g[0], g[1])] if g[0] else [_clock(g[2], g[3])]
    if lang == "fr":
        return [_clock(g[0], g[1])]
    if lang == "es":
        return [_clock(g[0], g[1])] + ([_clock(g[2], g[3])] if g[2] else [])
    if lang == "ar":
        return [_clock(g[1], g[0])] if int(g[1]) <= 24 else None
    if lang == "zh":
        afternoon = {"下午", "晚上"}
        first = _clock(g[1], g[2]) + (12 * 60 if g[0] in afternoon and int(g[1]) < 12 else 0)
        if not g[4]:
            return [first]
        second_half = g[3] or g[0]
        second = _clock(g[4], g[5]) + (12 * 60 if second_half in afternoon and int(g[4]) < 12 else 0)
        return [first, second]
    return None
