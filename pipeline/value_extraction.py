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
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

from pipeline.invisible import UNUSUAL, end_in, read_through, start_in
from pipeline.lang import LanguageProfile, clock
from pipeline.lang import profile as language
from pipeline.lang.fractions import fraction_value
from pipeline.lang.lookalikes import CYRILLIC_TO_LATIN
from pipeline.lang.centuries import centuries
from pipeline.lang.ordinals import session_nouns
from pipeline.lang.part_numbers import articles_in_words, committee_numbers, part_numbers

# A URL ends at a space, at quotation marks and brackets, and at the first Chinese character or
# full-width sign: Chinese puts no space after one (`见https://www.unodc.org，第5页`).
_NOT_IN_URL = "\\s<>«»“”\"'\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# UN footnotes often print an address without its scheme (`www.unodc.org/…`): read too, as
# written (`www.x` and `https://www.x` are then two values: the versions print two addresses).
# Its last character is none of the punctuation a sentence puts after it, in any of the six
# (`www.unodc.org،`, `…؛`, `!`, `…`, `’`).
# (Case is ignored in the scheme and `www.` alone: the characters after them have no case to
# ignore, and the Chinese ranges compiled with IGNORECASE took 12 ms at every start.)
URL = re.compile(rf"(?i:https?://|(?<![A-Za-z0-9.@/-])www\.)[^{_NOT_IN_URL}]+[^{_NOT_IN_URL}.,;:!?()\]،؛؟…’—–]")


def may_hold_a_url(text: str) -> bool:
    """Whether a text may hold a URL (`://`, or `www.` as UN footnotes print addresses): most
    texts have neither, and are spared the expression. (A test of the strings, not of the text
    lower-cased: asked of every text.)"""
    return "://" in text or "www." in text or "WWW." in text


# An address is ASCII (as the UN's are): Chinese writes one right after its text
# (`发送至unodc-som@un.org`), and `\w` took the sentence, its date with it, for the address.
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# Document symbols; Cyrillic capitals are admitted so that a look-alike (Cyrillic С in CTOC)
# is read as a (wrong) symbol instead of being missed.
# A symbol is bounded by what could continue it (a Latin or Cyrillic letter, a digit, a slash),
# not by any word character: Chinese glues it to the text (`见CTOC/COP/WG.7/2022/4号文件`), and a
# `\w` bound there missed it or, worse, backtracked to a shorter symbol (`CTOC/COP/WG`).
_SYMBOL_BOUND = r"A-Za-zА-Яа-яЁё0-9_/"
# A series of one letter (the General Assembly's A/77/123 and A/RES/77/1, the Security
# Council's S/2022/45, ECOSOC's E/CN.15/2022/1) has a number in it: `I/O` and `N/A` are no symbols.
SYMBOL = re.compile(rf"(?<![{_SYMBOL_BOUND}])[A-ZА-Я](?:[A-ZА-Я]+|(?=[/A-Za-zА-Яа-я0-9.]*[0-9]))"
                    rf"(?:/[A-Za-zА-Яа-я0-9.]+)+(?![{_SYMBOL_BOUND}])")
# Neighbours are checked against Latin and Cyrillic letters and digits only: Chinese writes
# numbers right against its characters (第7/1号决议, 第47页).
_NEAR = "0-9A-Za-zА-Яа-яЁё_"
# Like _NUMBER below, on text whose digits are folded: `[0-9]` is every digit there.
RESOLUTION = re.compile(rf"([0-9](?<![{_NEAR}/.][0-9])[0-9]{{0,2}}/[0-9]{{1,3}})(?![{_NEAR}/])")
# Names that carry a number that is not a value of the text.
NAMES = re.compile(r"COVID-19|كوفيد-19|2019冠状病毒病")
# (with its variety, as sites serve a locale: `/zh-hans/`, `/zh_Hans/`, `/es-419/`, `/en-us/`)
LANGUAGE_PART = re.compile(r"/(?:ar|en|es|fr|ru|zh)(?:[-_](?:[A-Za-z]{2,4}|[0-9]{3}))?(?=/)", re.IGNORECASE)
# The language letter UNODC's and the UN's document files end with, each version linking its
# own (`CTOC_COP_WG.7_2022_2_E.pdf`, `…_F.pdf`, `…_C.pdf`): read as `_*` as the folder is.
LANGUAGE_FILE = re.compile(r"[_-][ACEFRS](?=\.(?:pdf|docx?|html?)$)", re.IGNORECASE)
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
    decisions: frozenset[str] = frozenset()  # of the resolutions, those introduced as decisions
    # The numbers in digits that are percentages (`64 per cent`, `64 %`, `64 في المائة`), and
    # whether the text marks any number so, in digits or words (`百分之六十四`, `quinze pour cent`).
    percents: frozenset[float] = frozenset()
    says_percent: bool = field(default=False, compare=False)
    emails: frozenset[str] = frozenset()
    # The sub-paragraphs a text cites by letter or numeral (`paragraph 5 (b)`, `alinéa b)`,
    # `الفقرة 5 (ب)`, `(ii)`, Arabic `‘2’`), as English letters them: `b`, `ii`.
    labels: frozenset[str] = frozenset()
    currencies: frozenset[str] = frozenset()  # ISO codes: USD, EUR, CHF
    # Each amount with its currency: (the number, its code), the number beside the sign or
    # code, or before the word (`400 000 швейцарских франков`: 400000, CHF).
    amounts: frozenset[tuple[float, str]] = frozenset()
    # The numbers written as words and not also in digits (`les deux rapports de 2021`: 2), and
    # ordinals written in digits (`75º aniversario`, which another version spells `seventy-fifth`,
    # an ordinal read only as a session's or meeting's number): what another version may write
    # as a phrase with no number read in it. Not compared, as places are not: the numbers are.
    words_or_ordinals: frozenset[float] = field(default=frozenset(), compare=False)
    # A right-to-left version's numbers of whole groups of three (`400 921`), as written and
    # with their groups the other way round (921400): a page's order and the logical one read
    # alike there, and the source says which it is (`_PAGE_ORDER_GROUPS`). Not compared.
    reversible: frozenset[tuple[float, float]] = field(default=frozenset(), compare=False)
    # Where the text holds each URL, symbol and number written in digits: (kind, value as
    # above, start, end), so that a check reports the value that differs where it is. Not
    # compared: two versions with the same values have them at other offsets.
    places: tuple[tuple[str, object, int, int], ...] = field(default=(), compare=False)
    # The sessions' and meetings' ordinals of two and more written in words (`at its
    # fifty-sixth session`): a version that leaves one of the source's out has dropped the clause
    # that names it, no phrase. (Not `first`: `the opening meeting` is `la première séance`.)
    session_ordinals: frozenset[float] = field(default=frozenset(), compare=False)
    # How many times it names a session or a meeting (lang/ordinals.py): a version that names
    # them as often as the source and has not read one of its ordinals met its reader's limits
    # (`第十一、第十二和第十三届会议`), one that names them less often left a clause out.
    session_nouns: int = field(default=0, compare=False)
    # The Security Council's resolutions by number and year (`2240 (2015)`) and the Economic and
    # Social Council's by year and number (`2023/16`, `decision 2023/251`) a word introduces:
    # their numbers stay numbers (NUM001, as a version that words the citation otherwise reads
    # them), and REF003 compares the pairs where two versions both read some and their numbers
    # agree, for a year given to the wrong number (`2437 (2019), 2491 (2018)`).
    citations: frozenset[str] = field(default=frozenset(), compare=False)
    # The numbers of the annexes, sections and chapters it cites (`annexes I to IV`: 1, 4;
    # `附件二`, `المرفق الثاني`: 2), compared by NUM001 on their own: where both versions cite
    # some, one the source does not cite is a difference.
    parts: tuple[float, ...] = ()  # (sorted, each as often as cited: `I to IV` and `IV.B` hold 4 twice)
    # The shares said as a count (`one in five`, `un sur cinq`: 5), which another version may
    # write as the fraction (`五分之一`, a fifth; NUM001 takes it as the count there). Not compared.
    one_in: frozenset[float] = field(default=frozenset(), compare=False)
    # The numbers of percentage points (`3.6 percentage points`), which a per cent is not.
    points: frozenset[float] = frozenset()


# Arabic's decimal and thousands separators (`٢٫٥`, `١٬٢٥٠`), which no normal form folds: read
# as the stop and comma the number reading knows, or a number was cut in two at them.
_ARABIC_SEPARATORS = {"\u066b": ".", "\u066c": ","}


# The full-width comma ends a clause: folded to `,`, `报告》1，2020年` (a footnote call, then a
# year) was the number 1.202, `共有1，2，3个` 1.2. Only between full-width digits, where a text
# typed in full width writes a number's groups (`１２，３４５`), is it a comma of the number.
_NOT_FOLDED = {"\uff0c"}
_FULL_WIDTH_GROUP = re.compile("(?<=[\uff10-\uff19])\uff0c(?=[\uff10-\uff19])")


# A raised or lowered digit is a footnote's call or an exponent, never a digit of the number
# before it: folded to a digit, `2022²` (a Word reference to a footnote no longer there) was the
# year 20222 and `10⁶` the number 106. A space: the number before it stands alone.
_RAISED_OR_LOWERED = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉")


def _fold(ch: str) -> str:
    if ch in _NOT_FOLDED:
        return ch
    if ch in _RAISED_OR_LOWERED:
        return " "
    if ch in _ARABIC_SEPARATORS:
        return _ARABIC_SEPARATORS[ch]
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
    if "\uff0c" in text:
        text = _FULL_WIDTH_GROUP.sub(",", text)
    for ch in set(_foldable().findall(text)):
        folded = _FOLDS.get(ch)
        if folded is None:
            folded = _FOLDS[ch] = _fold(ch)
        if folded != ch:
            text = text.replace(ch, folded)
    return text


