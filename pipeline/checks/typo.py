"""TYPO checks: the typography of one translation, against its language's conventions."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from pipeline.checks import register
from pipeline.checks.citations import cited_as_published
from pipeline.checks.context import EntryContext
from pipeline.checks.spacing import (
    SpanFault,
    doubled_spaces,
    edge_whitespace,
    ordinary_spaces_in_figures,
    laid_out_breaks,
    guillemets_without_no_break,
    missing_no_break_before_punctuation,
    spaces_between_letters,
)
from pipeline.extract.segment_ids import calls_after_punctuation
from pipeline.invisible import UNUSUAL, end_in, read_through, start_in
from pipeline.lang import profile
from pipeline.lang.identify import SCRIPT_OF
from pipeline.lang.lookalikes import CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC, in_one_script
from pipeline.lang.morphology import morph_analyzer
from pipeline.lang.presentation_forms import PRESENTATION_FORMS, fold_presentation_forms
from pipeline.lang.zh_script import traditional_runs
from pipeline.model import LANGUAGES, Finding, Severity
from pipeline.placeholders import MASK, TAG
from pipeline.value_extraction import EMAIL, URL, may_hold_a_url

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_QUOTES = set("\"“”„«»‹›《》「」『』")
_QUOTE = re.compile("[" + re.escape("".join(sorted(_QUOTES))) + "]")
_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"), ("（", "）"), ("«", "»"), ("“", "”"), ("《", "》"), ("「", "」"))
_LOW_QUOTED = re.compile(r"„([^„“”]*)“")
_BRACKET = re.compile("[" + re.escape("".join(ch for pair in _PAIRS for ch in pair)) + "„]")
_END = {".": ".", "。": ".", ",": ",", "，": ",", "،": ",", ":": ":", "：": ":", ";": ";", "；": ";", "؛": ";", "?": "?", "؟": "?", "？": "?", "!": "!", "！": "!"}
_TRAILING = "\"'»”’)]）》」』 \u00a0\u202f\u2009"  # and the no-break and thin spaces French puts before ? and »
_ABBREVIATION = "an abbreviation's stop"
# The closing guillemet tested from itself (`»(?<!…»)`), not by a look-behind tried at every
# position before it: four times faster on French text, the same matches.
# A sub-item's label closed by a bracket opens nothing: a letter, a number or a small roman
# numeral, then a space, the end or punctuation (`1 a), du Protocole`, `párrafo 1 a) i).`).
# A bracket may follow it, which closes what opened before the label (`(voir par. 1 a))`).
_LIST_LETTER = re.compile(r"(?:^|(?<=\s))(?:[^\W\d_]|[ivx]{2,5}|\d{1,2})\)(?=[\s,;.:)]|$)")
# The same places found from their bracket, which re looks for as a plain character instead of
# trying the look-behind at every position: eighteen times faster, and most texts have none.
_LIST_LETTER_BRACKET = re.compile(r"\)(?<=(?<!\S)[^\W\d_]\))(?![^\s,;.:)])|\)(?<=(?<!\S)\d\))(?![^\s,;.:)])"
                                  r"|\)(?<=(?<!\S)\d\d\))(?![^\s,;.:)])"
                                  + "".join(rf"|\)(?<=(?<!\S)[ivx]{{{n}}}\))(?![^\s,;.:)])" for n in range(2, 6)))
# A sub-paragraph's label in brackets, as English cites it (`paragraph 1 (a)`, `(iv)`), which
# French and Spanish write `1 a)`, `iv)`.
_BRACKETED_LABEL = re.compile(r"\((?:[^\W\d_]|[ivx]{2,5})\)")
_ROUND_BRACKET = re.compile(r"[()]")


@lru_cache(maxsize=8192)
def _script(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    if name.startswith("FULLWIDTH LATIN"):
        return "full-width Latin"
    for script in ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "CJK"):
        if name.startswith(script):
            return script.capitalize() if script != "CJK" else "CJK"
    return None


def without_links(text: str) -> str:
    if "@" not in text and not may_hold_a_url(text):
        return text  # the expressions below would find nothing, and most texts have neither
    text = URL.sub(lambda m: " " * len(m.group(0)), text)
    # `mailto:` with its address: left, its colon took a no-break space (`mailto\u00a0:a@b.org`).
    return _MAILTO.sub(lambda m: " " * len(m.group(0)), EMAIL.sub(lambda m: " " * len(m.group(0)), text))


_MAILTO = re.compile(r"mailto:(?= )", re.IGNORECASE)


@register("TYPO001", "mixed-scripts", Severity.ERROR, text_only=True)
def mixed_scripts(ctx: EntryContext) -> Iterator[Finding]:
    """A word mixes scripts: Latin look-alike letters in a Cyrillic word, Cyrillic in a Latin
    one, full-width Latin letters or digits, Persian digits (`۱۲۳`, which Arabic does not
    use), presentation forms (`ﻣﻜﺘﺐ` for `مكتب`, `ﬁ` for `fi`: the glyphs a PDF's font draws,
    in text copied out of it; --fix writes the letters), Traditional Chinese characters in UN
    Chinese, which is Simplified (`締約國` for `缔约国`; a character both write, `著`, `於`, is
    none); or a code of the source retyped in look-alike letters.

    What it checks: every word of the translation, letter by letter, by Unicode script; and
    each code of the source (Latin letters and digits: `CO2`, `PM10`) written in Cyrillic
    letters that look like its own (`СО2`).

    Why it matters: `Рабочaя группa` (with two Latin `a`) looks right and is wrong: search,
    sorting, spell-checking and any tool that matches text miss it. It comes from keyboard
    layouts and from OCR, and the seed document has it in its title line.

    Example: `Рабочaя группa по незаконному ввозу мигрантов` gives TYPO001 for `Рабочaя` and
    `группa`.

    How to fix: retype the word in one script.
    """
    text = ctx.msgstr
    if text.isascii():
        return  # Latin letters only: most translations
    for run in _FULL_WIDTH_DIGITS.finditer(text):
        # `２０２４年`: read as 2024 by every comparison, but UN texts write their figures in
        # ASCII digits in every language, Chinese included (a full-width run is a typing slip).
        plain = run.group(0).translate(_TO_ASCII_DIGITS)
        yield ctx.finding("TYPO001", f"'{run.group(0)}' is written in full-width digits: write '{plain}'", found=run.group(0),
                          start=run.start(), end=run.end(), replacement=plain)
    for run in _PERSIAN_DIGITS.finditer(text):
        # `۱۲۳۴۵`: Persian and Urdu keyboards' digits, which no Arabic reader's font draws as
        # Arabic's `١٢٣٤٥` (the 4, 5 and 6 differ); UN Arabic writes 0–9.
        plain = run.group(0).translate(_TO_ASCII_DIGITS)
        yield ctx.finding("TYPO001", f"'{run.group(0)}' is written in Persian digits (Extended Arabic-Indic): write '{plain}'",
                          found=run.group(0), start=run.start(), end=run.end(), replacement=plain)
    runs = list(PRESENTATION_FORMS.finditer(text)) if PRESENTATION_FORMS.search(text) else []
    if runs:
        # `ﻣﻜﺘﺐ` for `مكتب`, a text copied out of a PDF: the glyphs its font draws, not letters.
        # Once a text, over every run, which --fix folds: a sentence is a run a word.
        first, written = runs[0].group(0), text[runs[0].start():runs[-1].end()]
        yield ctx.finding("TYPO001", f"'{first}'" + (f" and {len(runs) - 1} more" if len(runs) > 1 else "")
                          + f" {'is' if len(runs) == 1 else 'are'} written in presentation forms (the glyphs a PDF's font "
                          f"draws, not letters: no search, sort or spell-checker reads them): write "
                          f"'{fold_presentation_forms(first)}'", found=written, start=runs[0].start(), end=runs[-1].end(),
                          replacement=fold_presentation_forms(written))
    if ctx.lang == "zh":
        # `締約國` for `缔约国`: UN Chinese is Simplified (a text copied from a Traditional source).
        # Once a text, at its first run, naming the others: a sentence copied whole was ten
        # findings, one a run of characters.
        runs = traditional_runs(text)
        if runs:
            shown = ", ".join(f"'{run.group(0)}'" for run in runs[:5]) + (f" and {len(runs) - 5} more" if len(runs) > 5 else "")
            yield ctx.finding("TYPO001", f"{shown} {'is' if len(runs) == 1 else 'are'} written in Traditional characters: "
                              "UN Chinese writes Simplified ones", found=runs[0].group(0), start=runs[0].start(),
                              end=runs[0].end())
    if not _other_letter().search(text):
        return  # scripts that stand beside Latin
    yield from _lookalike_codes(ctx)
    scripts = {_script(ch) for ch in set(text)} - _BESIDE_LATIN
    if len(scripts) < 2 and "full-width Latin" not in scripts:
        return  # one script in the whole text (most texts): no word can mix two
    if "\\" in text:
        # A catalog's escape written as text (`один\\nСтрока`): its letter is the escape's, not
        # the next word's (FMT006 says the escape where the source has a line break).
        text = _ESCAPED_LETTER.sub(lambda m: " " * len(m.group(0)), text)
    for word in _WORD.finditer(without_links(text)):
        if word.group(0).isascii():
            continue  # one script, and the commonest case by far
        # A compound of a Latin acronym and a Cyrillic word (`IP-адрес`, `JSON-объект`) is
        # two words in two scripts, as written, and so, in Russian, is a Latin name with its
        # case ending after an apostrophe (`в Excel'е`): each part is looked at on its own.
        for part in (_RUSSIAN_PART if ctx.lang == "ru" else _HYPHENATED_PART).finditer(word.group(0)):
            odd = _mixed(part.group(0), ctx.lang)
            if odd:
                start = word.start() + part.start()
                # A Latin name with its Russian ending run on (`в PDFе`): said, never "fixed"
                # into the Latin `PDFe` that in_one_script would make of it.
                declined = ctx.lang == "ru" and _declined_name(part.group(0))
                replacement = None if declined else in_one_script(part.group(0))
                yield ctx.finding("TYPO001", f"'{part.group(0)}' mixes scripts: {odd}", found=part.group(0),
                                  start=start, end=start + len(part.group(0)), replacement=replacement)


# (`\n`, `\t`, `\r` alone: their letters look like no Cyrillic one, where `\a` would hide the
# Latin `a` of a path's `C:\Отчёты\aнализ`)
_ESCAPED_LETTER = re.compile(r"\\[nrt]")
_FULL_WIDTH_DIGITS = re.compile("[\uff10-\uff19]+")
_PERSIAN_DIGITS = re.compile("[\u06f0-\u06f9]+")
_TO_ASCII_DIGITS = {**{0xFF10 + n: str(n) for n in range(10)}, **{0x06F0 + n: str(n) for n in range(10)}}


def _lookalike_codes(ctx: EntryContext) -> Iterator[Finding]:
    """The source's codes (a word of Latin letters and digits: `CO2`, `PM10`) written in the
    translation in the Cyrillic letters that look like their Latin ones (`СО2`): a word in one
    script, which the mixed-word test cannot see. Only a code the source has, and only one with
    a digit: a Cyrillic abbreviation that reads like a Latin one (`ЕС`, the EU, beside the
    source's `EC`) or a label of one letter (`А4`, the paper size, is Cyrillic in Russian
    standards) is the translation's own."""
    if not _DIGIT.search(ctx.msgstr) or not _DIGIT.search(ctx.msgid):
        return  # a code has a digit, in the source and in its twin: most texts have none to look at
    for code in {m.group(0) for m in _CODE.finditer(ctx.msgid)}:
        twin = "".join(LATIN_TO_CYRILLIC.get(ch, ch) for ch in code)
        if sum(ch.isalpha() for ch in code) < 2 or any(ch.isascii() and ch.isalpha() for ch in twin):
            continue  # a letter without a Cyrillic look-alike: the code cannot be retyped so
        for found in re.finditer(rf"(?<![\w.]){re.escape(twin)}(?![\w])", ctx.msgstr):
            yield ctx.finding("TYPO001", f"'{twin}' is written in Cyrillic letters that look like the Latin of the "
                              f"source's '{code}'", found=twin, start=found.start(), end=found.end(), replacement=code)


