"""Finding footnote markers in body text, so that the marker becomes a reference, not text.

In PDF-extracted text a superscript marker comes out as a plain number glued to the word or
stop before it (`год2,`, `работы1`, `a.m.1`, `原则2，`, `2019(2)` in Arabic), or after a space
at the end of a paragraph (`мин. 1`). A marker is searched only for a footnote known to be
on the same page, and the last candidate of the surest kind wins: markers come before the
footnote rule, and a call glued to a word or a stop is surer than a digit after a capital alone
(`annexe I2.`, but `Room M3`).
"""

from __future__ import annotations

import re

# docx references are exact: the docx reader writes them with these private-use delimiters.
EXACT_OPEN, EXACT_CLOSE = "\ue000", "\ue001"
# Arabic's comma and semicolon too: `الوطنية(1)،`. Not a comma, stop or space before three
# digits: that is a number's thousands group or decimal part (`和1,132起`, `1.5亿`, `了1 245起`),
# whose first digit is no call.
_AFTER = r"(?=\s(?![0-9]{3}(?![0-9]))|[;:!?)»”’\"。，；：！？）،؛]|[,.](?![0-9])|$)"
# A word a call is glued to: two letters at least, for a small letter alone before a digit is
# a prefix of it (Arabic's `و1`, "and 1"); or a Chinese character (Chinese writes `原则2，`),
# but a caption's noun, whose number it is (`表1` Table 1, `图2` Figure 2, `框3` Box 3), standing
# alone (a caption's line) or cited (`见表1`, `如图2`, `和表3`); not the end of a word (`发表1`,
# `代表2`, `路线图3`, whose digit is a call).
_CAPTION_NOUN = r"(?<!(?<![\u3400-\u9fff])[表图框])(?<![见如下上附和及、][表图框])"
_WORD_BEFORE = rf"(?:(?<=[^\W\d_][^\W\d_])|(?<=[\u3400-\u9fff\uf900-\ufaff])){_CAPTION_NOUN}"
# A stop a call is glued to: a word's (`teams.3`, `год.2`, an abbreviation's `a.m.1`) or a
# year's (`between 2013 and 2019,2 but`), not a
# number's or a symbol's (`12.5`, `A/77/L.1`: no call, and a digit cut from them); or a
# closing mark, or a stop of a script with no spaces; or a percent sign, which French and
# Spanish set apart from the figure (`augmenté de 8 %1.`, `un 8 %1.`).
_STOP_BEFORE = (r"(?:(?<=[^\W\d_]{2}[.,;:])|(?<=[^\W\d_]\.[^\W\d_]\.)|(?<=(?<![0-9])(?:19|20)[0-9]{2}[.,;:])"
                r"|(?<=[)»”’。，；：）》」』］〉،؛%٪]))")
# A resolution's or a decision's number and the comma or semicolon after it (`resolution
# 77/199,1 which`, an operative paragraph's end `resolution 77/234;4`),
# the call going on into words that list nothing more (not `decisions 2022/5,6 and 7`, `77/2,3
# and 77/4`: numbers of a list).
_RESOLUTION_BEFORE = r"(?:(?<=[0-9]/[0-9][,;])|(?<=[0-9]/[0-9]{2}[,;])|(?<=[0-9]/[0-9]{3}[,;])|(?<=[0-9]/[0-9]{4}[,;]))"
_AFTER_RESOLUTION = r"(?=\s+(?!(?:and|or|et|ou|y|o|e|u|и|или|а|و)\b)[^\W\d_]|[;:.]?$)"
# What a number that opens a Chinese sentence counts or dates (`5月`, `3个`, `2024年`).
# (And what goes on from a number: `3至5条`, `3多年`, `3余起`.)
_COUNTED = "[年月日时分点个名次项届条款段位种倍亿万千百十国人天岁家周部本份批轮层只件起例至多余卷号章节页]"
# A capital alone before the digit: an annex's or a plan's call (`annexe I2.`, `приложение I1,`,
# `Plan B2`), but as often a name with its digit (Vienna's `Conference Room M3`, `Board room
# C4`): taken only where the page has no surer call (find_marker).
_CAPITAL_BEFORE = r"(?<=(?<![^\W\d_])[A-ZА-ЯЁ])"


SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def marker_patterns(number: int) -> list[re.Pattern[str]]:
    """The places a call of footnote `number` is looked for: Word's exact reference; a call
    between two Chinese sentences (find_marker tries it after the next three); a call glued to
    a word, a stop or a closing mark, or alone after a paragraph's last stop; then one glued to
    a capital alone (see _CAPITAL_BEFORE)."""
    n = str(number)
    return [
        re.compile(f"{EXACT_OPEN}{n}{EXACT_CLOSE}"),
        # After a Chinese sentence's stop, the next sentence glued on (a PDF's text has no space
        # there: `…议定书》。1我们呼吁…`); not a number the next sentence opens with (`。5月10日`,
        # `。3国观察员`). A kind of its own, taken only where the page has no surer call: a
        # sentence may open with a number this cannot tell from a call.
        re.compile(rf"(?<=[。！？]){n}(?=[\u3400-\u9fff])(?!{_COUNTED})"),
        re.compile(rf"(?<=\S)\({n}\){_AFTER}"),  # Arabic: "(1)" glued
        # Chinese: glued to a title's closing mark, the sentence going on (`《公约》3的缔约国`),
        # not a number the title is counted by (`《议定书》3条`).
        re.compile(rf"(?<=[》」』]){n}(?=[\u3400-\u9fff])(?!{_COUNTED})"),
        re.compile(rf"{_WORD_BEFORE}{n}{_AFTER}"),  # glued to a word
        # As text copied from Word or a web page writes a call: in superscript digits (`Crime.¹`),
        # after a word of three letters or more, a stop or a closing mark (not `km²`, `10⁶`).
        re.compile(rf"(?:(?<=[^\W\d_]{{3}})|(?<=[.,;:!?)»”’\"。，；：！？）،؛\u3400-\u9fff])){n.translate(SUPERSCRIPT)}"
                   r"(?![⁰¹²³⁴⁵⁶⁷⁸⁹])"),
        re.compile(rf"{_STOP_BEFORE}{n}{_AFTER}"),  # glued to a stop or a closing mark
        re.compile(rf"{_RESOLUTION_BEFORE}{n}{_AFTER_RESOLUTION}"),  # after a resolution's number and comma
        re.compile(rf"(?<=[.。])\s+{n}\s*$"),  # after a space at the very end
        re.compile(rf"{_CAPITAL_BEFORE}{n}{_AFTER}"),
    ]


def _glued_to_a_year(number: int) -> re.Pattern[str]:
    """A call glued to a year at a sentence's or clause's end (`2022` and call 2: `20222.`,
    before the stop as French and Spanish place it), not to a longer number. Looked for only
    where no other call is: `ISO 20022.` is a standard's number."""
    return re.compile(rf"(?<=(?:19|20)[0-9]{{2}})(?<![0-9]{{5}}){number}(?=[.,]|[ \u00a0\u202f]?[;:]|$)")  # French `20224 ;`


def _glued_to_a_resolution(number: int) -> re.Pattern[str]:
    """A call glued to a General Assembly resolution's number at a clause's end, before the
    stop as Russian, French and Spanish place it (`резолюции 77/2344;` for 77/234 and call 4):
    a session's resolutions are numbered in three digits at most, so a fourth is no part of
    the number (but `12/2022`, a month and its year, is no resolution). Looked for only where no
    other call is, as a year's."""
    return re.compile(rf"(?<=(?<![0-9/])[0-9]{{2}}/[0-9]{{3}})(?<!/(?:19|20)[0-9]){number}(?=[.,،]|[ \u00a0\u202f]?[;:؛]|$)")


# How many kinds of call find_marker tells apart, surest first (see there).
CALL_KINDS = 4


def find_marker(text: str, number: int, exact: bool, kind: int | None = None) -> tuple[int, int] | None:
    """The span of the last marker of footnote `number` in `text`, of the surest kind the
    text has (or of kind `kind` alone, 0 the surest: a page's blocks are searched kind by kind,
    so that `teams.3` in one paragraph wins over `Room M3` in the next), or None."""
    exact_call, after_a_chinese_stop, *glued, capital = marker_patterns(number)
    # An exact marker (Word's reference, a PDF's raised call) is taken wherever the text has
    # one; the guesses only in text that has no exact markers, each kind only where no surer
    # one is: `teams.3` before `Room M3`, and either before `2022` with a 3 glued to it.
    if exact or EXACT_OPEN in text:
        kinds = [[exact_call]]
    else:
        kinds = [glued, [after_a_chinese_stop], [capital], [_glued_to_a_year(number), _glued_to_a_resolution(number)]]
    for patterns in kinds if kind is None else kinds[kind:kind + 1]:
        found = [(match.start(), match.end()) for pattern in patterns for match in pattern.finditer(text)]
        if found:
            return max(found)
    return None
