"""TYPO011: punctuation of another script inside a sentence, and Spanish questions and
exclamations without their opening mark. TYPO004 looks at a sentence's last mark only."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.checks import register
from pipeline.checks.context import CatalogContext, EntryContext
from pipeline.checks.quotations import quoted_spans, without_quotations_and_code
from pipeline.checks.typo import without_links
from pipeline.lang import profile
from pipeline.lang.locales import cldr_decimal_mark
from pipeline.model import Finding, Severity
from pipeline.placeholders import MASK
from pipeline.value_extraction import ENGLISH_NOTATION, SYMBOL


@register("TYPO011", "punctuation-of-another-script", Severity.WARNING, languages=("ar", "es", "zh"), text_only=True)
def punctuation_of_another_script(ctx: EntryContext) -> Iterator[Finding]:
    """A punctuation mark of the Latin script inside a Chinese or Arabic sentence, or a Spanish
    question or exclamation without its opening mark.

    What it checks: in Chinese, a half-width `,` `;` `:` `?` `!` beside a Chinese character
    (`据估计,2021年`), a `.` after one or after a bracket or quotation mark closing Chinese
    text (`（见报告）.`), and `(` `)` around Chinese text, where UN Chinese
    writes `，；：？！。（）`; in Arabic, a Latin `,` `;` `?` after an Arabic letter or before one
    (`عشرة, في`, `في عام 2021, وأن`), where Arabic writes `، ؛ ؟`; and in either, the Latin
    mark that ends a sentence of theirs after a bracket, a quotation mark or a figure (an item
    of a list of documents: `（CTOC/COP/WG.7/2023/1）;`, `(CTOC/COP/WG.7/2023/1);`); in Spanish, a `?` or `!`
    that ends a sentence no `¿` or `¡` opened (either opens either). A mark between Latin
    letters or digits (an address, `2,400`, `10:30`), brackets around Latin letters (UN
    Chinese's `第二款(b)项`; not a document symbol after Chinese text, `背景文件(CTOC/COP/…)`,
    which UN Chinese sets in `（）`), a Spanish mark inside quotation marks (a title cited in
    English, unless the quotation reads as Spanish: `“Cómo puede …?”`), a doubt's `(?)`, or
    one in code (`x != 0`, `colou?r`) are not the sentence's; links are left out. A placeholder or tag reads as a word of the sentence around it (`删除{name}?`).
    TYPO004 compares the mark that ends the text; this one reads inside it.

    Why it matters: the marks belong to each language's UN style; a Latin comma in Chinese or
    Arabic text is the trace of a text typed on another keyboard or pasted from English, and
    a Spanish question without `¿` is read as a statement until its end.

    Example: `据估计,2021年有2,400多名移民` gives TYPO011 (write `据估计，2021年`); `Qué más
    puede hacer el sector privado?` gives TYPO011 (write `¿Qué …?`).

    How to fix: use the language's mark.
    """
    language = profile(ctx.lang)
    # An address whose path is Chinese (`…/wiki/联合国?action=history`) is one to the next
    # space, though URL reading ends it at the first Chinese character.
    text = without_links(_ADDRESS_TO_SPACE.sub(lambda m: " " * len(m.group(0)), ctx.msgstr))
    if language.native_punctuation:
        as_words = _placeholders_read_as_words(text, language.script_letters, "".join(language.native_punctuation))
        script = re.compile(f"[{language.script_letters}]")
        found = [*_foreign_marks(language.code).finditer(as_words), *_foreign_brackets(text, language)]
        last = _ending_mark(language.code).search(as_words)
        if last and script.search(as_words, 0, last.start()) and all(match.start() != last.start() for match in found):
            # The mark that ends a sentence of the script after a bracket, a quotation mark or
            # a figure (an item of a list of documents: `（CTOC/COP/WG.7/2023/1）;`,
            # `(CTOC/COP/WG.7/2023/1);`, `للفترة 2022-2023;`): the sentence's, not the symbol's.
            found.append(last)
        for match in sorted(found, key=lambda m: m.start()):
            if match.group(0).startswith(".") and text[match.start() - 1:match.start()] in ")）」』”" \
                    and not script.search(text, 0, match.start()):
                continue  # `Treaty Series (vol. 2241).`, `UNODC, “Global Study”.` kept in English: its own stop
            mark = match.group(0).strip(" ")
            yield ctx.finding("TYPO011", f"'{mark}' is the Latin script's; {language.english_name} writes "
                              f"'{language.native_punctuation[mark]}' here", expected=(language.native_punctuation[mark],),
                              found=match.group(0), start=match.start(), end=match.end(),
                              replacement=language.native_punctuation[mark])
    if language.opening_marks and any(closing in text for closing in language.opening_marks):
        fault = _unopened(text, language.opening_marks, language.quoted_in_the_language)
        if fault is not None:
            closing = text[fault]
            opening = language.opening_marks[closing]
            yield ctx.finding("TYPO011", f"'{closing}' closes what no '{opening}' opened; {language.english_name} opens "
                              f"{'a question' if closing == '?' else 'an exclamation'} with '{opening}'",
                              expected=(opening,), found=closing, start=fault, end=fault + 1)


_FOREIGN_MARKS: dict[str, re.Pattern[str]] = {}
_ADDRESS_TO_SPACE = re.compile(r"(?:https?://|www\.)\S*", re.IGNORECASE)


def _foreign_marks(code: str) -> re.Pattern[str]:
    """A Latin mark the language writes otherwise, right after or right before a letter of its
    script (LanguageProfile.native_punctuation, .script_letters); brackets apart."""
    if code not in _FOREIGN_MARKS:
        language = profile(code)
        marks = "".join(re.escape(mark) for mark in language.native_punctuation if mark not in "().")
        # (not a heading's numeral, `一. 导言`, whose mark is another: `一、`)
        # (after a bracket or quotation mark that closes the script's text too: `会议已结束（见
        # 报告）.`, and `(见报告).`, whose brackets --fix makes full-width and whose stop it left;
        # a Latin bracket's only in a text of the script, punctuation_of_another_script says)
        closing = "）」』”)" if language.unspaced else ""
        stop = (r"|(?<![一二三四五六七八九十])(?<=[{0}{2}])\.(?![\w.]){1}".format(language.script_letters,
                                                                     " ?" if language.unspaced else "", closing)
                if "." in language.native_punctuation else "")
        letters = language.script_letters
        # Before a letter a space may stand between (`في عام 2021, وأن`); a stop only after one
        # (`口译员.`), as `e.g.` and `U.S.A.` stand before Chinese too.
        # A language written without spaces takes the space after the Latin mark with it
        # (`info@un.org, 或见` → `info@un.org，或见`): its full-width marks hold their own.
        space = r" ?" if language.unspaced else ""
        _FOREIGN_MARKS[code] = re.compile(rf"(?<=[{letters}])[{marks}]{space}|[{marks}]{space}(?=\s?[{letters}]){stop}")
    return _FOREIGN_MARKS[code]


@lru_cache(maxsize=None)
def _ending_mark(code: str) -> re.Pattern[str]:
    """A Latin mark the language writes otherwise that ends the text, after no letter of its
    script (after one, _foreign_marks finds it) and after no Latin letter or mark (`e.g.`, a
    title kept in English ends as English does: `Global Study.`)."""
    language = profile(code)
    marks = "".join(re.escape(mark) for mark in language.native_punctuation if mark not in "()")
    return re.compile(rf"(?<=[)）」』”\d])[{marks}]\s*$")


_MASKED = re.compile(f"{MASK}+")


def _placeholders_read_as_words(text: str, letters: str, marks: str) -> str:
    """`text` with each masked placeholder or tag that ends a sentence of the script written as
    a letter of it: one after the script's letters (a space and a mark apart at most) and before
    one of `marks` that ends the text or stands before the script's next sentence. `删除{name}?`
    reads as `删除除除除除除除?`, whose `?` ends a Chinese sentence, as it would after the name the
    program puts there. A mark between two placeholders, or before Latin text, is theirs
    (`%d:%02d`, `{major}.{minor}`, `{base_url}?lang=zh`, `({x}, {y})`). Positions are kept."""
    if MASK not in text:
        return text
    letter, ending = _script_letter_and_ending(letters, marks)

    def as_word(placeholder: re.Match[str]) -> str:
        before = letter.findall(text, max(0, placeholder.start() - 3), placeholder.start())[-1:]
        if before and ending.match(text, placeholder.end()):
            return before[0] * len(placeholder.group(0))
        return placeholder.group(0)
    return _MASKED.sub(as_word, text)


@lru_cache(maxsize=None)
def _script_letter_and_ending(letters: str, marks: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A letter of the script, and a mark that ends a sentence of it: the mark ends the text,
    or the script's next words follow it, directly or after a space and what stands before
    them (`删除{name}? {n}个文件`, `{name}, {percent}%已完成`). A mark glued to the next
    placeholder is a format's (`%d:%02d分钟`)."""
    return (re.compile(f"[{letters}]"),
            re.compile(f"[{re.escape(marks)}]+(?:$|[{letters}]|\\s+[{MASK}\\d%\\s]*[{letters}])"))


