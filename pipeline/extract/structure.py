"""The structure of a UN parliamentary document: masthead, title, body by type, footnotes.

The type is read from the title (pipeline/lang/document_parts.py has each language's
phrases): a provisional agenda (pipeline/extract/agenda.py), or a document of headings and
numbered paragraphs — a report, a note, a resolution or decision, or a document of no type
recognised (pipeline/extract/numbered.py). The parts all types share are here: the drafts of
blocks, footnotes and their calls, links, and the order blocks are given in.

Block ids come from the structure (`agenda/1a`, `item/2/p3`, `p/12/b`, `h/2.1`, `op/3`, `fn/2`,
`annex/r4/title`), so they are the same in the six versions and survive edits elsewhere
(pipeline/extract/segment_ids.py reads them back for the checks).
Sentences are split here, after the footnote markers have been taken out of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.errors import HexaglotInputError
from pipeline.extract.agenda import AgendaReader, NotAnAgenda
from pipeline.extract.joining import JoinedText, join_lines
from pipeline.extract.layout import MARK_SYMBOLS, Layout, RawBlock
from pipeline.extract.markers import CALL_KINDS, EXACT_CLOSE, EXACT_OPEN, SUPERSCRIPT, find_marker
from pipeline.extract.masthead import glued_blocks_parted, read_masthead
from pipeline.extract.numbered import NumberedReader
from pipeline.extract.sentences import split_sentences
from pipeline.lang import LanguageProfile
from pipeline.model import CLOSING_MARKS, AnnexRow, Block, BlockKind, ExtractedDocument, HyphenDecision, Masthead, Sentence

SYMBOL_AT_END = re.compile(r"/((?:[A-Z]+)(?:/[\w.]+)+)$")
_TRAILING_MARKER = re.compile(rf"(?<=[.。!?؟…])\s*(?:\(?\d{{1,3}}\)?|{EXACT_OPEN}\d+{EXACT_CLOSE})$")
# How the title blocks name the type a document is read as, for the summary.
TYPE_NAMES = {
    "annotated agenda": "annotated provisional agenda",
    "agenda": "provisional agenda",
    "report": "report",
    "note": "note by the Secretariat",
    "letter": "letter or note verbale",
    "resolution": "resolution or decision",
    "treaty": "treaty text or rules (articles)",
    "generic": "generic (type not recognised)",
}


@dataclass
class _Draft:
    id: str
    kind: BlockKind
    joined: JoinedText
    context: str
    page: int
    in_annex: bool
    refs: list[tuple[int, str]] = field(default_factory=list)  # (offset, footnote id)
    late_calls: set[str] = field(default_factory=set)  # footnotes called after a punctuation mark
    note_of: str | None = None
    marker: int = 0  # for a footnote: the number its marker has in the body text
    mark: str = ""  # for a footnote marked with a symbol (`*`): the symbol, left in the text it is on


def _raised_as_superscript(draft: _Draft) -> None:
    """The exact markers no footnote took, written as the superscript digits they are: a
    PDF's raised digits (`km²`, `10⁶`) and a Word reference to a footnote that is missing or
    empty. Left as they were, the reader's private-use delimiters went into the catalogs,
    sources too, unseen (`10\ue0006\ue001` for `10⁶`)."""
    for match in reversed(list(_EXACT_CALL.finditer(draft.joined.text))):
        start, end = match.span()
        joined = draft.joined
        joined.delete(end - 1, end)
        joined.delete(start, start + 1)
        digits = match.group(1)
        joined.text = joined.text[:start] + digits.translate(SUPERSCRIPT) + joined.text[start + len(digits):]
        draft.refs = [(offset - (2 if offset >= end else 1 if offset > start else 0), ref) for offset, ref in draft.refs]


_EXACT_CALL = re.compile(f"{EXACT_OPEN}([^{EXACT_CLOSE}]*){EXACT_CLOSE}")


def build_document(
    path: str,
    layout: Layout,
    profile: LanguageProfile,
    usage: Counter[str],
) -> ExtractedDocument:
    return DocumentBuilder(path, layout, profile, usage).build()


class DocumentBuilder:
    def __init__(self, path: str, layout: Layout, profile: LanguageProfile, usage: Counter[str]):
        self.path = path
        self.layout = layout
        self.profile = profile
        self.usage = usage
        self.hyphenation: list[HyphenDecision] = []
        self.drafts: list[_Draft] = []
        self.annex_rows: list[AnnexRow] = []
        self.notes: list[str] = list(layout.notes)
        self.symbol = ""  # the document's own, as its masthead names it (once read)

    # -- helpers the part readers use ----------------------------------------------------
    def join(self, lines) -> JoinedText:
        return join_lines(lines, self.profile, self.usage, self.hyphenation)

    def peek(self, lines) -> str:
        """A block's text, to look at before deciding what it is: its hyphen decisions are
        not recorded (they are when the block is joined to be added)."""
        return join_lines(lines, self.profile, self.usage, []).text

    def add(self, block_id: str, kind: BlockKind, joined: JoinedText, context: str, page: int, in_annex=False):
        joined.strip()
        if joined.text:
            self.drafts.append(_Draft(block_id, kind, joined, context, page, in_annex))

    def insert_after(self, previous_id: str, block_id: str, kind: BlockKind, joined: JoinedText, context: str, page: int, in_annex=False):
        index = next(i for i, d in enumerate(self.drafts) if d.id == previous_id) + 1
        self.drafts.insert(index, _Draft(block_id, kind, joined, context, page, in_annex))

    def fail(self, line: int, message: str):
        raise HexaglotInputError("E006", self.path, message, line)

    # -- the document --------------------------------------------------------------------
    def build(self) -> ExtractedDocument:
        raw = self.layout.blocks
        if not raw:
            self.fail(1, "no text blocks found")
        raw = glued_blocks_parted(self, raw)
        position, masthead = read_masthead(self, raw)
        self.symbol = masthead.symbol if masthead is not None else ""
        if masthead is None:
            self.notes.append("no masthead (no place-and-date line in the first blocks)")
        doc_type = self.read_body(raw, position)
        if masthead is None and doc_type == "treaty":
            # A treaty's text (a protocol annexed to a resolution, rules of procedure) is
            # published under no masthead of its own.
            self.notes.remove("no masthead (no place-and-date line in the first blocks)")
        footnotes = self.footnotes()
        self.attach_markers(footnotes)
        for draft in [*self.drafts, *footnotes]:
            _raised_as_superscript(draft)
        links = self.links(footnotes)
        return ExtractedDocument(
            path=self.path,
            lang=self.profile.code,
            blocks=self.ordered_blocks(footnotes, links),
            annex_rows=tuple(self.annex_rows),
            hyphenation=tuple(self.hyphenation),
            doc_type=doc_type,
            masthead=masthead or Masthead(),
            notes=tuple(self.notes),
        )

    def read_body(self, raw: list[RawBlock], position: int) -> str:
        """Read everything after the masthead by the document's type; returns the type."""
        titles = [self.peek(block.lines) for block in raw[position : position + 3]]
        doc_type = self.profile.parts.type_of(titles, treaty=True)
        if doc_type == "agenda" and position < len(raw):
            title = raw[position]
            mark = (len(self.drafts), len(self.hyphenation), len(self.annex_rows))
            self.add("masthead/title", BlockKind.TITLE, self.join(title.lines), "Masthead", 0)
            try:
                annotated = AgendaReader(self).read(raw, position + 1)
                return "annotated agenda" if annotated else "agenda"
            except NotAnAgenda as why:
                # Read again as headings and paragraphs: what the title promised is not there.
                del self.drafts[mark[0] :], self.hyphenation[mark[1] :], self.annex_rows[mark[2] :]
                doc_type = self.profile.parts.type_of(titles, but=("agenda",), treaty=True)
                read_as = TYPE_NAMES[doc_type or "generic"]
                self.notes.append(f"the title names an agenda, but {why}: read as {read_as}")
                if doc_type is None:
                    NumberedReader(self, "generic").read(raw, position)
                    return "generic"
        if doc_type is None:
            self.notes.append("document type not recognised: read as generic headings and paragraphs")
        NumberedReader(self, doc_type or "generic").read(raw, position)
        return doc_type or "generic"

    def terminated(self, text: str) -> bool:
        # A footnote marker may still follow the stop here ("... мин. 1", "a.m.1").
        text = _TRAILING_MARKER.sub("", text)
        stripped = text.rstrip(CLOSING_MARKS + " ")
        return bool(stripped) and stripped[-1] in self.profile.sentence_end + ":;"

    # -- footnotes and links -------------------------------------------------------------
    def footnotes(self) -> list[_Draft]:
        annex_line = next((d.joined.lines[0] for d in self.drafts if d.in_annex), None)
        drafts = []
        body_count = 0
        for footnote in self.layout.footnotes:
            in_annex = annex_line is not None and footnote.lines[0][0] > annex_line
            body_count += not in_annex and not footnote.mark  # a marked footnote takes no number
            # The printed annex restarts its footnotes at 1; Word numbers on from the body.
            number = footnote.number - body_count if in_annex and self.layout.exact_markers else footnote.number
            prefix = "annex/fn" if in_annex else "fn"
            joined = self.join(footnote.lines)
            joined.strip()
            name = f"{prefix}/{footnote.mark or number}"
            if footnote.mark and any(d.id == name for d in drafts):  # a second `*` note, on another page
                name += str(sum(d.id.startswith(name) for d in drafts) + 1)
            draft = _Draft(name, BlockKind.FOOTNOTE, joined, "Footnotes", footnote.page, in_annex)
            draft.marker, draft.mark = footnote.number, footnote.mark
            drafts.append(draft)
        return drafts

    def attach_markers(self, footnotes: list[_Draft]) -> None:
        exact = self.layout.exact_markers
        # The blocks of the body and of the annex, and of each page of them, gathered once: a
        # list made anew for each footnote made a long document's extraction quadratic (a
        # 3 MB text took 17 s, 12 of them here).
        parts: dict[bool, list[_Draft]] = {}
        pages: dict[tuple[bool, int | None], list[_Draft]] = {}
        for draft in self.drafts:
            parts.setdefault(draft.in_annex, []).append(draft)
            pages.setdefault((draft.in_annex, draft.page), []).append(draft)

        def up_to_its_page(footnote: _Draft) -> list[_Draft]:
            return [d for d in parts.get(footnote.in_annex, []) if d.page <= footnote.page]

        for footnote in footnotes:
            number = footnote.marker
            part = parts.get(footnote.in_annex, [])
            same_page = pages.get((footnote.in_annex, footnote.page), []) if not exact else part
            if footnote.mark:
                self.attach_mark(footnote, same_page, up_to_its_page(footnote))
                continue
            found = self.find_in(same_page, number, exact) or self.find_in(up_to_its_page(footnote), number, exact)
            if found:
                carrier, (start, end) = found
                carrier.joined.delete(start, end)
                carrier.refs = [(o - (end - start) if o > start else o, ref) for o, ref in carrier.refs]
                carrier.refs.append((start, footnote.id))
                if self.after_punctuation(carrier.joined.text[:start]):
                    carrier.late_calls.add(footnote.id)
                footnote.note_of = carrier.id
                footnote.context = carrier.context

    @staticmethod
    def attach_mark(footnote: _Draft, *candidates: list[_Draft]) -> None:
        """A footnote marked `*` belongs to the first block with that mark after a word (`the
        provisional agenda*`); the mark stays in the text, as Word keeps it."""
        call = re.compile(rf"(?<=[^\s{MARK_SYMBOLS}]){re.escape(footnote.mark)}(?![{MARK_SYMBOLS}])")
        for blocks in candidates:
            carrier = next((d for d in blocks if d.kind is not BlockKind.FOOTNOTE and call.search(d.joined.text)), None)
            if carrier is not None:
                footnote.note_of, footnote.context = carrier.id, carrier.context
                return

    def after_punctuation(self, before: str) -> bool:
        """Whether a footnote call placed after `before` follows a punctuation mark (`heures.1`)
        rather than preceding it (`heures1.`); an abbreviation's stop (`мин. 1`) is part of
        the word, not the sentence's punctuation."""
        before = before.rstrip()
        if not before or before[-1] not in ".,;:。，；：":
            return False
        last_word = before.rsplit(None, 1)[-1].lower()
        return not (before.endswith(".") and last_word in self.profile.abbreviations)

    @staticmethod
    def find_in(candidates: list[_Draft], number: int, exact: bool):
        """The last block with a call of the footnote, of the surest kind any block has."""
        for kind in range(CALL_KINDS):
            for draft in reversed(candidates):
                span = find_marker(draft.joined.text, number, exact, kind)
                if span:
                    return draft, span
        return None

    def links(self, footnotes: list[_Draft]) -> list[_Draft]:
        drafts = []
        counters: Counter[str] = Counter()
        for link in self.layout.links:
            # A Word hyperlink is where Word has it: in a footnote, or in a paragraph. A PDF's
            # link annotation is only on a page: the document whose symbol it ends with, else
            # the page's last footnote. (A link to the wrong document then stays where it is,
            # and REF002 compares it, in a Word version.)
            owner = None
            if link.footnote is not None:
                owner = next((f for f in footnotes if f.marker == link.footnote), None)
            elif self.layout.exact_markers:
                owner = next((d for d in self.drafts if link.line in d.joined.lines), None)
            symbol = SYMBOL_AT_END.search(link.url)
            if owner is None and symbol:
                owner = next((d for d in self.drafts if d.kind is BlockKind.DOCUMENTATION and symbol.group(1) in d.joined.text), None)
            if owner is None and not self.layout.exact_markers:
                owner = next((f for f in reversed(footnotes) if f.page == link.page), None)
            owner_id = owner.id if owner else "links"
            counters[owner_id] += 1
            joined = JoinedText(link.url, [0], [link.line])
            draft = _Draft(f"{owner_id}/link{counters[owner_id]}", BlockKind.LINK, joined, owner.context if owner else "Links", link.page, False)
            draft.note_of = owner_id
            drafts.append(draft)
        return drafts

    def ordered_blocks(self, footnotes: list[_Draft], links: list[_Draft]) -> tuple[Block, ...]:
        """Body blocks in reading order, each followed by its footnotes, then their links."""
        followers: dict[str, list[_Draft]] = {}
        loose: list[_Draft] = []
        for draft in footnotes + links:
            if draft.note_of:
                followers.setdefault(draft.note_of, []).append(draft)
            else:
                loose.append(draft)
        ordered: list[Block] = []

        def emit(draft: _Draft):
            ordered.append(self.finish(draft))
            for follower in followers.pop(draft.id, []):
                emit(follower)

        for draft in self.drafts:
            emit(draft)
        for draft in loose:
            emit(draft)
        for remaining in followers.values():
            for draft in remaining:
                emit(draft)
        return tuple(ordered)

    def finish(self, draft: _Draft) -> Block:
        text = draft.joined.text
        if draft.kind.splits_into_sentences:
            spans = split_sentences(text, self.profile)
        else:
            spans = [(0, len(text))]
        sentences = []
        for index, (start, end) in enumerate(spans):
            last = index == len(spans) - 1
            refs = tuple(ref for offset, ref in sorted(draft.refs) if start < offset <= end or (last and offset > end))
            late = tuple(ref for ref in refs if ref in draft.late_calls)
            sentences.append(Sentence(text[start:end], draft.joined.line_of(start), refs, late))
        return Block(draft.id, draft.kind, tuple(sentences), draft.context, note_of=draft.note_of if draft.kind is BlockKind.FOOTNOTE else None)