def extract_values(text: str, profile: LanguageProfile) -> Values:
    """The numbers, dates, times, symbols, URLs, resolutions and addresses of a text, read
    through the characters that change no number (`1​500` with a zero-width space is 1500),
    where they stand in the text as written."""
    if UNUSUAL.search(text) is None:
        return _values(text, profile)
    read, kept = read_through(text)
    values = _values(read, profile)
    if kept is None:
        return values
    return replace(values, places=tuple((kind, value, start_in(kept, len(text), start), end_in(kept, end))
                                        for kind, value, start, end in values.places))


def _kept(dates) -> tuple | None:
    """Dates read from one match, as a place keeps them (`Values.places`: a tuple, hashable),
    or None where the match is no date."""
    return None if dates is None else tuple(dates)


def _values(text: str, profile: LanguageProfile) -> Values:
    work = fold_digits(text)  # the length is kept, and blanking keeps it: offsets are the text's
    if profile.dates_in_digits is not None:
        work = profile.dates_in_digits(work)
    if profile.dotted_with_hyphens_after and "-" in work:
        work = _hyphens_as_points(work, profile.dotted_with_hyphens_after)
    places = []

    def take(pattern, on_match, kind=""):
        nonlocal work
        found = []
        for match in pattern.finditer(work):
            value = on_match(match)
            if value is not None:
                found.append(value)
                if kind:
                    places.append((kind, value, match.start(), match.end()))
                work = work[: match.start()] + " " * (match.end() - match.start()) + work[match.end():]
        return found

    def take_spans(spans, kind):
        nonlocal work
        for value, start, end in spans:
            places.append((kind, value, start, end))
            work = work[:start] + " " * (end - start) + work[end:]

    # Each kind needs a character most sentences lack ("://", "@", "/", a digit): looking for it
    # first spares most texts the expressions (the slowest is the date, with every month name).
    digits = _DIGIT.search(work) is not None
    urls = take(URL, lambda m: _same_escapes(LANGUAGE_FILE.sub("_*", LANGUAGE_PART.sub("/*", m.group(0).rstrip("/")))), "url") \
        if may_hold_a_url(work) else []
    emails = take(EMAIL, lambda m: m.group(0).lower()) if "@" in work else []
    if digits and "19" in work:  # every name NAMES knows has 19 in it
        take(NAMES, lambda m: m.group(0))
    # A symbol never ends with a stop: `See CTOC/COP/WG.7/2021/2.` ends the sentence, as `。` does in Chinese.
    symbols = take(SYMBOL, lambda m: m.group(0).rstrip("."), "symbol") if "/" in work else []
    if digits and profile.numbered_targets_after and ("." in work or "-" in work):
        # `target 16.10`, `targets 16.4, 16.5 and 16.a`: numbers as written, which decimals would
        # make 16.1 (`задачи 16.1` for `target 16.10` passed), ordinals 16 (Spanish `16.a`),
        # and Arabic numbers 16 and 10 (`الغاية 16-10`, `16-أ`); read before either.
        percent, magnitude = _percent_after(profile.code), _magnitude_after(profile.code) or _NOTHING
        for run in _targets(profile.numbered_targets_after).finditer(work):
            # (not a percentage or an amount after them: `a target of 3.5 per cent`, `targets
            # 16.4 and 16.5, 2.5 million dollars`)
            found = [number for number in _TARGET_NUMBER.finditer(work, run.start(1), run.end(1))
                     if not percent.match(work, number.end()) and not magnitude.match(work, number.end())]
            for number in found:
                symbols.append(_target_number(number.group(0)))
                places.append(("symbol", symbols[-1], number.start(), number.end()))
                work = work[:number.start()] + " " * (number.end() - number.start()) + work[number.end():]
    # The Security Council's resolutions by number and year, the Economic and Social Council's
    # by year and number (`resolution 2023/16`, `decision 2023/251`).
    citations = _citations(work, profile, _COUNCIL_RESOLUTION, "{0} ({1})") if digits and "(" in work else []
    citations += _citations(work, profile, _YEAR_NUMBER, "{0}") if digits and "/" in work else []
    labels = []
    if _LABEL_GATE.search(work):
        for value, start, end in _labels(work, profile):
            labels.append(value)
            places.append(("label", value, start, end))
            work = work[:start] + " " * (end - start) + work[end:]
    # A part's number (`annex II`, `附件二`, `المرفق الثاني`): a value of its own.
    # (blanked: `第三章` is a part, which NUM001 weighs against `Chapter 3`'s number)
    parts = part_numbers(work, profile.code) + committee_numbers(work, profile.code)
    articles = articles_in_words(work, profile.code)  # `Article premier`: 1, read as a number in words
    for _, start, end in parts + articles:
        work = work[:start] + " " * (end - start) + work[end:]
    lower = work.lower()
    # Every time has a digit but English `noon`.
    times = ([minutes for found in take(_compiled(profile.time_pattern), lambda m: profile.read_time(m.groups()))
              for minutes in found]
             if (digits or profile.time_without_digit) and _compiled(profile.time_gate).search(work) else [])
    if digits and _DIGIT_COLON_DIGIT.search(work):  # (a colon in prose is no clock)
        # The 24-hour clock (`10:30`), which every language reads alike where its own way of
        # writing a time is another (`10.30 horas`, `10 h 30`, `10时30分`): a version that keeps
        # the source's, as timetables and software do, wrote a time, not the numbers 10 and 30.
        times += take(_CLOCK, lambda m: clock(m.group(1), m.group(2)))
    # A date written with a month name has it after a space (looked for once); a date written
    # in words needs no digit.
    named_month = (profile.months_named and (digits or profile.word_date_pattern is not None)
                   and _has_month(lower, profile))
    if digits and profile.days_between:
        # `entre el 2 y el 5 de mayo`, `entre le 2 et le 5 mai`: the days' articles blanked, so
        # that the two days read as `2 y 5 de mayo` does (2 May was lost); not `el tema 3 y el 5
        # de mayo`, the item 3 and a date.
        work = _compiled(profile.days_between).sub(_between_blanked, work)
    dates = ([d for found in take(_date_pattern(profile), lambda m: _kept(_dates(m, profile)), "date") for d in found]
             if digits and (not profile.months_named or named_month) else [])
    if digits and profile.month_first_dates and (named_month or _has_month(" " + lower[:12], profile)):
        # `March 5, 2024`, `Dec 31`, `June 27–28`: the month first, as American English and
        # software write a date.
        dates += [d for found in take(_month_first_pattern(profile.code), lambda m: _kept(_month_first(m, profile)), "date")
                  for d in found]
    if profile.word_date_pattern is not None and named_month:
        dates += [d for found in take(profile.word_date_pattern(), lambda m: _kept(profile.read_word_date(m)), "date")
                  for d in found]
    if digits and (named_month or (profile.month_year_pattern and "年" in work)
                   or (profile.months_named and _has_month(" " + lower[:12], profile))):  # a text that opens with it
        # A month with its year and no day (`in June 2022`, `2022年6月`): the month is a value
        # too, day 0, compared as dates are; read as the year alone, `в июле 2022 года` passed
        # for `in June 2022`.
        dates += [d for found in take(_month_year_pattern(profile), lambda m: _kept(_month_year(m, profile)), "date")
                  for d in found]
    if digits and profile.month_number_pattern:
        take(_compiled(profile.month_number_pattern), lambda m: m.group(0))
    # The word may be a few words away, an organ's name between (`قرار المؤتمر 7/1`, `قرار مجلس
    # حقوق الإنسان 49/28`).
    keyword = _resolution_keyword(profile.resolution_words)
    resolutions, bare, decisions = [], [], []
    last: tuple[int, str] | None = None  # where the last number introduced ends, and its kind
    for match in (RESOLUTION.finditer(work) if digits and "/" in work else ()):
        number = match.group(1)
        before = work[max(0, match.start() - 50): match.start()]
        after = work[match.end(): match.end() + 60]  # (Chinese: the word after the numbers coordinated)
        resolutions.append(number)
        # The word after first where the language writes it after its number (Chinese: `决议、第11/3号决定`
        # is 11/3 a decision's, the 决议 before it the number before's)
        introduced = (profile.resolution_suffix and re.match(profile.resolution_suffix, after)) or keyword.search(before)
        if introduced:
            kind = "decision" if _a_decision(introduced.group(0), profile) else "resolution"
        elif last is not None and _COORDINATED_NUMBER.fullmatch(work[last[0]:match.start()]):
            kind = last[1]  # `resolutions 10/4 and 11/3`: the word before the first introduces both
        else:
            bare.append(number)
            last = None
            continue
        if kind == "decision":
            decisions.append(number)  # the word that introduces it (`decision 9/3`; `第9/3号决定`) is a decision's
        last = (match.end(), kind)
    if resolutions:
        work = RESOLUTION.sub(lambda m: " " * len(m.group(0)), work)
    if profile.decade_pattern and _compiled(profile.decade_gate).search(work):
        take(_compiled(profile.decade_pattern), lambda m: _decade(m, profile), "number")
    # A century (`the twenty-first century`, `XXIe siècle`, `21世纪`): its number, in digits,
    # Roman numerals or words, a number of the text as the others are.
    take_spans(centuries(profile.code, work), "number")
    if digits and profile.no_value_digits:
        take(_compiled(profile.no_value_digits), lambda m: m.group(0))  # `’1‘`, a label; `21世纪`, a century
    ordinal_ends = set()
    if digits and profile.ordinal_suffix:
        # `77th`, `77e`, `77.º`: the number, its ending blanked (offsets kept).
        ending = _ordinal_ending(profile.ordinal_suffix)
        ordinal_ends = {found.start() for found in ending.finditer(work)}
        if ordinal_ends:
            work = ending.sub(lambda m: " " * len(m.group(0)), work)
    if digits and ("/" in work or "-" in work or "–" in work):
        # A period's last year in two digits (`2022/23`, `2022-24`) is its year, as versions
        # that write it whole (`2022/2023`) have it: not the number 23.
        for match in _SHORT_SECOND_YEAR.finditer(work):
            first, second = int(match.group(1)), int(match.group(2))
            last = first - first % 100 + second + (100 if second < first % 100 else 0)
            if 0 < last - first <= 10:
                places.append(("number", float(first), match.start(1), match.end(1)))
                places.append(("number", float(last), match.start(2), match.end(2)))
                work = work[:match.start()] + " " * (match.end() - match.start()) + work[match.end():]
    if digits and _DOTTED_GATE.search(work):  # (a sentence's stop is no such number)
        # Three numbers or more joined by stops are an address, a version, a section or a date
        # in digits (`192.168.0.1`, `2.1.3`, `27.06.2022`), written alike in every version: read
        # as numbers, `192.168` was 192168 where a stop groups thousands, and `27.06` lost 2022.
        # A date so written (`27.06.2022`, day first as every UN language but English and
        # Chinese write it in digits) is the date the other versions name.
        dates += [d for found in take(_DOTTED_DATE, _dotted_date) for d in found]
        symbols += take(_DOTTED, lambda m: None if _GROUPED.fullmatch(m.group(0)) else m.group(0), "symbol")
    numbers = _numbers(work, profile, digits)
    percents = frozenset(value for value, _, end in numbers if _percent_after(profile.code).match(work, end)) \
        if numbers else frozenset()
    reversible = _reversible(work) if digits and profile.right_to_left else frozenset()
    points = frozenset(value for value, _, end in numbers if _compiled(profile.points_after).match(work, end)) \
        if numbers and profile.points_after else frozenset()
    ordinals_in_digits = {value for value, _, end in numbers if end in ordinal_ends}
    places.extend(("number", value, start, end) for value, start, end in numbers)
    # A decade is a number written in digits, as `1990s` is, however the version writes it.
    written = [value for kind, value, _, _ in places if kind == "number"]
    # Magnitudes in words first: a fraction of one (`three quarters of a million`) is its number,
    # not a fraction blanked below and `a million` left.
    magnitudes = _magnitudes_in_words(work, profile) if profile.magnitude_phrases else []
    for _, start, end in magnitudes:  # blanked too: `un`, `dos` of `un millón`, `dos millones y medio`
        work = work[:start] + " " * (end - start) + work[end:]
    fractions = []
    if profile.fraction_pattern and _compiled(profile.fraction_gate).search(work):
        # Read, then blanked: the fraction is a value (`two thirds` 0.6667), its numerator no count.
        for found in _compiled(profile.fraction_pattern).finditer(work):
            value = fraction_value(found, profile.code)
            if value is not None:
                fractions.append(value)
        work = _compiled(profile.fraction_pattern).sub(lambda m: " " * len(m.group(0)), work)
    if profile.half_pattern and profile.half_word in lower:
        for found in _compiled(profile.half_pattern).finditer(work):
            fractions.append(0.5)
            work = work[:found.start()] + " " * (found.end() - found.start()) + work[found.end():]
    ordinals = []
    if profile.ordinal_words is not None:
        # Blanked once read, so that their words are no number words too.
        for value, start, end in profile.ordinal_words(work):
            ordinals.append(value)
            work = work[:start] + " " * (end - start) + work[end:]
    # (A fraction is a value in words: where a version has none in its place, it may have worded it
    # otherwise, or been read by no expression (`ربعها`, `un quart n'en`), and NUM001 forgives it
    # as it forgives a count in words; two fractions that differ are said.)
    spelled = _number_words(work, profile) + ordinals + [value for value, _, _ in magnitudes] + fractions \
        + [value for value, _, _ in articles]
    currencies, amounts = set(), set()
    stems, each = _currency_patterns(profile.code)
    if any(stem in text for stem in stems):  # a look for strings first: most texts name none
        for code, pattern, word in each:
            for match in pattern.finditer(text):
                in_words = _after_a_magnitude_in_words(text, match, magnitudes) if word and magnitudes else None
                if _an_amounts(text, match, word, profile.magnitudes) or in_words is not None:
                    currencies.add(code)
                    places.append(("currency", code, match.start(), match.end()))
                    amount = _amount_of(text, match, word, numbers, profile.unspaced)
                    if amount is None:
                        amount = in_words  # `un million et demi de dollars`: 1.5 million, USD
                    if amount is not None:
                        amounts.add((amount, code))
    shares = _one_in(text, profile) if profile.one_in_pattern and (digits or spelled or profile.one_in_ordinal) else []
    one_in = frozenset(count for count, _ in shares)
    spelled += [count for count, ordinal in shares if ordinal]
    return Values(Counter(written + spelled), frozenset(dates), frozenset(times), frozenset(symbols), frozenset(urls),
                  frozenset(resolutions), frozenset(bare), frozenset(decisions), percents,
                  bool(percents) or (bool(written or spelled) and says_percent(text, profile)), frozenset(emails), frozenset(labels), frozenset(currencies),
                  frozenset(amounts),
                  (frozenset(spelled) - frozenset(written)) | ordinals_in_digits, reversible, tuple(places),
                  frozenset(value for value in ordinals if value >= 2), session_nouns(profile.code, text),
                  frozenset(citations), tuple(sorted(value for value, _, _ in parts)), one_in, points)