_BRACKETED = re.compile(r"\(([^()]*)\)")
_CHINESE_LABEL = re.compile(r"[一二三四五六七八九十]{1,3}")
_BRACKET = re.compile(r"[()]")
_MIXED_BRACKETS = re.compile(r"（[^（）()]*\)|\([^（）()]*）")
_CODE_BEFORE = re.compile(r"[A-Za-z0-9_]")
_CODE_INSIDE = re.compile(r"[\"'=;{}]")


def _foreign_brackets(text: str, language) -> Iterator[re.Match[str]]:
    """Both marks of a pair of Latin brackets around text of the language's script
    (`大流行(主要是在2020年)`): one fixed alone would leave `（…)`. Brackets around Latin letters
    or digits are theirs, as UN Chinese writes a sub-paragraph's reference (`第二款(b)项`,
    `议程项目3(b)`), a name in English (`(World Drug Report)`) or code (`print(x)`)."""
    if "(" not in language.native_punctuation or ("(" not in text and ")" not in text):
        return
    letter = re.compile(f"[{language.script_letters}]")
    for pair in _BRACKETED.finditer(text):
        code = pair.start() and _CODE_BEFORE.match(text, pair.start() - 1)  # `print("你好")`: a call's brackets
        # A document symbol in the sentence's brackets (`背景文件(CTOC/COP/WG.4/2022/2)。`), which UN
        # Chinese sets in its own (`（CTOC/COP/WG.7/2022/1）`): the symbol pasted from English.
        symbol = SYMBOL.fullmatch(pair.group(1).strip()) is not None and pair.start() > 0 \
            and letter.match(text, pair.start() - 1) is not None
        if _CHINESE_LABEL.fullmatch(pair.group(1)):
            continue  # a sub-paragraph's label in Chinese numerals (`第12段(c)(二)分段`), as REF006 reads it
        if symbol or letter.search(pair.group(1)) and not code and not _CODE_INSIDE.search(pair.group(1)):
            yield from (_bracket_at(text, at, language.unspaced) for at in (pair.start(), pair.end() - 1))
    # One half of a pair typed full-width, the other not (`见附件（第3段)。`): the Latin one.
    for pair in _MIXED_BRACKETS.finditer(text):
        at = pair.start() if pair.group(0)[0] == "(" else pair.end() - 1
        yield _bracket_at(text, at, language.unspaced)


