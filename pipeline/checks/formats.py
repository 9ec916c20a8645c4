"""FMT checks: what a translation must keep of its entry's form (plural forms, so far)."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks import register
from pipeline.checks.context import CatalogContext, EntryContext
from pipeline.lang import profile
from pipeline.model import Finding, Severity


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