def _one_in(text: str, profile: LanguageProfile) -> list[tuple[float, bool]]:
    """The counts of the shares `text` says as one in so many (`one in five children`: 5), each
    with whether an ordinal word said it (`каждая четвертая`: 4), which no other reading of the
    text counts."""
    found = []
    for match in _compiled(profile.one_in_pattern).finditer(text):
        written = match.group("n").replace(",", "")  # (`one in 1,000`)
        values = [(float(fold_digits(written)), False)] if written.isdigit() \
            else [(value, False) for value in _number_words(written, profile)]
        if not values and profile.one_in_ordinal is not None and (ordinal := profile.one_in_ordinal(written)) is not None:
            values = [(ordinal, True)]
        found += [(value, ordinal) for value, ordinal in values if value >= 2]
    return found


# -- sub-paragraph labels --------------------------------------------------------------------

_LATIN = "abcdefghijklmnopqrstuvwxyz"
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")
_CHINESE_NUMERALS = "一二三四五六七八九十"
# What may stand right before and after a label: no letter of an alphabet (`State(s)`,
# `%(a)s`, `(b)5`), but Chinese characters and digits, which Chinese writes against it
# (`第5(b)段`), and `5(b)`, `(a)(ii)`; before it, an Arabic letter too, the proclitic a word
# takes (`و(ج)`, and (c)).
_LETTER = r"[^\W\d_\u3400-\u9fff]"
_LETTER_BEFORE = r"[^\W\d_\u3400-\u9fff\u0600-\u06ff]"
_LETTER_OR_DIGIT = r"[^\W_\u3220-\u3229\u3400-\u9fff]"  # (㈡ after (a): `第3段(a)㈡项`)


@lru_cache(maxsize=None)
def _label_pattern(code: str) -> re.Pattern[str]:
    """A sub-paragraph's label cited in running text, on text read through fold_digits (full-
    width brackets are ASCII there): a letter or a Roman numeral in brackets, in English's
    letters or the language's (LanguageProfile.sub_item_letters, typed_sub_item_letters); the
    same with its closing bracket only, as French, Spanish and Russian write them (`alinéa
    b)`), after a space or a range's dash; Arabic `‘2’` for (ii); Chinese `(二)` and `㈡`."""
    profile = language(code)
    own = "".join(dict.fromkeys(_LATIN + profile.sub_item_letters + profile.typed_sub_item_letters))
    roman = "|".join(sorted(_ROMAN, key=len, reverse=True))
    # (not a one-letter word after a list's first five letters: Spanish `y)`, `o)` close a
    # bracket after a word; `a)`, `e)` are labels far more often than words there)
    words = profile.one_letter_words - set(_LATIN[:5] + profile.typed_sub_item_letters[:5])
    bare = re.escape("".join(letter for letter in dict.fromkeys(_LATIN + profile.typed_sub_item_letters) if letter not in words))
    forms = [rf"(?<!{_LETTER_BEFORE})(?<![%$])\((?P<in>{roman}|[{re.escape(own)}])ـ?\)",
             # after a space, or a range's dash (`a)-d)`)
             rf"(?:^|(?<=[\s\-–—]))(?P<bare>{roman}|[{bare}])\)"]
    if profile.no_value_digits and "‘" in profile.no_value_digits:
        forms.append(r"[‘’'](?P<arabic>[0-9]{1,2})[‘’']")
    if profile.unspaced:
        forms.append(rf"\((?P<chinese>[{_CHINESE_NUMERALS}]{{1,2}})\)|(?P<circled>[{_PARENTHESIZED_IDEOGRAPHS}])")
    return re.compile(rf"(?:{'|'.join(forms)})(?!{_LETTER_OR_DIGIT})")


# What a label may need: a bracket, Arabic's marks, Chinese's ㈠ to ㈩.
_LABEL_GATE = re.compile("[)’'\u3220-\u3229]")
_PARENTHESIZED_IDEOGRAPHS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
# Between two labels, what makes them a range (`(a) to (d)`, `a)-d)`, `а)–г)`, `(a)至(d)`).
_RANGE = re.compile(r"\s*(?:[-–—]|to|through|à|au|a|al|hasta|до|по|至|到|إلى|الى)\s*", re.IGNORECASE)


