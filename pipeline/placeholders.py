"""Placeholders and markup in a translatable string: what a program fills in or renders, not
prose. The FMT checks compare them between source and translation; the text checks (TYPO,
CONS, NUM) read the string with them masked, so that none fires on markup (`%(model_name)s`
is not a word that should be capitalised, `<a href="…">` holds no quotation marks, `{0}` is
no number of the text).

Which kinds an entry holds is said by its flags (`c-format`, `python-format`,
`python-brace-format`, the other `<language>-format` flags xgettext writes, and their `no-`
forms) or, without a flag, by an unmistakable source: a
named printf placeholder (`%(name)s`), a brace field (`{name}`, `{0}`), a template's
interpolation (`{{name}}`, `${name}`, `%{name}`), a tag (`<strong>`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.model import Entry

# printf conversions as C and Python write them: `%s`, `%5.2f`, `%1$s` (numbered), `%(name)s`
# (named); `%%` is a literal percent sign.
# (and Objective-C's `%@`, an object, in objc-format entries).
# C99's `%<PRIuMAX>` (gettext's portable form of `%ju`) is one too, not a tag.
PRINTF = re.compile(r"%(?:(\d+)\$|\(([^()\s]+)\))?[-+ #0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?([diouxXeEfFgGcrsab%@])"
                    r"|%<PRI[diouxX](?:8|16|32|64|MAX|PTR|FAST(?:8|16|32|64)|LEAST(?:8|16|32|64))>")
NAMED_PRINTF = re.compile(r"%\([^()\s]+\)[-+ #0]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]")
# Python's str.format fields: `{0}`, `{name}`, `{name!r:>10}`, `{user.name}`, `{items[0]}`;
# `{{` and `}}` are literal braces. A name is an identifier in any script, as Python reads it:
# `{имя}` is the field a translator made by translating `{name}`, not prose.
BRACE_FIELD = re.compile(r"(?<!\{)\{(?:[^\W\d]\w*|\d*)(?:\.[^\W\d]\w*|\[[^\]{}]+\])*(?:[!:][^{}]*)?\}(?!\})")
# A template's interpolation, which the program fills in as it fills a brace field: `{{name}}`
# and `{{ user.name | upper }}` (i18next, Angular, Vue, Handlebars, Jinja), `${name}`
# (JavaScript's template strings), `%{name}` (Ruby's I18n, i18n-js). Not in a str.format string
# (flagged python-brace-format, or with a `{field}` of its own), where `{{` and `}}` are
# literal braces: `Use {{braces}} for {field}.`
TEMPLATE_FIELD = re.compile(r"\{\{[^{}]+\}\}|[$%]\{[^{}\s]+\}")
TAG = re.compile(r"(?<!%)<(/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*(/?)>")
# A numbered tag (`<0>…</0>`, `<1/>`: Lingui's and react-i18next's <Trans> components), markup
# only in an entry whose source closes one or writes one closed (`numbered_tags`): `<1>` alone is
# a Russian legal text's footnote call, `<<1>>` a quotation.
NUMBERED_TAG = re.compile(r"<(/?)(\d{1,3})()\s*(/?)>")
TAG_OR_NUMBERED = re.compile(f"{TAG.pattern}|{NUMBERED_TAG.pattern}")
# An HTML or XML entity (`&amp;`, `&#160;`): markup's, neither an accelerator's `&` nor French
# punctuation's `;`.
_ENTITY_NAME = r"(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
ENTITY = re.compile(rf"&{_ENTITY_NAME}")
# An `&` that begins no entity (`Enregistrer & fermer`): in markup, a fault.
BARE_AMPERSAND = re.compile(rf"&(?!{_ENTITY_NAME})")
LINK_ATTRIBUTE = re.compile(r"\b(href|src)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)")

# What a masked placeholder or tag reads as: one character per character (positions are
# kept), neither a letter, a digit, a space, a quotation mark nor a bracket.
MASK = "\u2022"


# xgettext's format flags by the placeholders they mean. printf's: C's, Objective-C's,
# Python's, and the languages whose format strings are printf's (PHP's sprintf, JavaScript's
# and Perl's as xgettext reads them, Java's String.format, Lua's, awk's, Tcl's).
PRINTF_FORMATS = ("c", "objc", "python", "php", "javascript", "perl", "java-printf", "lua", "awk", "tcl")
# Fields in braces: Python's str.format, C#'s String.Format, Java's MessageFormat, Perl's
# brace format.
BRACE_FORMATS = ("python-brace", "csharp", "java", "perl-brace")
# Qt's and KDE's numbered arguments (`%1`, `%L1` in the locale's digits, Qt's plural `%n`).
QT_FORMATS = ("qt", "qt-plural", "kde", "kde-kuit")
# ICU MessageFormat, as Weblate flags it (`icu-message-format`): its arguments are brace fields.
ICU_FORMATS = ("icu-message",)
QT_ARGUMENT = re.compile(r"%L?(?:[1-9]\d?|n)(?!\d)")
# The formats in which `{{` and `}}` are literal braces, not a template's interpolation.
_LITERAL_DOUBLE_BRACES = ("python-brace", "csharp")


def flagged(entry: Entry, kind: str) -> bool | None:
    """True where the entry's flags say it is `kind`-format, False where they say it is not
    (`no-kind-format`), None where they say nothing."""
    if f"no-{kind}-format" in entry.flags:
        return False
    return True if f"{kind}-format" in entry.flags else None


def _format_flags(kinds: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The flags that say an entry is of one of `kinds`, and those that say it is not."""
    return frozenset(f"{kind}-format" for kind in kinds), frozenset(f"no-{kind}-format" for kind in kinds)


