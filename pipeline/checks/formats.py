"""FMT checks: what a translation must keep of its entry's form: its plural forms, its
placeholders (printf, brace), its markup, its line breaks and escapes, its accelerators."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache, partial

from pipeline.checks import register
from pipeline.checks.context import CatalogContext, EntryContext
from pipeline.icu_messages import IcuMessage, IcuSyntaxError, parse as parse_icu
from pipeline.lang import PLURAL_SAMPLE, plural_numbers, profile
from pipeline.model import Finding, Severity
from pipeline.value_extraction import LANGUAGE_PART, says_percent
from pipeline.placeholders import (BARE_AMPERSAND, BRACE_FORMATS, ENTITY, ICU_FORMATS, LINK_ATTRIBUTE, PRINTF, PRINTF_FORMATS,
                                   QT_ARGUMENT, QT_FORMATS, TAG, brace_fields, has_brace, has_icu, has_plain_printf,
                                   has_entities, has_printf, has_qt_arguments, has_tags, masked, plain_printf, tag_parts,
                                   flagged, java_quoting_hint, str_format_strays, tag_pattern)


@register("FMT001", "plural-forms", Severity.ERROR, scope="entry-any", reads_only="plural")
def plural_forms(ctx: EntryContext) -> Iterator[Finding]:
    """An entry with plural forms has a form missing or empty, or more forms than its
    language has.

    What it checks: for an entry with `msgid_plural`, that there are as many `msgstr[n]` as the
    catalog's Plural-Forms header declares (nplurals; CLDR's count for the language, by Babel,
    when the header declares none) and that none is empty. An entry whose forms are all empty
    is untranslated (CONS001).

    Why it matters: gettext picks the form by the number; a missing or empty form prints
    nothing, or the English, for every number that needs it (in Russian, 2-4 and 22-24 files).

    Example: `msgstr[0] "%d файл"`, `msgstr[1] "%d файла"`, `msgstr[2] ""` in a Russian catalog
    gives FMT001 for msgstr[2].

    How to fix: translate every form, in the order of the catalog's Plural-Forms rule.
    """
    entry = ctx.entry
    if not entry.msgid_plural or entry.fuzzy or not any(entry.plural_forms) or entry.blank:
        return  # (every form blank: CONS001's, as every form empty is)
    expected = ctx.catalog.nplurals or profile(ctx.lang).plural_count
    said = "the catalog's Plural-Forms declares" if ctx.catalog.nplurals else f"CLDR's rules for {profile(ctx.lang).english_name} have"
    forms = entry.plural_forms
    uniform = _forms_every_entry_has(ctx.catalog)
    if uniform == len(forms) and ctx.catalog.nplurals and _header_at_fault(ctx.catalog, uniform):
        pass  # the header is at odds with every plural entry alike: FMT002 says so, once
    elif len(forms) < expected:
        missing = ", ".join(f"msgstr[{n}]" for n in range(len(forms), expected))
        yield ctx.finding("FMT001", f"{missing} missing: {said} {expected} plural forms", found=f"{len(forms)} forms")
    elif len(forms) > expected:
        yield ctx.finding("FMT001", f"{len(forms)} plural forms where {said} {expected}", found=f"{len(forms)} forms")
    for number, form in enumerate(forms):
        if not form.strip():
            yield ctx.finding("FMT001", f"msgstr[{number}] is empty: the form for some numbers is not translated", form=number,
                              found=f"msgstr[{number}]")


@register("FMT002", "plural-forms-header", Severity.ERROR, scope="catalog")
def plural_forms_header(ctx: CatalogContext) -> Iterator[Finding]:
    """The catalog's Plural-Forms header declares another number of forms than the language
    has, or than every plural entry of the catalog has, or a rule that never selects one of its
    forms, or is missing, in a catalog with plural entries.

    What it checks: nplurals in the header against the language's plural rules (Babel): the
    count of gettext's table (ru 3, ar 6, zh 1) or CLDR's current one (es and fr have a third
    form for a million, which Django's catalogs declare); once per catalog, at its header; and
    nplurals against the forms of the translated plural entries: where they all have one other
    count (a header left at 2 under entries of 3), the header is wrong once, not each entry
    (FMT001 then reports no entry for it), where three or more entries agree; and the rule on
    the numbers 0 to 1,000 and round millions: a form none of them gets
    (`nplurals=3; plural=(n != 1)` in Russian) is translated and never shown; a form only
    fractions take (the fourth of Django's Russian rule) is no finding. Where the header
    declares the language's count and every entry has another, the entries are wrong, each
    FMT001's. A PO catalog with plural entries and no Plural-Forms
    at all is said too: gettext then picks forms by English's rule (n != 1), and msgfmt --check
    refuses it (an XLIFF file has no header to hold one: the language's rules stand).

    Why it matters: every plural entry is translated to the header's count; with too few forms
    some numbers get the wrong one (a Russian catalog with nplurals=2 says `5 файла`).

    Example: `Plural-Forms: nplurals=2; plural=(n != 1);` in a Russian catalog with plural
    entries gives FMT002 (CLDR: 3 forms).

    How to fix: set the language's Plural-Forms (msginit writes it) and translate the forms
    it adds.
    """
    declared, cldr = ctx.catalog.nplurals, profile(ctx.catalog.lang).plural_count
    first = next((c for c in ctx.entries if c.entry.msgid_plural), None)
    # What to write instead, as msgfmt suggests it ("Try using the following, valid for …").
    header = f"'Plural-Forms: nplurals={cldr}; plural={profile(ctx.catalog.lang).plural_rule};'"
    if ctx.catalog.plural_header_problem and (first or ctx.entries):
        yield ctx.header_finding("FMT002", f"{ctx.catalog.plural_header_problem}; "
                                 f"{profile(ctx.catalog.lang).english_name}'s rules are used; "
                                 f"write {header}", found="Plural-Forms")
    if declared is None or first is None:
        return
    if declared not in profile(ctx.catalog.lang).plural_counts:
        yield ctx.header_finding("FMT002", f"Plural-Forms declares nplurals={declared}; CLDR's rules for "
                                 f"{profile(ctx.catalog.lang).english_name} have {cldr} form{'' if cldr == 1 else 's'}: "
                                 f"write {header}", found=f"nplurals={declared}")
    # The right count under a rule copied from another language: a form no number reaches is
    # translated and never shown, and the numbers it is for get another form (`5 файла`).
    served = plural_numbers(ctx.catalog.plural_rule, declared, PLURAL_SAMPLE) if ctx.catalog.plural_rule else None
    # A form only fractions take (Russian's fourth, in Django's catalogs) no whole number reaches
    # in any right rule: gettext never passes a fraction.
    fraction_form = profile(ctx.catalog.lang).fraction_form
    unreachable = [index for index, numbers in enumerate(served or ()) if not numbers and index != fraction_form]
    if unreachable:
        language = profile(ctx.catalog.lang)
        yield ctx.header_finding("FMT002", f"the Plural-Forms rule never selects msgstr[{unreachable[0]}], for no number from 0 "
                                 f"to 1000 nor a round million: that form is never shown ({language.english_name}'s rule: {language.plural_rule})",
                                 found="Plural-Forms")
    uniform = _forms_every_entry_has(ctx.catalog)
    if uniform is not None and uniform != declared and _header_at_fault(ctx.catalog, uniform):
        plural_entries = sum(1 for entry in ctx.catalog.entries if entry.msgid_plural and any(entry.plural_forms))
        yield ctx.header_finding("FMT002", f"Plural-Forms declares nplurals={declared}, and every one of the catalog's "
                                 f"{plural_entries} plural entries has {uniform} forms: msgfmt refuses the catalog",
                                 found=f"nplurals={declared}")


@register("FMT011", "plural-rule", Severity.WARNING, scope="catalog", reads_only="plural")
def plural_rule(ctx: CatalogContext) -> Iterator[Finding]:
    """The catalog's Plural-Forms rule has the language's count of forms but gives numbers
    other forms than the language's rule (CLDR) does.

    What it checks: the rule on the numbers 0 to 1,000 and round millions, against the
    language's rule (Babel), in a catalog with plural entries: which numbers share a form, in
    whatever order the forms stand (Arabic catalogs number the forms of 11–99 and of 100–102
    either way). The first two numbers it groups otherwise are named.

    Why it matters: gettext shows the form the rule picks: the Czech rule in a Russian catalog
    gives 21 and 22 the form of 5 (`21 файлов`); `(n != 1)` in French gives 0 the plural (`0
    fichiers`, where French writes `0 fichier`). msgfmt and the count of forms say nothing of it.
    A warning: the text is readable, and many catalogs carry such a rule.

    Example: `Plural-Forms: nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;` in a
    Russian catalog gives FMT011: 0 and 21 get one form, where Russian's rule gives them two.

    How to fix: set the language's Plural-Forms (msginit writes it), and check that each
    msgstr[n] holds the form the new rule gives it.
    """
    declared = ctx.catalog.nplurals
    if declared is None or not ctx.catalog.plural_rule or not any(c.entry.msgid_plural for c in ctx.entries):
        return
    served = plural_numbers(ctx.catalog.plural_rule, declared, PLURAL_SAMPLE)
    fraction_form = profile(ctx.catalog.lang).fraction_form
    if not served or any(not numbers and index != fraction_form for index, numbers in enumerate(served)):
        return  # unread, or a form no number reaches: FMT002's
    wrong = _grouped_otherwise(served, ctx.catalog.lang)
    if wrong:
        yield ctx.header_finding("FMT011", wrong, found="Plural-Forms")


def _grouped_otherwise(served: tuple[frozenset[int], ...], lang: str) -> str:
    """What a Plural-Forms rule of the language's count of forms does wrong, where it groups
    the numbers otherwise than the language's rule (a Czech rule in a Russian catalog gives 21
    the form of 5; `(n != 1)` in French gives 0 the plural, where CLDR gives it the form of 1):
    "" where the groups are the same, in whatever order the forms stand (Arabic catalogs
    number the forms of 11–99 and of 100–102 either way)."""
    language = profile(lang)
    if len(served) != language.plural_count or len(served) < 2:
        return ""
    theirs = plural_numbers(language.plural_rule, len(served), PLURAL_SAMPLE)
    if theirs is None or set(served) == set(theirs):
        return ""
    form_of = {n: index for index, numbers in enumerate(served) for n in numbers}
    right_form_of = {n: index for index, numbers in enumerate(theirs) for n in numbers}
    # The first two numbers (the second smallest, then the first) that the rule gives one form
    # and the language's two, or the other way round: `0 and 21` (the Czech rule in Russian),
    # `0 and 1` (`n != 1` in French).
    first, second = next((a, b) for at, b in enumerate(PLURAL_SAMPLE) for a in PLURAL_SAMPLE[:at]
                         if (form_of.get(a) == form_of.get(b)) != (right_form_of.get(a) == right_form_of.get(b)))
    if form_of.get(first) == form_of.get(second):
        return (f"the Plural-Forms rule gives {first} and {second} one form (msgstr[{form_of[first]}]), where "
                f"{language.english_name}'s rule (CLDR) gives them two: {language.plural_rule}")
    return (f"the Plural-Forms rule gives {first} and {second} two forms (msgstr[{form_of.get(first)}], "
            f"msgstr[{form_of.get(second)}]), where {language.english_name}'s rule (CLDR) gives them one: {language.plural_rule}")


def _header_at_fault(catalog, uniform: int) -> bool:
    """Where every plural entry has `uniform` forms and the header declares another count,
    whether the header is the one to fix: not where it declares the language's count (CLDR's)
    and the entries another (a Russian catalog of nplurals=3 whose entries have two forms each:
    each entry lacks its third, FMT001's)."""
    counts = profile(catalog.lang).plural_counts
    return not (catalog.nplurals in counts and uniform not in counts)


def _forms_every_entry_has(catalog) -> int | None:
    """The number of forms all of a catalog's translated plural entries have, where there are
    three or more and they agree (one or two entries short of a form are those entries' fault)."""
    counts = [len(entry.plural_forms) for entry in catalog.entries if entry.msgid_plural and any(entry.plural_forms)]
    return counts[0] if len(counts) >= 3 and len(set(counts)) == 1 else None


# -- placeholders and markup ---------------------------------------------------------------------

@dataclass(frozen=True)
class _Version:
    """One translation of an entry (its msgstr, or one plural form) and what it translates."""

    sources: tuple[str, ...]  # what it may keep: msgid_plural for a plural form, also msgid for a form of 1 and few others
    translation: str
    form: str  # "" or "msgstr[n]: ", to begin a message with
    number: int = 0  # n of msgstr[n] (0 for a msgstr): the finding names that form's line
    # The form serves few numbers (Arabic's forms of 0, 1 and 2; Spanish's of 1; French's of 0
    # and 1): as gettext's msgfmt allows, it may leave the number's placeholder out.
    few_numbers: bool = False


# msgfmt -c holds a form that serves this many numbers of 0 to 1,000 or more to every
# placeholder of msgid_plural (Russian's form of 1, 21, 31…; Chinese's one form); one that
# serves fewer may leave the number out (tried with msgfmt 0.21: `n > 3` lets the form of 0 to
# 3 leave it out, `n > 4` does not).
_OFTEN = 5


def _range_flag(entry) -> tuple[int, int] | None:
    """The numbers gettext's `range: 1..10` flag says the entry is used for, as msgfmt -c
    reads them: a form that serves one of them may leave the number out (`range: 0..10` leaves
    Russian's form of 1, 21, 31 the number 1 alone, which it may write in words; `range:
    0..30` leaves it 1 and 21: tried with msgfmt 0.21)."""
    for flag in entry.flags:
        found = _RANGE.fullmatch(flag.strip())
        if found:
            return int(found.group(1)), int(found.group(2))
    return None


_RANGE = re.compile(r"range: +(\d+)\.\.(\d+)")  # `range:0..10`, without its space, msgfmt does not read


def _compared(ctx: EntryContext, holds) -> list[_Version]:
    """The translations to compare with their sources, for an entry that `holds` the kind of
    placeholder or markup checked: none for a fuzzy entry or an untranslated form. Plural
    forms are compared as gettext's msgfmt compares them: each with msgid_plural, the form
    that serves 1 and few other numbers with msgid too."""
    entry = ctx.entry
    if entry.fuzzy or not holds(entry):
        return []
    if not entry.msgid_plural:
        return [_Version((entry.msgid,), entry.msgstr, "")] if entry.msgstr.strip() else []
    forms = len(entry.plural_forms)
    # The catalog's rule, else the language's (Babel); numbers beyond the forms are in none.
    numbers = (plural_numbers(ctx.catalog.plural_rule, forms) if ctx.catalog.plural_rule else None) \
        or plural_numbers(profile(ctx.lang).plural_rule, forms) or ()
    versions = []
    for index, form in enumerate(entry.plural_forms):
        if not form.strip():
            continue  # empty, or blank: FMT001's
        served = numbers[index] if index < len(numbers) else frozenset()
        limits = _range_flag(entry)
        # As msgfmt -c: a form may leave the number out where it serves few numbers, or, the
        # range flag saying which are used, one of them; never the one form of a language
        # that has one (Chinese), which serves them all.
        few = forms > 1 and (len(served) < _OFTEN or limits is not None
                             and sum(1 for number in served if limits[0] <= number <= limits[1]) <= 1)
        sources = (entry.msgid_plural, entry.msgid) if 1 in served and few else (entry.msgid_plural,)
        versions.append(_Version(sources, form, f"msgstr[{index}]: ", index, few))
    return versions


def _problem(version: _Version, problem) -> tuple[str, str] | None:
    """`problem(source, translation, few_numbers)` (what is wrong, said, and the finding's
    `found`; or None) against each source the version may keep: None if one of them fits,
    else what is wrong against the first."""
    problems = [problem(source, version.translation, version.few_numbers) for source in version.sources]
    return None if None in problems else problems[0]


def _placeholder_span(placeholders, translation: str, found: str) -> tuple[int | None, int | None]:
    """Where the translation (the msgstr, or the msgstr[n] compared) holds the first
    placeholder a finding names as found (added, or damaged: `6(unused_count)s`), as
    `placeholders(text)` (the matches of the kind checked) reads it; (None, None) for a
    placeholder missing, which is nowhere."""
    first = found.split(", ")[0] if found else ""
    if not first:
        return None, None
    for match in placeholders(translation):
        if match.group(0) == first:
            return match.start(), match.end()
    at = translation.find(first)  # a damaged placeholder is no longer one the expression reads
    return (at, at + len(first)) if at >= 0 else (None, None)


def _difference(ours: Counter, theirs: Counter) -> tuple[str, str]:
    """What the translation lacks and adds of the source's placeholders (or tags), said, and
    what it adds alone (a finding's `found`); ("", "") where they are the same."""
    missing, added = sorted((ours - theirs).elements()), sorted((theirs - ours).elements())
    # One the source has, written more times here (`{0} {0}`): said as repeated, not as absent
    # from a source that holds it.
    repeated = sorted({item for item in added if ours[item]})
    new = [item for item in added if not ours[item]]
    said = "; ".join(([f"missing {', '.join(missing)}"] if missing else [])
                     + ([f"not in the source: {', '.join(new)}"] if new else [])
                     + [f"{item} {theirs[item]} times, the source {ours[item]}" for item in repeated])
    return said, ", ".join(added)


def _read_again(ours: Counter, theirs: Counter, counted: frozenset[str] = frozenset()) -> Counter:
    """The source's placeholders, each that a name or a number reads (`%(user)s`, `{0}`,
    `%1`) counted as often as the translation writes it where it writes it at all: such a
    placeholder may be read any number of times, so one the source repeats may be written
    once, and one it writes once may be repeated (`Удалить %(name)s? Файл %(name)s …`;
    msgfmt accepts both). `counted`: those whose every use is an argument (`{}`)."""
    return Counter({key: theirs[key] if theirs[key] and key not in counted else count
                    for key, count in ours.items()})


def _printf_placeholders(text: str) -> tuple[Counter, list[str]]:
    """(named and numbered placeholders counted, the others in order), `%%` left out."""
    keyed: Counter = Counter()
    ordered: list[str] = []
    for match in PRINTF.finditer(text):
        number, name, conversion = match.groups()
        if conversion == "%":
            continue
        if name or number:
            keyed[match.group(0)] += 1
        else:
            ordered.append(match.group(0))
    return keyed, ordered


_NAMED_REMNANT = re.compile(r"(\S?)\(([^()\s]+)\)[-+ #0]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]")


def _numbered_for(ordered: list[str]) -> Counter:
    """The numbered placeholders that stand for unnumbered ones: `%s %d` → `%1$s %2$d`."""
    return Counter(f"%{index}${placeholder[1:]}" for index, placeholder in enumerate(ordered, start=1))


def _damaged_placeholder(keyed: Counter, source: str, translation: str) -> str:
    """A named placeholder of the source whose `%` the translation lost or replaced
    (`6(unused_count)s`, `(name)s`) more often than the source writes that text, or ""."""
    if "(" not in translation:
        return ""
    names = {placeholder[placeholder.index("(") + 1:placeholder.index(")")] for placeholder in keyed if "(" in placeholder}

    def remnants(text: str) -> list[str]:
        return [m.group(0) for m in _NAMED_REMNANT.finditer(text) if m.group(2) in names and m.group(1) != "%"]

    theirs = remnants(translation)
    return theirs[0] if len(theirs) > len(remnants(source)) else ""


@register("FMT003", "printf-placeholders", Severity.ERROR, scope="entry-any")
def printf_placeholders(ctx: EntryContext) -> Iterator[Finding]:
    """A printf placeholder of the source (`%s`, `%d`, `%1$s`, `%(name)s`) is missing, renamed,
    added or out of order in the translation, or the translation has a `%` that begins none
    (`100% голосов`); or a Qt or KDE argument (`%1`, `%n`).

    What it checks: entries flagged `c-format`, `python-format` or another printf-like format
    (`php-format`, `javascript-format`, `perl-format`, `java-printf-format`, ...), and entries
    whose source has a named placeholder (`%(name)s`); named and numbered placeholders by name
    (each may be written once or more, as often as the language needs), the others by count and in order. In a
    `python-format` entry a numbered placeholder (`%2$s`) is an error, and a plural form that
    serves few numbers may leave out only a named placeholder: Python's `%` fails on an
    argument left over, where C's printf ignores it; in C it may leave out only those at the
    end, as printf hands the arguments out in order; and in either it may leave out the
    count, not the rest of the message (`%(group)s`, `%s`). `%i` is `%d`, and flags, width
    and precision are the translation's to choose (`%5.1f` for `%5.2f`). Entries with no format flag (a catalog converted from XLIFF or a
    spreadsheet, an XLIFF file) whose source plainly holds placeholders (`%s`, `%d`, `%1$s`,
    `%.2f`: no flag character, no letter after) are compared the same way, on those alone, so
    that `50 % des` in a translation is prose. `%%` is a percent sign, which a translation
    keeps, or says in words (`pour cent`, `процента`). In entries flagged `qt-format`,
    `qt-plural-format` or `kde-format`, or with no flag in a source that numbers two of them
    (`Page %1 of %2`, not `50 %1`), the numbered arguments (`%1`, `%L1`, `%n`) by count.

    Why it matters: the program fills the placeholders in: a renamed one (`%(valeu)s`) crashes
    it or prints nothing, a swapped `%s %d` prints garbage, a lone `%` raises "unsupported
    format character" (and msgfmt -c refuses the catalog).

    Example: `%(count)d documents` → `%(cuont)d документов` gives FMT003.

    How to fix: keep each placeholder exactly as in the source; reorder with numbered
    placeholders (`%1$s`) where the language needs another order.
    """
    python = "python-format" in ctx.entry.flags
    for version in _compared(ctx, has_printf):
        problem = _problem(version, partial(_printf_problem, python=python, lang=ctx.lang))
        if problem:
            start, end = _placeholder_span(PRINTF.finditer, version.translation, problem[1])
            yield ctx.finding("FMT003", version.form + problem[0], form=version.number, found=problem[1], start=start, end=end)
    for version in _compared(ctx, lambda entry: not has_printf(entry) and has_plain_printf(entry)):
        problem = _problem(version, partial(_plain_printf_problem, lang=ctx.lang))
        if problem:
            start, end = _placeholder_span(plain_printf, version.translation, problem[1])
            yield ctx.finding("FMT003", version.form + problem[0], form=version.number, found=problem[1], start=start, end=end)
    for version in _compared(ctx, has_qt_arguments):
        problem = _problem(version, _qt_problem)
        if problem:
            start, end = _placeholder_span(QT_ARGUMENT.finditer, version.translation, problem[1])
            yield ctx.finding("FMT003", version.form + problem[0], form=version.number, found=problem[1], start=start, end=end)


def _plain_printf_problem(source: str, translation: str, few_numbers: bool, lang: str = "") -> tuple[str, str] | None:
    """An unflagged entry's placeholders (PLAIN_PRINTF) against its source's: by count, and
    unnumbered ones in order (`%s … %d` → `%d … %s` prints garbage); and the `%%` after one
    of them (`%d%%`: printf's, whatever the flags say) left out."""
    ours = [match.group(0) for match in plain_printf(source)]
    theirs = [match.group(0) for match in plain_printf(translation)]
    if ours and all("$" not in placeholder for placeholder in ours) and _numbered_for(ours) == Counter(theirs):
        return None  # `Copied %s to %s` → `%2$s: скопирован файл %1$s`, as a flagged entry may
    said, added = _difference(Counter(ours) & Counter(theirs) if few_numbers else Counter(ours), Counter(theirs))
    if said:
        return f"placeholders differ from the source's: {said}", added
    unnumbered = [placeholder for placeholder in ours if "$" not in placeholder]
    if unnumbered != [placeholder for placeholder in theirs if "$" not in placeholder] and not few_numbers:
        return (f"placeholders {' '.join(theirs)} where the source has {' '.join(ours)}, in this order "
                "(number them, %1$s, to change their order)"), ""
    return _percent_sign_lost(source, translation, lang)


def _qt_problem(source: str, translation: str, few_numbers: bool) -> tuple[str, str] | None:
    # A translation may write the source's `%L1` (the locale's digits) as `%1`, and `%Ln` for
    # `%n`, as msgfmt takes them; `%L1` for the source's `%1` it refuses, and so is it said here.
    theirs = Counter(match.group(0).replace("%Ln", "%n") for match in QT_ARGUMENT.finditer(translation))
    ours = _read_again(Counter("%" + match.group(0)[2:] if match.group(0).startswith("%L") and match.group(0) not in theirs
                               else match.group(0) for match in QT_ARGUMENT.finditer(source)), theirs)
    said, added = _difference(ours & theirs if few_numbers else ours, theirs)
    if said:
        return f"placeholders differ from the source's: {said}", added
    return _doubled_in_a_row(source, translation, QT_ARGUMENT.finditer)


def _printf_problem(source: str, translation: str, few_numbers: bool, python: bool = False,
                    lang: str = "") -> tuple[str, str] | None:
    """`python`: the entry is python-format, whose `%` reads no numbered placeholder and fails
    on an argument left over. Placeholders that take the same argument are alike (`%i` and
    `%d`; `%5.2f` and `%5.1f`, `%-10s` and `%s`, whose width and precision are the
    translation's to choose, as msgfmt -c accepts them). `lang`: the translation's language,
    whose words for a percentage may stand for the source's `%%`."""
    problem = _printf_problem_as_written(source, translation, few_numbers, python)
    if problem and _printf_problem_as_written(_as_arguments(source), _as_arguments(translation), few_numbers, python) is None:
        return None
    return problem or _percent_sign_lost(source, translation, lang)


def _percent_sign_lost(source: str, translation: str, lang: str) -> tuple[str, str] | None:
    """The source's `%%` after a placeholder left out where the translation keeps that
    placeholder (`Participation : %5.2f des États` for `%5.2f%% of States`): the number is
    printed as no percentage, which neither printf nor msgfmt -c can see. Not where the
    translation leaves the number out too (a plural form of none), nor where it says the
    percentage otherwise (`pour cent`, `процента`, `百分点`, `٪`)."""
    if "%%" not in source:
        return None
    marked = [match for match in PRINTF.finditer(source) if match.group(3) != "%" and _PERCENT_AFTER.match(source, match.end())]
    if not marked:
        return None
    prose = PRINTF.sub(lambda match: " " * len(match.group(0)), translation)
    if lang and says_percent(prose, profile(lang)):
        return None
    theirs = [match for match in PRINTF.finditer(translation) if match.group(3) != "%"]
    for placeholder in marked:
        kept = [match for match in theirs if _argument(match) == _argument(placeholder)]
        if kept and not any(_PERCENT_AFTER.match(translation, match.end()) for match in kept):
            return (f"the source's percent sign (%%) after {placeholder.group(0)} is not in the translation: the number is "
                    "printed as no percentage (write %%, or the percentage in words)", "")
    return None


# A percent sign after a placeholder, as the languages write it (`50%`, `50 %`, `50\u202f%`).
_PERCENT_AFTER = re.compile("[ \u00a0\u202f]?%%")


def _argument(match: re.Match[str]) -> tuple[str, str]:
    """Which argument a printf placeholder takes, and as what (`%i` is `%d`)."""
    number, name, conversion = match.groups()
    return number or name or "", "d" if conversion == "i" else conversion


def _as_arguments(text: str) -> str:
    """`text` with each printf placeholder as the argument it takes: its name or number, its
    length and its conversion, `%i` as `%d` (flags, width and precision are how it is shown;
    a `*` width takes an argument and is kept)."""
    def argument(match: re.Match[str]) -> str:
        written = match.group(0)
        if "*" in written or match.group(3) in (None, "%"):
            return written
        number, name, conversion = match.groups()
        key = f"{number}$" if number else f"({name})" if name else ""
        length = _LENGTH.search(written[:-1])
        return f"%{key}{length.group(0) if length else ''}{'d' if conversion == 'i' else conversion}"

    return PRINTF.sub(argument, text)


_LENGTH = re.compile(r"(?:hh|h|ll|l|L|q|j|z|t)$")
# The conversions a count is written with, which a form of one number may leave out.
_COUNTS = frozenset("diuoxXeEfFgGn")
# The names a count goes by where a string conversion writes it (Django's `%(count)s`, a number
# formatted beforehand).
_COUNT_NAMES = re.compile(r"\((?:n|num|number|count|counter|total|amount|quantity|qty|\w*_count|count_\w*)\)", re.I)


def _counts_of(keyed: Counter, ordered: list[str]) -> set[str]:
    """The placeholders that may be the count a form of one number leaves out: those of a
    number's conversion, those named as a count (`%(count)s`), and, where none is, the first
    unnamed one (`%s item`, the number formatted beforehand)."""
    counts = {p for p in (*keyed, *ordered) if p[-1] in _COUNTS or _COUNT_NAMES.search(p)}
    if not counts and ordered:
        counts.add(ordered[0])
    return counts


def _printf_problem_as_written(source: str, translation: str, few_numbers: bool, python: bool) -> tuple[str, str] | None:
    (keyed, ordered), (theirs, their_order) = _printf_placeholders(source), _printf_placeholders(translation)
    damaged = _damaged_placeholder(keyed, source, translation)
    if damaged:  # even in a form that may leave the number out: `6(unused_count)s` is no omission
        return f"placeholder damaged: '{damaged}' where the source has %{damaged[damaged.index('('):]}", damaged
    numbered = [placeholder for placeholder in theirs if "$" in placeholder]
    if python and numbered and not any("$" in placeholder for placeholder in keyed):
        # `%2$s copiado desde %1$s`: ValueError, unsupported format character '$'.
        shown = [match.group(0) for match in PRINTF.finditer(translation) if "$" in match.group(0)]
        return (f"placeholders {', '.join(shown)} are numbered, which Python's % does not read: name them "
                "(%(file)s) in the source to change their order", ", ".join(shown))
    if ordered and not keyed and not their_order and _numbered_for(ordered) == theirs:
        return None  # `%s of %s` → `%2$s: %1$s`: the translation numbers them to reorder
    keyed = _read_again(keyed, theirs)
    left_out = ""
    if few_numbers:  # the form may leave the count out: only what it adds, or the rest of the message, is wrong
        counts = _counts_of(keyed, ordered)
        lost = [placeholder for placeholder in keyed if not theirs[placeholder] and placeholder not in counts]
        lost += list((Counter(p for p in ordered if p not in counts) - Counter(their_order)).elements())
        if lost:
            return (f"placeholders differ from the source's: missing {', '.join(lost)} (a form of one number may leave "
                    "out the count, not the rest of the message)", "")
        keyed = keyed & theirs
        if Counter(their_order) <= Counter(ordered) and their_order != ordered:
            if python:
                # `"Un archivo eliminado" % 1` raises TypeError: not all arguments converted.
                left_out = (" (Python's % fails on an argument left over: only a named placeholder, "
                            "%(name)d, may be left out)")
            elif their_order != ordered[:len(their_order)]:
                # printf hands its arguments to the placeholders in order: `Un fichier dans %s`
                # for `%d file in %s` reads the count as the string.
                left_out = (f" (a form may leave out only the placeholders at the end: the ones it keeps take the "
                            f"source's arguments in order, and {their_order[0]} here reads the source's {ordered[0]}; "
                            f"keep {ordered[0]})")
            else:
                ordered = their_order
    said, added = _difference(keyed, theirs)
    if said:
        return f"placeholders differ from the source's: {said}", added
    # One lost or added is not an order to change: `100 % terminé` in a c-format entry is the
    # placeholder `% te` (a space flag, length t, conversion e), and "in this order" sent the
    # translator to reorder what has no order.
    said, added = _difference(Counter(ordered), Counter(their_order))
    if said:
        return f"placeholders differ from the source's: {said}{left_out or _percent_sign_hint(added, translation)}", added
    if ordered != their_order:
        return (f"placeholders {' '.join(their_order) or '(none)'} where the source has {' '.join(ordered) or '(none)'}, "
                "in this order", " ".join(their_order))
    stray = _stray_percent(translation)
    if stray and not _stray_percent(source):
        # `100% голосов`: Python raises "unsupported format character", msgfmt -c refuses it.
        return f"'{stray}' begins no placeholder: write a percent sign as %%", stray
    return _doubled_in_a_row(source, translation, PRINTF.finditer)


def _doubled_in_a_row(source: str, translation: str, found) -> tuple[str, str] | None:
    """A placeholder written twice in a row (`{name} {name} удален`, `%(count)d %(count)d
    файлов`), which the source does not do: one read by its name may be written again where
    the language needs it, but twice with nothing between prints the value twice."""
    def doubled(text: str) -> set[str]:
        matches = list(found(text))
        return {first.group(0) for first, second in zip(matches, matches[1:])
                if first.group(0) == second.group(0) and not text[first.end():second.start()].strip()}

    twice = sorted(doubled(translation) - doubled(source))
    return (f"{twice[0]} is written twice in a row, which the source does not do", twice[0]) if twice else None


def _stray_percent(text: str) -> str:
    """A `%` that begins no placeholder and is no `%%`, through the character that ends it as
    none (`% г`), or ""."""
    rest = PRINTF.sub(lambda match: "\0" * len(match.group(0)), text)
    at = rest.find("%")
    return _DIRECTIVE_START.match(text, at).group(0) if at >= 0 else ""


# A printf directive's start: its flags, width and precision, and the character after them.
_DIRECTIVE_START = re.compile(r"%[-+ #0-9.]*.?", re.S)


def _percent_sign_hint(added: str, translation: str) -> str:
    """Where a placeholder the translation adds is a percent sign and a space (`100 %`, as
    French and Russian write it), or a percent sign glued to the word after it (`52,3 %des
    voix`, a `%%` collapsed to `%` before `des`), what to write instead."""
    spaced = next((placeholder for placeholder in added.split(", ") if placeholder.startswith("% ")), None)
    if spaced:
        return f" ('{spaced}' is a percent sign and what follows it: write a percent sign as %%)"
    for placeholder in added.split(", "):
        glued = re.search(re.escape(placeholder) + r"[^\W\d_]+", translation) if placeholder.startswith("%") else None
        if glued:
            return (f" ('{glued.group(0)}' reads as the placeholder {placeholder} before '{glued.group(0)[len(placeholder):]}': "
                    "a percent sign is written %%)")
    return ""


def _brace_fields(entry, text: str) -> Counter:
    # An interpolation's inner spaces are the template's to ignore: `{{ name }}` is `{{name}}`.
    return Counter(_unspaced(match.group(0)) for match in brace_fields(entry, text))


def _unspaced(field: str) -> str:
    return "{{" + "".join(field[2:-2].split()) + "}}" if field.startswith("{{") else field


@register("FMT004", "brace-placeholders", Severity.ERROR, scope="entry-any")
def brace_placeholders(ctx: EntryContext) -> Iterator[Finding]:
    """A brace placeholder of the source (`{0}`, `{name}`, `{count:d}`, a template's
    `{{name}}`, `${name}`, `%{name}`) is missing, renamed or added in the translation.

    What it checks: entries flagged `python-brace-format`, and entries whose source has a
    named or numbered field (`{name}`, `{0}`) or a template's interpolation (i18next's,
    Angular's, Jinja's `{{name}}`, JavaScript's `${name}`, Ruby's `%{name}`); in an entry
    flagged python-brace-format, `{{` and `}}` are literal braces.

    Why it matters: str.format raises KeyError or IndexError on a field it was not given, and
    a field dropped leaves a value out of the sentence.

    Example: `Hello, {name}!` → `Здравствуйте, {nmae}!` gives FMT004.

    How to fix: keep each field exactly as in the source; its position may change.
    """
    icu = has_icu(ctx.entry)
    for version in _compared(ctx, has_brace):
        problem = _problem(version, partial(_brace_problem, ctx.entry))
        if problem:
            start, end = _placeholder_span(partial(brace_fields, ctx.entry), version.translation, problem[1])
            hint = _apostrophe_hint(version) if icu else java_quoting_hint(ctx.entry, version.sources[0], version.translation)
            yield ctx.finding("FMT004", version.form + problem[0] + hint, form=version.number, found=problem[1],
                              start=start, end=end)


def _brace_problem(entry, source: str, translation: str, few_numbers: bool) -> tuple[str, str] | None:
    if flagged(entry, "python-brace") and (strays := str_format_strays(translation)) and not str_format_strays(source):
        # (a lone `}` or an unclosed `{`: the fields read alike, and str.format raises ValueError)
        brace = translation[strays[0]]
        return (f"a '{brace}' that {'closes' if brace == '}' else 'opens'} no field: str.format raises ValueError; "
                f"write a brace as '{brace * 2}'"), brace
    theirs = _brace_fields(entry, translation)
    ours = _read_again(_brace_fields(entry, source), theirs, frozenset({"{}"}))
    said, added = _difference(ours & theirs if few_numbers else ours, theirs)
    if said:
        return f"placeholders differ from the source's: {said}", added
    return _doubled_in_a_row(source, translation, partial(brace_fields, entry))


@lru_cache(maxsize=4096)
def _icu_source(text: str) -> IcuMessage | None:
    """The source's ICU message, or None where the source is none (its own error, not the
    translator's: the translation is then not judged by it)."""
    try:
        return parse_icu(text)
    except IcuSyntaxError:
        return None


def _icu_versions(ctx: EntryContext) -> list[tuple[_Version, IcuMessage]]:
    """The translations of an ICU message whose sources are well-formed, with the sources'
    message (the first)."""
    versions = []
    for version in _compared(ctx, has_icu):
        sources = [_icu_source(source) for source in version.sources]
        if None not in sources:
            versions.append((version, sources[0]))
    return versions


# An apostrophe that begins ICU quoting: before a brace or, in a plural's branch, `#` (`''` is
# an apostrophe, and quotes nothing).
_APOSTROPHE_QUOTING = re.compile(r"(?<!')\w*'[{}#]")


def _apostrophe_hint(version: _Version) -> str:
    """Where a translation of an ICU message quotes with an apostrophe its source does not
    (French and Italian elide before a field: `l'{type}`), what the apostrophe did; the field
    it quoted goes missing, or the message breaks far from the cause."""
    quoting = _APOSTROPHE_QUOTING.search(version.translation)
    if not quoting or _APOSTROPHE_QUOTING.search(version.sources[0]):
        return ""
    return f" (the apostrophe in '{quoting.group(0)}' quotes what follows in ICU: write ’ or '')"


@register("FMT009", "icu-message-syntax", Severity.ERROR, scope="entry-any", reads_only="icu")
def icu_message_syntax(ctx: EntryContext) -> Iterator[Finding]:
    """The translation of an ICU message is not one: a brace left open or closed twice, a
    branch without its braces, or a `plural`, `select` or `selectordinal` with no `other`
    branch.

    What it checks: entries whose source is an ICU MessageFormat message with a typed argument
    or branches (`{count, plural, one {# file} other {# files}}`, `{gender, select, …}`,
    `{price, number}`), or flagged `icu-message-format`; the translation is parsed as the
    source is (pyicumessageformat, which Weblate's ICU check uses). A source that does not
    parse is not held against its translations.

    Why it matters: FormatJS, ICU4J and Lingui refuse to format such a message: the user sees
    the raw text, an error, or nothing, in that language only.

    Example: `{count, plural, one {# file} other {# files}}` →
    `{count, plural, one {# файл} few {# файла} many {# файлов}}` gives FMT009 (no `other`).

    How to fix: close each brace the source closes; keep `other` in every argument with
    branches, in the language's words.
    """
    for version, source in _icu_versions(ctx):
        # French and Italian elide before a field (`l'{type}`): in ICU the apostrophe quotes
        # what follows, and the message breaks far from where the cause is.
        hint = _apostrophe_hint(version)
        try:
            translation = parse_icu(version.translation)
        except IcuSyntaxError as error:
            at = error.position if error.position is not None and error.position < len(version.translation) else None
            yield ctx.finding("FMT009", f"{version.form}not a well-formed ICU message: {error}{hint}", form=version.number,
                              found=version.translation[at:at + 1] if at is not None else "", start=at,
                              end=at + 1 if at is not None else None)
            continue
        # An `other` the source has is one the translation must keep (a source without it is
        # the source's error, said by no translation).
        required = {choice.name for choice in source.choices if "other" in choice.selectors}
        for choice in translation.choices:
            if "other" not in choice.selectors and choice.name in required:
                yield ctx.finding("FMT009", f"{version.form}{{{choice.name}, {choice.kind}}} has no `other` branch, which ICU "
                                  f"requires: the message cannot be formatted{hint}", form=version.number,
                                  found=f"{{{choice.name}, {choice.kind}}}", start=choice.start, end=choice.end)


@register("FMT010", "icu-plural-categories", Severity.WARNING, scope="entry-any", reads_only="icu")
def icu_plural_categories(ctx: EntryContext) -> Iterator[Finding]:
    """An ICU `plural` or `selectordinal` of the translation lacks a category the language
    gives whole numbers, or has one the language never chooses, or a branch for a category of
    many numbers that writes no `#` where the source writes it.

    What it checks: in the translation of an ICU message (as FMT009), each `plural` and
    `selectordinal` argument with a branch for a category other than `other` against CLDR's
    rules for the language (Babel): a category that numbers from 0 to 1,000 take and neither
    a branch nor the exact `=N` branches cover, and a keyword the language never gives any
    number (Russian `two`, Chinese `one`). A translation with `other` alone, or with exact
    `=N` branches beside it (`=0 {Нет файлов} other {Файлов: #}`), says the same for every
    other number and is not judged.

    Why it matters: English has `one` and `other`; Russian needs `one`, `few` and `many`,
    Arabic `zero`, `one`, `two`, `few` and `many` as well. A translation that keeps the
    English branches gives 2 to 4 and 5 to 20 the `other` branch: `5 файла` for five files.
    A branch the language never chooses is text no reader sees.

    Example: `{count, plural, one {# file} other {# files}}` →
    `{count, plural, one {# файл} other {# файла}}` gives FMT010 (few, many missing).

    How to fix: write a branch for each category the message names (CLDR's plural rules
    list them with examples); drop the ones the language does not have.
    """
    categories = profile(ctx.lang).icu_categories
    for version, _source in _icu_versions(ctx):
        try:
            translation = parse_icu(version.translation)
        except IcuSyntaxError:
            continue  # FMT009 says so
        seen: Counter = Counter()
        for choice in translation.choices:
            # The source's argument this one translates: the same name and kind, met as many
            # times before (a select whose branches hold each their own `count` plural).
            seen[choice.name, choice.kind] += 1
            alike = [c for c in _source.choices if (c.name, c.kind) == (choice.name, choice.kind)]
            mirror = alike[seen[choice.name, choice.kind] - 1] if len(alike) >= seen[choice.name, choice.kind] else None
            if choice.kind not in categories:
                continue
            if not set(choice.selectors) - {"other"} - {s for s in choice.selectors if s[0] == "="}:
                # `other` alone, or with exact numbers: the same words for every other number,
                # which must show the number where the source does (`other {多个文件}` does not)
                if mirror is not None and "other" in mirror.counted and "other" in choice.selectors \
                        and "other" not in choice.counted:
                    field = f"{{{choice.name}, {choice.kind}}}"
                    yield ctx.finding("FMT010", f"{version.form}{field} in {profile(ctx.lang).english_name} writes no # in "
                                      "other, the branch of every number: they are shown without it, where the source "
                                      "shows its number", form=version.number, found=field, start=choice.start, end=choice.end)
                continue
            taken = categories[choice.kind]
            keywords = [selector for selector in choice.selectors if not selector.startswith("=")]
            exact = {selector for selector in choice.selectors if selector.startswith("=")}
            # With `offset: 1`, `=N` matches the number itself, a category the number less the offset.
            missing = [(category, uncovered[:3]) for category, numbers in taken.items()
                       if category not in keywords and category != "other"  # no `other`: FMT009
                       for uncovered in [[n + choice.offset for n in numbers if f"={n + choice.offset}" not in exact]]
                       if uncovered]
            never = [keyword for keyword in keywords if keyword not in taken]
            # A branch for a category of many numbers that writes none, where the source writes
            # it (`many {документов}`: 0, 5 to 20, 25… shown with no number).
            uncounted = [(keyword, taken[keyword][:3]) for keyword in keywords
                         if mirror is not None and "other" in mirror.counted and keyword not in choice.counted
                         and len(taken.get(keyword, ())) > 1]
            said = []
            if missing:
                lacks = "lacks " + ", ".join(f"{category} ({', '.join(map(str, numbers))}…)" for category, numbers in missing)
                said.append(lacks + (": those numbers get the `other` branch" if "other" in keywords else ""))
            if never:
                said.append(f"has {', '.join(never)}, which {profile(ctx.lang).english_name} never chooses")
            if uncounted:
                said.append("writes no # in " + ", ".join(f"{keyword} ({', '.join(map(str, numbers))}…)"
                                                          for keyword, numbers in uncounted)
                            + ": those numbers are shown without it, where the source shows its number")
            if said:
                field = f"{{{choice.name}, {choice.kind}}}"
                yield ctx.finding("FMT010", f"{version.form}{field} in {profile(ctx.lang).english_name} "
                                  + "; ".join(said) + f" (CLDR: {', '.join(taken)})", form=version.number,
                                  found=field, start=choice.start, end=choice.end)


def _tags(text: str, tags: re.Pattern[str] = TAG) -> list[tuple[str, str, str]]:
    """(`/` for a closing tag, its name lower-cased, its link target) for each tag (`tags`:
    placeholders.tag_pattern's, the entry's)."""
    found = []
    for match in tags.finditer(text):
        closing, name, attributes, _ = tag_parts(match)
        link = LINK_ATTRIBUTE.search(attributes or "")
        # A link to the page in the reader's language (`/en/` → `/fr/`) is the same link.
        target = LANGUAGE_PART.sub("/*", link.group(2).strip("\"'")) if link else ""
        found.append((closing, name.lower(), target))
    return found


@register("FMT005", "markup-tags", Severity.ERROR, scope="entry-any")
def markup_tags(ctx: EntryContext) -> Iterator[Finding]:
    """The translation's XML or HTML tags are not the source's: a tag missing or added, a
    closing tag that closes another (`<a …>здесь</b>`), a link target changed.

    What it checks: entries whose source or translation has tags (numbered ones too, `<0>…</0>`
    and `<1/>`, as Lingui's and react-i18next's catalogs write components); the tags as a multiset,
    their nesting in the translation, and `href`/`src` values (other attributes, a `title`,
    may be translated); and, where the source writes markup's characters as entities
    (`Save &amp; Close`), a bare `&` in the translation.

    Why it matters: a broken tag breaks the page it is shown in, or makes a link point
    elsewhere.

    Example: `Click <a href="/help">here</a>.` → `Нажмите <a href="/help">здесь</b>.` gives FMT005.

    How to fix: keep the source's tags and link targets; move them with the words they wrap.
    """
    for version in _compared(ctx, has_tags):
        problem = _problem(version, partial(_tag_problem, tags=tag_pattern(ctx.entry)))
        if problem:
            yield ctx.finding("FMT005", version.form + problem[0], form=version.number, found=problem[1])
    for version in _compared(ctx, has_entities):
        bare = BARE_AMPERSAND.search(version.translation)
        if bare and not BARE_AMPERSAND.search(ENTITY.sub("", version.sources[0])):
            # `Enregistrer & fermer` for `Save &amp; Close`: a lone `&` breaks the markup the
            # string is read as (Pango, XML).
            yield ctx.finding("FMT005", version.form + "a bare '&' where the source writes markup's characters as entities "
                              "(&amp;): write it &amp;", form=version.number, found="&", start=bare.start(), end=bare.end())


def _tag_problem(source: str, translation: str, few_numbers: bool, tags: re.Pattern[str] = TAG) -> tuple[str, str] | None:
    ours, theirs = Counter(_tags(source, tags)), Counter(_tags(translation, tags))
    if ours != theirs:
        said, added = _difference(Counter(map(_shown, ours.elements())), Counter(map(_shown, theirs.elements())))
        same_tags = Counter(t[:2] for t in ours.elements()) == Counter(t[:2] for t in theirs.elements())
        return f"{'a link target changed' if same_tags else 'tags differ'} from the source's: {said}", added
    problem = _nesting(translation, tags)
    return (problem, problem) if problem else None


def _shown(tag: tuple[str, str, str]) -> str:
    closing, name, link = tag
    return f"<{closing}{name}>" + (f" ({link})" if link else "")


_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "area", "col", "source"}


def _nesting(text: str, tags: re.Pattern[str] = TAG) -> str:
    """What is wrong with the nesting of a text's tags, or ""."""
    open_tags: list[str] = []
    for match in tags.finditer(text):
        closing, name, _, self_closing = tag_parts(match)
        name = name.lower()
        if self_closing or name in _VOID:
            continue
        if not closing:
            open_tags.append(name)
        elif not open_tags or open_tags[-1] != name:
            return f"</{name}> closes {'<' + open_tags[-1] + '>' if open_tags else 'no open tag'}"
        else:
            open_tags.pop()
    return f"<{open_tags[-1]}> is never closed" if open_tags else ""


# -- escapes, line breaks and accelerators --------------------------------------------------------

def _has_control(entry) -> bool:
    texts = (entry.msgid, entry.msgid_plural, entry.msgstr, *entry.plural_forms)
    return any("\n" in text or "\t" in text or "\\" in text or "\r" in text for text in texts)


def _layout_differences(source: str, translation: str) -> list[str]:
    """What a translation changed of its source's line breaks, tabs and backslashes, said."""
    said = []
    literal = translation.count("\\n") - source.count("\\n")
    if literal > 0 and translation.count("\n") < source.count("\n"):
        said.append("a line break of the source written as the two characters \\n")
    elif literal < 0 and translation.count("\n") > source.count("\n"):
        said.append("the source's text \\n (a backslash and n, shown as written) made a line break")
    else:
        # A source without line breaks is text that flows: a break a translator added inside it
        # (to wrap a long line) changes nothing; one at either end does.
        flowing = "\n" not in source and not translation.startswith("\n") and not translation.endswith("\n")
        if source.count("\n") != translation.count("\n") and not flowing:
            said.append(f"{_count(translation.count(chr(10)), 'line break')} where the source has {source.count(chr(10))}")
        if source.count("\\") != translation.count("\\"):
            said.append(f"{_count(translation.count(chr(92)), 'backslash', 'es')} where the source has {source.count(chr(92))}")
    if source.count("\t") != translation.count("\t"):
        said.append(f"{_count(translation.count(chr(9)), 'tab')} where the source has {source.count(chr(9))}")
    if source.count("\r") != translation.count("\r"):
        # A Windows tool's line end (`&#xD;` in its XLIFF, imported as `\r\n`): a stray
        # carriage return the program prints.
        said.append(f"{_count(translation.count(chr(13)), 'carriage return')} (\\r, a Windows line end) where the "
                    f"source has {source.count(chr(13))}")
    if not said:  # as many line breaks, one moved to the other end (msgfmt refuses it)
        for end, where in ((str.startswith, "begins"), (str.endswith, "ends")):
            if end(source, "\n") != end(translation, "\n"):
                has, lacks = ("source", "translation") if end(source, "\n") else ("translation", "source")
                said.append(f"the {has} {where} with a line break and the {lacks} does not")
    return said


def _count(number: int, noun: str, plural: str = "s") -> str:
    return f"{number or 'no'} {noun}{'' if number == 1 else plural}"


@register("FMT006", "escapes-and-line-breaks", Severity.ERROR, scope="entry-any")
def escapes_and_line_breaks(ctx: EntryContext) -> Iterator[Finding]:
    """The translation's line breaks, tabs or backslashes are not the source's: a line break
    dropped or added, one written as the text `\\n`, a tab turned into spaces, a backslash lost,
    a carriage return (`\\r`, a Windows tool's line end) the source does not have.

    What it checks: every translated entry whose source or translation holds a line break, a
    tab or a backslash; how many of each, and whether both begin and end alike with a line
    break (msgfmt refuses a catalog where they do not). A line break added inside a source
    that has none (a long line wrapped) is left alone.

    Why it matters: a program prints what the string holds. A usage message that loses its
    last line break runs into the shell prompt; `\\n` typed where a line break was meant is
    shown as two characters; a help text whose tab became spaces loses its column.

    Example: `Spell checking is not available.\\nInstall a dictionary first.` (a line break)
    → `La revisión ortográfica no está disponible.\\\\nInstala…` (the text `\\n`) gives FMT006.

    How to fix: keep the source's line breaks, tabs and backslashes; in a PO file a line break
    is written `\\n`, a backslash `\\\\`.
    """
    for version in _compared(ctx, _has_control):
        problem = _problem(version, _layout_problem)
        if problem:
            yield ctx.finding("FMT006", version.form + problem[0], form=version.number, found=problem[1])


def _layout_problem(source: str, translation: str, few_numbers: bool) -> tuple[str, str] | None:
    said = "; ".join(_layout_differences(source, translation))
    return (said, said) if said else None


def _markers(ctx: EntryContext) -> tuple[str, ...]:
    flagged = tuple(marker for name, _, marker in (flag.partition(":") for flag in ctx.entry.flags)
                    if name == "accelerator" and marker)
    return flagged or ctx.accelerators



def _accelerators(text: str, marker: str) -> list[str]:
    """The accelerators in a text (`_F` in `_File`, `&O` in `&Open`); a doubled marker (`&&`)
    is the marker itself, written literally."""
    found, position = [], 0
    while (position := text.find(marker, position)) >= 0:
        following = text[position + len(marker):position + len(marker) + 1]
        if text.startswith(marker, position + len(marker)):
            position += 2 * len(marker)
            continue
        if marker == "&" and ENTITY.match(text, position):
            position += 1  # `&amp;`, `&#39;`: an HTML entity, not an accelerator
            continue
        if following.isalnum():
            found.append(marker + following)
        position += len(marker)
    return found


@register("FMT007", "accelerators", Severity.ERROR, scope="entry-any")
def accelerators(ctx: EntryContext) -> Iterator[Finding]:
    """A keyboard accelerator of the source (`_File`, `&Open`) is missing from the translation,
    or the translation has more than one.

    What it checks: where the configuration names accelerator markers (`accelerators = ["_"]`
    in hexaglot.toml) or the entry's flags do (`accelerator:&`), each entry whose source has an
    accelerator: the translation must have as many (the letter may change: `_File` → `_Fichier`,
    `文件(_F)`). A doubled marker (`&&`) is a literal character. Placeholders are masked first.

    Why it matters: without its accelerator a menu item cannot be reached from the keyboard;
    with two, the toolkit picks one and the other shows as an underscore.

    Example: with `accelerators = ["_"]`, `_File` → `Fichier` gives FMT007.

    How to fix: mark one letter of the translation with the marker, one the menu does not use
    already.
    """
    markers = _markers(ctx)
    entry = ctx.entry
    if not markers or entry.fuzzy:
        return
    for marker in markers:
        if marker not in entry.msgid:
            continue
        for version in _compared(ctx, lambda e: True):
            ours = _accelerators(masked(entry, version.sources[0]), marker)
            if not ours:
                continue
            theirs = _accelerators(masked(entry, version.translation), marker)
            if len(theirs) != len(ours):
                shown = ", ".join(theirs)
                said = f"{len(theirs)} accelerators ({shown})" if theirs else "no accelerator"
                yield ctx.finding("FMT007", f"{version.form}{said} where the source has {len(ours)} ({', '.join(ours)})",
                                  form=version.number, found=shown, expected=tuple(ours))


# The flags that name a format no check reads (xgettext's `sh-format`, `lisp-format`, ...).
_READ_FORMATS = frozenset(f"{kind}-format" for kind in (*PRINTF_FORMATS, *BRACE_FORMATS, *QT_FORMATS, *ICU_FORMATS))


@register("FMT008", "unread-format", Severity.INFO, scope="catalog")
def unread_format(ctx: CatalogContext) -> Iterator[Finding]:
    """Entries are flagged with a format whose placeholders no check compares.

    What it checks: the `<language>-format` flags xgettext writes; FMT003 and FMT004 read
    printf's (C, Python, PHP, JavaScript, Perl, Java's printf, Lua, awk, Tcl), brace fields
    (Python, C#, Java, Perl) and Qt's and KDE's `%1`. Entries flagged with another (`sh-format`,
    `lisp-format`, `ruby-format`, `boost-format`, ...) are counted and said once per catalog,
    at the first of them: a check that read nothing there says so.

    Why it matters: a summary with no placeholder finding is read as placeholders checked.

    Example: a shell script's catalog of `sh-format` entries gives one FMT008.

    How to fix: compare those placeholders with msgfmt --check-format, which knows every
    format gettext does.
    """
    unread = [(c, sorted(flag for flag in c.entry.flags if flag.endswith("-format") and not flag.startswith("no-")
                         and flag not in _READ_FORMATS)) for c in ctx.entries]
    unread = [(c, flags) for c, flags in unread if flags]
    if unread:
        names = ", ".join(sorted({flag for _, flags in unread for flag in flags}))
        yield unread[0][0].finding("FMT008", f"{len(unread)} entr{'ies' if len(unread) != 1 else 'y'} flagged {names}: "
                                   "their placeholders are not compared (hexaglot compares printf, brace, Qt and KDE "
                                   "placeholders)", found=names)