def _labels(text: str, profile: LanguageProfile) -> list[tuple[str, int, int]]:
    """The labels the text cites, each with where it stands, and those a range between two of
    them leaves out (`subparagraphs (a) to (c)` cites (b) too, as `alinéas a), b) et c)` does),
    placed at the range's end."""
    matches = list(_label_pattern(profile.code).finditer(text))
    # A Cyrillic letter that looks like a Latin one (`(с)`, `(е)`) is the Latin letter typed on
    # a Russian keyboard, as UN Russian letters its sub-paragraphs in Latin, unless the text
    # letters them in Cyrillic (`а) б) в)`): read as (q) and (f), the reviser saw (c) and (e).
    typed = [written for match in matches if (written := match.group("in") or match.group("bare")) not in _ROMAN
             and written is not None and written not in _LATIN]
    alike = {} if any(letter not in CYRILLIC_TO_LATIN for letter in typed) else CYRILLIC_TO_LATIN
    found = [(alike.get(match.group("in") or match.group("bare") or "", value), match.start(), match.end())
             for match in matches if (value := _label(match, profile)) is not None]
    if _word_label(profile.code) is not None and ")" in text:
        # A one-letter word as a bare label (Spanish `o)`, `y)`) where the label is plain: after
        # a word that names sub-paragraphs, or beside another label (`apartados o) y p)`).
        near = [(start, end) for _, start, end in found]
        for match in _word_label(profile.code).finditer(text):
            before = text[max(0, match.start() - 14):match.start()].casefold()
            if any(word in before for word in _LABEL_WORDS) or any(
                    0 <= match.start() - end <= 6 or 0 <= start - match.end() <= 6 for start, end in near):
                found.append((match.group(1), match.start(), match.end()))
        found.sort(key=lambda item: item[1])
    ranged = []
    for (first, _, end), (last, start, stop) in zip(found, found[1:]):
        if _RANGE.fullmatch(text, end, start):
            ranged += [(between, start, stop) for between in _between(first, last)]
    return found + ranged


@lru_cache(maxsize=None)
def _word_label(code: str) -> re.Pattern[str] | None:
    """The bare labels _label_pattern leaves to be read in their place: a language's one-letter
    words past the first five letters (None where it has none)."""
    words = sorted(language(code).one_letter_words & set(_LATIN[5:]))
    return re.compile(rf"(?:^|(?<=\s))([{''.join(words)}])\)(?!{_LETTER_OR_DIGIT})") if words else None


# Words that name sub-paragraphs, before a label (`apartado o)`, `alinéa y)`).
_LABEL_WORDS = ("apartado", "inciso", "alinéa", "párrafo", "subparagraph", "подпункт")


def _between(first: str, last: str) -> list[str]:
    """The labels a range from `first` to `last` leaves out: letters or numerals, in order."""
    for order in (_ROMAN, _LATIN):
        if first in order and last in order and order.index(first) < order.index(last) <= order.index(first) + 26:
            return list(order[order.index(first) + 1:order.index(last)])
    return []


def _label(match: re.Match[str], profile: LanguageProfile) -> str | None:
    """The label as English writes it: a letter, or a Roman numeral in small letters."""
    written = match.group("in") or match.group("bare")
    if written is not None:
        if written in _ROMAN or written in _LATIN:
            return written
        return profile.sub_item_key(written)
    groups = match.groupdict()
    if groups.get("circled"):
        return _ROMAN[_PARENTHESIZED_IDEOGRAPHS.index(groups["circled"])]
    number = int(groups["arabic"]) if groups.get("arabic") else _chinese_numeral(groups["chinese"])
    return _ROMAN[number - 1] if 1 <= number <= len(_ROMAN) else None


def _chinese_numeral(written: str) -> int:
    """一 to 十九 as a number (0 for what is none)."""
    if written == "十":
        return 10
    if len(written) == 2:
        tens, unit = written
        return 10 + _CHINESE_NUMERALS.index(unit) + 1 if tens == "十" and unit != "十" else 0
    return _CHINESE_NUMERALS.index(written) + 1


# The signs and codes of currencies, alike in every language: the dollar sign of the United
# States alone (`US$`, `$`; not `HK$`, `C$`, nor a template's `${name}`).
_CURRENCY_SIGNS = {"USD": r"\bUS\$|(?<![A-Za-z])\$|\bUSD\b", "EUR": r"€|\bEUR\b", "CHF": r"\bCHF\b|\bSwF\b",
                   "GBP": r"£|\bGBP\b", "CNY": r"\bCNY\b|\bRMB\b", "RUB": r"₽|\bRUB\b", "JPY": r"\bJPY\b"}
# A number an amount's currency stands beside: digits (any script's), or Chinese numerals.
_AMOUNT_DIGIT = re.compile(r"[\d〇一二两三四五六七八九十百千万亿]")


def _amount_of(text: str, match: re.Match[str], word: bool, numbers: list[tuple[float, int, int]],
               unspaced: bool) -> float | None:
    """The number (with its magnitude) whose currency a sign, code or word found is: a sign's
    or code's right after it (`$5`, `In 2023 USD 2.4 million`), else right before it (`5 $`,
    `5 millions USD`), nothing but a space between (`5 millions USD, 3 millions EUR` gives
    each its own); a
    word's before it, in its clause (`5 millions de dollars`), right before it in Chinese
    (`150万美元`). None where none stands so near."""
    def joined(start: int, end: int) -> bool:
        return not text[start:end].strip()

    before = [(match.start() - end, value) for value, _, end in numbers
              if 0 <= match.start() - end <= (0 if unspaced else 30 if word else 2)
              and (word or joined(end, match.start()))]
    if not word:
        # The number after first: `In 2023 USD 2.4 million` is 2.4 million, not the year.
        after = [value for value, start, _ in numbers if 0 <= start - match.end() <= 2 and joined(match.end(), start)]
        if after:
            return after[0]
    return min(before)[1] if before else None


def _an_amounts(text: str, match: re.Match[str], word: bool, magnitudes: dict[str, int]) -> bool:
    """Whether a currency found is an amount's: a sign or code right beside a number (`$1.5`,
    `1 500 $`, `USD 5`; not `in USD`, a column's heading); a word after a number or a
    magnitude (the language's expression of it leaves out besides what names no amount:
    `the euro area`, `Euro-Mediterranean`, `Долларизация`, `美元化`)."""
    if not word:
        after, before = text[match.end():match.end() + 3], text[max(match.start() - 3, 0):match.start()]
        if _AMOUNT_DIGIT.search(after) or _AMOUNT_DIGIT.search(before):
            return True
        # or after an amount's magnitude (`5 million USD`, `5 millions EUR`, `5 млн EUR`)
        last = text[max(match.start() - 20, 0):match.start()].split()[-1:]
        return bool(last) and last[0].lower().strip(".") in magnitudes
    before = text[max(match.start() - 40, 0):match.start()]
    if not before[-1:].isspace() and _AMOUNT_DIGIT.search(before[-6:]):
        return True  # written onto its number, as Chinese writes it (`150万美元`)
    # A number or a magnitude among the three words before it, in its clause (`5 millions de
    # dollars`, `cinq millions de dollars`, `5.4 million United States dollars`, `1,5 млн.
    # долл.`): not `the euro rose against the dollar`, `in 2023, the euro area`.
    for token in reversed(before.split()[-3:]):
        if token[-1] in ",;:!?，；：！？":
            return False
        if _AMOUNT_DIGIT.search(token) or token.lower().strip(".") in magnitudes:
            return True
    return False


def _after_a_magnitude_in_words(text: str, match: re.Match[str], phrases: list[tuple[float, int, int]]) -> float | None:
    """The amount a magnitude written in words gives the currency's word after it, a word at
    most between (`un millón y medio de euros`, `a million dollars`), or None: an amount and its
    currency, as after digits (amounts swapped between two currencies are found too)."""
    for value, _, end in phrases:
        between = text[end:match.start()]
        if 0 <= match.start() - end <= 8 and len(between.split()) <= 1 and not any(mark in between for mark in ",;:"):
            return value
    return None


def _as_letters(pattern: str) -> str:
    """An expression's text with a class of letters read as its first (`d[óo]lar` → `dólar`),
    an escape as a space (`\\b`) and an optional letter left out: where its words' letters
    stand in a row."""
    letters = re.sub(r"\\[A-Za-z]", " ", re.sub(r"\[([^\]\\^])[^\]]*\]", r"\1", pattern))
    return re.sub(r"(?<![(\\])[^\W\d_]\?", "", letters)  # and without a letter that may be left out (`yens?`)


@lru_cache(maxsize=None)
def _currency_patterns(code: str) -> tuple[tuple[str, ...], tuple[tuple[str, re.Pattern[str], bool], ...]]:
    """The strings one of which a text that names a currency holds (each expression's letters
    as written, lower-case as a currency's name is in running text: `euro`, not `European`;
    and the signs), and an expression of each currency: the signs and codes, and the
    language's words (LanguageProfile.currencies), each with whether it is a word. The
    expressions' look-behinds made one search of them all a sixth of a large catalog's time."""
    each = [(currency, re.compile(pattern), False) for currency, pattern in _CURRENCY_SIGNS.items()]
    each += [(currency, re.compile(pattern, re.IGNORECASE), True) for currency, pattern in language(code).currencies.items()]
    # The codes written alone (`FS`), and each alternative's word: its first run of four letters
    # or more (or its longest: `yen`, `元`), the first four of them (`dollars?` is `doll`: an
    # ending may be optional).
    stems = {"$", "€", "£", "₽"} | {code for _, pattern, _ in each for code in re.findall(r"\\b([A-Z][A-Za-z]{1,2})\\b", pattern.pattern)}
    stems |= {next((run for run in runs if len(run) >= 4), max(runs, key=len))[:4]
              for _, pattern, _ in each for alternative in _alternatives(_without_lookaround(pattern.pattern))
              if (runs := re.findall(r"[\u4e00-\u9fff]+|[^\W\d_\u4e00-\u9fff]+", _as_letters(alternative)))}
    return tuple(sorted(stems)), tuple(each)