_FLAGS = {kinds: _format_flags(kinds) for kinds in (PRINTF_FORMATS, BRACE_FORMATS + ICU_FORMATS, QT_FORMATS, ICU_FORMATS,
                                                     _LITERAL_DOUBLE_BRACES)}


def _flagged_any(entry: Entry, kinds: tuple[str, ...]) -> bool | None:
    """True where a flag says the entry is of one of `kinds`, False where one says it is not.
    Asked of every text a check masks: most entries have no flag at all."""
    if not entry.flags:
        return None
    said, unsaid = _FLAGS[kinds]
    return True if not said.isdisjoint(entry.flags) else False if not unsaid.isdisjoint(entry.flags) else None


# printf conversions a source unflagged still plainly holds (a catalog converted from XLIFF or
# a spreadsheet has no flags): `%s`, `%d`, `%1$s`, `%.2f`, `%ld`, with no flag character (`% d`
# is French `50 % des`) and no letter after (`%20site`, a URL's escaped space); Objective-C's
# object, `%@`, `%1$@`, which no prose writes either.
PLAIN_PRINTF = re.compile(r"%(?:\d+\$)?\d*(?:\.\d+)?(?:ll|l|z|h)?[sdiufxX@](?![A-Za-z])")


def has_printf(entry: Entry) -> bool:
    said = _flagged_any(entry, PRINTF_FORMATS)
    return said if said is not None else "%(" in entry.msgid and NAMED_PRINTF.search(entry.msgid) is not None


# A web address, whose `%2F` and `%3D` are escapes, not placeholders.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


def plain_printf(text: str) -> list[re.Match[str]]:
    """The PLAIN_PRINTF placeholders of a text, those inside a web address aside."""
    found = list(PLAIN_PRINTF.finditer(text))
    if found and ("://" in text or "www." in text):
        addresses = [(m.start(), m.end()) for m in _WEB_ADDRESS.finditer(text)]
        found = [m for m in found if not any(start <= m.start() < end for start, end in addresses)]
    return found


def has_plain_printf(entry: Entry) -> bool:
    """printf placeholders in a source no flag speaks of, read by PLAIN_PRINTF (the named ones
    are has_printf's), or in its translation alone (`Close the file` → `Cerrar el archivo %s`:
    a placeholder the program fills with nothing, or crashes on)."""
    return _flagged_any(entry, PRINTF_FORMATS) is None and any(
        "%" in text and bool(plain_printf(text)) for text in _source_and_translations(entry))


def _source_and_translations(entry: Entry) -> tuple[str, ...]:
    return (entry.msgid, entry.msgstr, *entry.plural_forms)


def has_qt_arguments(entry: Entry) -> bool:
    """Qt's numbered arguments, said by a flag or, with none, by a source that numbers two of
    them (`Page %1 of %2`, a catalog ts2po or a platform wrote without flags): no prose writes
    that (a footnote call glued to a percentage, `50 %1`, follows a number)."""
    said = _flagged_any(entry, QT_FORMATS)
    if said is not None or any(flag.endswith("-format") for flag in entry.flags):
        return bool(said)  # (`c-format`: `%1$s` is printf's)
    if entry.msgid_plural and _QT_COUNT.search(entry.msgid_plural):
        return True  # Qt's plural count, `%n document(s)`, its flag lost on the way (a spreadsheet, an XLIFF trip)
    return "%" in entry.msgid and len(set(_PLAIN_QT_ARGUMENT.findall(entry.msgid))) >= 2