_DIGIT = re.compile(r"[0-9]")
# A code in a source: Latin letters and digits run together, at least one of each.
_CODE = re.compile(r"(?<![\w.])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]+(?:\.\d+)?(?![\w])")

_HYPHENATED_PART = re.compile("[^-\u2010\u2011]+")
_RUSSIAN_PART = re.compile("[^-\u2010\u2011'\u2019]+")
_DECLINED = re.compile("([A-Za-z]{2,})[\u0430-\u044f\u0451]{1,3}")


def _declined_name(word: str) -> bool:
    """Whether a word is a Latin name with a Russian case ending run on (`PDFе`, `iPhoneа`,
    `gitе`, `ATMом`): a Latin part in capitals (an acronym, `ATM`, whatever its letters), or
    with a letter no Cyrillic one looks like, so that it is Latin for certain; not `Coвет`,
    `poль`, look-alikes in a Russian word, which in_one_script retypes."""
    found = _DECLINED.fullmatch(word)
    return found is not None and (found.group(1).isupper() or any(ch not in LATIN_TO_CYRILLIC for ch in found.group(1)))


# Chinese and Arabic stand next to Latin words as a matter of course (`CTOC文件`).
_BESIDE_LATIN = {None, "CJK", "Arabic"}


@lru_cache(maxsize=None)
def _other_letter() -> re.Pattern[str]:
    """A letter that can mix with Latin: Cyrillic, Greek, full-width Latin (the Basic
    Multilingual Plane sorted by `_script` once per process, ~30 ms), or any character beyond
    that plane. A text without one has nothing to report, and one search says so."""
    letters = (ch for ch in map(chr, range(0x80, 0x10000))
               if not "\ud800" <= ch <= "\udfff" and _script.__wrapped__(ch) in ("Cyrillic", "Greek", "full-width Latin"))
    return re.compile("[" + "".join(map(re.escape, letters)) + "\U00010000-\U0010ffff]")


