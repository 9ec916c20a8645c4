"""Where a translation's spaces are wrong, and what each wrong span should read.

The TYPO checks report these faults; `check --fix` writes their replacements. Both come from
here, so that a fix is made exactly where the check found the fault and nowhere else. Each
function takes the translation as the checks read it (placeholders masked, positions kept) and
its source, and returns spans of that text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from pipeline.placeholders import MASK

NO_BREAK_SPACES = "\u00a0\u202f"


@dataclass(frozen=True)
class SpanFault:
    start: int
    end: int
    found: str  # text[start:end]
    message: str
    replacement: str | None  # what the span should read, where there is one right answer


# Two or more spaces between two words, ordinary or no-break (`mot \u00a0;` is a no-break
# space doubled by an ordinary one: the line may still break there).
_SPACE_RUN = re.compile(r"(?<=\S)[ " + NO_BREAK_SPACES + r"]{2,}(?=\S)")
_ORDINARY_RUN = re.compile(r"\S {2,}\S")


def doubled_spaces(text: str, source: str) -> list[SpanFault]:
    """Runs of spaces inside the text, unless the source has a run of its own (a layout kept,
    as in a table written with spaces). One space is right: the no-break one, where the run
    holds one (it was put there on purpose), else an ordinary one."""
    if "  " not in text and not any(ch in text for ch in NO_BREAK_SPACES):
        return []  # nearly every text: nothing to look at
    if _ORDINARY_RUN.search(source):
        return []
    # A source with a tab lays out columns (`-h, --help\tShow this help`): a run of spaces in
    # the translation may stand for the tab, and one space would not be the right answer.
    certain = "\t" not in source
    faults = []
    for match in _SPACE_RUN.finditer(text):
        run = match.group(0)
        kept = next((ch for ch in run if ch in NO_BREAK_SPACES), " ")
        message = "double space" if kept == " " else "a no-break space doubled by another space"
        faults.append(SpanFault(match.start(), match.end(), run, message, kept if certain else None))
    return faults


# Between two words, a blank line (two line breaks, whitespace around them) or a line break and
# the indentation after it (a re-indenting tool's layout pasted in, text copied from a PDF).
# A carriage return is a line end's part (CRLF).
_LAID_OUT_BREAK = re.compile(r"(?<=\S)(?:[ \t\u00a0\r]*\n[ \t\u00a0\r]*){2,}(?=\S)|(?<=\S)[ \t\u00a0\r]*\n[ \t\u00a0]+(?=\S)")


def laid_out_breaks(text: str, source: str, unspaced: bool = False) -> list[SpanFault]:
    """A blank line or an indented line inside the text where the source has none (a plain
    line break alone is FMT006's); where the source has no line break, what is right is one
    space (nothing in a language written without spaces)."""
    if "\n" not in text or _LAID_OUT_BREAK.search(source):
        return []
    replacement = ("" if unspaced else " ") if "\n" not in source else None
    return [SpanFault(match.start(), match.end(), match.group(0),
                      "a line break with a blank line or indentation inside the text, which the source does not have",
                      replacement)
            for match in _LAID_OUT_BREAK.finditer(text)]


def edge_whitespace(text: str, source: str) -> list[SpanFault]:
    """Whitespace at the start or end of the text where the source has none there (a string
    that ends in a line break in both is a program's, and kept); and the source's spaces at an
    edge that the text lost (`Name: ` → `Nombre:`: a program joins the string to another by
    that space, and the words run together), but before or after a full-width mark, which
    holds its own space (`名称：`), and a line break, which FMT006 compares."""
    if not text.strip():
        return []  # nothing but whitespace: an untranslated entry, which CONS001 reports
    faults = []
    leading = len(text) - len(text.lstrip())
    if leading and source == source.lstrip():
        faults.append(SpanFault(0, leading, text[:leading], "leading whitespace", ""))
    elif not leading and _edge_spaces(source[: len(source) - len(source.lstrip())]) and not _full_width(text[0]):
        faults.append(SpanFault(0, 0, "", "the source's leading space is lost: the string runs into what is put before it",
                                source[: len(source) - len(source.lstrip())]))
    trailing = len(text.rstrip())
    if trailing < len(text) and source == source.rstrip():
        faults.append(SpanFault(trailing, len(text), text[trailing:], "trailing whitespace", ""))
    elif trailing == len(text) and _edge_spaces(source[len(source.rstrip()):]) and not _full_width(text[-1]):
        faults.append(SpanFault(len(text), len(text), "", "the source's trailing space is lost: what is put after the "
                                "string runs into it", source[len(source.rstrip()):]))
    return faults


def _edge_spaces(edge: str) -> bool:
    """Spaces or tabs at a string's edge, no line break among them."""
    return bool(edge) and "\n" not in edge and "\r" not in edge


def _full_width(character: str) -> bool:
    return unicodedata.east_asian_width(character) in ("W", "F")


# A run of them: `?!`, `!!!` take one no-break space, before the run (none inside it, which
# a fix of each mark made, one more a run, `Quoi ?\u00a0!` then `Quoi\u00a0?\u00a0!`).
# (before a space, the end, or a tag or placeholder, masked: `<b>Note :</b> la session`)
_HIGH_PUNCTUATION = re.compile(rf"[;:!?]+(?=\s|$|{MASK})")
# What is no French sentence's punctuation: code in backquotes, an HTML comment.
_CODE = re.compile(r"`[^`\n]*`|<!--.*?-->", re.DOTALL)
_OPENING_GUILLEMET = re.compile(r"«(?![" + NO_BREAK_SPACES + r"]) *")
_CLOSING_GUILLEMET = re.compile(r" *(?<![" + NO_BREAK_SPACES + r"])»")


def no_break_space_for(text: str) -> str:
    """The no-break space a fix puts in: the narrow one (U+202F) where the text already uses
    it and not the other, else U+00A0, which UN French documents use throughout."""
    return "\u202f" if "\u202f" in text and "\u00a0" not in text else "\u00a0"


def missing_no_break_before_punctuation(text: str, source: str) -> list[SpanFault]:
    """French high punctuation (`; : ! ?`) with an ordinary space or none before it, but a
    colon after a digit (`10:30`) and inside a span the translation keeps in the source's
    language (a title cited in English follows English typography)."""
    faults = []
    space = no_break_space_for(text)
    kept = None
    text = _CODE.sub(lambda m: " " * len(m.group(0)), text) if "`" in text or "<!--" in text else text
    for match in _HIGH_PUNCTUATION.finditer(text):
        run, before = match.group(0), text[match.start() - 1] if match.start() else ""
        if before in NO_BREAK_SPACES or (before.isdigit() and run == ":") or not before:
            continue
        if (len(run) > 1 and set(run) & {":", ";"}) or not (before.isalnum() or before in _BREAKING or before in _AFTER_WORD):
            continue  # `std::`, `a;;`, `Ctrl+?`, a line break or a tab (the layout, as the source's): none
        if text[match.end():match.end() + 1] == MASK and (before == MASK or _SCHEME_BEFORE.search(text, 0, match.start())
                                                          or _glued_as_in_source(text, match, source)):
            # Before a tag or placeholder, a mark after another (`%d:%02d`, `{host}:{port}`),
            # after an address's scheme (`tel:{number}`, `mailto:%s`), or glued to a word as the
            # source glues it (`ssh:%s`, `localhost:%d`, `C:%s`) is a format's; after a word of
            # the sentence it is the sentence's (`Erreur :%s`, `<b>Remarque :</b>`).
            continue
        kept = kept if kept is not None else kept_from_source(text, source)  # only where needed: it is slow
        if any(start <= match.start() < end for start, end in kept):
            continue
        # A space that breaks (an ordinary one, a thin U+2009) is replaced, not kept beside it;
        # so are two (`supprimer  ?`: one replaced left a space and a no-break space, a double
        # space no check saw any more).
        start = match.start()
        while start and text[start - 1] in _BREAKING:
            start -= 1
        what = "an ordinary space" if before == " " else "a space that breaks" if before in _BREAKING else "no space"
        faults.append(SpanFault(start, match.end(), text[start:match.end()],
                                f"'{run}' has {what} before it; French needs a no-break space",
                                space + run))
    return faults


# A figure's groups of three apart by ordinary spaces (`2 300`, `1 250 000`), and a per cent
# sign after a figure with an ordinary space or none (`10,5%`, `10 %`).
_GROUPS_WITH_SPACES = re.compile(r"(?<![\d.,\u00a0\u202f])\d{1,3}(?: \d{3})+(?![\d\u00a0\u202f]| \d)")
# (not a placeholder's `%`: Qt's `%1 %2`, printf's `%d`, python's `%(name)s`, unflagged)
_PER_CENT_AFTER_A_FIGURE = re.compile(r"(?<=\d) ?%(?![\w(])")


def ordinary_spaces_in_figures(text: str, source: str) -> list[SpanFault]:
    """French figures a line may break inside: groups of three apart by ordinary spaces (the
    source writing the same figure, `2,300`: not two numbers side by side), and a per cent
    sign after an ordinary space or none. French sets a no-break space in both (`2 300`,
    `10,5 %`)."""
    if not any(ch.isdigit() for ch in text):
        return []
    space = no_break_space_for(text)
    faults = []
    text = _CODE.sub(lambda m: " " * len(m.group(0)), text) if "`" in text or "<!--" in text else text
    figures = {figure.replace(",", "") for figure in re.findall(r"\d{1,3}(?:,\d{3})+|\d{4,}", source)}
    for match in _GROUPS_WITH_SPACES.finditer(text):
        if match.group(0).replace(" ", "") in figures:
            faults.append(SpanFault(match.start(), match.end(), match.group(0), f"'{match.group(0)}' has ordinary spaces "
                                    "between its groups of digits: French needs no-break spaces, or the figure may be cut "
                                    "at a line end", match.group(0).replace(" ", space)))
    for match in _PER_CENT_AFTER_A_FIGURE.finditer(text):
        what = "an ordinary space" if match.group(0).startswith(" ") else "no space"
        faults.append(SpanFault(match.start(), match.end(), match.group(0), f"'%' has {what} before it; French needs "
                                "a no-break space", space + "%"))
    if faults:
        # (a quotation kept in the source's language follows its typography: `rose by 2.5%`)
        kept = kept_from_source(text, source)
        faults = [fault for fault in faults if not any(start <= fault.start < end for start, end in kept)]
    return sorted(faults, key=lambda fault: fault.start)


def _glued_as_in_source(text: str, match, source: str) -> bool:
    """Whether the word before the mark, with the mark, is written so in the source too."""
    word = re.search(r"[\w.-]+$", text[:match.start()])
    return word is not None and (word.group(0) + match.group(0)) in source


# An address's scheme right before a colon (`mailto:`, `tel:`): the address's, no sentence's.
_SCHEME_BEFORE = re.compile(r"(?<![\w.])(?:https?|ftp|mailto|tel|sip|sips|callto|skype|urn|file|news|data|fax|sms)$",
                            re.IGNORECASE)


# What a French sentence's punctuation follows but a letter, a digit or a space: a closing
# quotation mark or bracket, a per cent sign, a stop of an abbreviation, a masked placeholder
# or tag (`%(name)s:`, `</b>:`), Markdown's emphasis (`**Remarque**:`).
_AFTER_WORD = "\"'»”’)]%.…*_\u2022"
# The spaces a line may break at, on a line: an ordinary, an en, an em, a thin, a hair space.
_BREAKING = " \u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a"


_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")


def kept_from_source(text: str, source: str, words: int = 3) -> list[tuple[int, int]]:
    """The spans of a translation that copy at least `words` consecutive words of its source,
    with the punctuation between them: what the translation keeps in the source language (a
    title cited as published, a name, a quotation), which the target's typography does not
    govern."""
    ours = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    theirs = [m.group(0) for m in _TOKEN.finditer(source)]
    matcher = SequenceMatcher(None, theirs, [token for token, _, _ in ours], autojunk=False)
    spans = []
    for _, start, size in matcher.get_matching_blocks():
        block = ours[start:start + size]
        if sum(token[0].isalpha() for token, _, _ in block) >= words:
            spans.append((block[0][1], block[-1][2]))
    return spans


def guillemets_without_no_break(text: str) -> list[SpanFault]:
    """French guillemets without a no-break space on their inner side (`«mot»`, `« mot »` with
    ordinary spaces)."""
    if "«" not in text and "»" not in text:
        return []
    space = no_break_space_for(text)
    faults = []
    for match in _OPENING_GUILLEMET.finditer(text):
        faults.append(SpanFault(match.start(), match.end(), match.group(0),
                                "'«' needs a no-break space on its inner side", "«" + space))
    for match in _CLOSING_GUILLEMET.finditer(text):
        # `« »`: the space is the opening one's, which its fix replaces; this one takes the rest.
        start = max(match.start(), min((f.end for f in faults if match.start() < f.end <= match.end()), default=0))
        faults.append(SpanFault(start, match.end(), text[start:match.end()],
                                "'»' needs a no-break space on its inner side", space + "»"))
    return sorted(faults, key=lambda fault: fault.start)


def spaces_between_letters(text: str, letters: str, label: str, name: str) -> list[SpanFault]:
    """Spaces between two letters of a script written without them (`偷运 移民`, `工作　组`,
    ordinary, no-break or ideographic): a word cut in two, which search and the term checks
    then read as two. Not after a label the language's typesetting sets apart (`label`, its
    profile's spaced_label)."""
    between = _BETWEEN_LETTERS.get(letters) or _BETWEEN_LETTERS.setdefault(
        letters, re.compile(f"(?<=[{letters}])[ \u3000\u00a0\u202f]+(?=[{letters}])"))
    labelled = re.compile(label) if label else None
    return [SpanFault(match.start(), match.end(), match.group(0), f"a space between two {name} characters, where "
                      f"{name} writes none", "")
            for match in between.finditer(text) if labelled is None or not labelled.search(text, 0, match.start())]


_BETWEEN_LETTERS: dict[str, re.Pattern[str]] = {}