# Qt's count in a plural entry: `%n` as a word of its own (not printf's `%n`, which writes
# nothing and no catalog's prose has).
_QT_COUNT = re.compile(r"(?<![%\w])%L?n(?!\w)")


# Qt's numbered arguments in a source no flag speaks of: not after a number (`50 %1`), nor
# printf's numbered conversions (`%1$s`).
_PLAIN_QT_ARGUMENT = re.compile(r"(?<!\d)(?<!\d\s)%([1-9])(?![\d$])")


def has_brace(entry: Entry) -> bool:
    """Brace fields or template interpolations (FMT004 checks both)."""
    said = _flagged_any(entry, BRACE_FORMATS + ICU_FORMATS)
    if said is not None:
        return said
    if "{" in entry.msgid and (BRACE_FIELD.search(entry.msgid) is not None or TEMPLATE_FIELD.search(entry.msgid) is not None
                               or ICU_COMPLEX.search(entry.msgid) is not None):
        return True
    # A field in a translation alone (`Open the file` → `Abrir el archivo {0}`): compared, and
    # masked, so that it is said as a placeholder added, not as the number 0.
    return any("{" in text and BRACE_FIELD.search(text) is not None for text in _source_and_translations(entry)[1:])


def has_icu(entry: Entry) -> bool:
    """An ICU message: flagged so, or a source with an argument that has branches or a type
    (`{count, plural, …}`, `{price, number}`; FMT009 and FMT010 check them)."""
    said = _flagged_any(entry, ICU_FORMATS)
    return said if said is not None else "{" in entry.msgid and ICU_COMPLEX.search(entry.msgid) is not None


def _interpolations(entry: Entry, text: str) -> list[re.Match[str]]:
    """The template interpolations of a text of the entry (see TEMPLATE_FIELD)."""
    if _flagged_any(entry, _LITERAL_DOUBLE_BRACES) is True or "{" not in text:
        return []
    found = list(TEMPLATE_FIELD.finditer(text))
    if any(match.group(0).startswith("{{") for match in found) and BRACE_FIELD.search(TEMPLATE_FIELD.sub("", entry.msgid)):
        found = [match for match in found if not match.group(0).startswith("{{")]  # str.format's literal braces
    return found


# ICU MessageFormat (Lingui's and FormatJS's catalogs): an argument with branches,
# `{count, plural, one {# file} other {# files}}`, `{gender, select, male {He} other {They}}`,
# or with a type, `{price, number, currency}`.
# An argument is named (`{count, …}`) or numbered, as ICU4J and Java's MessageFormat write it
# (`{0, plural, …}`).
ICU_COMPLEX = re.compile(r"\{\s*(?:[A-Za-z_][\w.-]*|\d+)\s*,\s*(?:plural|select|selectordinal|number|date|time|spellout|ordinal|duration)\s*[,}]")
# The numbers of an ICU message's syntax, not of its text: an exact branch's `=0` and `offset:1`.
ICU_SYNTAX_NUMBER = re.compile(r"=\d+(?=\s*\{)|offset:\s*\d+")
_ICU_HEAD = re.compile(r"\{\s*([A-Za-z_][\w.-]*|\d+)\s*(?:,\s*([a-z]+)\s*)?([,}])")
_ICU_SELECTOR = re.compile(r"\s*(?:offset:\s*\d+\s+)?(=?[\w.-]+)\s*\{")


class IcuField(NamedTuple):
    """An argument of an ICU message, where it stands: read as a regular expression's match is."""

    text: str  # `{count, plural}` for an argument with branches, `{name}`, `{price, number}`
    begin: int
    finish: int

    def group(self, _: int = 0) -> str:
        return self.text

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


# No message a person writes nests arguments this deep (a plural in a select in a plural is
# three); the parser, and placeholders.icu_fields, recurse once per level, and a catalog
# nesting hundreds deep stopped the run with a RecursionError.
MAX_NESTING = 32


def nesting(text: str) -> int:
    """How deep the text's braces nest (quoting aside: an upper bound, cheap to ask)."""
    if text.count("{") <= MAX_NESTING:
        return min(text.count("{"), MAX_NESTING)
    depth = deepest = 0
    for character in text:
        if character == "{":
            depth += 1
            deepest = max(deepest, depth)
        elif character == "}":
            depth = max(0, depth - 1)
    return deepest