@lru_cache(maxsize=65536)
def _mixed(word: str, lang: str) -> str | None:
    """The letters of a word that are not in its main script, if it mixes scripts (words
    recur: each is looked at once)."""
    scripts = {_script(ch) for ch in set(word)} - _BESIDE_LATIN
    if len(scripts) > 1 or "full-width Latin" in scripts:
        main = _main_script(word, lang)
        return ", ".join(sorted({f"{ch} ({_script(ch)})" for ch in word if _script(ch) is not None and _script(ch) != main}))
    return None


def _main_script(word: str, lang: str) -> str | None:
    """The script a word mixing two is in: that of its letters no other script has a look-alike
    of (`Рабочaя`: б, ч, я; `Microsоft`: r, f), else, every letter a look-alike (`OOН`), the
    language's, else the script of most of its letters."""
    own = {_script(ch) for ch in word if ch.isalpha() and ch not in LATIN_TO_CYRILLIC and ch not in CYRILLIC_TO_LATIN}
    if len(own) == 1:
        return own.pop()
    if not own and SCRIPT_OF.get(lang) in {_script(ch) for ch in word}:
        return SCRIPT_OF[lang]
    counts: dict[str, int] = {}
    for ch in word:
        script = _script(ch)
        if script:
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.get) if counts else None


@register("TYPO002", "wrong-quotes", Severity.WARNING, text_only=True)
def wrong_quotes(ctx: EntryContext) -> Iterator[Finding]:
    """Quotation marks that are not the language's, or French guillemets without their
    no-break spaces.

    What it checks: « » in Russian and French, “ ” in English and Spanish, “ ” and 《》 in
    Chinese, “ ” or « » in Arabic; straight quotes (`"`) are never right in a UN text; in
    French, « must be followed and » preceded by a no-break space. French and Russian open a
    quotation with « » and quote inside it with “ ” and „ “: those opening a quotation, or
    « » inside « », are wrong. A publication cited as published (a journal article, in its
    source's words) keeps its marks.

    Why it matters: the quotation marks are part of each language's UN style, and straight
    quotes are the trace of text pasted from elsewhere.

    Example: `В резолюции 7/1 "Активизация усилий"` gives TYPO002 (straight quotes, « »
    expected).

    How to fix: use the language's quotation marks.
    """
    if ctx.msgstr == ctx.msgid and ctx.source_lang != ctx.lang and cited_as_published(ctx.msgid):
        return  # a publication cited as published keeps its marks
    language = profile(ctx.lang)
    allowed = {ch for pair in language.quotes for ch in pair}
    text = without_links(ctx.msgstr)
    wrong = sorted(set(_QUOTE.findall(text)) - allowed)
    if wrong:
        expected = " ".join(f"{a}{b}" for a, b in language.quotes)
        # One finding for the entry's wrong marks; its span is the first of them (links were
        # blanked to spaces of their length, so offsets are the msgstr's).
        first = next(m.start() for m in _QUOTE.finditer(text) if m.group(0) in wrong)
        yield ctx.finding("TYPO002", f"quotation marks {' '.join(wrong)} are not {ctx.lang} style; use {expected}",
                          expected=(expected,), found=" ".join(wrong), start=first, end=first + 1)
    elif language.quotes_nest:
        # A source that quotes with single marks (`They share ‘good practices’.`) is inside a
        # quotation an earlier sentence opened: its “ ” are French's inner quotes there.
        first_only_opens = language.quotes_open_with_first_only and not _SINGLE_QUOTED.search(ctx.msgid)
        if fault := _misnested_quote(text, language.quotes, first_only_opens):
            at, said = fault
            yield ctx.finding("TYPO002", said, found=text[at], start=at, end=at + 1)
    if language.nbsp_punctuation:
        for fault in guillemets_without_no_break(text):
            yield _span_finding(ctx, "TYPO002", fault)


# A quotation in single marks: ‘…’, or '…' around words (not an apostrophe's `Parties'`).
_SINGLE_QUOTED = re.compile(r"‘[^’]+’|(?<![\w'])'[^'\n]+'(?!\w)")


def _misnested_quote(text: str, quotes: tuple[tuple[str, str], ...], first_only_opens: bool) -> tuple[int, str] | None:
    """(where, what to say) of the first quotation mark of a language whose quotations nest
    one pair inside the other (French « “ ” », Russian « „ “ ») that stands where the other
    should: the outer pair inside its own (`«… «незаконно ввезенных мигрантов»»`), or, where
    only the first pair opens one, the inner pair opening a quotation (`la publication “Étude
    mondiale”`). A text that closes a quotation before opening one began inside it (a
    sentence of a quoted paragraph)."""
    (opening, closing), inner = quotes[0], quotes[1:]
    inner_opening = {pair[0]: pair for pair in inner}
    if opening not in text and not any(mark in text for mark in inner_opening):
        return None  # most texts: no quotation opens in them
    first_open, first_close = text.find(opening), text.find(closing)
    depth = 1 if first_close >= 0 and (first_open < 0 or first_close < first_open) else 0
    for at, ch in enumerate(text):
        if ch == opening:
            if depth:
                first = inner[0]
                return at, f"{opening}{closing} inside {opening}{closing}: a quotation inside a quotation takes {first[0]}{first[1]}"
            depth += 1
        elif ch == closing:
            depth = max(depth - 1, 0)
        elif ch in inner_opening and not depth and first_only_opens:
            pair = inner_opening[ch]
            return at, (f"{pair[0]}{pair[1]} opens a quotation: a quotation opens with {opening}{closing}, and "
                        f"{pair[0]}{pair[1]} stand inside one")
    return None


# C0 and C1 control characters but tab and line ends: invisible, and never in a sentence.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


