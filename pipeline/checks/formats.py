"""FMT checks: what a translation must keep of its entry's form: its plural forms, its
placeholders (printf, brace) and its markup."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from pipeline.checks import register
from pipeline.checks.context import CatalogContext, EntryContext
from pipeline.lang import profile
from pipeline.model import Finding, Severity
from pipeline.placeholders import BRACE_FIELD, LINK_ATTRIBUTE, PRINTF, TAG, has_brace, has_printf, has_tags


@register("FMT001", "plural-forms", Severity.ERROR, scope="entry-any")
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
    if not entry.msgid_plural or entry.fuzzy or not any(entry.plural_forms):
        return
    expected = ctx.catalog.nplurals or profile(ctx.lang).plural_count
    said = "the catalog's Plural-Forms declares" if ctx.catalog.nplurals else f"CLDR's rules for {profile(ctx.lang).english_name} have"
    forms = entry.plural_forms
    if len(forms) < expected:
        missing = ", ".join(f"msgstr[{n}]" for n in range(len(forms), expected))
        yield ctx.finding("FMT001", f"{missing} missing: {said} {expected} plural forms", found=f"{len(forms)} forms")
    elif len(forms) > expected:
        yield ctx.finding("FMT001", f"{len(forms)} plural forms where {said} {expected}", found=f"{len(forms)} forms")
    for number, form in enumerate(forms):
        if not form.strip():
            yield ctx.finding("FMT001", f"msgstr[{number}] is empty: the form for some numbers is not translated",
                              found=f"msgstr[{number}]")


@register("FMT002", "plural-forms-header", Severity.WARNING, scope="catalog")
def plural_forms_header(ctx: CatalogContext) -> Iterator[Finding]:
    """The catalog's Plural-Forms header declares another number of forms than the language
    has, in a catalog with plural entries.

    What it checks: nplurals in the header against CLDR's plural rules for the language
    (Babel), once per catalog, at its first translated plural entry.

    Why it matters: every plural entry is translated to the header's count; with too few forms
    some numbers get the wrong one (a Russian catalog with nplurals=2 says `5 файла`).

    Example: `Plural-Forms: nplurals=2; plural=(n != 1);` in a Russian catalog with plural
    entries gives FMT002 (CLDR: 3 forms).

    How to fix: set the language's Plural-Forms (msginit writes it) and translate the forms
    it adds.
    """
    declared, cldr = ctx.catalog.nplurals, profile(ctx.catalog.lang).plural_count
    if declared is None or declared == cldr:
        return
    first = next((c for c in ctx.entries if c.entry.msgid_plural), None)
    if first is not None:
        yield first.finding("FMT002", f"Plural-Forms declares nplurals={declared}; CLDR's rules for "
                            f"{profile(ctx.catalog.lang).english_name} have {cldr} forms", found=f"nplurals={declared}")


# -- placeholders and markup ---------------------------------------------------------------------

def _compared(entry, holds) -> list[tuple[str, str, str]]:
    """(its source, a translation, the form's name) to compare, for an entry that `holds` the
    kind of placeholder or markup checked: none for a fuzzy entry or an untranslated form."""
    if entry.fuzzy or not holds(entry):
        return []
    return [version for version in _versions(entry) if version[1]]


def _versions(entry) -> list[tuple[str, str, str]]:
    """(its source, a translation, the form's name) for the singular and each plural form."""
    if not entry.msgid_plural:
        return [(entry.msgid, entry.msgstr, "")]
    return [(entry.msgid if n == 0 else entry.msgid_plural, form, f"msgstr[{n}]: ")
            for n, form in enumerate(entry.plural_forms) if form]


def _difference(ours: Counter, theirs: Counter) -> tuple[str, str]:
    """What the translation lacks and adds of the source's placeholders (or tags), said, and
    what it adds alone (a finding's `found`); ("", "") where they are the same."""
    missing, added = sorted((ours - theirs).elements()), sorted((theirs - ours).elements())
    said = "; ".join(([f"missing {', '.join(missing)}"] if missing else [])
                     + ([f"not in the source: {', '.join(added)}"] if added else []))
    return said, ", ".join(added)


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


@register("FMT003", "printf-placeholders", Severity.ERROR, scope="entry-any")
def printf_placeholders(ctx: EntryContext) -> Iterator[Finding]:
    """A printf placeholder of the source (`%s`, `%d`, `%1$s`, `%(name)s`) is missing, renamed,
    added or out of order in the translation.

    What it checks: entries flagged `c-format` or `python-format`, and entries whose source has
    a named placeholder (`%(name)s`); named and numbered placeholders by count, the others in
    order. `%%` is a percent sign.

    Why it matters: the program fills the placeholders in: a renamed one (`%(valeu)s`) crashes
    it or prints nothing, a swapped `%s %d` prints garbage.

    Example: `%(count)d documents` → `%(cuont)d документов` gives FMT003.

    How to fix: keep each placeholder exactly as in the source; reorder with numbered
    placeholders (`%1$s`) where the language needs another order.
    """
    for source, translation, form in _compared(ctx.entry, has_printf):
        (keyed, ordered), (theirs, their_order) = _printf_placeholders(source), _printf_placeholders(translation)
        said, added = _difference(keyed, theirs)
        if said:
            yield ctx.finding("FMT003", f"{form}placeholders differ from the source's: {said}", found=added)
        elif ordered != their_order:
            yield ctx.finding("FMT003", f"{form}placeholders {' '.join(their_order) or '(none)'} where the source has "
                              f"{' '.join(ordered) or '(none)'}, in this order", found=" ".join(their_order))


def _brace_fields(text: str) -> Counter:
    return Counter(match.group(0) for match in BRACE_FIELD.finditer(text))


@register("FMT004", "brace-placeholders", Severity.ERROR, scope="entry-any")
def brace_placeholders(ctx: EntryContext) -> Iterator[Finding]:
    """A brace placeholder of the source (`{0}`, `{name}`, `{count:d}`) is missing, renamed or
    added in the translation.

    What it checks: entries flagged `python-brace-format`, and entries whose source has a
    named or numbered field (`{name}`, `{0}`); `{{` and `}}` are literal braces.

    Why it matters: str.format raises KeyError or IndexError on a field it was not given, and
    a field dropped leaves a value out of the sentence.

    Example: `Hello, {name}!` → `Здравствуйте, {nmae}!` gives FMT004.

    How to fix: keep each field exactly as in the source; its position may change.
    """
    for source, translation, form in _compared(ctx.entry, has_brace):
        ours, theirs = _brace_fields(source), _brace_fields(translation)
        said, added = _difference(ours, theirs)
        if said:
            yield ctx.finding("FMT004", f"{form}placeholders differ from the source's: {said}", found=added)


def _tags(text: str) -> list[tuple[str, str, str]]:
    """(`/` for a closing tag, its name lower-cased, its link target) for each tag."""
    found = []
    for match in TAG.finditer(text):
        closing, name, attributes, _ = match.groups()
        link = LINK_ATTRIBUTE.search(attributes or "")
        found.append((closing, name.lower(), link.group(2).strip("\"'") if link else ""))
    return found


@register("FMT005", "markup-tags", Severity.ERROR, scope="entry-any")
def markup_tags(ctx: EntryContext) -> Iterator[Finding]:
    """The translation's XML or HTML tags are not the source's: a tag missing or added, a
    closing tag that closes another (`<a …>здесь</b>`), a link target changed.

    What it checks: entries whose source has tags; the tags as a multiset, their nesting in
    the translation, and `href`/`src` values (other attributes, a `title`, may be translated).

    Why it matters: a broken tag breaks the page it is shown in, or makes a link point
    elsewhere.

    Example: `Click <a href="/help">here</a>.` → `Нажмите <a href="/help">здесь</b>.` gives FMT005.

    How to fix: keep the source's tags and link targets; move them with the words they wrap.
    """
    for source, translation, form in _compared(ctx.entry, has_tags):
        ours, theirs = Counter(_tags(source)), Counter(_tags(translation))
        if ours != theirs:
            said, added = _difference(Counter(map(_shown, ours.elements())), Counter(map(_shown, theirs.elements())))
            same_tags = Counter(t[:2] for t in ours.elements()) == Counter(t[:2] for t in theirs.elements())
            what = "a link target changed" if same_tags else "tags differ"
            yield ctx.finding("FMT005", f"{form}{what} from the source's: {said}", found=added)
            continue
        problem = _nesting(translation)
        if problem:
            yield ctx.finding("FMT005", f"{form}{problem}", found=problem)


def _shown(tag: tuple[str, str, str]) -> str:
    closing, name, link = tag
    return f"<{closing}{name}>" + (f" ({link})" if link else "")


_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "area", "col", "source"}


def _nesting(text: str) -> str:
    """What is wrong with the nesting of a text's tags, or ""."""
    open_tags: list[str] = []
    for match in TAG.finditer(text):
        closing, name, _, self_closing = match.groups()
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