def icu_fields(text: str, every: bool = False) -> list[IcuField]:
    """The arguments of an ICU message, each once (a branch a language adds, Russian's `few`
    and `many`, repeats the arguments of the others): a branch's text (`{He}`) is no argument.
    `every`: each place an argument is written, as masking wants them (a plural nested in each
    branch of a select names `count, plural` twice: the second was read as words)."""
    found: dict[str, IcuField] = {}
    places: list[IcuField] = []
    if nesting(text) > MAX_NESTING:
        return []  # no message; FMT009 says why (icu_messages.parse)

    def message(at: int) -> int:
        """Reads text and arguments from `at` to the `}` that closes the branch (or the end)."""
        while at < len(text):
            if text[at] == "'" and at + 1 < len(text) and text[at + 1] == "'":
                at += 2  # `''`: an apostrophe, quoting nothing after it
            elif text[at] == "'" and at + 1 < len(text) and text[at + 1] in "{}#":
                closing = text.find("'", at + 1)  # ICU's quoting: '{' is a brace, not an argument
                at = len(text) if closing < 0 else closing + 1
            elif text[at] == "}":
                return at
            elif text[at] == "{":
                at = argument(at)
            else:
                at += 1
        return at

    def argument(at: int) -> int:
        head = _ICU_HEAD.match(text, at)
        if head is None:
            return at + 1  # a brace that opens no argument: text
        name, kind, end = head.groups()
        field = f"{{{name}, {kind}}}" if kind else f"{{{name}}}"
        found.setdefault(field, IcuField(field, at, head.end()))
        places.append(IcuField(field, at, head.end()))
        at = head.end()
        if end == "}":
            return at
        if kind not in ("plural", "select", "selectordinal"):
            depth = 1  # `{price, number, ::currency/EUR}`: its style, to the brace that closes it
            while at < len(text) and depth:
                depth += {"{": 1, "}": -1}.get(text[at], 0)
                at += 1
            return at
        while at < len(text):
            branch = _ICU_SELECTOR.match(text, at)
            if branch is None:
                closing = text.find("}", at)
                return len(text) if closing < 0 else closing + 1
            at = message(branch.end()) + 1
        return at

    at = 0
    while at < len(text):
        at = message(at) + 1  # a `}` that closes nothing is text
    return sorted(places if every else found.values(), key=lambda field: field.begin)


def brace_fields(entry: Entry, text: str) -> list[re.Match[str]]:
    """The brace fields and template interpolations of a text of the entry, in text order:
    `${name}` is one interpolation, not a `{name}` field after a dollar sign. An ICU message's
    are its arguments (icu_fields)."""
    if "{" in entry.msgid and has_icu(entry):  # flagged icu-message-format: its quoting (`l'{type}`) too
        return icu_fields(text)
    found = _interpolations(entry, text)
    taken = [(m.start(), m.end()) for m in found]
    # In a str.format string every brace not doubled opens a field, one of no valid name too
    # (`{AAAA-MM-JJ}` raises KeyError, and msgfmt -c refuses it): flagged so, all are fields.
    fields = str_format_fields(text) if flagged(entry, "python-brace") else BRACE_FIELD.finditer(text)
    found += [m for m in fields if not any(a <= m.start() < b for a, b in taken)]
    if "'" in text and flagged(entry, "java"):
        # Java's MessageFormat quotes from a lone apostrophe to the next: `de l'{1}` prints
        # `de l{1}`, the field gone (msgfmt -c refuses it); `''` is an apostrophe.
        quoted = _java_quoted(text)
        found = [m for m in found if not any(a <= m.start() < b for a, b in quoted)]
    return sorted(found, key=lambda m: m.start())


def str_format_strays(text: str) -> list[int]:
    """Where a str.format string has a brace that opens or closes no field: a lone `}` (`Bonjour
    {name}}`), a `{` never closed. str.format raises ValueError on either."""
    return _str_format(text)[1]


def str_format_fields(text: str) -> list[IcuField]:
    """The fields of a str.format string, read as Python reads them: `{{` and `}}` are braces,
    any other `{` opens a field to the `}` that closes it, fields nested in its format spec
    inside it (`{0:{width}}` is one field; `{{{name}}}` is a brace, `{name}`, a brace). A field
    of no valid name (`{AAAA-MM-JJ}`) is one too: str.format raises KeyError on it. (A field
    never closed is none: str_format_strays says it.)"""
    return _str_format(text)[0]