# Characters of no width that stand between two parts of a word or a number (a byte-order mark
# pasted with text from a file, a zero-width space from a web page); Arabic's joiner and
# non-joiner shape letters, and are left alone.
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]")
_INVISIBLE_NAMES = {"\u200b": "zero-width space", "\u2060": "word joiner", "\ufeff": "byte-order mark"}
_SOFT_HYPHEN_IN_NUMBER = re.compile(r"\d+(?:\u00ad\d+)+")
# What makes a line read otherwise than it is stored: the bidirectional overrides (U+202D,
# U+202E: `Trojan Source`'s characters), in any language; the embeddings and isolates
# (U+202A–U+202C, U+2066–U+2069) in a language written left to right (an Arabic text may
# embed a Latin name with them). And the line and paragraph separators, a line end no PO tool
# writes as one.
_OVERRIDES = re.compile("[\u202d\u202e]")
_EMBEDDINGS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SEPARATORS = re.compile("[\u2028\u2029]")


_LETTER_SPACED = re.compile(r"[\u3400-\u9fff](?:[ \u3000]+[\u3400-\u9fff]){1,5}")


@register("TYPO003", "whitespace", Severity.WARNING, text_only=True)
def whitespace(ctx: EntryContext) -> Iterator[Finding]:
    """Whitespace faults: double spaces (not a Chinese masthead's letter-spaced name, `大  会`),
    a space between two Chinese characters (`偷运 移民`; not after a label set apart, `第一条　用语`),
    leading or trailing whitespace the source does not
    have, or the source's leading or trailing spaces lost (`Name: ` → `Nombre:`: a program
    joins the string to another by that space; not after a full-width mark, `名称：`), a blank line or an indented line inside the text the source does not have (a
    re-indenting tool's layout, a PDF's line ends pasted in), control characters (a pasted terminal colour code, U+0001) and zero-width ones (a
    zero-width space, a word joiner, a byte-order mark) the source does not have, a soft
    hyphen inside a number, bidirectional controls (an override, U+202E, in any language; an
    embedding or isolate in a language written left to right) and line separators (U+2028)
    the source does not have, and in French an ordinary space or none before `; : ! ?` and
    before a per cent sign after a figure (`10,5%`), and ordinary spaces between a figure's
    groups of three (`2 300` for the source's `2,300`).

    What it checks: the translation's spaces and invisible control characters, and French
    high punctuation, which takes a no-break space before it, except inside a span the
    translation keeps in the source language (an English title cited as published: `Smuggling
    of Migrants: Compendium…` follows English typography).

    Why it matters: double spaces and stray edges show in print; in French an ordinary space
    lets the punctuation start a new line, and a figure break across two.

    Example: `Ouverture de la réunion ;` (ordinary space) gives TYPO003.

    How to fix: remove the extra space; in French use a no-break space (U+00A0 or U+202F).
    """
    text, source = ctx.msgstr, ctx.msgid
    # A name letter-spaced as a Chinese masthead sets it (`大  会`, `联 合 国`): layout, no fault.
    spaced_name = profile(ctx.lang).unspaced and ctx.entry.segment_id.startswith("masthead/") \
        and _LETTER_SPACED.fullmatch(text.strip()) is not None
    # (a table's row of hexaglot's catalogs, `annex/columns`, is its cells joined by spaces)
    language = profile(ctx.lang)
    inside = spaces_between_letters(text, language.script_letters, language.spaced_label, language.english_name) \
        if language.unspaced and language.script_letters and not spaced_name and not ctx.entry.segment_id.startswith("annex/") \
        else []
    doubled = [] if spaced_name else [fault for fault in doubled_spaces(text, source)
                                      if not any(other.start <= fault.start < other.end for other in inside)]
    for fault in sorted(inside + doubled, key=lambda fault: fault.start) + edge_whitespace(text, source) \
            + laid_out_breaks(text, source, profile(ctx.lang).unspaced):
        yield _span_finding(ctx, "TYPO003", fault)
    controls = sorted(set(_CONTROL.findall(text)) - set(_CONTROL.findall(source)))
    if controls:
        names = ", ".join(f"U+{ord(ch):04X}" for ch in controls)
        first = text.index(controls[0])
        yield ctx.finding("TYPO003", f"control character {names} (invisible) that the source does not have",
                          found=controls[0], start=first, end=first + 1)
    zero_width = sorted(set(_ZERO_WIDTH.findall(text)) - set(_ZERO_WIDTH.findall(source)))
    if zero_width:
        # Read through for terms and numbers, but search, sorting and copying see two words.
        names = ", ".join(f"U+{ord(ch):04X} ({_INVISIBLE_NAMES[ch]})" for ch in zero_width)
        first = text.index(zero_width[0])
        yield ctx.finding("TYPO003", f"invisible {names} that the source does not have: searching the text finds "
                          "two words where the reader sees one", found=zero_width[0], start=first, end=first + 1)
    directional = _EMBEDDINGS if not profile(ctx.lang).right_to_left else _OVERRIDES
    for expression, what in ((directional, "bidirectional control"), (_SEPARATORS, "line separator")):
        added = sorted(set(expression.findall(text)) - set(expression.findall(source)))
        if added:
            names = ", ".join(f"U+{ord(ch):04X} ({unicodedata.name(ch).lower()})" for ch in added)
            first = min(text.index(ch) for ch in added)  # the first in the text, not by code
            yield ctx.finding("TYPO003", f"{what} {names} that the source does not have: the text "
                              + ("reads otherwise than it is written" if what != "line separator" else "breaks where no line ends"),
                              found=text[first], start=first, end=first + 1)
    for cut in _SOFT_HYPHEN_IN_NUMBER.finditer(text):
        # Word's optional hyphen between digits: a number that may break across lines.
        yield ctx.finding("TYPO003", f"soft hyphen (U+00AD) inside the number '{cut.group(0)}': it may be cut at a line end",
                          found=cut.group(0), start=cut.start(), end=cut.end())
    if profile(ctx.lang).nbsp_punctuation:
        linkless = without_links(text)
        for fault in missing_no_break_before_punctuation(linkless, source) + ordinary_spaces_in_figures(linkless, source):
            yield _span_finding(ctx, "TYPO003", fault)


def _span_finding(ctx: EntryContext, code: str, fault: SpanFault) -> Finding:
    return ctx.finding(code, fault.message, found=fault.found, start=fault.start, end=fault.end,
                       replacement=fault.replacement)