def _without_lookaround(pattern: str) -> str:
    """An expression without its look-arounds (`(?<!Canadian )`, `(?! area)`): the words
    they name need not be in a text that names the currency."""
    out, depth, skipping = [], 0, None
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            if skipping is None:
                out.append(pattern[index:index + 2])
            index += 2
            continue
        if char == "(":
            if skipping is None and re.match(r"\(\?<?[!=]", pattern[index:]):
                skipping = depth
            depth += 1
        elif char == ")":
            depth -= 1
            if skipping == depth:
                skipping = None
                index += 1
                continue
        if skipping is None:
            out.append(char)
        index += 1
    return "".join(out)


def _alternatives(pattern: str) -> list[str]:
    """An expression's alternatives at its top level (`a|b(?:c|d)` → `a`, `b(?:c|d)`)."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(pattern):
        if char == "(" and (index == 0 or pattern[index - 1] != "\\"):
            depth += 1
        elif char == ")" and pattern[index - 1] != "\\":
            depth -= 1
        elif char == "|" and depth == 0 and pattern[index - 1] != "\\":
            parts.append(pattern[start:index])
            start = index + 1
    return [*parts, pattern[start:]]


_A_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_SHORT_SECOND_YEAR = re.compile(r"(?<![0-9/.,])((?:19|20)[0-9]{2})\s?[/–-]\s?([0-9]{2})(?![0-9/.,]?[0-9])")


def _same_escapes(url: str) -> str:
    """A web address with its escapes in capitals, as RFC 3986 makes them equivalent: `%2f` is
    `%2F` (one version's address was another's)."""
    return _ESCAPE.sub(lambda m: m.group(0).upper(), url) if "%" in url else url


_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")


def _decade(match: re.Match[str], profile: LanguageProfile) -> float:
    """The first year of a decade matched by the language's decade_pattern (`20世纪90年代`: 1990)."""
    written = match.group("decade")
    tens = int(written) // 10 if written.isdigit() else profile.decade_words[written.lower()]
    century = match.groupdict().get("century")
    return float((int(century) - 1 if century else 19) * 100 + tens * 10)


# -- numbers ---------------------------------------------------------------------------------

# Expressions here start with the digit or letter they need and look behind it afterwards
# (`\d(?<![...]\d)` rather than `(?<![...])\d`): re then skips to candidate characters instead
# of trying the look-behind at every position, four times faster on a paragraph.
# They run on text whose digits are folded (fold_digits): every digit is 0-9 there, and `[0-9]`
# is one table look-up per character where `\d` asks the Unicode database (a third faster).
# A comma before the first digit makes it a continuation (`2,400`: not `400`) only after a
# digit: Chinese puts a number right after its full-width comma (`指出，2022年`), which
# folds to `,`, and that year was lost.
_NUMBER = re.compile(
    rf"[0-9](?<![{_NEAR}.][0-9])(?<![0-9],[0-9])[0-9]{{0,2}}(?:[ \u00a0\u202f.,][0-9]{{3}})+(?:[.,][0-9]+)?(?![{_NEAR}])"
    rf"|[0-9](?<![{_NEAR}.][0-9])(?<![0-9],[0-9])[0-9]*(?:[.,][0-9]+)?(?![{_NEAR}])"
)


# Not a scale's `1:50.000`, `1:50 000`.
_CLOCK = re.compile(r"(?<![0-9/:.,])([01]?[0-9]|2[0-4])[:：]([0-5][0-9])(?![0-9/:：]|[.,][0-9]|[ \u00a0\u202f][0-9]{3}(?![0-9]))")
# A target's number: its Goal's, a point (or Arabic's hyphen), and its own or its letter
# (Arabic's أ ب ج for a b c), not a number's third part.
_TARGET_NUMBER = re.compile(r"(?<![0-9.])[0-9]{1,2}(?:\.(?:[0-9]{1,2}|[a-d])|-[أبجد])(?![0-9]|[.,-][0-9]|[A-Za-z])")
_NOTHING = re.compile(r"(?!)")  # (a language with no magnitude words)
_ARABIC_TARGET_LETTERS = str.maketrans({"أ": "a", "ب": "b", "ج": "c", "د": "d", "-": "."})


@lru_cache(maxsize=None)
def _targets(words: str) -> re.Pattern[str]:
    """The numbers of targets after the words that name them (group 1), those listed or in a
    range with the first too (`16.4, 16.5 and 16.a`, `16.4 to 16.6`: joined as a list's numbers
    are, _COORDINATED_NUMBER)."""
    number = _TARGET_NUMBER.pattern
    return re.compile(rf"{words}\s*({number}(?:{_COORDINATED_NUMBER.pattern}{number})*)", re.IGNORECASE)


def _target_number(written: str) -> str:
    """A target's number as English writes it (`16-أ` is 16.a)."""
    return written.translate(_ARABIC_TARGET_LETTERS)


_DOTTED = re.compile(r"(?<![0-9.,])[0-9]+(?:\.[0-9]+){2,}(?![0-9]|[.,][0-9])")
_DIGIT_COLON_DIGIT = re.compile(r"[0-9][:：][0-9]")
_DOTTED_GATE = re.compile(r"[0-9]\.[0-9]+\.[0-9]")
_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")  # `1.500.000`, as Spanish groups thousands
_DOTTED_DATE = re.compile(r"(?<![0-9.,])([0-3]?[0-9])\.([01]?[0-9])\.((?:19|20)[0-9]{2})(?![0-9]|[.,][0-9])")


def _dotted_date(match: re.Match[str]) -> list[tuple[int, int, int]] | None:
    day, month, year = (int(part) for part in match.groups())
    return [(day, month, year)] if 1 <= day <= 31 and 1 <= month <= 12 else None


# Group separators, by whether the decimal mark is a comma or a stop.
_GROUPS_COMMA = re.compile(r"[ \u00a0\u202f.](?=\d{3}\b)")
# A number in English notation that no language of the decimal comma writes: thousands grouped
# by commas and decimals after a point (`1,234.5`), or two groups at least (`1,234,567`; one
# alone, `1,234`, is a decimal there).
ENGLISH_NOTATION = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:,\d{3}){2,}")
_GROUPS_STOP = re.compile(r"[ \u00a0\u202f,](?=\d{3}\b)")
_SLASH = re.compile(r"\s*/\s*")


@lru_cache(maxsize=None)
def _ordinal_ending(suffix: str) -> re.Pattern[str]:
    return re.compile(rf"(?<=[0-9])(?:{suffix})(?![{_NEAR}])")


# A word that joins another item to the one the resolution word names (`the resolution of the
# Council and 11/1`): the number after it is that item's, not introduced.
# (`ainsi que`, `así como`, `as well as` by their first word; Arabic's `و` written onto the
# number, `والمقرر و11/1`, too.)
_JOINING = r"(?:and|or|et|ou|ainsi|y|o|e|u|así|as|и|или|а|و|أو|&)"


# What joins a number to the one before it in a list one word introduces (`resolutions 10/4
# and 11/3`, `резолюции 10/4 и 11/3`, `القرارين 10/4 و11/3`, `第10/4和11/3号决议`).
_COORDINATED_NUMBER = re.compile(r"\s*(?:,|;|、|，|،)?\s*(?:and|or|to|through|as well as|et|ou|à|jusqu'à|ainsi que|y|e|o|u|a|al|"
                                 r"au|hasta|así como|и|или|до|по|а также|و|أو|إلى|حتى|وكذلك|和|及|与|以及|或|至|到|-|–|—)?"
                                 r"\s*(?:و)?(?:第)?\s*", re.IGNORECASE)


def _a_decision(introducing: str, profile: LanguageProfile) -> bool:
    """Whether the words that introduce a number (`decision 9/3`, `décision de la Conférence
    9/3`, `号决定`) name a decision: the last of their resolution or decision words, the one
    nearest the number (`the decision contained in resolution 9/2` cites a resolution)."""
    words = list(_compiled(profile.resolution_words).finditer(introducing))
    return bool(words) and _compiled(profile.decision_words).match(introducing, words[-1].start()) is not None


# A Security Council resolution cited by its number and year (`resolution 2240 (2015)`,
# `резолюции 2240 (2015)`, `第2240(2015)号决议`, `القرار 2240 (2015)`); the Economic and Social
# Council's by year and number (`resolution 2023/16`; not a budget's period, `2023/24`, which no
# word for resolution introduces).
_COUNCIL_RESOLUTION = re.compile(rf"(?<![{_NEAR}/.,])([1-9][0-9]{{0,3}}) ?\(((?:19|20)[0-9]{{2}})\)")
_YEAR_NUMBER = re.compile(rf"(?<![{_NEAR}/.,])((?:19|20)[0-9]{{2}}/[0-9]{{1,3}})(?![{_NEAR}/])")
# Chinese may close each of a list with 号 (`第2312(2016)号、第2380(2017)号和第2437(2018)号决议`).
_EACH_CLOSED = re.compile(r"^\s*号")


def _citations(work: str, profile: LanguageProfile, pattern: re.Pattern[str], written: str) -> list[str]:
    """The resolutions and decisions a text cites by `pattern` (its groups put in `written`),
    a decision's as `decision …`: each one the word for resolution or decision introduces
    (Chinese puts it after the list: `第2240(2015)、2312(2016)号决议`), and those listed after it
    (`resolutions 2240 (2015), 2312 (2016) and 2380 (2017)`), as `_values` reads the General
    Assembly's numbers. Compared as pairs by REF003 (`Values.citations`)."""
    keyword = _resolution_keyword(profile.resolution_words)
    found: list[str] = []
    kind, last_end = None, -1
    for match in pattern.finditer(work):
        # (Chinese's word after a list of Security Council resolutions: eight of them take 90 characters)
        introduced = (profile.resolution_suffix and re.match(profile.resolution_suffix, work[match.end():match.end() + 240])) \
            or keyword.search(work[max(0, match.start() - 50):match.start()])
        if introduced:
            kind = "decision" if _a_decision(introduced.group(0), profile) else "resolution"
        elif not (kind and _COORDINATED_NUMBER.fullmatch(_EACH_CLOSED.sub("", work[last_end:match.start()], count=1))):
            kind = None
            continue
        found.append(("decision " if kind == "decision" else "") + written.format(*match.groups()))
        last_end = match.end()
    return found


