"""NUM and REF checks: values that must be the same in the six versions of a segment.

Each compares values, not strings (`27 и 28 июня 2022 года` = `27 and 28 June 2022` =
`2022年6月27日和28日`), for every language of a segment at once. When the source and most
versions agree and one version differs, the finding is on that version and names the value
the others have; when most versions agree with each other and not with the source (a value a
translation memory gave them all, or the source's own slip), each is reported with how many
agree; when there is no majority, each version that differs from the source is reported
against the source. A version that differs from the source is never passed by.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import NamedTuple

from pipeline.checks import register
from pipeline.checks.context import DocumentContext, EntryContext
from pipeline.checks.respective_order import in_another_order
from pipeline.extract.segment_ids import FOOTNOTE_MARKER
from pipeline.lang import profile
from pipeline.lang.lookalikes import CYRILLIC_TO_LATIN
from pipeline.lang.part_numbers import roman_numeral
from pipeline.model import Finding, Severity
from pipeline.placeholders import PRINTF
from pipeline.value_extraction import Values, says_percent

# The values of the last document's segments: eight checks compare them, each on its own.
_DOCUMENT: tuple[DocumentContext, list] | None = None


def _segment_values(ctx: DocumentContext) -> list[tuple[dict, Values, dict[str, Values], bool]]:
    """(versions, the source's values, each version's values, do all versions have the
    source's values?) for every segment of a document. Nearly every segment has the same
    values in every version: found once here, the value checks pass it by at once instead of
    each deriving and comparing its own values of all six."""
    global _DOCUMENT
    last = _DOCUMENT  # read once: another thread may set it meanwhile
    if last is not None and last[0] is ctx:
        return last[1]
    table = []
    for versions in ctx.units.values():
        source = next(iter(versions.values())).source_values
        found = {locale: _hours_as_the_source_reads_them(version.target_values, source)
                 if profile(version.lang).whole_hours_either_way else version.target_values for locale, version in versions.items()}
        table.append((versions, source, found, all(value == source for value in found.values())))
        table += _later_form_rows(versions)
    _DOCUMENT = (ctx, table)
    return table


def _hours_as_the_source_reads_them(version: Values, source: Values) -> Values:
    """A version's whole hours read as the source reads them, where the source says no time at
    all: `de 8 a 12 horas`, `с 8 до 12 часов`, read as the clock from 8 to 12 (as a version
    beside `8 a.m. to noon` means them), are the numbers 8 and 12 beside the source's `8 to 12
    hours`. (Read one way only, each reading gave errors on the other's correct sentences.)
    Not where the source has a time: a version that swapped the meeting's hour and its length
    (`в 03:00 … продлится 10 часов` for `at 10 a.m. … last 3 hours`) is found. Whole hours only:
    `10.30` is a time whatever the source says. Only in a language whose whole hours read
    either way (LanguageProfile.whole_hours_either_way): Chinese `上午10时`, Arabic `00/10` are
    the clock whatever the source says."""
    if source.times or not version.times:
        return version
    numbers, times = Counter(version.numbers), set(version.times)
    for minutes in sorted(version.times):
        hour = float(minutes // 60)
        if minutes % 60 == 0 and source.numbers.get(hour, 0) > numbers.get(hour, 0):
            times.discard(minutes)
            numbers[hour] += 1
    return replace(version, numbers=+numbers, times=frozenset(times))


def _later_form_rows(versions: dict[str, EntryContext]) -> list[tuple[dict, Values, dict[str, Values], bool]]:
    """A row of the table for each later plural form (msgstr[1] on) of each version, alone with
    its source, msgid_plural: the forms of two languages do not stand for the same numbers
    (Russian's msgstr[1] is 2–4, Arabic's is two), so each form is compared with the source
    only. A date or symbol wrong in msgstr[2] alone was read by no value check."""
    rows = []
    for locale, version in versions.items():
        for form, alone in version.later_forms() if version.entry.plural_forms else ():
            values = alone.target_values
            rows.append(({locale: _LaterForm(version, form)}, alone.source_values, {locale: values},
                         values == alone.source_values))
    return rows


class _LaterForm(NamedTuple):
    """A version's msgstr[form], as _compare reports on it: a finding on the entry, at that
    form's line, its message saying which form (as the text checks' findings on forms say)."""

    entry: EntryContext
    form: int

    def finding(self, code: str, message: str, **fields) -> Finding:
        return self.entry.finding(code, f"msgstr[{self.form}]: {message}", form=self.form, **fields)


def _compare(ctx: DocumentContext, code: str, what: str, get: Callable[[Values], frozenset], show: Callable,
             alike: Callable[[Values, Values], bool] | None = None, kind: str = "",
             said: Callable[[frozenset, frozenset], tuple[str, str, str]] | None = None) -> Iterator[Finding]:
    """Each version whose values (`get`) differ from the others', reported; `alike(source,
    version)` may say that two different values are no difference worth reporting. `said(here,
    there)`: how the message names the two sides, and what it adds at its end (`show` of each
    by default; the finding's `found` and `expected` are `show`'s, which baselines know it by)."""
    for versions, source_values, version_values, same in _segment_values(ctx):
        if same:
            continue
        source = get(source_values)
        found = {lang: get(value) for lang, value in version_values.items()}
        if all(value == source for value in found.values()):
            continue  # the versions agree: nearly every segment
        votes = Counter([source, *found.values()])
        majority, count = votes.most_common(1)[0]
        languages = len(found) + 1
        has_majority = count >= max(3, languages - 1) and count > languages / 2
        for lang, value in found.items():
            if value == source or (alike is not None and alike(source_values, version_values[lang])):
                continue
            version = versions[lang]
            here, there, tail = said(value, source) if said is not None else (show(value), show(source), "")
            if has_majority and value == majority:
                # The versions agree with each other and not with the source: a value a
                # translation memory gave every version, or the source's own mistake. Said in
                # each version (each is to be mended, or the source is), never passed by.
                others = count - 1
                message = (f"{what} differ from the source: {here} here and in {others} other "
                           f"version{'s' if others != 1 else ''}, {there} in the source")
                expected = show(source)
            elif has_majority and majority == source:
                others = count - 1
                message = f"{what} differ: {here} here, {there} in the source and {others} other version{'s' if others != 1 else ''}"
                expected = show(source)
            else:
                message = f"{what} differ from the source: {here} here, {there} in the source"
                expected = show(source)
            message += tail
            if kind == "symbol":
                message += _look_alikes(value - source, source - value)
            span = _first_place(version_values[lang], kind, value - source)
            yield version.finding(code, message, expected=(expected,), found=show(value), start=span[0], end=span[1])


def _signs_differ(ctx: DocumentContext) -> Iterator[Finding]:
    """A table's cell of figures alone whose number is negative on one side only (`−2.5` →
    `2,5`, `+2.5` → `−2,5`, an accountant's `(5.0)` → `5,0`): a decline became a growth, a
    deficit a surplus. Only where both sides are figures alone, the same figures: in a sentence,
    a fall is said in words as often as with a minus (`снизился на 2,5 %`, `se contrajo un 2,5 %`,
    `下降2.5%`), in more ways than any list holds. A list's label (`(2)`, `10)`) is no negative.
    Not in a language written right to left, whose signs are not read."""
    for versions, source, found, _ in _segment_values(ctx):
        # (the versions' values are alike, signs and all, in most segments: a cell's text is read)
        first = next(iter(versions.values()))
        theirs = None if isinstance(first, _LaterForm) else _cell_sign(first.msgid)
        if theirs is None:
            continue
        for lang, values in found.items():
            version = versions[lang]
            if profile(version.lang).right_to_left or profile(version.source_lang).right_to_left:
                continue
            ours = _cell_sign(version.msgstr)
            if ours is None or theirs == ours or set(source.numbers) != set(values.numbers) \
                    or _labels_both(version.msgid, version.msgstr):
                continue
            here, there = version.msgstr.strip(), version.msgid.strip()
            span = _first_place(values, "number", frozenset(values.numbers))
            yield version.finding("NUM001", f"the sign of a number differs from the source: {here} here, {there} in the "
                                  "source", expected=(there,), found=here, start=span[0], end=span[1])


# A table's cell of figures alone: digits and their separators, a sign or brackets, a per cent.
_FIGURES_ALONE = re.compile(r"[-+\u2212\u2013(（]?\s*\d[\d\s.,\u00a0\u202f]*[)）]?\s*[%％]?")
# A list's label (`(2)`, `10)`, `3.`) and a year in brackets (`(2015)`): no negative.
_A_LABEL = re.compile(r"[(（]?\d{1,2}[)）.]")
_A_YEAR_IN_BRACKETS = re.compile(r"[(（](?:19|20)\d\d[)）]")


def _cell_sign(text: str) -> int | None:
    """-1 for a cell of figures alone that is negative (a minus first, or in brackets), +1 for
    one that is not, None for any other text (a year in brackets among them)."""
    cell = text.strip()
    if not _FIGURES_ALONE.fullmatch(cell) or _A_YEAR_IN_BRACKETS.fullmatch(cell):
        return None
    return -1 if cell[0] in "-\u2212\u2013(（" else 1


def _labels_both(source: str, translation: str) -> bool:
    """Whether two cells are a list's label, written each as its language labels (`(2)` and
    `2)`): no sign; `(15)` against `15` is an accountant's negative lost."""
    return bool(_A_LABEL.fullmatch(source.strip()) and _A_LABEL.fullmatch(translation.strip()))


def _points_as_per_cent(ctx: DocumentContext) -> Iterator[Finding]:
    """A number of percentage points on one side that the other writes as a per cent (`fell by
    3.6 percentage points` → `disminuyó un 3,6 %`): a difference of two rates made a share of
    one (from 12.3 to 8.7 per cent is 3.6 points, or 29 per cent)."""
    for versions, source, found, same in _segment_values(ctx):
        if same or not (source.points or any(values.points for values in found.values())):
            continue
        for lang, values in found.items():
            as_per_cent = sorted(n for n in source.points if n in values.percents and n not in values.points)
            as_points = sorted(n for n in values.points if n in source.percents and n not in source.points)
            for number in as_per_cent:
                yield versions[lang].finding("NUM001", f"{_readable(number)} percentage points in the source are "
                                             f"{_readable(number)} per cent here", expected=(f"{_readable(number)} points",),
                                             found=f"{_readable(number)} %")
            for number in as_points:
                yield versions[lang].finding("NUM001", f"{_readable(number)} per cent in the source is {_readable(number)} "
                                             "percentage points here", expected=(f"{_readable(number)} %",),
                                             found=f"{_readable(number)} points")


def _look_alikes(mine: frozenset, theirs: frozenset) -> str:
    """Where a symbol differs from the source's only by letters that look alike (`А/78/123`
    typed with a Cyrillic А, as lang/lookalikes.py pairs them): which, as the two read the same
    on screen; else ""."""
    if len(mine) != 1 or len(theirs) != 1:
        return ""
    [here], [there] = mine, theirs
    if len(here) != len(there):
        return ""
    pairs = [(ours, source) for ours, source in zip(here, there) if ours != source]
    if not pairs or not all(CYRILLIC_TO_LATIN.get(ours) == source for ours, source in pairs):
        return ""
    said = ", ".join(f"'{ours}' is {unicodedata.name(ours).lower()}, not '{source}'" for ours, source in pairs)
    return f" ({said})"


def _first_place(values: Values, kind: str, extra: frozenset) -> tuple[int | None, int | None]:
    """Where the version holds the first of its values the source does not have (a number,
    symbol or URL of `kind`), or (None, None): a value missing from the version is nowhere."""
    for place_kind, value, start, end in values.places if kind else ():
        if place_kind == kind and value in extra:
            return start, end
    return None, None


def _numbers(v: Values) -> frozenset:
    return frozenset(v.numbers)


def _show_numbers(value: frozenset) -> str:
    return ", ".join(_number(n) for n in sorted(value)) or "none"


def _number(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def _numbers_said(here: frozenset, there: frozenset) -> tuple[str, str, str]:
    """The numbers each side has and the other has not, as a reader writes them (`350
    billion`, `1,234,567,800`), and those both have: a translator read `2021, 2022,
    298700000, 350000000000 here` and counted zeros to find which differed."""
    ours, theirs, shared = sorted(here - there), sorted(there - here), sorted(here & there)
    alike = ""
    if shared:
        alike = f" ({', '.join(map(_readable, shared))} alike)" if len(shared) <= 3 else f" ({len(shared)} others alike)"
    return (", ".join(map(_readable, ours)) or "none"), (", ".join(map(_readable, theirs)) or "none"), alike


def _readable(n: float) -> str:
    """A number as a translator reads it: a scale word where it is a round number of millions
    or billions (`350 million`, `2.5 billion`, `298.7 million`), its thousands grouped otherwise
    (`1,512,369,000`, `10,500.52`; four digits as written, most often a year): never two
    numbers that differ written alike."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(n) >= scale:
            shown = f"{n / scale:.3f}".rstrip("0").rstrip(".")
            if abs(n / scale) < 1000 and float(shown) * scale == n:
                return f"{shown} {word}"
            break
    if abs(n) >= 10_000:  # (not 2021: four digits are most often a year)
        written = _number(n)
        decimals = len(written.partition(".")[2])
        return f"{n:,.{decimals}f}"
    return _number(n)


def _show_times(value: frozenset) -> str:
    return ", ".join(f"{t // 60:02d}:{t % 60:02d}" for t in sorted(value)) or "none"


def _show_set(value: frozenset) -> str:
    return ", ".join(sorted(value)) or "none"


def _dates(v: Values) -> frozenset:
    # A year given on one side and not the other is no difference: compare day and month,
    # and the years that are given.
    return frozenset((d, m) for d, m, _ in v.dates) | frozenset(("year", y) for _, _, y in v.dates if y)


def _date_years(values: Values) -> set[float]:
    return {float(year) for _, _, year in values.dates if year}


def _a_year_written_with_a_date(source: Values, version: Values) -> bool:
    """`In 2023, … between 1 January and 30 June` is `2023年1月1日至6月30日`: the year a number of
    its own on one side, a date's on the other. Alike where each number one side has and the
    other has not is a year moved so: one of the other's dates' years, and none of its own
    dates' (NUM002 reads them alike too)."""
    ours, theirs = set(source.numbers) - set(version.numbers), set(version.numbers) - set(source.numbers)
    return bool(ours | theirs) and ours <= _date_years(version) - _date_years(source) \
        and theirs <= _date_years(source) - _date_years(version)


def _a_year_written_as_a_number(source: Values, version: Values) -> bool:
    """The other way round: the dates alike but for a year one side gives with them and the
    other as a number of its own, and only there (`在2023年上半年（1月1日至6月30日）` for `between 1
    January and 30 June 2023`). Not a year both write on its own: `2024–2025` beside a date of
    2024 written 2025 is a wrong year, whatever the period names."""
    ours, theirs = _dates(source) - _dates(version), _dates(version) - _dates(source)
    return all(key[0] == "year" for key in ours | theirs) \
        and all(float(key[1]) in version.numbers and float(key[1]) not in source.numbers for key in ours) \
        and all(float(key[1]) in source.numbers and float(key[1]) not in version.numbers for key in theirs)


def _show_date_key(value: frozenset) -> str:
    days = sorted((d, m) for d, m in (k for k in value if k[0] != "year"))
    years = sorted(y for tag, y in (k for k in value if k[0] == "year"))
    # Day 0: a month named with its year and no day (`June 2022`).
    text = ", ".join(f"{d} {_MONTHS[m - 1]}" if d else _MONTHS[m - 1] for d, m in days) or "none"
    return text + (f" ({', '.join(map(str, years))})" if years else "")


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


@register("NUM001", "numbers-differ", Severity.ERROR, scope="document")
def numbers_differ(ctx: DocumentContext) -> Iterator[Finding]:
    """The numbers of a segment differ between versions, compared as values.

    What it checks: the numbers left once dates, times, symbols, URLs and resolution numbers
    are taken out, read in each language's notation (decimal comma, thousands separators,
    Arabic-Indic and full-width digits, ordinals: `77th`, `77e`, `77.º`, `77-й`), with numbers
    written as words, a compound as one number (`four`, `Twenty-five`, `двадцати пяти`,
    `quatre-vingt-dix-sept`, `ciento doce`, `خمس وعشرون`, `二十五个`; `one` alone is no number,
    `quinze pour cent` is 15; an Arabic dual is two, as UN Arabic writes no numeral with it:
    `وظيفتين جديدتين` for `2 new posts`), a session's or meeting's number written as an ordinal
    (`eleventh session`, `одиннадцатой сессии`, `第十一届会议`, `الدورة الحادية عشرة`; in Arabic an
    article's too, `للمادة التاسعة عشرة`), a century's (`the twenty-first century`, `XXIe siècle`,
    `siglo XXI`, `XXI века`, `21世纪`, `القرن الحادي والعشرين`), and amounts
    with their magnitude words as one value (`3.5 million`, `350万`, `3,5 млн.`, `3 500 000` are
    one amount; `1万5千` is 15,000; `7.000 millones` is `7 billion`; `from 15 to 18 million` is `从1500万增至1800万`;
    `a million`, `полтора миллиона`, `un millón y medio`, `مليون ونصف مليون` are `1 million` and
    `1.5 million`), an Arabic target or indicator numbered with hyphens as English numbers it
    with points (`الغاية 10-7` is target 10.7), a decade as its first year (`the 1990s`,
    `20世纪90年代`, `los años noventa`,
    `التسعينيات`), and a fraction in words as its value (`two thirds`, `dos tercios`, `deux
    tiers`, `две трети`, `三分之二`, `ثلثا`; `half of`, `la mitad`, `половина`, `一半`, `نصف`;
    not `the first half of 2024`, a half-year; `one in five`, in words, is `五分之一`, a fifth, and `每5名…中有1名`, `каждая пятая` and `1 in 5` are one in five). The numbers of
    annexes, sections and chapters (`annexes I to IV`, `section IV.B`, `l'annexe II`, `главой VII`, `附件二`,
    `第七章`, `المرفق الثاني`, `الفرع ثالثا-باء`), where the source and the version both cite some: one
    the version cites and the source does not is said (`III here, II in the source`). A number written as a word where another version has no number in its place
    is a phrase (`both reports` is `les deux rapports`), not a difference; a percentage the
    version writes as a plain number is (`reached 64 per cent` → `… 64.`; `50% and 20%` →
    `50 % et 20`, where no mark follows the 20: `entre 10 et 20 %` marks both); a session's or
    meeting's ordinal of the source's from the second on is not (`at its fifty-sixth session`
    left out with its clause), where the version names sessions and meetings less often than
    the source. And numbers that the source pairs with another list by `respectively`
    (`amounted to US$ 45,300 and US$ 12,800, respectively`), given in another order in a
    version that says `respectivement`, `respectivamente`, `соответственно`, `على التوالي` or
    `分别` too. And a table's cell of figures alone whose number is negative on one side only
    (`−2.5` → `2,5`, `+2.5` → `−2,5`, an accountant's `(5.0)` → `5,0`; a list's label, `(2)`,
    `10)`, is none); not in a sentence, where a fall is said in words as often as with a minus,
    nor in Arabic, whose signs are not read. And
    percentage points that a version writes as a per cent (`fell by 3.6 percentage points` →
    `disminuyó un 3,6 %`), or the other way round.

    Why it matters: a number that differs in one version (a paragraph, an item, a count) is a
    factual error that no reader of that version can see.

    Example: `four plenary meetings over two days` → `три пленарных заседания в течение двух
    дней` gives NUM001: 3 here, 4 in the source (2 alike).

    How to fix: correct the number in the version that differs.
    """
    yield from _compare(ctx, "NUM001", "numbers", _numbers, _show_numbers,
                        lambda source, version: (_a_phrase_not_a_number(source, version) or _a_clock_read_as_numbers(source, version)
                                                 or _groups_in_a_pages_order(source, version) or _one_in_n(source, version)
                                                 or _a_part_in_digits(source, version) or _a_year_written_with_a_date(source, version)
                                                 or _the_one_of_one_in_n(source, version)),
                        kind="number", said=_numbers_said)
    yield from _in_another_order(ctx, "NUM001", "number", "numbers", _readable)
    yield from _signs_differ(ctx)
    yield from _points_as_per_cent(ctx)
    # The numbers of annexes, sections and chapters (`annex II`, `附件二`, `المرفق الثاني`), where
    # the source and the version both cite some: one the version cites and the source does not
    # (`l'annexe III` for `annex II`). One the version does not cite it may word otherwise.
    for versions, source, version_values, same in _segment_values(ctx):
        if same or not source.parts:
            continue
        for lang, target in version_values.items():
            # (by value, not by how often: `that annex` is `l'annexe I` again, `sections IV.A and
            # B` is `IV.A et IV.B`)
            added = set(target.parts) - set(source.parts)
            if added:
                shown = _roman_numerals(Counter(added))
                expected = _roman_numerals(Counter(set(source.parts) - set(target.parts))) or "none"
                # (where the version adds a number to the source's, "IV here, none in the source" read
                # as a source that cites no annex: what it cites is said)
                there = (f"{expected} in the source" if expected != "none"
                         else f"not in the source, which cites {_roman_numerals(Counter(set(source.parts)))}")
                yield versions[lang].finding("NUM001", f"the numbers of annexes, sections, chapters or Main Committees differ from the source: "
                                                       f"{shown} here, {there}", expected=(expected,), found=shown)
    # A percentage of the source's that a version writes as a plain number (`64 per cent` →
    # `… 64.`): the same value, another quantity. Where the version marks no percentage at
    # all, in digits or words, or marks some in digits and no mark follows this number; where
    # it marks one in words only, which number it is is not guessed.
    for versions, source, version_values, same in _segment_values(ctx):
        if same or not source.percents:
            continue
        for lang, target in version_values.items():
            dropped = sorted(value for value in source.percents - target.percents if value in target.numbers)
            if not dropped:
                continue
            version = versions[lang]
            # (As written too: `50 % effectuée` for python-format's `50%% done` says the
            # percentage; read as a placeholder, `% e`, its sign is FMT003's fault, not a value lost.)
            if not target.says_percent and not _writes_a_percent_sign(version):
                lost = dropped
            elif target.percents:
                # Some of its numbers marked: one no mark follows is no part of a range the
                # language marks once (`entre 10 et 20 %`): `50 % et 20` for `50% and 20%`.
                lost = [value for value in dropped if _no_percentage_after(version, target, value)]
            else:
                lost = []  # in words only (`quinze pour cent`): which number it is is not guessed
            if lost:
                shown = ", ".join(_number(value) for value in lost)
                # (`12,5 per cent` in French: said, but in the source's words, which no French
                # reader takes for his own: named, where "not said" sent the reviser looking for
                # nothing)
                sources = profile(version.source_lang)
                kept = re.search(sources.per_cent_after, version.msgstr, re.IGNORECASE) if sources.per_cent_after else None
                said = f"said in {sources.english_name} ('{kept.group(0).strip()}')" if kept else "not said"
                yield version.finding("NUM001", f"{shown} per cent in the source is a plain number here: the percentage is "
                                                f"{said}", expected=tuple(f"{_number(v)} %" for v in lost), found=shown)



def _no_percentage_after(version: EntryContext, values: Values, value: float) -> bool:
    """Whether the version writes `value` as a number that no percentage mark follows (nor
    precedes, as Chinese may: `百分之20`)."""
    text = version.msgstr
    spans = [(start, end) for kind, found, start, end in values.places if kind == "number" and found == value]
    return any(not says_percent(text[end:], profile(version.lang)) and not text[:start].rstrip().endswith("百分之")
               for start, end in spans)


def _writes_a_percent_sign(version: EntryContext) -> bool:
    """Whether a version writes a percent sign where its values, read with its placeholders
    masked, have none: a sign a printf placeholder the source does not have was read as
    (`50 % effectuée` for python-format's `50%% done`: `% e`, FMT003's fault). The source's own
    placeholders (`%(n)s`) are no sign."""
    sources = {match.group(0) for match in PRINTF.finditer(version.entry.msgid)}
    text = PRINTF.sub(lambda m: "" if m.group(0) in sources else m.group(0), version.entry.msgstr)
    return says_percent(text, profile(version.lang))


def _a_part_in_digits(source: Values, version: Values) -> bool:
    """`Chapter 3` is `第三章`: a part one side cites in digits, a number there, the other in
    words read as a part. The two sides' numbers and parts together are the same, as often
    (`Chapter III lists 3 recommendations` against `第三章列出了若干建议` still lacks the 3)."""
    ours, theirs = Counter(source.numbers) + Counter(source.parts), Counter(version.numbers) + Counter(version.parts)
    return ours == theirs


def _roman_numerals(values: Counter) -> str:
    return ", ".join(roman_numeral(int(value)) for value in sorted(values.elements()))


def _groups_in_a_pages_order(source: Values, version: Values) -> bool:
    """Where a right-to-left version's number of whole groups of three (`400 921`, as a PDF's
    text gives the groups of 921 400 in the page's order) is the source's read the other way
    round, and that is the only difference: the same amount (value_extraction._reversible)."""
    if not version.reversible:
        return False
    numbers = Counter(version.numbers)
    for written, reversed_groups in version.reversible:
        if numbers[written] and written not in source.numbers and reversed_groups in source.numbers:
            numbers[written] -= 1
            numbers[reversed_groups] += 1
    return frozenset(+numbers) == frozenset(source.numbers)


def _a_clock_read_as_numbers(source: Values, version: Values) -> bool:
    """Where one version reads a time (`10:30`) and the other, in its place, the numbers of its
    hour and minutes: the same text read two ways, a ratio or a vote (`1：10`, `以12:10票`,
    which a colon between numbers may be) or a clock a language writes otherwise. No difference
    to NUM001 or NUM003."""
    def parts(times: frozenset[int]) -> Counter:
        return Counter(float(part) for minutes in times for part in divmod(minutes, 60))

    def written_in_order(times: frozenset[int], values: Values) -> bool:
        # Each time's hour and minutes as two numbers written one after the other, in that
        # order: `12 votes to 10` is 12:10, never `10:12` (a vote reversed).
        numbers = [value for kind, value, _, _ in sorted(values.places, key=lambda place: place[2]) if kind == "number"]
        pairs = set(zip(numbers, numbers[1:]))
        return all((float(hour), float(minute)) in pairs for hour, minute in map(lambda t: divmod(t, 60), times))

    ours, theirs = Counter(source.numbers), Counter(version.numbers)
    more_times, fewer_times = source.times - version.times, version.times - source.times
    return bool(more_times or fewer_times) and (
        (not fewer_times and theirs - ours == parts(more_times) and not ours - theirs and written_in_order(more_times, version))
        or (not more_times and ours - theirs == parts(fewer_times) and not theirs - ours and written_in_order(fewer_times, source)))


def _one_in_n(source: Values, version: Values) -> bool:
    """`One in five children` is `五分之一的儿童`, a fifth of them: where one side says a share as
    one in so many (`Values.one_in`), a unit fraction in words on the other (0.2) is that count
    (5), and the two are then compared as above (`five` and 0.2 differed, on correct text).
    `Half of the members` against `Deux des membres` still differs: no side says one in two."""
    ours, theirs = _unit_fractions_as_counts(source, version.one_in), _unit_fractions_as_counts(version, source.one_in)
    if ours is source and theirs is version:
        return False
    # Each count a fraction became is one the other side has as often (`a third … a third`
    # against `one in five … one in three` is a fifth changed, not two phrases).
    for mapped, before, other in ((ours, source, version), (theirs, version, source)):
        if any(mapped.numbers[n] > other.numbers[n] for n in mapped.numbers if mapped.numbers[n] != before.numbers[n]):
            return False
    return frozenset(ours.numbers) == frozenset(theirs.numbers) or _a_phrase_not_a_number(ours, theirs)


def _the_one_of_one_in_n(source: Values, version: Values) -> bool:
    """`每5名…中就有1名` and `1 in 5` say one in so many with the digit 1, where the other side
    writes `one`, which alone is no number: a 1 of a side that says one in so many is none."""
    ours, theirs = set(source.numbers) - set(version.numbers), set(version.numbers) - set(source.numbers)
    return bool(ours | theirs) and ours <= ({1.0} if source.one_in else set()) \
        and theirs <= ({1.0} if version.one_in else set())


def _unit_fractions_as_counts(values: Values, counts: frozenset[float]) -> Values:
    """`values` with each unit fraction in words whose count is among `counts` (0.2, a fifth,
    where the other side says one in five) as that count in words, or `values` itself where
    it has none."""
    def count(n: float) -> float:
        if 0 < n < 1 and n in values.words_or_ordinals and float(round(1 / n)) in counts and abs(1 / n - round(1 / n)) < 0.01:
            return float(round(1 / n))
        return n

    if not counts or all(count(n) == n for n in values.numbers):
        return values
    numbers: Counter = Counter()
    for n, times in values.numbers.items():
        numbers[count(n)] += times
    return replace(values, numbers=numbers, words_or_ordinals=frozenset(map(count, values.words_or_ordinals)))


def _a_phrase_not_a_number(source: Values, version: Values) -> bool:
    """Numbers written as words on one side, where the other has every number of the first
    and nothing in their place, are a phrase, not a changed value: `two-factor` (a compound,
    not read) is `à deux facteurs`, `each time` is `deux fois`, `both reports of 2021` is `les
    deux rapports de 2021`, `under the age of five` is `五岁以下`; so is an ordinal in digits
    where another version spells one not read (`75º aniversario`, `seventy-fifth anniversary`).
    A word against another number (`four meetings`, `три заседания`), or a digit, still counts."""
    ours, theirs = frozenset(source.numbers), frozenset(version.numbers)
    return ((ours <= theirs and theirs - ours <= version.words_or_ordinals)
            or (theirs <= ours and ours - theirs <= source.words_or_ordinals
                - (source.session_ordinals if version.session_nouns < source.session_nouns else frozenset())))


@register("NUM002", "dates-differ", Severity.ERROR, scope="document")
def dates_differ(ctx: DocumentContext) -> Iterator[Finding]:
    """The dates of a segment differ between versions.

    What it checks: day, month and year read with each language's month names from CLDR, the
    UN Arabic double month names (`حزيران/يونيه`), `2022年6月27日和28日`, `27 и 28 июня 2022
    года`, `27 et 28 juin 2022`, English's month first (`March 5, 2024`, `Dec 31`), and Russian
    days spelled as ordinals (`Тридцатого июля`); a
    month named with its year and no day (`in June 2022`, `в июне 2022 года`, `2022年6月`). The
    year is compared as a year of the segment's dates, whichever of them it is written with
    (`27 and 28 June 2022` is `27 июня и 28 июня 2022 года`), and a year written with the
    dates in one version and on its own in another is not a difference (`In 2023, … between 1
    January and 30 June` is `2023年1月1日至6月30日`, and NUM001 reads the year so too); a year left
    out is. And dates that the source
    pairs with another list by `respectively` (`held on 1 March and 15 April 2024,
    respectively`), given in another order in a version that says `respectivement`,
    `respectivamente`, `соответственно`, `على التوالي` or `分别` too.

    Why it matters: the date of a meeting or of a decision must be the same in every version.

    Example: `On 30 July 2021` → `31 июля 2021 года` gives NUM002: 31 July (2021) here, 30 July
    (2021) in the source and 4 other versions.

    How to fix: correct the date in the version that differs.
    """
    yield from _compare(ctx, "NUM002", "dates", _dates, _show_date_key, _a_year_written_as_a_number)
    yield from _in_another_order(ctx, "NUM002", "date", "dates", lambda date: f"{date[0]} {_MONTHS[date[1] - 1]}" if date[0]
                                 else _MONTHS[date[1] - 1])


def _in_another_order(ctx: DocumentContext, code: str, kind: str, what: str, show: Callable) -> Iterator[Finding]:
    """Each version that gives a list of the source's values that `respectively` pairs with
    another in another order (respective_order.py)."""
    for versions, source, version_values, _ in _segment_values(ctx):
        for lang, values in version_values.items():
            version = versions[lang]
            if not isinstance(version, EntryContext):
                continue  # a later plural form: no list of this kind is plural
            found = in_another_order(version.msgid, source, version.source_lang, version.msgstr, values, version.lang, kind)
            if found is None:
                continue
            here, there = ", ".join(map(show, found.version)), ", ".join(map(show, found.source))
            yield version.finding(code, f"{what} in another order than the source's, which pairs them with another list "
                                  f"(respectively): {here} here, {there} in the source: each goes with another item",
                                  expected=(there,), found=here, start=found.start, end=found.end)


@register("NUM003", "times-differ", Severity.ERROR, scope="document")
def times_differ(ctx: DocumentContext) -> Iterator[Finding]:
    """The times of a segment differ between versions, compared as minutes after midnight.

    What it checks: `10 a.m.–1 p.m.`, `3–6 p.m.`, `10:00–13:00`, `10 час. 00 мин.`, `с 10 до
    13 часов`, `в 3 часа дня`, `в 10.00`, `15 heures-18 heures`, `de 10 à 13 heures`, `10.00 a
    13.00 horas`, `de 10 a 13 horas`, the UN Arabic `00/10`, `上午10时至下午1时`, and as software
    writes them, `2:30 PM`, `9 am`, `下午2:30` (Russian
    hours only after a preposition of a point in time: `в течение 48 часов` is a length). Whole
    hours a version writes alike for the clock and for a length (`de 8 a 12 horas`, `с 8 до 12
    часов`) are read as the clock, and as numbers (for NUM001) where the source says no time
    but the hours as a length (`8 to 12 hours`).

    Why it matters: the time a meeting opens is read by delegations in their own version.

    Example: `3–6 p.m.` → `15:00–17:00` gives NUM003: 15:00, 17:00 here, 15:00, 18:00 in the
    source and 4 other versions.

    How to fix: correct the time in the version that differs.
    """
    yield from _compare(ctx, "NUM003", "times", lambda v: v.times, _show_times, _a_clock_read_as_numbers)


@register("NUM004", "currencies-differ", Severity.WARNING, scope="document")
def currencies_differ(ctx: DocumentContext) -> Iterator[Finding]:
    """The currencies of a segment's amounts differ between versions that name one, with none
    in common.

    What it checks: the currencies of the amounts each version names, by their signs and codes
    beside a number (`US$ 1.5`, `1 500 $`, `€5`, `CHF`, `SwF`) and their words after one
    (`5 millions de dollars`, `1,5 млн долл. США`, `1,5 مليون دولار`, `150万美元`; euros, Swiss
    francs, pounds sterling), compared as codes (USD, EUR, CHF, GBP); not a currency named with
    no amount (`the euro area`, `Euro-Mediterranean`, `Долларизация`), nor another country's
    dollars (`Canadian dollars`, `HK$`). A version that names none (`1,5 млн` where the amount
    was said before) is not compared, nor one that shares a currency with the source (a
    language's words may read one where another's do not). A warning: a heuristic of words.

    Why it matters: NUM001 compares the amount's number, which is the same in `2 350 000 евро`
    and `$2,350,000`: the currency is the other half of the value.

    Each amount is compared too, where both name its currency: `400 000 евро` for `400,000
    Swiss francs` in a sentence whose dollars the two share.

    Example: `$2,350,000` → `2 350 000 евро` gives NUM004: EUR here, USD in the source.

    How to fix: name the source's currency.
    """
    # Only currencies with none in common: a currency one language's words name and another's
    # do not read (`зона евро`, `Euros …` at a sentence's start) leaves one set inside the other.
    said = set()
    for finding in _compare(ctx, "NUM004", "currencies", lambda v: v.currencies, _show_set,
                            alike=lambda source, version: not source.currencies or not version.currencies
                            or bool(source.currencies & version.currencies), kind="currency"):
        said.add((finding.file, finding.line))
        yield finding
    # And each amount both name a currency of: `400 000 евро` for `400,000 Swiss francs` in a
    # sentence whose dollars the two share (most sentences of money name more than one).
    for versions, source, found, same in _segment_values(ctx):
        if same or not source.amounts:
            continue
        in_source = _currencies_by_amount(source)
        for lang, values in found.items():
            for amount, codes in sorted(_currencies_by_amount(values).items()):
                expected = in_source.get(amount)
                if not expected or codes & expected:
                    continue
                finding = versions[lang].finding(
                    "NUM004", f"the amount {_readable(amount)} is in {_show_set(codes)} here, {_show_set(expected)} in the source",
                    expected=(_show_set(expected),), found=_show_set(codes), **_currency_place(values, codes))
                if (finding.file, finding.line) not in said:
                    said.add((finding.file, finding.line))
                    yield finding


def _currencies_by_amount(values: Values) -> dict[float, frozenset[str]]:
    by_amount: dict[float, set[str]] = {}
    for amount, code in values.amounts:
        by_amount.setdefault(amount, set()).add(code)
    return {amount: frozenset(codes) for amount, codes in by_amount.items()}


def _currency_place(values: Values, codes: frozenset[str]) -> dict[str, int | None]:
    start, end = _first_place(values, "currency", codes)
    return {"start": start, "end": end}


@register("REF001", "symbols-differ", Severity.ERROR, scope="document")
def symbols_differ(ctx: DocumentContext) -> Iterator[Finding]:
    """The document symbols of a segment differ between versions.

    What it checks: symbols such as `CTOC/COP/WG.7/2022/2`, which are the same in every
    language; a symbol typed with a Cyrillic look-alike letter (`СTOC`) is a different symbol.
    Numbers joined by stops in three parts or more, written alike in every language, are
    compared the same way: an address, a version, a section (`192.168.0.1`, `2.1.3`); so is
    the number of a target of the Goals after the words that name it, the numbers listed or in
    a range with it (`target 16.10`, `cibles des ODD 16.4 et 16.a`, `具体目标16.10`, Arabic
    `الغاية 16-10`, `16-أ` for 16.a), which as decimals would be 16.1 (and Spanish's `16.a` an
    ordinal); not a percentage (`a target of 3.5 per cent`). A
    symbol written with full-width characters (`CTOC／COP／WG.7／2022／2`) is said too: as
    written, no search finds the document by it.

    Why it matters: a symbol identifies a document in every official language; a wrong one
    sends the reader to another document, or to none.

    Example: `(CTOC/COP/WG.7/2022/2)` → `(CTOC/COP/WG.7/2022/3)` gives REF001.

    How to fix: copy the symbol from the source.
    """
    yield from _compare(ctx, "REF001", "document symbols", lambda v: v.symbols, _show_set, kind="symbol")
    # Read through their width (`CTOC／COP／WG.7／2022／2`), the symbols are the source's: as
    # written, no search or link finds the document by them.
    for versions, _, found, _ in _segment_values(ctx):
        for lang, values in found.items():
            text = getattr(versions[lang], "msgstr", None)
            for kind, value, start, end in values.places if text else ():
                written = text[start:end].rstrip(".．")  # the sentence's stop after it is no part of it
                if kind == "symbol" and unicodedata.normalize("NFKC", written) != written:
                    yield versions[lang].finding("REF001", f"the document symbol {value} is written with full-width characters "
                                                 f"('{written}'): write it as the source does", expected=(value,),
                                                 found=written, start=start, end=start + len(written),
                                                 replacement=unicodedata.normalize("NFKC", written))


@register("REF002", "urls-differ", Severity.ERROR, scope="document")
def urls_differ(ctx: DocumentContext) -> Iterator[Finding]:
    """The URLs of a segment differ between versions, their language part aside.

    What it checks: `http://undocs.org/ru/CTOC/COP/WG.7/2022/2` and
    `http://undocs.org/en/CTOC/COP/WG.7/2022/2` are the same link, and so are a document's
    files in their languages (`…_2022_2_E.pdf`, `…_2022_2_F.pdf`); any other difference is
    not.

    Why it matters: a link that points elsewhere in one version is found only by a reader who
    follows it.

    Example: `http://undocs.org/en/CTOC/COP/WG.7/2022/2` → `http://undocs.org/ru/CTOC/COP/WG.7/2022/3`
    gives REF002.

    How to fix: copy the URL from the source and change only its language part.
    """
    yield from _compare(ctx, "REF002", "URLs", lambda v: v.urls, _show_set, kind="url")


@register("REF003", "resolution-numbers-differ", Severity.ERROR, scope="document")
def resolutions_differ(ctx: DocumentContext) -> Iterator[Finding]:
    """Resolution and decision numbers (`7/1`) differ between versions, or a number has lost
    the word that introduces it.

    What it checks: the numbers written as `n/n`, and that each comes with the language's word
    for resolution or decision when the source has one (`resolution 7/1`, `резолюции 7/1`,
    `القرار 7/1`, `第7/1号决议`), the decision's where the source's is (`resolution 9/2 and
    decision 9/3` → `резолюцию 9/3 и решение 9/2` cites two other instruments); and the
    Security Council's, a number with its year that the word introduces (`resolutions 2240
    (2015) and 2312 (2016)`, `第2240(2015)和2312(2016)号决议`), each pair whole; and the Economic
    and Social Council's by year and number (`resolution 2023/16`, `decision 2023/251`).

    Why it matters: a resolution cited by the wrong number, or a bare number, changes what the
    text refers to.

    Example: `In its resolution 7/1` → `В резолюции 7/2` gives REF003.

    How to fix: cite the resolution as the source does.
    """
    yield from _compare(ctx, "REF003", "resolution numbers", lambda v: v.resolutions, _show_set)
    for versions, source, version_values, _ in _segment_values(ctx):
        if not source.citations:
            continue  # (nearly every segment)
        for lang, target in version_values.items():
            if target.citations and target.citations != source.citations and target.numbers == source.numbers:
                # The same numbers, paired otherwise: a year given to another resolution.
                yield versions[lang].finding(
                    "REF003", f"resolution numbers differ: {_show_set(target.citations)} here, {_show_set(source.citations)} "
                              "in the source", expected=tuple(sorted(source.citations)), found=_show_set(target.citations))
    for versions, source, version_values, same in _segment_values(ctx):
        # A version with the source's values has its bare numbers too, none of them introduced.
        introduced = source.resolutions - source.bare_resolutions
        if same or not introduced:
            continue
        for lang, target in version_values.items():
            bare = sorted((target.bare_resolutions & introduced))
            if bare and target.resolutions == source.resolutions:
                yield versions[lang].finding(
                    "REF003", f"resolution number {', '.join(bare)} without the word that introduces it",
                    expected=tuple(bare), found=", ".join(bare),
                )
            elif (target.resolutions - target.bare_resolutions == introduced and target.resolutions == source.resolutions
                  and target.decisions != source.decisions):
                yield versions[lang].finding(
                    "REF003", f"decision numbers differ: {_show_set(target.decisions)} here, {_show_set(source.decisions)} in "
                              "the source (the others are resolutions)",
                    expected=tuple(sorted(source.decisions)), found=_show_set(target.decisions),
                )


@register("REF004", "footnotes-differ", Severity.ERROR, scope="document", reads_only="footnote")
def footnotes_differ(ctx: DocumentContext) -> Iterator[Finding]:
    """The footnote markers of a segment differ between versions, in number or order.

    What it checks: the footnote references extraction recorded on each entry
    (`#. Footnote marker: fn/1.`) against the source's, from the template; not in a catalog
    none of whose entries keeps extraction's comments (a tool that drops them saved it).

    Why it matters: a footnote attached to another sentence, or lost, in one version changes
    what the note qualifies there.

    Example: the marker of footnote 2 on `item/2/p1/s1` in the source and on `item/2/p2/s1` in
    one version gives REF004 on both entries of that version.

    How to fix: put the marker where the source has it.
    """
    source_comments = ctx.template_comments
    if not source_comments:
        return
    # A version none of whose entries keeps an extracted comment was saved by a tool that drops
    # them: what its footnotes are is not known (every one was said lost), not none.
    commented = {lang for versions in ctx.units.values() for lang, version in versions.items() if version.entry.comment}
    for key, versions in ctx.units.items():
        if key not in source_comments:
            continue  # no entry of the template's: its markers are not known (not "none")
        source = _markers(source_comments[key])
        for lang, version in versions.items():
            if lang not in commented:
                continue
            found = _markers(version.entry.comment)
            if found != source:
                yield version.finding(
                    "REF004",
                    f"footnote markers differ: {', '.join(found) or 'none'} here, {', '.join(source) or 'none'} in the source",
                    expected=source, found=", ".join(found),
                )


def _markers(comment: str) -> tuple[str, ...]:
    if FOOTNOTE_MARKER not in comment:
        return ()  # most entries: one string test, not an expression
    match = re.search(rf"{FOOTNOTE_MARKER}([^\n]+?)\.?$", comment, re.MULTILINE)
    return tuple(m.strip() for m in match.group(1).split(",")) if match else ()


@register("REF005", "emails-differ", Severity.ERROR, scope="document")
def emails_differ(ctx: DocumentContext) -> Iterator[Finding]:
    """The e-mail addresses of a segment differ between versions.

    What it checks: addresses such as `unodc-wgsom@un.org`, compared case-insensitively.

    Why it matters: a mistyped address in one version silently loses that language's replies.

    Example: `unodc-wgsom@un.org` → `unodc-wgsom@un.or` gives REF005.

    How to fix: copy the address from the source.
    """
    yield from _compare(ctx, "REF005", "e-mail addresses", lambda v: v.emails, _show_set)


@register("REF006", "sub-paragraph-labels-differ", Severity.WARNING, scope="document")
def labels_differ(ctx: DocumentContext) -> Iterator[Finding]:
    """The sub-paragraphs a segment cites by letter or numeral differ between versions.

    What it checks: the labels of a cross-reference or an enumeration in running text, read
    as the letters English uses: `paragraph 5 (b)`, French and Spanish `alinéa b)`,
    `apartado b)`, Russian `подпункт (b)` (or typed `б)`), Arabic `(ب)` in its own order
    (أ ب ج د هـ), Chinese `第5(b)段`; the numerals `(ii)`, Arabic `‘2’`, Chinese `(二)`, `㈡`. A
    range cites what it spans (`subparagraphs (a) to (c)` is `alinéas a), b) et c)`); a Latin
    letter typed on a Russian keyboard (`(с)`) is the Latin one. Not a letter against a word
    (`State(s)`, `%(a)s`), nor a one-letter word closing a bracket (Spanish `… o)`). The
    paragraph's number is NUM001's. Labels are compared as sets: a wrong letter a range of the
    same segment also spans is not seen.

    Why it matters: a cross-reference to the wrong sub-paragraph sends the reader to another
    provision, and nothing but the letter shows it.

    Example: `paragraph 5 (b)` → `пункт 5 (c)` gives REF006.

    How to fix: cite the sub-paragraph the source cites, in the language's letters.
    """
    yield from _compare(ctx, "REF006", "sub-paragraph labels", lambda v: v.labels, _show_labels, kind="label")


def _show_labels(value: frozenset) -> str:
    return ", ".join(f"({label})" for label in sorted(value, key=lambda label: (len(label), label))) or "none"