@register("TYPO004", "end-punctuation", Severity.WARNING, text_only=True)
def end_punctuation(ctx: EntryContext) -> Iterator[Finding]:
    """The translation ends with other punctuation than the source (a stop, a colon, a
    semicolon, a question mark), or with none where the source has one.

    What it checks: the last mark, once closing quotes and brackets are set aside, mapped
    across scripts (`。` is a stop, `،` and `，` commas, `؛` a semicolon, `؟` a question mark).

    Why it matters: list items end with `;` and the last with `.`; a heading ends with
    nothing. A different ending is a merged or split sentence, or a lost list structure.

    Example: `The meeting was opened.` → `Совещание было открыто` gives TYPO004 (`.` in the
    source, none here).

    An item of a list (an agenda's, in hexaglot's catalogs) ends as the language's UN
    documents end one (lang/: Russian leaves items unpunctuated or ends them with `;`, the last
    with `.`), not as the source does; and the item before a list's last ends with its mark
    whether a conjunction follows it or not (`…to States in need; and` is `;`: Arabic `…؛`,
    Chinese `…；`, French `…; et`, not `…, et`). A quotation that closes the sentence with its
    own `?` or `!` ends it as the source's does, a stop after its closing mark or not
    (`preguntó: «¿Qué más se puede hacer?».`, as Spanish writes it, for `asked: "What more can
    be done?"`). An abbreviation's stop in a closing bracket (`Ширина (пикс.)`) is no end.

    How to fix: end as the source does, unless the language's style wants otherwise.
    """
    source_end = _end(_before_closing_tags(ctx.msgid, ctx.entry.msgid), ctx.source_lang)
    translation = _before_closing_tags(ctx.msgstr, ctx.entry.msgstr)
    target_end = _end(translation, ctx.lang)
    if source_end is None or target_end is None:
        # The item before a list's last, its conjunction after its mark (`to States in need;
        # and`): it ends with that mark, whether the other writes the conjunction too (`; et`,
        # not `, et`) or not (Arabic and Chinese: `؛`, `；`).
        source_end = source_end or _end_before_a_conjunction(ctx.msgid)
        target_end = target_end or _end_before_a_conjunction(ctx.msgstr)
    if ctx.list_role in ("item", "sub-item") and target_end in profile(ctx.lang).list_item_endings:
        return  # the language's own way of ending a list's items (the last ends as the source)
    if _ABBREVIATION in (source_end, target_end) and {source_end, target_end} <= {_ABBREVIATION, ".", None}:
        return
    if target_end == "," and source_end is None and ctx.title_runs_on[0]:
        return  # a title the translation runs on into the next line (`Резолюция 2698 (2023),`)
    quoted = ({source_end, target_end} - {"."}).pop() if "." in (source_end, target_end) and source_end != target_end else None
    if quoted in ("?", "!", "…") and _quoted_end(translation, ctx.lang) == quoted \
            and _quoted_end(_before_closing_tags(ctx.msgid, ctx.entry.msgid), ctx.source_lang) == quoted:
        # A quotation that ends the sentence with its own `?` or `!`: English leaves the stop
        # out (`asked: "What more can be done?"`), Spanish writes it after the quotation mark
        # (`preguntó: «¿Qué más se puede hacer?».`, as the RAE has it), and French may.
        return
    if source_end != target_end:
        start = end = None
        last = translation.rstrip(_TRAILING + "\n\t")[-1:]
        # (a stop in another form, `．`, the full-width full stop; not `%` or `*`, the text's own)
        another_form = bool(last) and last not in _END and unicodedata.normalize("NFKC", last) in _END
        if target_end or another_form:
            # the mark itself (three stops for `...`); an ending that is missing is nowhere
            end = len(translation.rstrip(_TRAILING + "\n\t"))
            start = end - (3 if ctx.msgstr[:end].endswith("...") else 1)
        # A mark that ends no sentence (`．`, the full-width full stop, for `。`) is named, not
        # said as none: the text visibly ends with a dot.
        ending = target_end or (f"'{last}' ({unicodedata.name(last, 'a mark').lower()}), which ends no sentence"
                                if another_form else "no punctuation")
        yield ctx.finding("TYPO004", f"ends with {ending}, the source with {source_end or 'no punctuation'}",
                          expected=(source_end or "",), found=target_end or "", start=start, end=end)


def _before_closing_tags(text: str, written: str) -> str:
    """The text as the checks read it (tags masked, the length kept) up to the tags that close
    it as written (`</b>`, a footnote's inline code `<x2/>` after the stop, as CAT tools give
    them): set aside, as closing quotes are, to find the mark the sentence ends with. Read from
    the end, tag by tag: an expression for the run of closing tags tried every opening tag of
    a text nested fifty thousand deep, for minutes."""
    if not written.rstrip().endswith(">") or len(text) != len(written):
        return text  # nearly every text: no tag at its end
    end = _before_spaces(written, len(written))
    while end and written[end - 1] == ">":
        start = written.rfind("<", 0, end)
        if start < 0 or not TAG.fullmatch(written, start, end):
            break
        end = _before_spaces(written, start)
    return text[:end]


def _before_spaces(text: str, end: int) -> int:
    while end and text[end - 1].isspace():
        end -= 1
    return end


# A mark, then the conjunction a list's item before the last closes with (`; and`, `; et`,
# `; либо`, `；并且`, `؛ و`).
_MARK_AND_CONJUNCTION = re.compile(r"([;,；，،؛])\s*(?:and|or|and/or|et|ou|et/ou|y|o|e|u|y/o|и|или|либо|а также|"
                                   r"以及|并且|并|及|和|或者|或|و|أو)\s*$", re.IGNORECASE)


def _end_before_a_conjunction(text: str) -> str | None:
    """The mark a text ends with before a conjunction that closes it (`; and`), or None."""
    found = _MARK_AND_CONJUNCTION.search(text)
    return _END.get(found.group(1)) if found else None


_CLOSING_QUOTES = "\"'»”’」』"


def _quoted_end(text: str, lang: str) -> str | None:
    """The mark a quotation that closes the text ends with (`?` of `«¿Vienes?».` and of
    `"Coming?"`), whether a stop follows its closing mark or not; None where no quotation
    closes the text."""
    stripped = text.rstrip(" \u00a0\u202f\u2009\n\t")
    if stripped.endswith("."):
        stripped = stripped[:-1].rstrip(" \u00a0\u202f\u2009")
    if not stripped.endswith(tuple(_CLOSING_QUOTES)):
        return None
    return _end(stripped, lang)


# A unit's or a word's abbreviation in a closing bracket after the text (`Ширина (пикс.)`,
# `Poids (liv.)`, `Сумма (тыс. руб.)`): its stop is the abbreviation's, not the text's end. Not
# a sentence in brackets (`(See annex.)`, `… (voir l'annexe.)`): one opens the text, the other
# is more than a word or two, or begins with a capital.
_ABBREVIATED_IN_BRACKETS = re.compile(r"\S\s*\(((?:[^\W\d_]{1,5}\.\s*){1,2})\)\s*$")


def _end(text: str, lang: str) -> str | None:
    if text.rstrip().endswith(".)"):
        abbreviated = _ABBREVIATED_IN_BRACKETS.search(text)
        if abbreviated and abbreviated.group(1)[:1].islower():
            return _ABBREVIATION
    stripped = text.rstrip(_TRAILING + "\n\t")
    if stripped.endswith(("…", "...")):
        return "…"  # three stops or the ellipsis sign, one mark in every script (`正在加载……`)
    if stripped.endswith(".") and stripped.rsplit(None, 1)[-1].lower() in profile(lang).abbreviations:
        return _ABBREVIATION  # `1 p.m.` may or may not end a sentence: it matches a stop or nothing
    return _END.get(stripped[-1:]) if stripped else None