@lru_cache(maxsize=None)
def _resolution_keyword(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{words})(?:\s+(?!{_JOINING}(?:\s|$))[^\s\d]+){{0,4}}\W{{0,3}}(?:№\s*|第\s*)?$", re.IGNORECASE)


def _numbers(text: str, profile: LanguageProfile, digits: bool = True) -> list[tuple[float, int, int]]:
    """The numbers written in digits (number words are _number_words'), each with its offsets."""
    values: list[_InDigits] = []
    if digits and profile.right_to_left:
        text = _in_logical_order(text)
    for match in (_NUMBER.finditer(text) if digits else ()):
        raw = match.group(0)
        if profile.decimal_comma and ENGLISH_NOTATION.fullmatch(raw):
            # `1,234,567.89` copied from the English version: its value is the English one
            # (TYPO012 says the notation is; read as French, it was no number, "none here").
            raw = raw.replace(",", "")
        elif profile.decimal_comma:
            raw = _GROUPS_COMMA.sub("", raw).replace(",", ".")
        else:
            raw = _GROUPS_STOP.sub("", raw)
            if "," in raw and "." not in raw:
                # Not a group separator (no three digits follow it), so a decimal mark: UN
                # Arabic writes `3,5 ملايين`. Dropped as unreadable, it was a number missing.
                raw = raw.replace(",", ".")
        try:
            value = float(raw)
        except ValueError:
            continue
        values.append(_InDigits(value, raw, match.start(), match.end(), *_magnitude(text, match.end(), profile)))
    # A range or an alternative writes its magnitude once, after the second number (`from 15 to
    # 18 million`, `de 15 à 18 millions`, `с 15 до 18 млн`), where Chinese writes it after both
    # (`从1500万增至1800万`): the first number is millions too.
    for first, second in zip(values, values[1:]):
        if not first.power and second.power and profile.range_joiner and not _A_YEAR.fullmatch(first.raw) and \
                _compiled(profile.range_joiner).fullmatch(text, first.end, second.start):
            first.power = second.power  # (not a year: `5 millions USD en 2023 et 3 millions EUR`)
    found: list[tuple[float, int, int, int]] = []  # each value, where it is, and its magnitude's power
    for number in values:
        value, end = _times_ten_to(number.raw, number.value, number.power), number.magnitude_end or number.end
        if profile.unspaced and found and 0 < number.power < found[-1][3] and found[-1][2] == number.start:
            # `1万5千` (15,000), `1亿2千万`: a lower magnitude written on after a higher one adds to it
            before, start, _, _ = found.pop()
            found.append((before + value, start, end, number.power))
        else:
            found.append((value, number.start, end, number.power))
    return [(value, start, end) for value, start, end, _ in found]


# A number's groups as a page shows them right to left (`000 10` for 10 000): text copied from
# a PDF of an Arabic version, or extracted in its visual order, has them so. Groups of three
# but the last, which is shorter (a logical order's first group) or follows a group that opens
# with a 0 (no number's first group does): `500 234 1`, `000 000 2`. `234 500` stays as written,
# nothing telling which order it is in.
_PAGE_ORDER_GROUPS = re.compile(r"(?<![0-9.,])[0-9]{3}(?:[ \u00a0\u202f][0-9]{3})*[ \u00a0\u202f][0-9]{1,3}(?![0-9]|[.,][0-9])")
_GROUP_SEPARATOR = re.compile(r"([ \u00a0\u202f])")


# Whole groups of three only, the first not opening with 0: either order is a number.
_EITHER_ORDER_GROUPS = re.compile(r"(?<![0-9.,])[1-9][0-9]{2}(?:[ \u00a0\u202f][0-9]{3})+(?![0-9]|[.,][0-9])")


def _reversible(text: str) -> frozenset[tuple[float, float]]:
    """(as written, groups reversed) of each number that reads as a number either way."""
    found = set()
    for match in _EITHER_ORDER_GROUPS.finditer(text):
        groups = _GROUP_SEPARATOR.split(match.group(0))[::2]
        if not groups[-1].startswith("0") and groups != groups[::-1]:
            found.add((float("".join(groups)), float("".join(reversed(groups)))))
    return frozenset(found)


def _in_logical_order(text: str) -> str:
    """The text with the numbers whose groups stand in a page's order (above) in their logical
    order, the length kept (`000 10` is `10 000`)."""
    return _PAGE_ORDER_GROUPS.sub(_reordered, text)


def _reordered(match: re.Match[str]) -> str:
    parts = _GROUP_SEPARATOR.split(match.group(0))
    groups, separators = parts[::2], parts[1::2]
    if len(groups[-1]) == 3 and not groups[0].startswith("0"):
        return match.group(0)
    groups.reverse()
    return "".join(group + separator for group, separator in zip(groups, separators + [""]))


@dataclass
class _InDigits:
    """A number written in digits as read: its value and text, where it is, and the power of
    ten of the magnitude word after it (`3.5 million`: 6) with where that word ends (0: none)."""

    value: float
    raw: str
    start: int
    end: int
    power: int
    magnitude_end: int


def _magnitude(text: str, end: int, profile: LanguageProfile) -> tuple[int, int]:
    """The power of ten a magnitude word right after a number stands for, and where that word
    ends (LanguageProfile.magnitudes: `3.5 million` is 3,500,000, as `350万` and `3 500 000`
    are); (0, 0) where none follows."""
    after = _magnitude_after(profile.code)
    found = after.match(text, end) if after is not None else None
    if found is None:
        return 0, 0
    # (a second, higher word after 多: Chinese's `5千多万`, a thousand ten-thousands)
    higher = found.group(2) if profile.unspaced else None
    return profile.magnitudes[found.group(1).lower()] + (profile.magnitudes[higher] if higher else 0), found.end()


def _scaled(value: float, text: str, end: int, profile: LanguageProfile) -> float:
    """A number written in words, multiplied by a magnitude word right after it."""
    return _times_ten_to(str(value), value, _magnitude(text, end, profile)[0])


def _times_ten_to(raw: str, value: float, power: int) -> float:
    # Exactly, in decimal: 1.2 × 10⁸ is 120000000, never 119999999.99999999.
    return float(Decimal(raw) * 10 ** power) if power else value


@lru_cache(maxsize=None)
def _magnitude_after(code: str) -> re.Pattern[str] | None:
    """A magnitude word of the language right after a number: after a space (or none) where
    words are spaced, straight after it in Chinese (`350万`); the longest first (`mil millones`)."""
    profile = language(code)
    if not profile.magnitudes:
        return None
    words = "|".join(sorted(map(re.escape, profile.magnitudes), key=len, reverse=True))
    if profile.unspaced:  # the next word follows at once (`350万美元`), or after 多, 余 (`500多万`: over 5 million),
        # and a higher one may follow after 多 (`5千多万`: over 50 million, a thousand ten-thousands);
        # the thousand alone not where a unit's name goes on from it (`10千米`)
        def alternative(word: str) -> str:
            unit = profile.magnitude_not_before if profile.magnitudes[word] == 3 else ""
            return re.escape(word) + (f"(?!{unit})" if unit else "")

        words = "|".join(alternative(word) for word in sorted(profile.magnitudes, key=len, reverse=True))
        return re.compile(rf"[多余]?({words})(?:[多余]({words}))?")
    return re.compile(rf"[ \u00a0\u202f]?({words})(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _percent_after(code: str) -> re.Pattern[str]:
    """What makes a number a percentage, right after it: a sign, or the language's words."""
    words = language(code).per_cent_after
    return re.compile(r"\s?[%％٪]" + (f"|{words}" if words else ""), re.IGNORECASE)


def says_percent(text: str, profile: LanguageProfile) -> bool:
    """Whether a text marks a percentage anywhere, in digits or words (`quinze pour cent`,
    `百分之六十四`, percentage points `百分点`): where it does, which of its numbers is the percentage is not guessed.
    (Asked only of a text with a number: NUM001 asks it of a version that has the source's.)"""
    return any(mark in text for mark in "%％٪") or "百分" in text \
        or bool(profile.per_cent_after and _compiled(profile.per_cent_after).search(text))


_HYPHENED_NUMBER = re.compile(r"(?<![\d-])\d{1,2}(?:-\d{1,2}){1,2}(?![\d-])")


def _hyphens_as_points(text: str, after: str) -> str:
    """The text with the numbers its language joins by hyphens after `after`'s words written
    with points, as English writes them (`الغاية 10-7` is target 10.7; it was 10 and 7, and every
    correct Arabic version had NUM001): the length kept."""
    words = _compiled(after)
    for match in _HYPHENED_NUMBER.finditer(text):
        if words.search(text, max(0, match.start() - 60), match.start()):
            text = text[:match.start()] + match.group(0).replace("-", ".") + text[match.end():]
    return text


def _magnitudes_in_words(text: str, profile: LanguageProfile) -> list[tuple[float, int, int]]:
    """The numbers a text writes as a magnitude word with no digits before it (`a million`,
    `полтора миллиона`, `dos millones y medio`: the language's magnitude_phrases), each with
    where its words are; none where a number stands right before (`3 million`, `два
    миллиона`: the number is read with its magnitude)."""
    lower = text.lower()
    if not any(stem in lower for stem in _million_stems(profile.code)):  # as strings, in C: most texts name none
        return []
    found: list[tuple[float, int, int]] = []
    for pattern, amount in _magnitude_phrase_patterns(profile.code):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < taken_end and taken_start < end for _, taken_start, taken_end in found):
                continue
            # The magnitude word alone (with a proclitic: `بمليون`, `полмиллиона`) after digits
            # is read with them (`2 миллиона`, `18 مليونا`); a phrase of words is never a year's
            # or a paragraph's (`In 2021 a million migrants`); after a number word, either is
            # part of it (`двадцать один миллион`, `twenty-one million`, `مائة مليون`).
            alone = not any(character.isspace() for character in text[start:match.start("mag")])
            if _after_a_number(text, start, profile, digits=alone):
                continue
            count = 0.0
            if "count" in pattern.groupindex:
                count = _number_word(match.group("count"), profile, _NUMBER_WORD_VALUES.setdefault(profile.code, {}))
                if not count:
                    continue  # `ces millions et demi`: no count
            power = _power_of(match.group("mag").lower(), profile)
            if power is not None:
                found.append((_times_ten_to(str(count + amount), count + amount, power), start, end))
    return found