def _bracket_at(text: str, at: int, unspaced: bool) -> re.Match[str]:
    """The Latin bracket at `at`; in a language written without spaces, with the space outside
    it (`HTTP (端口 80) 连接`): a full-width bracket holds its own, and the fix that kept the
    space wrote `HTTP （端口 80） 连接`."""
    if unspaced and text[at] == "(" and at and text[at - 1] == " ":
        return _SPACED_BRACKET.match(text, at - 1)
    if unspaced and text[at] == ")" and text[at + 1:at + 2] == " ":
        return _SPACED_BRACKET.match(text, at)
    return _BRACKET.match(text, at)


_SPACED_BRACKET = re.compile(r" \(|\) ")


def _unopened(text: str, marks: dict[str, str], in_the_language=None) -> int | None:
    """Where the first closing mark of a sentence stands that no opening mark opened (Spanish
    `?` without `¿` or `¡`: either opens either, `¡Qué estás diciendo?`), or None. Not a mark
    inside quotation marks (a title cited in English, `“What Next?”`) unless the quotation
    reads as the language's (`in_the_language`: `“Cómo puede …?”`), a doubt's `(?)`, nor one
    that closes no sentence: in a word or an address (`colou?r`, `search?q=`), after a space
    or a digit (`a ? b : c`, `5!`), before `=` (`x != 0`)."""
    openings = set(marks.values())
    quoted = [(start, end) for start, end in quoted_spans(text)
              if in_the_language is None or not in_the_language(text[start + 1:end - 1])]
    opened = 0
    for match in _CLOSING_OR_OPENING.finditer(text):
        at, ch = match.start(), match.group(0)
        if any(start <= at < end for start, end in quoted):
            continue
        if ch in openings:
            opened += 1
        elif ch in marks and _closes_a_sentence(text, at):
            if not opened:
                return at
            opened -= 1
    return None