@register("TYPO005", "unbalanced-brackets", Severity.ERROR, text_only=True)
def unbalanced(ctx: EntryContext) -> Iterator[Finding]:
    """Brackets or quotation marks that open and do not close, or close and did not open.

    What it checks: ( ) [ ] { } （ ） « » “ ” 《 》 「 」 in the translation, where the
    source is balanced.

    Why it matters: a lost bracket changes the scope of what it encloses, and shows an edit
    that went wrong.

    Example: `Влияние пандемии (COVID-19 на организацию работы` gives TYPO005.

    How to fix: close what is opened.
    """
    if not _BRACKET.search(ctx.msgstr):
        return  # nothing opens or closes: most texts
    # A list letter closed by a bracket (`1 a)`, `b) утверждение`) opens nothing.
    # Inside brackets, a label is one where the translation writes without brackets a label
    # the source writes in them (`(see paragraph 1 (a))`: `(voir par. 1 a))`, `(см. пункт 1 (a)
    # статьи 6)`, whose `6)` closes).
    labels = max(0, _labels_inside_brackets(ctx.msgid) - _labels_inside_brackets(ctx.msgstr)) if "(" in ctx.msgid else 0
    text = _bracket_text(ctx.msgstr, labels)
    source = _bracket_text(ctx.msgid, 0)
    for opening, closing in _PAIRS:
        if text.count(opening) != text.count(closing) and source.count(opening) == source.count(closing):
            at = _unmatched(text, opening, closing)
            count = text.count(opening)
            if opening == "“" and not text.count(closing) and count % 2 == 0:
                # `“Control“`: one mark opens and closes each quotation (Russian's „…“ half
                # remembered), paired as written: say so, and how the language quotes.
                said = " and ".join(f"{left}…{right}" for left, right in profile(ctx.lang).quotes)
                yield ctx.finding("TYPO005", f"'{opening}' both opens and closes its quotations ({count}×); {ctx.lang} quotes "
                                  f"as {said}", found=opening, start=at, end=None if at is None else at + 1)
                continue
            yield ctx.finding("TYPO005", f"{count} '{opening}' but {text.count(closing)} '{closing}'",
                              found=opening + closing, start=at, end=None if at is None else at + 1)
    if "„" in text:  # what is left once each „…“ is taken out (_bracket_text) is never closed
        at = text.index("„")
        yield ctx.finding("TYPO005", f"{text.count('„')} '„' but no '“' after it", found="„“", start=at, end=at + 1)


def _unmatched(text: str, opening: str, closing: str) -> int | None:
    """The offset of the first closing sign nothing opened, else of the outermost opening sign
    left open (`(см. приложение (ст. 2)`: the first), read as nested pairs are."""
    opened: list[int] = []
    for match in re.finditer(re.escape(opening) + "|" + re.escape(closing), text):
        if match.group(0) == opening:
            opened.append(match.start())
        elif opened:
            opened.pop()
        else:
            return match.start()
    return opened[0] if opened else None


def _labels_inside_brackets(text: str) -> int:
    """How many labels in brackets (`(a)`, `(iv)`) stand inside other brackets: `(see paragraph
    1 (a))` has one, `(a) the report (see para. 12)` none."""
    labels = [found.start() for found in _BRACKETED_LABEL.finditer(text)]
    if not labels:
        return 0
    inside, depth, at = 0, 0, 0
    for start in labels:
        depth += text.count("(", at, start) - text.count(")", at, start)
        at = start
        inside += depth > 0
    return inside


@lru_cache(maxsize=4096)
def _bracket_text(text: str, labels_inside: int) -> str:
    """The text as its brackets are counted: links left out, each „…“ taken out, and the
    bracket of each list label (`a)`, `12)`, `iv)`) blanked: of every one where no bracket is
    open (`b) утверждение`, `1 a), du Protocole`), and inside brackets of as many as the source
    writes in brackets (`(see paragraph 1 (a))` is `(voir par. 1 a))`). Past those a number or a
    letter before a bracket is no label: the bracket closes what opened (`(статьи 10 и 11)`,
    `(voir par. 12)`). Each change keeps the length, so that an offset in what it gives is one
    in the text. Cached: the source is the same in five catalogs."""
    text = without_links(text)
    if "„" in text:
        # „…“ (Russian inner quotes, German) closes with the sign English opens with.
        text = _LOW_QUOTED.sub(lambda m: f" {m.group(1)} ", text)
    if not _LIST_LETTER_BRACKET.search(text):
        return text
    labels = {found.end(): found.span() for found in _LIST_LETTER.finditer(text)}  # by the end of their bracket
    blanked, depth = [], 0
    for bracket in _ROUND_BRACKET.finditer(text):
        if bracket.group() == "(":
            depth += 1
        elif bracket.end() in labels and (depth == 0 or labels_inside > 0):
            labels_inside -= depth > 0
            blanked.append(labels[bracket.end()])
        elif depth:
            depth -= 1
    for start, end in blanked:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


@register("TYPO006", "repeated-word", Severity.WARNING, languages=("ar", "en", "es", "fr", "ru"), text_only=True)
def repeated_word(ctx: EntryContext) -> Iterator[Finding]:
    """A word written twice in a row.

    What it checks: the same word (case aside) twice, separated by a space only, a word of
    one letter too where the language has such words (`в в Вене`, `y y`, `à à`); not where
    the source repeats a word itself (`ID token token` → `ID токен токен`), nor a word the
    language's grammar doubles (French `vous vous êtes enregistré`, English `had had`, Arabic
    a definite word after a construct plural, `مهربو المهاجرين المهاجرين`: smugglers of
    migrants … migrants), which doubles a word, never writes it three times. A word repeated
    more times in a row is one finding that counts them.

    Why it matters: the classic slip of editing, invisible when reading for sense.

    Example: `Рабочая группа группа рассмотрит` gives TYPO006.

    How to fix: delete the repetition.
    """
    language = profile(ctx.lang)
    text = ctx.msgstr
    repeated = repeated_words(text, language.one_letter_words)
    if not repeated or _repeats_a_word(ctx.msgid, ctx.source_lang):  # `ID token token` → `ID токен токен` follows its source
        return
    for word, start, end in _runs(text, repeated):
        times = len(text[start:end].split())
        # A word the grammar doubles is written twice, never three times (`vous vous vous`).
        if times == 2 and (word.lower() in language.doubled_words  # `vous vous êtes`
                           or (language.doubled_in_grammar is not None and language.doubled_in_grammar(text, start))):
            continue
        yield ctx.finding("TYPO006", f"'{word}' is repeated" + (f" ({times} times in a row)" if times > 2 else ""),
                          found=text[start:end] if times <= 20 else f"{word} ×{times}", start=start, end=end)