@lru_cache(maxsize=None)
def _million_stems(code: str) -> tuple[str, ...]:
    """The magnitude words of a million and more that no shorter one begins (`миллион` for its
    ten forms): every phrase names one."""
    words = sorted(word.lower() for word, power in language(code).magnitudes.items() if power >= 6)
    return tuple(word for word in words if not any(word != shorter and word.startswith(shorter) for shorter in words))


@lru_cache(maxsize=None)
def _magnitude_phrase_patterns(code: str) -> tuple[tuple[re.Pattern[str], float], ...]:
    return tuple((re.compile(pattern, re.IGNORECASE), amount) for pattern, amount in language(code).magnitude_phrases)


def _power_of(word: str, profile: LanguageProfile) -> int | None:
    """The power of ten a magnitude word stands for, or of the longest magnitude word it starts
    with (`миллионов` of `полмиллионов`)."""
    if word in profile.magnitudes:
        return profile.magnitudes[word]
    starts = [magnitude for magnitude in profile.magnitudes if word.startswith(magnitude)]
    return profile.magnitudes[max(starts, key=len)] if starts else None


_WORD_BEFORE = re.compile(r"(\S+)[ \u00a0\u202f]+$")
_HYPHENED_BEFORE = re.compile(r"([^\W\d_]+)-$")


def _after_a_number(text: str, start: int, profile: LanguageProfile, digits: bool = True) -> bool:
    """Whether a number stands right before `start`, no mark between (`En 2021, un millón`):
    a number word (`двадцать один миллион`, `twenty-one million`), or, where `digits`,
    digits (`2 млн`)."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start) or _HYPHENED_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    if word[-1:].isdigit():
        return digits
    return word.isalpha() and bool(_number_word(word, profile, _NUMBER_WORD_VALUES.setdefault(profile.code, {})))


def _number_words(text: str, profile: LanguageProfile) -> list[float]:
    """The numbers a text writes in words: each number word, and the words of a compound read
    as one number (`twenty-five`, `двадцать пять`, `quatre-vingt-dix-sept`, `خمسة وعشرون`): UN
    style spells a number that opens a sentence (`Twenty-five States have ratified…`), and
    read word by word, `двадцать пять` was 5 against the source's 25."""
    if not profile.number_words:
        return []
    if profile.count_words is not None:
        return profile.count_words(text)
    if profile.number_text is not None:
        text = profile.number_text(text)
    if profile.number_word_forms is None:
        # The words are a few dozen and do not inflect: each is looked for as a string (in C, at
        # memory speed), and only where it is, as a whole word, by an expression that starts
        # with the word itself, which re finds as fast as the string. One expression with
        # every word in it tried each position of the text in turn, five times slower.
        lower = text.lower()
        found = [(float(value), found.start(), found.end()) for word, value, pattern in _number_word_patterns(profile.code)
                 if word in lower for found in pattern.finditer(lower)]
        if not found:
            return []
        return [_scaled(value, lower, end, profile)
                for value, start, end in _compounds(_outermost(found), lower, profile)]
    # A word's value is worked out once per process; a text's words are looked up in C.
    table = _NUMBER_WORD_VALUES.setdefault(profile.code, {})
    words = _LETTERS.findall(text)
    values = list(map(table.get, words))
    if None in values:
        values = [value if value is not None else _number_word(word, profile, table) for value, word in zip(values, words)]
    if not any(values):
        return []
    found = [(value, word.start(), word.end()) for word, value in zip(_LETTERS.finditer(text), values) if value]
    numbers = _compounds(found, text, profile)
    lower = text.lower()
    if not any(word in lower for word in profile.magnitudes):  # as strings, in C: see below
        return [value for value, _, _ in numbers]
    # A number before a magnitude word (`три миллиона`): read again where it ends.
    # (Whether the text holds a magnitude word is asked of it as strings: the expression of 48
    # Russian forms, searched through a paragraph, took 0.7 ms, 8% of a Russian report's checks.)
    return [_scaled(value, text, end, profile) for value, _, end in numbers]