_CLOSING_OR_OPENING = re.compile("[?!¿¡]")
def _closes_a_sentence(text: str, at: int) -> bool:
    before, after = text[at - 1:at], text[at + 1:at + 2]
    # (after a letter, a closing mark, or a placeholder, masked: `Eliminar {name}?`)
    if not before or not (before.isalpha() or before in ")]»”’\"'…" + MASK) or (before == "(" and after == ")"):
        return False
    return not after or after.isspace() or after in ")]»”’\"'.,;:?!…"


@register("TYPO012", "decimal-mark", Severity.WARNING, languages=("en", "es", "fr", "ru", "zh"), text_only=True)
def decimal_mark(ctx: EntryContext) -> Iterator[Finding]:
    """A decimal number written with the other decimal mark than the language's.

    What it checks: in French, Spanish and Russian, a number with one or two decimals after a
    point (`2.5`) before a percent sign, the language's words for per cent, or a magnitude
    (`2.5 %`, `1.5 million`, `1.5 млн`), where UN French, Spanish and Russian write `2,5 %`,
    `1,5 millón`, `1,5 млн`; and a number in English notation, which none of them writes: its
    thousands grouped by commas with a decimal point (`1,234.5`) or in two groups at least
    (`1,234,567`), where French writes `1 234 567` (a narrow no-break space), Russian
    `1 234 567` and Spanish `1.234.567`, where the source writes the number so (`1,234` alone
    is a decimal in those languages; `paragraphes 101,102,103`, a list the source spaces, and a
    code, `KA1,234,567`, are left alone). A number alone (`2.5`) may be a section or a target's number
    (`cible 16.2`), and is left alone; three digits after a point group thousands (`1.500`);
    links, code in backticks and quotations (which may quote English) are left as written. In
    English and Chinese, which write a decimal point, the other way round: a decimal comma
    (`2,5%`, `2,5 million`) where the source writes the number (`2.5 per cent`, `2,5 %`).

    Why it matters: the value reads the same to NUM001, which compares values, but the mark is
    the English version's, kept by a translator or a tool that copied the number (or, in
    Chinese, a translator's from a French or Spanish version).

    Example: `une hausse de 2.5 %` gives TYPO012 (write `2,5 %`); `失业率升至2,5%` for `2.5 per
    cent` gives TYPO012 (write `2.5%`).

    A catalog of a variety that writes the other mark, as CLDR has it (`es_419`, `es_MX`:
    `1,234.56`), is left as written.

    How to fix: write the language's decimal mark.
    """
    language = profile(ctx.lang)
    if _a_variety_writing_the_other_mark(ctx.catalog.locale, language):
        return  # `es_419`, `es_MX`: `1,234.56`, as CLDR writes their numbers, where Spain writes `1.234,56`
    if not language.decimal_comma:
        yield from _comma_decimals(ctx, language)
        return
    if not _POINT_BETWEEN_DIGITS.search(ctx.msgstr) and not _COMMA_GROUPS.search(ctx.msgstr):
        return  # most texts: a search far cheaper than blanking their links and quotations
    # Not in a link (`report-2.5%20final.pdf`), code (`zoom = 1.25%`) or a quotation, which may
    # quote English as written (`« inflation rose by 2.5% »`).
    text = without_quotations_and_code(without_links(ctx.msgstr))
    for match in _ENGLISH_NUMBER.finditer(text):
        # `1,234,567.89 dólares`: the English version's number, kept as it is written there, or
        # one of its numbers written so (`1,200,000` for `1.2 million`); not another (`paragraphes
        # 101,102,103` is a list the source spaces, `KA1,234,567` a code).
        written = match.group(0)
        if written not in ctx.msgid and float(written.replace(",", "")) not in ctx.source_values.numbers:
            continue
        ours = written.replace(",", "\0").replace(".", ",").replace("\0", language.thousands_separator)
        marks = "a comma between thousands" + (", a decimal point" if "." in written else "")
        yield ctx.finding("TYPO012", f"'{written}' is written as English writes numbers ({marks}); "
                          f"{language.english_name} writes '{ours}'", expected=(ours,), found=written,
                          start=match.start(), end=match.end(), replacement=ours)
    for match in _point_decimals(language.code).finditer(text):
        written = match.group(0)
        yield ctx.finding("TYPO012", f"'{written}' has a decimal point; {language.english_name} writes a decimal comma: "
                          f"'{written.replace('.', ',')}'", expected=(written.replace(".", ","),), found=written,
                          start=match.start(), end=match.end(), replacement=written.replace(".", ","))