def _runs(text: str, matches: list[re.Match[str]]) -> list[tuple[str, int, int]]:
    """The repetitions as runs of one word: (word, start, end), one for `слово слово слово`
    (a text pasted many times over gave a finding per pair: two million for one entry)."""
    runs: list[list] = []
    for match in matches:
        word = match.group(1)
        if runs and runs[-1][0].lower() == word.lower() and not text[runs[-1][2]:match.start()].strip():
            runs[-1][2] = match.end()
        else:
            runs.append([word, match.start(), match.end()])
    for run in runs:  # the matches are pairs: an odd run's last word is after the last pair
        after = re.compile(rf"\s+{re.escape(run[0])}(?!\w)", re.IGNORECASE).match(text, run[2])
        if after:
            run[2] = after.end()
    return [tuple(run) for run in runs]


def _repeats_a_word(source: str, lang: str) -> bool:
    """Whether the source writes a word twice itself, but for its grammar's own doubling
    (`noted that that approach`, `had had`), which says nothing of the translation's."""
    if not _REPEATED.search(source):
        return False
    doubled = profile(lang).doubled_words if lang in LANGUAGES else frozenset()
    return any(match.group(1).lower() not in doubled for match in repeated_words(source))


# The word is taken whole and never given back (`{2,}+`): a shorter part of it would be
# followed by a letter, not a space, so backtracking could only fail, and it tried every
# shorter part at every word. Possessive, the expression is faster than the test of adjacent
# equal words it needed before (tests/test_qa_checks.py compares the two).
# A word's letters with their combining marks (Arabic's vowels and shadda: `قد` is not the
# start of `قدَّمت`; accents written apart), which `\w` does not match.
# (Not U+0345, the Greek iota subscript: case-insensitive, it matches `Ι` and `ι`, letters, and
# `ΙΙ ΙΙ` read as one letter with a mark.)
_MARKS = "\u0300-\u0344\u0346-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_REPEATED = re.compile(rf"(?<![\w{_MARKS}-])((?:[^\W\d_][{_MARKS}]*+){{2,}}+)\s+\1(?![\w{_MARKS}-])", re.IGNORECASE)


def repeated_words(text: str, one_letter_words: frozenset[str] = frozenset()) -> list[re.Match[str]]:
    """A word written twice in a row: the expression's matches whose two words are the same
    word lower-cased too (`re.IGNORECASE` takes `Aσ AΣ` as one word twice; `lower()` knows the
    second for `aς`, a final sigma, so the words differ); and the language's words of one
    letter (`one_letter_words`) twice, the second in lower case (`В в Вене`; `parts A A` names
    two things)."""
    found = [match for match in _REPEATED.finditer(text) if match.group(1).lower() == match.group(0).split()[-1].lower()]
    if one_letter_words:
        letters = [match for match in _REPEATED_LETTER.finditer(text) if match.group(1).lower() in one_letter_words
                   and match.group(0)[-1].islower() and (match.start() == 0 or not _WORD_SIDE.match(text[match.start() - 1]))]
        if letters:
            found = sorted(found + letters, key=lambda match: match.start())
    return found


# A letter that starts a word (`\b`, which the expression tests only where the letter is, not
# a look-behind tried at every position); a hyphen before it is tested on the few matches.
_REPEATED_LETTER = re.compile(r"\b([^\W\d_])\s+\1(?![\w-])", re.IGNORECASE)
_WORD_SIDE = re.compile(r"[\w-]")


@register("TYPO007", "leading-capital", Severity.INFO, languages=("en", "es", "fr", "ru"), text_only=True)
def leading_capital(ctx: EntryContext) -> Iterator[Finding]:
    """The translation starts with a capital where the source starts in lower case, or the
    other way round.

    What it checks: the first letter of source and translation, in languages with case; not
    where the source starts with a placeholder (`%(model_name)s with this…`, `%d files`), which
    the translation may move, nor where the translation does (`%d файл` for `One file`); nor
    on a sub-item of a list (an agenda's, a paragraph's sub-paragraphs) or a resolution's
    preambular or operative paragraph in a language whose UN documents may start them in lower
    case (Russian: `a) открытие совещания;`, `ссылаясь на …,`, `1. просит …`; French and
    Spanish sub-items in some series), known in a catalog whose contexts are not hexaglot's
    segment ids by a source that ends as a clause does, with `,` or `;`.

    Why it matters: a lost capital marks a fragment or a broken sentence; but list items may
    start in lower case in one language and not another (Russian sub-items do), hence info.

    Example: `The Working Group ...` → `рабочая группа ...` gives TYPO007.

    How to fix: follow the language's style for the start of sentences and list items.
    """
    if ctx.msgid.lstrip().startswith(MASK) and not ctx.entry.msgid.lstrip().startswith("<"):
        return
    if ctx.msgstr.lstrip().startswith(MASK) and not ctx.entry.msgstr.lstrip().startswith("<"):
        return  # the placeholder moved to the front: the letter after it starts no sentence
    if ctx.list_role.endswith("sub-item") and profile(ctx.lang).lower_case_sub_items:
        return  # `a) открытие совещания;`: the language's sub-items may start in lower case
    if ctx.list_role == "clause" and profile(ctx.lang).lower_case_clauses:
        return  # `ссылаясь на …,`: the language's resolutions start their paragraphs so
    if not ctx.catalog.contexts_are_ids and profile(ctx.lang).lower_case_clauses and ctx.msgid.rstrip()[-1:] in (",", ";"):
        return  # the same, in a catalog that says nothing of segments (a CAT tool's XLIFF): a clause
    if ctx.title_runs_on[1]:
        return  # the rest of a title the line above began (`принятая Советом Безопасности …`)
    # The first letter or digit: a text that starts with a number (`11º período de sesiones` for
    # `Eleventh session`) has no case to compare, and `º` is a letter with none.
    source = next((ch for ch in ctx.msgid if ch.isalnum()), "")
    target = next((ch for ch in ctx.msgstr if ch.isalnum()), "")
    cased = source.isupper() or source.islower(), target.isupper() or target.islower()
    if all(cased) and source.isupper() != target.isupper() and profile(ctx.lang).cased:
        state = "a capital" if target.isupper() else "lower case"
        yield ctx.finding("TYPO007", f"starts with {state}, unlike the source", found=target)