def _outermost(found: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The number words found, in text order, without those inside a longer one (`vingt` and
    `dix` of `quatre-vingt-dix`)."""
    kept: list[tuple[float, int, int]] = []
    for value, start, end in sorted(found, key=lambda item: (item[1], -item[2])):
        if kept and start < kept[-1][2]:
            continue
        kept.append((value, start, end))
    return kept


def _compounds(found: list[tuple[float, int, int]], text: str, profile: LanguageProfile) -> list[tuple[float, int, int]]:
    """Number words joined into the numbers they write together (NumberWords in
    pipeline/lang), each with where its words are. A lone `one` is an article or a pronoun as
    often as a number, and is no number of the text; a compound joined by hyphens to a word
    (`two-thirds`, `twenty-five-year`) is part of that word."""
    joiner = _compiled(profile.number_joiner) if profile.number_joiner else None
    groups: list[list] = []  # [value, start, end, words, the last word's value]
    for value, start, end in found:
        if groups and joiner is not None:
            group = groups[-1]
            gap = text[group[2]:start]
            attached = profile.attached_joiner and text.startswith(profile.attached_joiner, start)
            if attached and not gap.strip():
                gap += profile.attached_joiner
            if joiner.fullmatch(gap):
                combined = _combined(group[0], group[4], value, gap.strip(), profile)
                if combined is not None:
                    group[0], group[2], group[3], group[4] = combined, end, group[3] + 1, value
                    continue
        groups.append([value, start, end, 1, value])
    ordinal_after = _compiled(profile.ordinal_after) if profile.ordinal_after else None
    return [(value, start, end) for value, start, end, words, _ in groups
            if not (words == 1 and _alone_no_number(value, text, start, end, profile))
            and not _in_a_hyphenated_word(text, start, end)
            # the tens of a compound ordinal (`семьдесят пятую годовщину`, `vingt et unième siècle`)
            and not (ordinal_after is not None and ordinal_after.match(text, end))
            and not (profile.ordinal_units and _begins_with_an_ordinal(text, start, profile))]


def _begins_with_an_ordinal(text: str, start: int, profile: LanguageProfile) -> bool:
    """Whether the number's first word is an ordinal (Arabic `الخامسة والسبعين`, the seventy-fifth)."""
    first = _LETTERS.match(text, start)
    return first is not None and not profile.ordinal_units.isdisjoint(_normal_forms(first.group(0).lower(), profile.code))


def _alone_no_number(value: float, text: str, start: int, end: int, profile: LanguageProfile) -> bool:
    """A word that is no number standing alone: `one` (an article, a pronoun); a thousand after
    digits (`10 thousand`, read with them: _scaled); a word that counts only in a compound."""
    if value == 1:
        # `one per cent` is 1 %
        return not (profile.per_cent_after and _compiled(profile.per_cent_after).match(text, end))
    if value == 1000 and _DIGIT_BEFORE.search(text, 0, start):
        return True
    written = text[start:end].lower()
    return bool(profile.only_in_compounds) and (written in profile.only_in_compounds or not profile.only_in_compounds.isdisjoint(
        _normal_forms(written, profile.code)))


_DIGIT_BEFORE = re.compile(r"[0-9][ \u00a0\u202f]*$")


def _combined(current: float, last: float, value: float, joined_by: str, profile: LanguageProfile) -> float | None:
    """`current` (whose last word was worth `last`) and the next word's `value` as one number,
    or None where they are two. Thousands first (`one thousand five hundred`: 1 × 1000, then
    500), then below a thousand as _below_thousand reads it."""
    thousands, below = divmod(current, 1000)
    if value == 1000:
        return below * 1000 if not thousands and below >= 1 else None  # `ten thousand`, `deux cent mille`
    if value > 1000:
        return None
    if thousands and not below:
        return current + value  # `mil quinientos`, `ألف وخمسمائة`
    combined = _below_thousand(below, last, value, joined_by, profile)
    return None if combined is None else thousands * 1000 + combined


def _below_thousand(current: float, last: float, value: float, joined_by: str, profile: LanguageProfile) -> float | None:
    """Hundreds, then tens, then units, as every language of the six but Arabic writes them;
    Arabic puts the units first (`خمسة وعشرون`, 5 and 20; `ثلاثة عشر`, 3 and 10)."""
    if value == 100 and 1 <= current <= 9:
        return current * 100  # `two hundred`, `deux cents`
    if current >= 100 and current % 100 == 0 and value < 100:
        return current + value  # `one hundred and twelve`, `сто двадцать`
    tens = current % 100
    if tens in (20, 30, 40, 50, 60, 70, 80, 90) and value < 10 and not profile.units_before_tens:
        return current + value  # `twenty-five`, `treinta y cinco`, `soixante-dix-sept`
    if profile.code == "fr" and tens in (60, 80) and 10 <= value < 20:
        return current + value  # `soixante-dix`, `quatre-vingt-onze`
    if profile.units_before_tens and last < 10 and current % 10 == last:
        if value == 10 and not joined_by:
            return current + 10  # `ثلاثة عشر`
        if value in (20, 30, 40, 50, 60, 70, 80, 90) and joined_by:
            return current + value  # `خمسة وعشرون`
    return None


def _in_a_hyphenated_word(text: str, start: int, end: int) -> bool:
    return (start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()) or \
        (end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha())


_LETTERS = re.compile(r"(?<![-\w])[^\W\d_]+(?![-\w])")  # words, not parts of a hyphenated compound


@lru_cache(maxsize=None)
def _number_word_patterns(code: str) -> list[tuple[str, int, re.Pattern[str]]]:
    """(word, value, the word standing alone in lower-cased text) for each number word. A
    number word that is also a month's abbreviation (fr `sept.`) is not one before a stop."""
    months = language(code).months
    # A number word inside a hyphenated compound (`two-factor`, `one-time`) is part of a word,
    # not a count (the other languages write such compounds as one word, `двухфакторный`);
    # _compounds tells it from a number's own hyphens (`twenty-five`).
    return [(word, value, re.compile(rf"{re.escape(word)}(?<![^\W\d_]{re.escape(word)})(?![^\W\d_])"
                                     + (r"(?!\.)" if word in months else "")))
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
    forms = language(lang).number_word_forms
    # The longest first, in one order whatever the process: Arabic `عشرون` (20) is also read as
    # the sound plural of `عشر` (10), and a set's order changes with the hash seed.
    return tuple(sorted(forms(word), key=lambda form: (-len(form), form))) if forms is not None else (word,)


# -- dates -----------------------------------------------------------------------------------


def _between_blanked(match: re.Match[str]) -> str:
    """A range of days with the articles of its groups (LanguageProfile.days_between) as
    spaces, offsets kept."""
    text, start = match.group(0), match.start()
    for group in (1, 2):
        at = match.start(group) - start
        text = text[:at] + " " * len(match.group(group)) + text[at + len(match.group(group)):]
    return text


def _date_pattern(profile: LanguageProfile) -> re.Pattern[str]:
    return _date_pattern_for(profile.code)


@lru_cache(maxsize=None)
def _date_pattern_for(code: str) -> re.Pattern[str]:
    profile = language(code)
    if profile.date_pattern:
        return re.compile(profile.date_pattern)
    months = _month_names_alternation(code)
    joiner = "|".join(re.escape(w) for w in profile.and_words)
    # The first of a month as French and Spanish may write it: `1er juillet`, `1.º de julio`
    # (º read as the `o` it folds to: the text is matched with its digits folded).
    first_of = r"(?:er|\.?[ºo])?"
    day = rf"(\d{{1,2}}){first_of}"
    if profile.month_alternatives:
        month = rf"((?:{months})(?:\s*/\s*(?:{months}))?)"
        return re.compile(rf"{day}(?:\s*(?:{joiner})\s*(\d{{1,2}}))?\s+{month}(?:\s+(\d{{4}}))?", re.IGNORECASE)
    of = rf"(?:\s+{profile.month_joiner})?" if profile.month_joiner else ""
    first_day = rf"(\d(?<!\d\d)\d?){first_of}"  # a day not preceded by a digit
    return re.compile(
        rf"{first_day}(?:\s*(?:{joiner})\s*(\d{{1,2}}))?{of}\s+({months})\b\.?(?:{of}\s+(\d{{4}}))?",
        re.IGNORECASE,
    )


@lru_cache(maxsize=None)
def _month_first_pattern(code: str) -> re.Pattern[str]:
    """A date written month first (`March 5, 2024`, `Dec. 31`, `June 27 and 28, 2022`): the
    month's name capitalized (`may 5` is no May), a day of one or two digits, a year after a
    comma; without its year, not where the number counts the word after it (`In May 5
    delegations withdrew`, `March 3 items`): a word in small letters follows, other than the
    words a date goes on with (`on March 3 in New York`, `June 30 at noon`, `June 27–28 the`)."""
    profile = language(code)
    months = "|".join(sorted((re.escape(m.capitalize()) for m in profile.months), key=len, reverse=True))
    joiner = "|".join(re.escape(w) for w in profile.and_words)
    day = r"(\d{1,2})(?:st|nd|rd|th)?(?![\d:.,]\d)(?!\d)"
    goes_on = "|".join(profile.month_first_dates)
    counts_the_next_word = rf"\s+(?!(?:{goes_on})\b)[a-z]"
    return re.compile(rf"(?<![^\W\d_])({months})\.?\s+{day}(?:\s*(?:{joiner}|[–-])\s*{day})?(?!{counts_the_next_word})"
                      rf"(?:,?\s+(\d{{4}})(?!\d))?")


def _month_first(match: re.Match[str], profile: LanguageProfile):
    month_name, first, second, year = match.groups()
    return _days_of(first, second, month_name, year, profile)


def _month_year_pattern(profile: LanguageProfile) -> re.Pattern[str]:
    return _month_year_pattern_for(profile.code)


@lru_cache(maxsize=None)
def _month_year_pattern_for(code: str) -> re.Pattern[str]:
    profile = language(code)
    if profile.month_year_pattern:
        return re.compile(profile.month_year_pattern)
    month = _one_month(code)
    # Months listed or ranged before their one year (`June and July 2022`, `с июня по декабрь
    # 2022 года`, `حزيران/يونيه وتموز/يوليه 2022`): each is a month of that year.
    words = "|".join(re.escape(word) for word in (*profile.and_words, *_MONTH_RANGE_WORDS.get(code, ())))
    # (`en mars et en octobre 2019`, `in March and in October`: a preposition may come again)
    again = "|".join(re.escape(word) for word in _MONTH_PREPOSITIONS.get(code, ()))
    joined = (rf"\s*(?:,|{words})\s*" + (rf"(?:(?:{again})\s+)?" if again else "")
              + (rf"|\s+{profile.attached_joiner}" if profile.attached_joiner else ""))
    of = rf"(?:{profile.month_joiner}\s+)?" if profile.month_joiner else r"(?:of\s+)?"
    return re.compile(rf"(?<![^\W\d_])({month}(?:(?:{joined}){month})*)(?![^\W\d_])\.?\s+{of}([0-9]{{4}})(?![0-9])",
                      re.IGNORECASE)


# Words that range months (`from June to December`) beside a language's and_words.
_MONTH_RANGE_WORDS = {"en": ("through",), "fr": ("à",), "ru": ("по", "до")}
_MONTH_PREPOSITIONS = {"en": ("in",), "fr": ("en",), "es": ("en",), "ru": ("в", "во")}


def _month_year(match: re.Match[str], profile: LanguageProfile) -> list[tuple[int, int, int]]:
    """(0, month, year) of each month named with its year (`June 2022`, `June and July 2022`),
    or of `2022年6月`, `2022年6月和7月`."""
    first, second, *rest = match.groups()
    if first.isdigit():  # the year first (Chinese)
        year = int(first)
        numbers = [int(second), *(int(n) for n in re.findall(r"([0-9]{1,2})\s*月", rest[0] if rest else ""))]
        return [(0, month, year) for month in numbers if 1 <= month <= 12]
    year = int(second)
    months = [_month(name, profile) for name in _month_names(profile.code).findall(first)]
    return [(0, month, year) for month in months if month is not None]


@lru_cache(maxsize=None)
def _month_names(code: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_]){_one_month(code)}(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _month_names_alternation(code: str) -> str:
    """The language's month names as alternatives of an expression, the longest first."""
    return "|".join(sorted((re.escape(m) for m in language(code).months), key=len, reverse=True))


def _one_month(code: str) -> str:
    """One month as a text names it (UN Arabic's two names, `حزيران/يونيه`, as one), no group."""
    months = _month_names_alternation(code)
    return rf"(?:{months})(?:\s*/\s*(?:{months}))?" if language(code).month_alternatives else rf"(?:{months})"


def _month(name: str, profile: LanguageProfile) -> int | None:
    name = name.casefold().strip()
    if profile.month_alternatives:
        for part in _SLASH.split(name):
            if part in profile.months:
                return profile.months[part]
        return None
    return profile.months.get(name.rstrip("."))


def _dates(match: re.Match[str], profile: LanguageProfile):
    if profile.read_date is not None:
        return profile.read_date(match.groups())
    return _days_of(*match.groups(), profile)


def _days_of(first: str, second: str | None, month_name: str, year: str | None, profile: LanguageProfile):
    """The dates a day (or two), its month's name and perhaps its year name, or None where
    the name is no month's."""
    months = _months(month_name, profile)
    if not months:
        return None
    days = [int(first)] + ([int(second)] if second else [])
    return [(d, month, int(year) if year else None) for month in months for d in days if 1 <= d <= 31]


def _months(name: str, profile: LanguageProfile) -> list[int]:
    """The month a text's name says, or both where UN Arabic's two names say two
    (`حزيران/يوليه`, June/July: which is meant, no reader can tell; each is a date, and the
    versions' dates then differ)."""
    if not profile.month_alternatives:
        month = _month(name, profile)
        return [month] if month is not None else []
    found = [profile.months[part] for part in _SLASH.split(name.casefold().strip()) if part in profile.months]
    return sorted(set(found))


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
    return re.compile(rf"\s(?:{months})" + (r"\b" if language(code).month_word_boundary else ""))  # on lower-cased text


@lru_cache(maxsize=None)
def _compiled(expression: str) -> re.Pattern[str]:
    """A language's expression (a time, its gate, a month by number, a fraction: lang/<code>.py), compiled
    once, case-insensitive."""
    return re.compile(expression, re.IGNORECASE)
