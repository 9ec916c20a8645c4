"""WordprocessingML names and values shared by the modules that read a .docx."""

from __future__ import annotations

import re

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Office Math (an equation, or a number a converter wrote as one): its characters are m:t.
MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

# An ST_DecimalNumber as Word writes it. Longer runs of digits are refused before int() sees
# them: a value is a count or a level, and a million-digit "number" costs time to convert.
_INTEGER = re.compile(r"[+-]?\d{1,10}")
_TRUE = {"1", "true", "on"}


# What Word does not show of a paragraph: its properties (the tab stops of w:pPr/w:tabs are
# w:tab elements too, and would read as tab characters), what tracked changes took out or moved
# away (w:del, w:moveFrom: the text would stand where it no longer is, or twice), a field's
# code (w:instrText: its result is shown), and the copy of a drawing Word writes for older
# readers beside the drawing itself (mc:Fallback: a text box's text twice).
# A text box's paragraphs (w:txbxContent) are shown, but apart from the paragraph the box is
# anchored in: read as blocks of their own (TEXT_BOX), never into its sentence.
TEXT_BOX = f"{W}txbxContent"
HYPERLINK = f"{W}hyperlink"
# The relationship (`r:id`) that names a hyperlink's target.
RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# (and a ruby's reading, w:rt, which Word sets small above its base: not the line's text)
_NOT_SHOWN = {f"{W}pPr", f"{W}rPr", f"{W}del", f"{W}moveFrom", f"{W}instrText", f"{W}rt", f"{MC}Fallback", TEXT_BOX}
# The elements of a run that are shown text, or stand for it.
SHOWN_TEXT = {f"{W}t", f"{W}tab", f"{W}ptab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen", f"{W}footnoteReference",
              f"{W}endnoteReference", f"{MATH}t"}


def shown_paragraphs(element):
    """The paragraphs under `element` (a table cell, a text box), the text boxes' among them,
    each once: not the copies Word writes for older readers in mc:Fallback."""
    for paragraph in element.iter(f"{W}p"):
        if next(paragraph.iterancestors(f"{MC}Fallback"), None) is None:
            yield paragraph


def text_boxes(element):
    """The text boxes anchored under `element` (each once: not the copy Word writes for older
    readers in mc:Fallback, nor a box inside another box, whose paragraphs are the outer
    box's paragraphs' neighbours)."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag == f"{MC}Fallback":
            continue
        if tag == TEXT_BOX:
            yield child
        else:
            yield from text_boxes(child)


def shown_elements(element, hidden_styles: frozenset[str] = frozenset()):
    """The elements under `element` that Word shows as text (SHOWN_TEXT), in document order,
    as Word shows the document with its tracked changes accepted; a run of hidden text is left
    out: hidden by its own properties (w:vanish), or by its character style (one of
    `hidden_styles`) where its own say nothing. So is what stands in a complex field's code,
    between its begin and its separator: the result of a field nested in that code (`{ IF {
    DOCPROPERTY Flag } = "1" "Zetaland" … }` read `1Zetaland`), which Word shows only as the
    outer field's result."""
    in_code: list[bool] = []  # each open field, innermost last: whether its code is being read
    for shown in _shown_and_fields(element, hidden_styles):
        if shown.tag != _FIELD_CHAR:
            if not any(in_code):
                yield shown
            continue
        kind = shown.get(f"{W}fldCharType")
        if kind == "begin":
            in_code.append(True)
        elif kind == "separate" and in_code:
            in_code[-1] = False
        elif kind == "end" and in_code:
            in_code.pop()


_FIELD_CHAR = f"{W}fldChar"


def _shown_and_fields(element, hidden_styles: frozenset[str]):
    """shown_elements' elements, and the complex fields' marks (w:fldChar) among them, hidden
    runs' too (a field's begin in a hidden run still opens it)."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _NOT_SHOWN:  # a comment or processing instruction has no tag name
            continue
        if tag in SHOWN_TEXT or tag == _FIELD_CHAR:
            yield child
        elif tag == f"{W}r" and _hidden(child, hidden_styles):
            yield from child.iter(_FIELD_CHAR)
        else:
            yield from _shown_and_fields(child, hidden_styles)


def _hidden(run, hidden_styles: frozenset[str]) -> bool:
    own = run.find(f"{W}rPr/{W}vanish")
    if own is not None:
        return flag(own)
    return bool(hidden_styles) and value(run.find(f"{W}rPr/{W}rStyle")) in hidden_styles


def hyperlinks(element):
    """The hyperlinks (w:hyperlink) of a paragraph that Word shows, in document order: not in
    what it does not show (_NOT_SHOWN), nor in a text box anchored in it, read on its own."""
    return _shown_descendants(element, frozenset({HYPERLINK}))


def _shown_descendants(element, tags: frozenset[str]):
    """The elements of `tags` under `element`, in document order, but under what Word does not
    show (_NOT_SHOWN, save what `tags` asks for: a field's code)."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or (tag in _NOT_SHOWN and tag not in tags):
            continue
        if tag in tags:
            yield child
        yield from _shown_descendants(child, tags)


def field_instructions(paragraph):
    """The instructions of the fields of a paragraph (`HYPERLINK "https://…"`), in order: a
    simple field's w:instr, or a complex field's w:instrText runs between its begin and its
    separator. Not those Word does not show (_NOT_SHOWN but the field codes themselves), nor
    a text box's."""
    instruction: list[str] | None = None
    for element in _shown_descendants(paragraph, _FIELD_PARTS):
        if element.tag == f"{W}fldSimple":
            yield element.get(f"{W}instr") or ""
        elif element.tag == f"{W}fldChar":
            kind = element.get(f"{W}fldCharType")
            if kind == "begin":
                instruction = []
            elif instruction is not None:  # the separator or the end: the instruction is whole
                yield "".join(instruction)
                instruction = None
        elif instruction is not None:  # w:instrText
            instruction.append(element.text or "")


_FIELD_PARTS = frozenset({f"{W}fldSimple", f"{W}fldChar", f"{W}instrText"})


def integer(element, name: str = "val", low: int = 0, high: int = 2**31 - 1) -> int | None:
    """The integer attribute `name` (w:val) of `element`, clamped into [low, high]; None when
    the element or the attribute is missing or is not a number."""
    if element is None:
        return None
    value = (element.get(f"{W}{name}") or "").strip()
    if not _INTEGER.fullmatch(value):
        return None
    return min(max(int(value), low), high)


def flag(element) -> bool:
    """An on/off property element: present and not switched off (`<w:isLgl/>`, `w:val="1"`)."""
    if element is None:
        return False
    setting = element.get(f"{W}val")
    return setting is None or is_true(setting)


def is_true(setting: str | None) -> bool:
    """An ST_OnOff attribute value that switches something on (`1`, `true`, `on`)."""
    return setting is not None and setting.strip().lower() in _TRUE


def value(element, name: str = "val") -> str | None:
    """The attribute `name` (w:val) of `element`, or None."""
    return None if element is None else element.get(f"{W}{name}")
