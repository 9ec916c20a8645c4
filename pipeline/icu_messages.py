"""ICU MessageFormat messages (FormatJS's, Lingui's, Java's and ICU4J's catalogs) as a
translation checker needs them: whether a text is one, and the branches of its plural,
selectordinal and select arguments.

pyicumessageformat parses them, as Weblate's ICU check does. placeholders.icu_fields reads
the arguments of a text that may not parse, for FMT004's comparison of fields; this module
judges the syntax and the branches, for FMT009 and FMT010.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyicumessageformat import Parser

from pipeline.placeholders import MAX_NESTING, nesting

# `other` is checked here rather than by the parser (its require_other), to say which argument
# lacks it; tags (`<b>`) are text, as FormatJS's `ignoreTag` reads them.
_PARSER = Parser({"require_other": False, "include_indices": True, "allow_tags": False})

BRANCHED = ("plural", "selectordinal", "select")


@dataclass(frozen=True)
class Choice:
    """An argument with branches: `{count, plural, one {…} other {…}}`."""

    name: str
    kind: str  # plural, selectordinal or select
    selectors: tuple[str, ...]  # in the message's order: `=0`, `one`, `other`
    offset: int
    start: int
    end: int
    # The selectors whose branch writes the number (`#`, or the argument itself, `{count}`).
    counted: frozenset[str] = frozenset()


@dataclass(frozen=True)
class IcuMessage:
    choices: tuple[Choice, ...]  # every argument with branches, nested ones too, in text order


class IcuSyntaxError(ValueError):
    """The text is no ICU message; `position` is where the parser stopped."""

    def __init__(self, message: str, position: int | None):
        super().__init__(message)
        self.position = position


def parse(text: str) -> IcuMessage:
    """The message's arguments with branches; IcuSyntaxError where the text is no ICU message."""
    if nesting(text) > MAX_NESTING:
        raise IcuSyntaxError(f"braces nested {nesting(text)} deep, more than the {MAX_NESTING} a message may have", None)
    try:
        tree = _PARSER.parse(text)
    except SyntaxError as error:
        said = (str(error) or "not an ICU message").replace('"<EOF>"', "the end of the text")
        raise IcuSyntaxError(said, _position(said)) from None
    choices: list[Choice] = []
    _collect(tree, choices)
    return IcuMessage(tuple(sorted(choices, key=lambda choice: choice.start)))


def _writes_the_number(nodes, name: str) -> bool:
    """Whether a branch writes its argument's number: `#`, or `{name}`, in it or in a select
    nested in it (a plural nested in it has a `#` of its own)."""
    for node in nodes if isinstance(nodes, list) else ():
        if not isinstance(node, dict):
            continue
        if node.get("hash") or (node.get("name") == name and node.get("type") not in BRANCHED):
            return True
        if node.get("type") == "select" and isinstance(node.get("options"), dict) \
                and any(_writes_the_number(branch, name) for branch in node["options"].values()):
            return True
    return False


def _position(said: str) -> int | None:
    words = said.split(" at position ", 1)
    digits = words[1].split(" ", 1)[0] if len(words) == 2 else ""
    return int(digits) if digits.isdigit() else None


def _collect(nodes, choices: list[Choice]) -> None:
    for node in nodes:
        if not isinstance(node, dict):
            continue  # text
        options = node.get("options")
        if node.get("type") in BRANCHED and isinstance(options, dict):
            counted = frozenset(selector for selector, branch in options.items() if _writes_the_number(branch, node["name"]))
            choices.append(Choice(node["name"], node["type"], tuple(options), int(node.get("offset") or 0),
                                  node.get("start", 0), node.get("end", 0), counted))
            for branch in options.values():
                _collect(branch, choices)