def _a_variety_writing_the_other_mark(locale: str, language) -> bool:
    """Whether a catalog's variety (a region's: `es_419`) writes the other decimal mark than
    its language's UN documents, as CLDR has it: its numbers are its own."""
    mark = cldr_decimal_mark(locale) if locale and "_" in locale else ""
    return bool(mark) and mark != ("," if language.decimal_comma else ".")


# A table's cell (`annex/r3/c2`, the agenda's `annex/r1/time`): its table and its column.
_CELL = re.compile(r"^(?P<table>.*)/r\d+/(?P<column>[^/]+)$")
# A cell that is a number with one or two decimals, its thousands grouped or not, a percent
# sign after it or not: the mark before the decimals.
_DECIMAL_CELL = re.compile(r"[-−–+]?\d{1,3}(?:(?:[ \u00a0\u202f]|(?P<group>[.,]))?\d{3})*(?P<mark>[.,])\d{1,2}\s?%?")


@register("TYPO013", "table-decimal-mark", Severity.WARNING, languages=("en", "es", "fr", "ru", "zh"), scope="catalog")
def table_decimal_mark(ctx: CatalogContext) -> Iterator[Finding]:
    """A table's cell holds a number with the other decimal mark than the cells of its column.

    What it checks: the cells of each column of a table (`annex/r3/c2`) that hold a number
    with one or two decimals alone (`12,5`, `26.7`, `48.5 %`): where as many of the column's
    cells as not write the language's decimal mark (a comma in French, Spanish and Russian, a point
    in English and Chinese), one that writes the other. TYPO012 leaves a number alone in a
    cell, which may be a section's or a target's (`16.2`): a column mostly of them is not said.

    Why it matters: a table's figures are copied from the English version cell by cell, and a
    cell left with its point reads as another number to a French or Spanish reader (`26.7`
    beside `12,5`).

    Example: a French table column `12,5`, `26.7`, `3,4` gives TYPO013 on `26.7` (write `26,7`).

    How to fix: write the language's decimal mark, as the column's other cells do.
    """
    language = profile(ctx.catalog.lang)
    if _a_variety_writing_the_other_mark(ctx.catalog.locale, language):
        return
    own = "," if language.decimal_comma else "."
    columns: dict[tuple[str, str], list[tuple[EntryContext, str]]] = {}
    for entry in ctx.entries:
        cell = _CELL.match(entry.entry.segment_id)
        number = _DECIMAL_CELL.fullmatch(entry.entry.msgstr.strip()) if cell else None
        if number is not None and number.group("group") != number.group("mark"):
            columns.setdefault((cell.group("table"), cell.group("column")), []).append((entry, number.group("mark")))
    for cells in columns.values():
        if 2 * sum(mark == own for _, mark in cells) < len(cells):
            continue  # most cells of the column write the other mark: targets, sections, times
        for entry, mark in cells:
            if mark != own:
                written = entry.entry.msgstr.strip()
                yield entry.finding("TYPO013", f"'{written}' has a decimal {'point' if mark == '.' else 'comma'} where "
                                    f"other cells of its column write the {language.english_name} decimal "
                                    f"{'comma' if own == ',' else 'point'}: '{written.replace(mark, own)}'",
                                    found=written, expected=(written.replace(mark, own),))


