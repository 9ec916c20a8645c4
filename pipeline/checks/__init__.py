"""The check registry: every check is a unit with a code, a name, a default severity, the
languages it applies to, a status and a docstring that becomes its entry in docs/checks.md.

A check yields findings; it never raises and never returns a bool. Entry checks see one
entry with everything computed for it once (the term matches of its source and translation);
catalog checks see all the entries of one catalog.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from difflib import get_close_matches

from pipeline.errors import HexaglotInputError
from pipeline.model import LANGUAGES, Finding, Severity, TermStatus

_SECTIONS = ("What it checks", "Why it matters", "Example", "How to fix")


@dataclass(frozen=True)
class CheckInfo:
    code: str
    name: str
    severity: Severity
    languages: tuple[str, ...]
    # "entry" (translated, not fuzzy), "entry-any" (every entry), "catalog", "document" (the
    # catalogs of one document in all languages) or "run" (every catalog checked).
    scope: str
    run: Callable[..., Iterator[Finding]]
    status: str = "stable"
    # An entry check whose findings follow from the source and translation texts, the
    # language, the entry's flags and its role in a list (EntryContext.list_role), and what is
    # fixed for the whole run (the glossary, the settings), not from comments, other context
    # or other entries: the runner checks a pair of texts met again (a heading in every
    # document of a series) once.
    text_only: bool = False
    # Its findings follow from the glossary too (the TERM checks; TYPO008, which knows the
    # glossary's words): the findings cache keeps them under the glossary's key
    # (pipeline/run/cache.py), so that another glossary never gets this one's findings.
    reads_glossary: bool = False
    # The statuses of the glossary's terms, in a language checked, that a terminology check
    # looks for (TERM002: the deprecated, superseded and forbidden ones): with none there, the
    # check had nothing to do, which a run that selected it says (cli.py).
    looks_for: frozenset[TermStatus] = frozenset()
    # Whether it starts from the concepts the source names (all terminology checks but TERM002,
    # which finds a rejected term whatever the source says): with no term of the sources'
    # language in the glossary, such a check has nothing to do.
    from_source_terms: bool = False
    # The kind of entry it reads alone (pipeline/entry_kinds.py: "plural", "icu"), or "": a run
    # whose catalogs hold none of it had nothing for it to read, which a run that selected it says.
    reads_only: str = ""

    @property
    def doc(self) -> str:
        return _dedent(self.run.__doc__ or "")

    @property
    def family(self) -> str:
        return re.sub(r"\d+$", "", self.code)


REGISTRY: dict[str, CheckInfo] = {}


def register(code: str, name: str, severity: Severity, scope: str = "entry", languages=LANGUAGES, status: str = "stable",
             text_only: bool = False, reads_glossary: bool = False, looks_for: frozenset[TermStatus] = frozenset(),
             from_source_terms: bool = False, reads_only: str = ""):
    def add(run):
        if code in REGISTRY:
            raise ValueError(f"check code {code} registered twice")
        doc = run.__doc__ or ""
        missing = [section for section in _SECTIONS if f"{section}:" not in doc]
        if missing:
            raise ValueError(f"{code}: its docstring lacks {', '.join(missing)}")
        if text_only and scope != "entry":
            raise ValueError(f"{code}: only an entry check can be text_only")
        REGISTRY[code] = CheckInfo(code, name, severity, tuple(languages), scope, run, status, text_only,
                                   reads_glossary or code.startswith("TERM"), looks_for, from_source_terms, reads_only)
        return run

    return add


def all_codes() -> set[str]:
    _load()
    return set(REGISTRY)


def known_codes(values, where: str) -> tuple[str, ...]:
    """Check codes or families as given by a person (`term`, `TERM002`), upper-cased; a value
    that is neither is an error naming it (with the code it may mean), never a selection of
    nothing nor of something else: `TYPO01`, a code short of a digit, took TYPO010 to TYPO019
    and left TYPO001 alone, and `TERM00` every TERM check, in silence. Suppressions read codes
    the same way (run/document_check.py). `where` says where the values come from, for the
    message (`--select`, `'ignore'`)."""
    _load()
    known = set(REGISTRY) | {check.family for check in REGISTRY.values()}
    codes = []
    if values and not any(part.strip() for given in values for part in str(given).split(",")):
        # `--select "$CODES"` with the variable empty selected every check, in silence.
        raise HexaglotInputError("E017", None, f"{where} names no check code (`hexaglot checks list` lists them)")
    # `--select FMT001,FMT003`, as --lang takes `ar,ru` and ruff its codes: each one named.
    for value in (part for given in values for part in str(given).split(",") if part.strip()):
        code = str(value).strip().upper()
        if code not in known:
            near = get_close_matches(code, sorted(REGISTRY), n=1) or get_close_matches(code, sorted(known), n=1)
            raise HexaglotInputError("E017", None, f"{where} names '{value}', which is no check code or family"
                                                   f"{f' ({near[0]}?)' if near else ''} (`hexaglot checks list` lists them)")
        codes.append(code)
    return tuple(codes)


def selected(select: list[str] | None = None, ignore: list[str] | None = None) -> list[CheckInfo]:
    """Checks switched on by code or family prefix (`TERM`, `TERM002`)."""
    _load()
    chosen = [c for _, c in sorted(REGISTRY.items()) if not select or any(c.code.startswith(s) for s in select)]
    return [c for c in chosen if not ignore or not any(c.code.startswith(s) for s in ignore)]


def _load() -> None:
    # Importing a family's module registers its checks.
    from pipeline.checks import consistency, formats, punctuation, terms, typo, values  # noqa: F401


def _dedent(text: str) -> str:
    lines = text.strip("\n").split("\n")
    indent = min((len(l) - len(l.lstrip()) for l in lines[1:] if l.strip()), default=0)
    return "\n".join([lines[0].strip()] + [l[indent:] for l in lines[1:]]).strip()