def _str_format(text: str) -> tuple[list[IcuField], list[int]]:
    """A str.format string's fields, and where its braces stand that open or close none."""
    fields, strays, at = [], [], 0
    while at < len(text):
        if text.startswith(("{{", "}}"), at):
            at += 2
        elif text[at] == "}":
            strays.append(at)
            at += 1
        elif text[at] == "{":
            depth, end = 0, at
            while end < len(text):
                depth += {"{": 1, "}": -1}.get(text[end], 0)
                end += 1
                if depth == 0:
                    break
            if depth:
                strays.append(at)
                break
            fields.append(IcuField(text[at:end], at, end))
            at = end
        else:
            at += 1
    return fields, strays


def _java_quoted(text: str) -> list[tuple[int, int]]:
    """The spans a Java MessageFormat pattern quotes: from a lone apostrophe to the next one (or
    the end); `''` is an apostrophe and quotes nothing."""
    spans, at = [], 0
    while (at := text.find("'", at)) >= 0:
        if text.startswith("''", at):
            at += 2
            continue
        closing = text.find("'", at + 1)
        spans.append((at, len(text) if closing < 0 else closing + 1))
        if closing < 0:
            break
        at = closing + 1
    return spans


def java_quoting_hint(entry: Entry, source: str, translation: str) -> str:
    """Where a java-format translation quotes with an apostrophe its source does not (`l'{1}`,
    French elision before a field), what the apostrophe did."""
    if "'" not in translation or not flagged(entry, "java") or _java_quoted(source):
        return ""
    start, end = _java_quoted(translation)[0]
    if "{" not in translation[start:end]:
        return ""
    return (f" (in Java's MessageFormat the apostrophe in '{translation[max(0, start - 2):start + 3]}' quotes what "
            "follows up to the next one: write ’ or '')")


def has_tags(entry: Entry) -> bool:
    """Tags in the source, or in a translation alone (`Use &lt;code&gt; tags` → `Usa etiquetas
    <code>`: markup the page reads as a tag, where the source shows the characters)."""
    return any("<" in text and TAG.search(text) is not None for text in _source_and_translations(entry)) \
        or numbered_tags(entry)


def numbered_tags(entry: Entry) -> bool:
    """Whether the entry's numbered tags are markup: its source closes one (`</0>`) or writes
    one closed (`<1/>`)."""
    return "<" in entry.msgid and any(closing or closed for closing, _, _, closed in NUMBERED_TAG.findall(entry.msgid))


def tag_parts(match: re.Match[str]) -> tuple[str, str, str, str]:
    """(`/` of a closing tag, its name, its attributes, `/` of a tag closed) of a match of TAG
    or of tag_pattern's."""
    groups = match.groups()
    return groups[:4] if groups[1] is not None else groups[4:8]


def tag_pattern(entry: Entry) -> re.Pattern[str]:
    """The tags of the entry's texts: numbered ones too where they are markup (numbered_tags)."""
    return TAG_OR_NUMBERED if numbered_tags(entry) else TAG


def has_entities(entry: Entry) -> bool:
    """A source that writes markup's characters as entities (`Save &amp; Close`)."""
    return "&" in entry.msgid and ENTITY.search(entry.msgid) is not None


def masked(entry: Entry, text: str) -> str:
    """`text` (the entry's source or a translation of it) with the placeholders and tags the
    entry holds masked, each character by MASK."""
    if "&" in text and ";" in text:
        # `&gt;`, `&#160;`: markup's characters, whose `;` is no French punctuation (TYPO003's
        # fix wrote `&gt ;`, breaking the entity).
        text = ENTITY.sub(lambda m: MASK * len(m.group(0)), text)
    if "%" not in text and "{" not in text and "<" not in text:
        return text
    if has_printf(entry):
        text = PRINTF.sub(lambda m: MASK * len(m.group(0)) if m.group(0) != "%%" else "%%", text)
    elif has_plain_printf(entry):
        for match in reversed(plain_printf(text)):
            text = text[:match.start()] + MASK * (match.end() - match.start()) + text[match.end():]
    if has_qt_arguments(entry):
        text = QT_ARGUMENT.sub(lambda m: MASK * len(m.group(0)), text)
    if has_brace(entry):
        every = icu_fields(text, every=True) if "{" in entry.msgid and has_icu(entry) else brace_fields(entry, text)
        for match in reversed(every):
            text = text[:match.start()] + MASK * (match.end() - match.start()) + text[match.end():]
        if ("=" in text or "offset:" in text) and has_icu(entry):
            text = ICU_SYNTAX_NUMBER.sub(lambda m: MASK * len(m.group(0)), text)
    if has_tags(entry):
        text = tag_pattern(entry).sub(lambda m: MASK * len(m.group(0)), text)
    return text