def _comma_decimals(ctx: EntryContext, language) -> Iterator[Finding]:
    """TYPO012 in a language of the decimal point: a number with a comma and one or two
    decimals before a percent or a magnitude, which the source writes with a point."""
    if not _COMMA_BETWEEN_DIGITS.search(ctx.msgstr):
        return
    text = without_quotations_and_code(without_links(ctx.msgstr))
    for match in _comma_decimals_of(language.code).finditer(text):
        written = match.group(0)
        if written.replace(",", ".") not in ctx.msgid and written not in ctx.msgid:
            continue  # `1,25` of a list: a number the source does not write (with either mark)
        yield ctx.finding("TYPO012", f"'{written}' has a decimal comma; {language.english_name} writes a decimal point: "
                          f"'{written.replace(',', '.')}'", expected=(written.replace(",", "."),), found=written,
                          start=match.start(), end=match.end(), replacement=written.replace(",", "."))


_COMMA_BETWEEN_DIGITS = re.compile(r"\d,\d")
_COMMA_DECIMALS: dict[str, re.Pattern[str]] = {}


def _comma_decimals_of(code: str) -> re.Pattern[str]:
    if code not in _COMMA_DECIMALS:
        language = profile(code)
        magnitudes = "|".join(re.escape(word) for word in sorted(language.magnitudes, key=len, reverse=True))
        # (a magnitude written onto its number in Chinese, `1,5百万`, and followed by its noun)
        magnitude = rf"(?:{magnitudes})" if language.unspaced else rf"\s+(?:{magnitudes})(?![^\W\d_])"
        after = "|".join(filter(None, [r"\s?%", magnitude if magnitudes else "", language.per_cent_after]))
        _COMMA_DECIMALS[code] = re.compile(rf"(?<![\d.,])\d+,\d{{1,2}}(?![\d.,]?\d)(?=(?:{after}))", re.IGNORECASE)
    return _COMMA_DECIMALS[code]


_POINT_DECIMALS: dict[str, re.Pattern[str]] = {}
_COMMA_GROUPS = re.compile(r"\d,\d{3}[.,]\d")
# A whole number in English notation (value_extraction.ENGLISH_NOTATION), not part of a longer one.
_ENGLISH_NUMBER = re.compile(rf"(?<![\w.,])(?<!\w-)(?:{ENGLISH_NOTATION.pattern})(?![.,]?\d|-\w)")
_POINT_BETWEEN_DIGITS = re.compile(r"\d\.\d")
_RANGE_JOINER = r"(?:\s*[-–—]\s*|\s+(?:à|a|до)\s+)"


def _point_decimals(code: str) -> re.Pattern[str]:
    """A number with a point and one or two decimals, before a percent or a magnitude."""
    if code not in _POINT_DECIMALS:
        language = profile(code)
        magnitudes = "|".join(re.escape(word) for word in sorted(language.magnitudes, key=len, reverse=True))
        after = "|".join(filter(None, [r"\s?%", rf"\s+(?:{magnitudes})(?![^\W\d_])" if magnitudes else "",
                                       language.per_cent_after]))
        number = r"\d+\.\d{1,2}(?![\d.,]?\d)"
        # And the first number of a range before its magnitude (`de 1.5 à 2.5 millions`, `de
        # 1.25 à 2 milliards`, `entre 1.5 y 2.5 millones`): fixed alone, the second left the
        # range with two marks. A range's joiner only (a dash, `à`, `a`, `до`; `et`, `y`, `и`
        # after `entre`, `между`), not `et`, `y`, `и` alone, which join a section's number to
        # an amount as well (`sección 4.2 y 1.5 millones`).
        second = rf"\d+(?:\.\d{{1,2}})?(?:{after})"
        _POINT_DECIMALS[code] = re.compile(rf"(?<![\d.,]){number}(?=(?:{after})|{_RANGE_JOINER}{second})"
                                           rf"|(?<=\bentre )(?<![\d.,]){number}(?=\s+(?:et|y)\s+{second})"
                                           rf"|(?<=\bмежду )(?<![\d.,]){number}(?=\s+и\s+{second})", re.IGNORECASE)
    return _POINT_DECIMALS[code]