@register("TYPO008", "unknown-russian-word", Severity.INFO, languages=("ru",), text_only=True, reads_glossary=True)
def unknown_russian_word(ctx: EntryContext) -> Iterator[Finding]:
    """A Russian word pymorphy3's dictionary does not know: a spelling signal.

    What it checks: lower-case Cyrillic words of four letters or more (names and acronyms
    aside) that are not in the dictionary, whole or as the parts of a compound.

    Why it matters: pymorphy3 knows some 400,000 lemmas in all their forms; a word it does not
    know is often a typo (`незаконнного`) or a run-together phrase (`поэтомупункту`).

    Example: `незаконнного ввоза мигрантов` gives TYPO008 for `незаконнного`.

    Words the glossary knows are known: its Russian terms', and those of the word list kept
    beside it (`glossaries/ru-words.txt`: UN and current words such as `конференционный`,
    `коронавирусный`, one per line in dictionary form, any form of which is then known).

    How to fix: check the spelling; a real word it does not know goes in the word list
    beside the glossary, or is ignored on one entry with `# hexaglot: ignore TYPO008`.
    """
    known = ctx.terminology.known_words("ru")
    abbreviations = profile("ru").abbreviations
    # Read through Word's optional hyphen and zero-width characters (`незакон­ный` is one word).
    text, kept = read_through(ctx.msgstr) if UNUSUAL.search(ctx.msgstr) else (ctx.msgstr, None)
    for match in _RUSSIAN_WORD.finditer(text):
        word = match.group(0)
        if _known_russian(word) or word in known or _normal_form(word) in known or _normal_form(word) in _normal_forms(known):
            continue  # (an inflected form of a term's word: `конференционного` of `конференционное обслуживание`)
        if text.startswith(".", match.end()) and f"{word}." in abbreviations:
            continue  # `разд. I.A`: an abbreviation of the language, not a word
        start, end = (start_in(kept, len(ctx.msgstr), match.start()), end_in(kept, match.end())) if kept else match.span()
        yield ctx.finding("TYPO008", f"'{word}' is not in pymorphy3's dictionary (a typo?)", found=ctx.msgstr[start:end],
                          start=start, end=end)


@lru_cache(maxsize=8)
def _normal_forms(known: frozenset[str]) -> frozenset[str]:
    """The dictionary forms of the words a glossary makes known (its terms' as written)."""
    return frozenset(_normal_form(word) for word in known if _RUSSIAN_WORD.fullmatch(word))


@lru_cache(maxsize=65536)
def _normal_form(word: str) -> str:
    """pymorphy3's dictionary form of a word, guessed from its ending where it does not know
    the word (`коронавирусного` → `коронавирусный`)."""
    return morph_analyzer().parse(word)[0].normal_form


_RUSSIAN_WORD = re.compile(r"(?<![\w-])[а-яё]{4,}(?:-[а-яё]+)*(?![\w-])")


@lru_cache(maxsize=65536)
def _known_russian(word: str) -> bool:
    morph = morph_analyzer()
    return morph.word_is_known(word) or all(morph.word_is_known(part) for part in word.split("-") if part) \
        or _numeral_compound(word, morph)


# The first part of a compound adjective of a number (`шестимесячный`, `трехдневный`,
# `двухгодичный`, `пятидесятилетний`), in the genitive the language joins it in; the longest
# first, so that `двадцати` is not read as `два` and `дцати`.
_NUMERAL_STEMS = tuple(sorted((
    "одно", "двух", "трех", "трёх", "четырех", "четырёх", "пяти", "шести", "семи", "восьми", "девяти", "десяти",
    "одиннадцати", "двенадцати", "пятнадцати", "двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти",
    "семидесяти", "восьмидесяти", "девяноста", "сто", "двухсот", "трехсот", "пятисот", "тысяче", "полу", "много",
    "нескольких"), key=len, reverse=True))


def _numeral_compound(word: str, morph) -> bool:
    """A compound adjective of a number and a known word (`шестимесячный`: шести + месячный,
    `трехдневного`, `пятидесятилетия`), which pymorphy3 lists only as it met them: UN Russian
    makes them for every mandate's and meeting's length."""
    stem = next((stem for stem in _NUMERAL_STEMS if word.startswith(stem) and len(word) - len(stem) >= 4), None)
    return stem is not None and morph.word_is_known(word[len(stem):])


@register("TYPO010", "footnote-call-position", Severity.WARNING, languages=("es", "fr", "ru"), reads_only="footnote")
def footnote_call_position(ctx: EntryContext) -> Iterator[Finding]:
    """A footnote call placed after the punctuation that ends its word, in a language that
    places it before.

    What it checks: in hexaglot's catalogs, the footnote calls the extraction found after a
    full stop, comma, semicolon or colon (the catalog's comment says which); a stop that is
    part of an abbreviation (`мин.`) is the word's, and the call follows it. French, Spanish
    and Russian UN texts place the call before the punctuation; English after it.

    Why it matters: a call after the stop reads as belonging to the next sentence, and is a
    frequent slip where a translation copies the English layout.

    Example: `… ouverte le lundi 27 juin, à 10 heures.¹` gives TYPO010 (write `heures¹.`).

    How to fix: move the call before the punctuation mark.
    """
    if not profile(ctx.lang).footnote_call_before_punctuation:
        return
    for footnote in calls_after_punctuation(ctx.entry.comment):
        yield ctx.finding("TYPO010", f"the call of footnote {footnote} follows the punctuation; "
                          f"{profile(ctx.lang).english_name} places it before the mark (`word1.`, not `word.1`)", found=footnote)


@register("TYPO009", "run-together-words", Severity.WARNING, languages=("ru",), text_only=True)
def run_together(ctx: EntryContext) -> Iterator[Finding]:
    """Russian adverbs written where a preposition and a pronoun were meant: `поэтому
    пункту` for `по этому пункту`, `потому вопросу` for `по тому вопросу`.

    What it checks: `поэтому` or `потому` followed by a word that can only be a noun or
    adjective in the dative, which the adverb cannot govern and the preposition `по` can.

    Why it matters: both words are real, so spell-checkers pass them; the seed document has
    one (`обмен мнениями поэтому пункту повестки дня`).

    Example: `обмен мнениями поэтому пункту повестки дня` gives TYPO009.

    How to fix: write the preposition and the pronoun apart: `по этому пункту`.
    """
    if "тому" not in ctx.msgstr.lower():
        return  # a search for a string, far cheaper than the expression, which tries every word
    morph = morph_analyzer()
    for match in re.finditer(r"(?<![\w-])(по)(этому|тому)\s+([а-яё]+)", ctx.msgstr, re.IGNORECASE):
        parses = morph.parse(match.group(3).lower())
        if parses and all(p.tag.case == "datv" for p in parses if p.tag.POS in ("NOUN", "ADJF", "PRTF")) and any(
            p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in parses
        ):
            found = match.group(0)
            yield ctx.finding("TYPO009", f"'{found}': write '{match.group(1)} {match.group(2)} {match.group(3)}'",
                              expected=(f"{match.group(1)} {match.group(2)} {match.group(3)}",), found=found,
                              start=match.start(), end=match.end())
