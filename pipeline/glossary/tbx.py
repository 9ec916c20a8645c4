"""TBX: reading TBX v3 (`<tbx>`, TBX-Basic) and v2 (`<martif>`), writing TBX-Basic v3.

The writer puts one element per line in a fixed order, so that diffs review well and our own
files round-trip byte for byte. Data categories TBX-Basic lacks are written as `termNote`
elements with an `x-` type (docs/glossary.md lists them); fields of other producers that we
do not model are kept as they are and written back.

Parsing is safe against hostile XML (pipeline/safe_xml.py, shared with the XLIFF reader): no
DTD loading, no entity expansion, no network; a document that declares entities is refused.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import replace
from pathlib import Path

from lxml import etree

from pipeline.errors import HexaglotInputError
from pipeline.fileio import atomic_write_bytes, regular_file
from pipeline.glossary.contexts import normal_rule, parse_context
from pipeline.glossary.patterns import pattern_problem
from pipeline.glossary.term_identity import made_concept_id, unique_id
from pipeline.lang.locales import tag_as_written, tag_language, un_variety, variety_language, version_language
from pipeline.model import LANGUAGES, Concept, Glossary, Term, TermStatus, Verification
from pipeline.printable import printable
from pipeline.safe_xml import parse_untrusted

TBX_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_STATUS_TO_TBX = {
    TermStatus.PREFERRED: "preferredTerm-admn-sts",
    TermStatus.ADMITTED: "admittedTerm-admn-sts",
    TermStatus.DEPRECATED: "deprecatedTerm-admn-sts",
    TermStatus.SUPERSEDED: "supersededTerm-admn-sts",
    # TBX-Basic has no "forbidden": other tools read it as deprecated, the stronger mark
    # is kept in x-hexaglotStatus.
    TermStatus.FORBIDDEN: "deprecatedTerm-admn-sts",
}
_STATUS_FROM_TBX = {
    "preferredterm-admn-sts": TermStatus.PREFERRED,
    "admittedterm-admn-sts": TermStatus.ADMITTED,
    "deprecatedterm-admn-sts": TermStatus.DEPRECATED,
    "supersededterm-admn-sts": TermStatus.SUPERSEDED,
    "standardizedterm-admn-sts": TermStatus.PREFERRED,
    "legalterm-admn-sts": TermStatus.PREFERRED,
    "regulatedterm-admn-sts": TermStatus.PREFERRED,
    "notrecommendedterm-admn-sts": TermStatus.FORBIDDEN,
    "forbiddenterm-admn-sts": TermStatus.FORBIDDEN,
    **{status.value: status for status in TermStatus},
    "notrecommended": TermStatus.FORBIDDEN,
    "not recommended": TermStatus.FORBIDDEN,
    # As a termbase's Status field (MultiTerm's picklists) names a rejected term.
    "do not use": TermStatus.FORBIDDEN,
    "rejected": TermStatus.DEPRECATED,
    "obsolete": TermStatus.SUPERSEDED,
    # Other termbases' picklists (Trados, memoQ, IATE-style and in-house ones): read as no
    # status, each of these rejected terms was preferred, and passed as approved.
    **dict.fromkeys(("prohibited", "not allowed", "not permitted", "banned", "avoid", "to avoid", "incorrect", "wrong",
                     "erroneous", "not to be used", "dont use"), TermStatus.FORBIDDEN),
    **dict.fromkeys(("outdated", "superseded", "archaic", "old", "historical"), TermStatus.SUPERSEDED),
    **dict.fromkeys(("allowed", "acceptable", "permitted", "secondary"), TermStatus.ADMITTED),
    **dict.fromkeys(("legal", "standardized", "standardised", "regulated", "recommended"), TermStatus.PREFERRED),
    # ... and in the other UN languages, as a termbase kept in French, Spanish or Russian names them
    **dict.fromkeys(("interdit", "à éviter", "a éviter", "ne pas utiliser", "déconseillé", "non recommandé", "prohibido",
                     "no usar", "no utilizar", "evitar", "desaconsejado", "no recomendado", "запрещено", "запрещенный",
                     "запрещённый", "не использовать", "не рекомендуется", "избегать", "禁用", "禁止使用", "不得使用",
                     "ممنوع", "لا يستخدم"), TermStatus.FORBIDDEN),
    **dict.fromkeys(("rejeté", "rechazado", "отклонено", "отклоненный", "déprécié", "obsolète", "obsoleto", "устаревший",
                     "устарело", "remplacé", "reemplazado"), TermStatus.DEPRECATED),
    **dict.fromkeys(("préféré", "privilégié", "preferido", "предпочтительный", "предпочтительно", "首选", "推荐"),
                    TermStatus.PREFERRED),
    **dict.fromkeys(("admis", "autorisé", "acceptable", "admitido", "permitido", "aceptable", "допустимый", "допустимо",
                     "可接受"), TermStatus.ADMITTED),
}
# A workflow's step, which some termbases keep in the same Status field (MultiTerm's `Approved`,
# `Draft`): no term status, kept as a note. A value that is neither a status nor one of these is
# kept too, and lint names it (GLS023): a word of a picklist no table here has may reject the term
# it is on, which is then read as preferred.
_WORKFLOW_STEPS = frozenset({
    "approved", "draft", "new", "pending", "proposed", "proposal", "suggested", "suggestion", "candidate", "submitted",
    "reviewed", "in review", "under review", "to review", "to be reviewed", "needs review", "to be checked", "to check",
    "validated", "verified", "checked", "unchecked", "unverified", "final", "finalized", "finalised", "released",
    "published", "provisional", "provisionally processed", "complete", "completed", "incomplete", "in progress", "open",
    "closed", "accepted", "confirmed", "unconfirmed", "translated", "not translated",
    "approuvé", "approuve", "aprobado", "утверждено", "brouillon", "borrador",
})
# TBX v2's normativeAuthorization (older MultiTerm exports) gives the same values without
# the suffix: `preferredTerm`, `deprecatedTerm`.
_STATUS_FROM_TBX.update({key.removesuffix("-admn-sts"): status for key, status in list(_STATUS_FROM_TBX.items())})


def status_named(name: str) -> TermStatus | None:
    """A term status as a termbase may name it (`forbidden`, `Not recommended`,
    `notRecommendedTerm-admn-sts`, `deprecatedTerm`, `Deprecated term`, `Deprecated (do not
    use)`, `Don't use`), or None for none."""
    words = _status_words(name)
    found = _STATUS_FROM_TBX.get(words) or _STATUS_FROM_TBX.get(words.removesuffix(" term").removesuffix(" terms"))
    if found is None and _STATUS_PARTS.search(words):
        # `Deprecated - do not use`, `Forbidden: see 'smuggling of migrants'`: the first part
        # that names a status
        found = next((status for part in _STATUS_PARTS.split(words) if (status := status_named(part)) is not None), None)
    return found


_STATUS_PARTS = re.compile(r"\s+[-–—]\s+|\s*[:;,/]\s*")


def _status_words(name: str) -> str:
    """A status's words as the tables above have them: in small letters, one space between
    them, an apostrophe dropped (`Don't use`), a remark in brackets left out."""
    plain = re.sub(r"\([^()]*\)", " ", name).replace("'", "").replace("\u2019", "")
    return " ".join(plain.split()).lower()


def is_workflow_step(name: str) -> bool:
    """Whether a Status field's value is a workflow's step (`Approved`, `Draft term`), not a term's status."""
    words = _status_words(name)
    return words in _WORKFLOW_STEPS or words.removesuffix(" term").removesuffix(" terms") in _WORKFLOW_STEPS


def unread_status(kind: str, text: str) -> bool:
    """Whether a note a term keeps (its type, its text) is a Status field whose value names no
    term status and no workflow step: lint's GLS023."""
    return _folded_kind(kind) in _STATUS_NOTES and bool(text.strip()) and status_named(text) is None \
        and not is_workflow_step(text)


# Of two rejected statuses on one term, the one that stands: the stronger.
_REJECTED_STRENGTH = [TermStatus.SUPERSEDED, TermStatus.DEPRECATED, TermStatus.FORBIDDEN]
# A status as other tools name the note that gives it: MultiTerm's and SDL's `Status`
# (`Forbidden`, `Preferred`), `usageStatus`.
# Named as they are typed (`Term Status`, `term_status`, `Usage Status`): compared without case,
# spaces, hyphens or underscores (_folded_kind).
_STATUS_NOTES = frozenset({"status", "usagestatus", "termstatus", "termusagestatus"})
# A field that gives a status where its value names one, and is a note of its own otherwise
# (`Usage`: `Forbidden`, or `Used in legal texts`).
_USAGE_NOTES = frozenset({"usage", "termusage"})
# TBX's own status, as a termNote (TBX-Basic) or, as some tools write it, a descrip.
_TBX_STATUSES = frozenset({"administrativestatus", "normativeauthorization"})
_NOTES = ("termNote", "descrip")  # the elements a tool writes such a note as
# Phrase's (Memsource's) flags, a note a status: `<termNote type="forbidden">true</termNote>`.
_STATUS_FLAGS = frozenset({"forbidden", "preferred", "admitted", "deprecated"})
_TERM_NOTES = {  # TBX type → Term field
    "partOfSpeech": "part_of_speech",
    "termType": "term_type",
    "grammaticalGender": "gender",
    "grammaticalNumber": "number",
    "x-pattern": "pattern",
}


class Problems(list):
    """Schema problems found while reading: (line, message). Lint reports them; load raises."""


def read_tbx(path: Path, problems: Problems | None = None) -> Glossary:
    """Read TBX v3 or v2. Schema problems raise, unless a `problems` list collects them."""
    data = regular_file(path, "glossary", "E001").read_bytes()
    tree = parse_untrusted(data, path, "E014")
    root = tree.getroot()
    collected = problems if problems is not None else Problems()
    name = etree.QName(root).localname
    if name in _OTHER_TERMBASES:
        raise HexaglotInputError("E014", path, f"{_OTHER_TERMBASES[name]}, not a TBX glossary: give the terms as TBX (MultiTerm "
                                 "and memoQ export it), or as CSV or XLSX with a column per language", root.sourceline)
    if name not in ("tbx", "martif"):
        raise HexaglotInputError("E014", path, f"not TBX: the root element is <{name}>, not <tbx> or <martif>", root.sourceline)
    # The entries are read as what they are, whatever the root: tools write v2's termEntry
    # under a v3 <tbx> root (read as v3 alone, it held no concept, and `import
    # --remove-missing` emptied the glossary it was imported into).
    kinds = {_local(element) for element in root.iter("{*}conceptEntry", "conceptEntry", "{*}termEntry", "termEntry")}
    if kinds == {"conceptEntry", "termEntry"}:
        raise HexaglotInputError("E014", path, "the file mixes TBX v3 conceptEntry and v2 termEntry elements: export it "
                                 "again as one version", root.sourceline)
    # (A file of no entry is an empty glossary, as `glossary import` of an empty list writes.)
    glossary = _read_v2(root, collected) if kinds == {"termEntry"} or (not kinds and name == "martif") else _read_v3(root, collected)
    if problems is None and collected:
        line, message = collected[0]
        raise HexaglotInputError("E014", path, message, line)
    # Each distinct element once (a termbase's thousands of elements are of a few dozen kinds).
    kinds_written = {(node.tag, node.get("type")): node for node in root.iter(etree.Element)}
    categories = frozenset(_category(node) for node in kinds_written.values())
    if _written_by_hexaglot(root) and any(kind.startswith("x-") for _, kind in categories):
        # A whole record: what it holds nowhere, no term has. (Its header kept by a tool that
        # dropped every one of hexaglot's own fields is no longer hexaglot's file.)
        return glossary
    return replace(glossary, categories=categories)


# What a conceptEntry's id may be: an XML ID (xs:ID), a name without a colon (NCName), by XML
# 1.0's own ranges (5th edition): a letter of any script or _ first, then those, digits, `-`,
# `.`, `·`, combining marks (`mijoté` decomposed) and `‿`; not `²`, which Python's \w takes.
_NAME_START = ("A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
               "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff")
# (the characters of a name but `-`, as a character class's body: runs of them make an id)
NAME_CHARACTERS = _NAME_START + ".0-9\u00b7\u0300-\u036f\u203f-\u2040"
CONCEPT_ID = re.compile(f"[{_NAME_START}][{NAME_CHARACTERS}\\-]*")


def _local(element) -> str:
    # The tag less its namespace, as etree.QName(element).localname gives it, without making a
    # QName for each of the glossary's ~26,000 elements (a third of loading it).
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


# TBX v3's DCT style writes a data category as an element of its dialect's namespace
# (`<basic:administrativeStatus>`) where the DCA style writes it as the `type` of a core element
# (`<termNote type="administrativeStatus">`): the same data, read as its DCA spelling. TBX-Basic's
# and TBX-Min's categories, by the core element that carries each in DCA.
_DCT_CATEGORIES = {
    **dict.fromkeys(("administrativeStatus", "normativeAuthorization", "partOfSpeech", "termType", "grammaticalGender",
                     "grammaticalNumber", "geographicalUsage", "termLocation"), "termNote"),
    **dict.fromkeys(("subjectField", "definition", "context"), "descrip"),
    **dict.fromkeys(("source", "customerSubset", "projectSubset", "responsibility"), "admin"),
}


def _core(node) -> bool:
    """Is the element one of TBX's own (its namespace, or none in TBX v2)?"""
    tag = node.tag
    return isinstance(tag, str) and (not tag.startswith("{") or tag.startswith("{" + TBX_NS + "}"))


def _category(node) -> tuple[str, str]:
    """(element, type) as the DCA style spells the node: `<basic:definition>` is
    ("descrip", "definition"), `<descrip type="definition">` itself."""
    name = _local(node)
    if not _core(node) and name in _DCT_CATEGORIES:
        return _DCT_CATEGORIES[name], name
    return name, node.get("type") or ""


# An element kept whole (see _foreign): its place in `extra` is ("xml", where, the element as
# written). `where` is the language section that holds it, or "" for the concept or term.
KEPT_WHOLE = "xml"
# Where, for a term's termNoteGrp that held its status with the status's source or note: kept
# whole less the status, and written back with the status in it (a termNoteGrp must hold a
# termNote: written without it, the group was no valid TBX).
STATUS_GROUP = "status"


def _foreign(node, where: str = "") -> tuple[str, str, str]:
    """A field hexaglot does not model, kept to be written back: (element, type, text) for a
    plain element of TBX's (its text and a `type`, as most are) or a DCT data category, else
    the element whole, as XML (a `transacGrp` with its parts, an `xref` with its `target`, an
    element of another namespace), which its text alone would lose. `where`: the language of
    the language section that holds it, whose fields are kept whole to be written back there."""
    name, kind = _category(node)
    allowed = {"type"} if _core(node) else set()
    if not where and (_core(node) or name != _local(node)) and len(node) == 0 and set(node.attrib) <= allowed:
        return name, kind, _text(node)
    return KEPT_WHOLE, where, _element_xml(node)


def _element_xml(node) -> str:
    """The element as XML, in TBX's own namespace without a prefix (as it is written back,
    inside a TBX v3 file), other namespaces declared on it."""
    copy = deepcopy(node)
    copy.tail = None
    for element in copy.iter():
        if isinstance(element.tag, str) and (element.tag.startswith("{" + TBX_NS + "}")):
            element.tag = _local(element)
    etree.cleanup_namespaces(copy)
    return etree.tostring(copy, encoding="unicode")


def _text(element) -> str:
    if len(element) == 0:  # a leaf (most of a termbase's elements): its text, without lxml's itertext (2/3 of a read)
        return (element.text or "").strip()
    return "".join(element.itertext()).strip()


def _header(root) -> tuple[str, str]:
    title = description = ""
    for element in root.iter("{*}title", "{*}p"):  # (in any namespace or none)
        if _local(element) == "title" and not title:
            title = _text(element)
        elif _local(element) == "p" and not description and _local(element.getparent()) != "publicationStmt":
            description = _text(element)
    return title, description


# What hexaglot writes in a TBX's publication statement: a file it wrote holds each of its own
# fields wherever one applies, so a field it holds nowhere is one no term has (see read_tbx).
WRITTEN_BY = "Written by hexaglot"


def _written_by_hexaglot(root) -> bool:
    return any(_local(element) == "p" and _local(element.getparent()) == "publicationStmt" and _text(element) == WRITTEN_BY
               for element in root.iter("{*}p", "p"))


def _languages(root, section_tag: str) -> dict[str, str]:
    return glossary_languages({_section_tag(section) for section in root.iter() if _local(section) == section_tag} - {""})


def _read_v3(root, problems: Problems) -> Glossary:
    title, description = _header(root)
    languages = _languages(root, "langSec")
    concepts = [
        _concept(entry, "langSec", ("termSec",), problems, languages)
        for entry in root.iter()
        if _local(entry) == "conceptEntry"
    ]
    return Glossary(title, tuple(concepts), description, root.get(XML_LANG) or "en", folded=folded_regions(languages))


def _read_v2(root, problems: Problems) -> Glossary:
    title, description = _header(root)
    languages = _languages(root, "langSet")
    concepts = [
        _concept(entry, "langSet", ("tig", "ntig"), problems, languages, id_required=False)
        for entry in root.iter()
        if _local(entry) == "termEntry"
    ]
    # TBX v2 lets a termEntry go without an id (MultiTerm and older tools write none): each
    # is given one made from its terms, as a term list's row is, never one written in the file;
    # and, as a term list, a termbase of such entries is merged into a glossary (each entry the
    # concept its terms are, its terms added), never taken for its records (its `report`
    # replaced the glossary's, French terms and all).
    taken = {concept.id for concept in concepts if concept.id}
    made = []
    for number, concept in enumerate(concepts):
        if not concept.id:
            concept_id = unique_id(made_concept_id(concept.terms, f"entry-{number + 1}"), taken)
            taken.add(concept_id)
            made.append(concept_id)
            concepts[number] = replace(concept, id=concept_id)
    # A file that mixes entries with ids and without keeps its records: only its id-less
    # entries are kept apart from the glossary's concepts on import (importing.py).
    return Glossary(title, tuple(concepts), description, root.get(XML_LANG) or "en",
                    term_list=bool(made) and len(made) == len(concepts), made_ids=frozenset(made),
                    folded=folded_regions(languages))


# Termbase files of other tools, by their root element: named, with what to give instead.
_OTHER_TERMBASES = {
    "mtf": "a MultiTerm XML export",
    "tmx": "a TMX translation memory",
    "xliff": "an XLIFF file",
}


def _concept(entry, lang_tag: str, term_tags: tuple[str, ...], problems: Problems, languages: dict[str, str],
             id_required: bool = True) -> Concept:
    """The concept of a conceptEntry (TBX v3) or termEntry (v2); its id "" where a v2 entry
    has none (v3 requires one)."""
    concept_id = entry.get("id") or ""
    if not concept_id and id_required:
        problems.append((entry.sourceline, "a concept entry has no id"))
        concept_id = f"line-{entry.sourceline}"
    fields = {"subject": "", "definition": "", "note": "", "source": ""}
    extra: list[tuple[str, str, str]] = []
    terms: list[Term] = []
    # TBX's own field first: where a termbase has `subjectField` and MultiTerm's `Subject` both,
    # the standard one is the concept's, the other kept as it is.
    concept_level = [part for child in entry if isinstance(child.tag, str)
                     for part in ([child, *child] if _local(child) == "descripGrp" else [child]) if isinstance(part.tag, str)]
    standard = {_concept_field(kind) for name, kind in map(_category, concept_level)
                if name == "descrip" and kind in ("subjectField", "definition")}
    for child in entry:
        name, kind = _category(child)
        if name == "descripGrp" and _plain_group(child, fields, standard):
            # TBX v2's group of a descrip and its source (IATE's and MultiTerm's subject field and
            # definition), with nothing else in it: read as the descrip it holds, its source as
            # the concept's. A group with more (a definition's own source, a note) is kept whole.
            # (by category, not by tag: TBX v3's DCT style writes the descrip `basic:definition`)
            held = {_category(part)[0]: part for part in child if isinstance(part.tag, str)}
            if "admin" in held:
                fields["source"] = _text(held["admin"])
            child = held["descrip"]
            name, kind = _category(child)
        if name == lang_tag:
            found, kept = _lang_terms(child, term_tags, problems, languages)
            terms.extend(found)
            extra.extend(kept)
        elif name == "descrip" and _concept_field(kind) == "subject" and not fields["subject"] \
                and (kind == "subjectField" or "subject" not in standard):
            fields["subject"] = _text(child)
        elif name == "descrip" and _concept_field(kind) == "definition" and not fields["definition"] \
                and (kind == "definition" or "definition" not in standard):
            fields["definition"] = _text(child)
        elif name == "note" and not fields["note"]:
            fields["note"] = _text(child)
        elif name == "admin" and kind == "source" and not fields["source"]:
            fields["source"] = _text(child)
        elif name:
            extra.append(_foreign(child))
    return Concept(concept_id, tuple(terms), extra=tuple(extra), **fields)


def _status_out_of(group) -> tuple:
    """A termNoteGrp or descripGrp as the nodes to read in its place: the statuses in it, then
    the group less them (left out where nothing else is in it), or the group alone where it
    holds no status. A status given with its source or a note (TBX's administrativeStatus, or
    a `Status` note, MultiTerm's field, in a termNoteGrp or a descripGrp) was read nowhere, or
    its group written back with no descrip in it: the group goes back as the status's group,
    a termNoteGrp with the status in it (STATUS_GROUP)."""
    statuses = [part for part in group if _gives_status(part)]
    if not statuses:
        return (group,)
    rest = deepcopy(group)
    for part in list(rest):
        if _gives_status(part):
            rest.remove(part)
    rest.tag = _STATUS_GROUP_TAG  # told apart from a group of another term note by _term
    return (*statuses, rest) if any(isinstance(part.tag, str) for part in rest) else tuple(statuses)


def _gives_status(node) -> bool:
    """Whether a term's note gives its status: TBX's own, or a `Status` note of a value that
    names one (a workflow's `Approved`, `Draft` names none)."""
    name, kind = _category(node)
    if name in _NOTES and _folded_kind(kind) in _TBX_STATUSES:
        return True
    return name in _NOTES and _folded_kind(kind) in _STATUS_NOTES | _USAGE_NOTES and status_named(_text(node)) is not None


def _folded_kind(kind: str) -> str:
    """A note's type as _STATUS_NOTES has it: `Term Status`, `term_status` → `termstatus`."""
    return re.sub(r"[\s_-]+", "", kind).lower()


_STATUS_GROUP_TAG = "{urn:hexaglot}status-group"


def _concept_field(kind: str) -> str | None:
    """The concept's field a descrip gives, by its type: TBX's `subjectField` and `definition`,
    and as MultiTerm and other termbases name their fields (`Subject`, `Domain`, `Definition`):
    read as notes, a MultiTerm export's subjects and definitions were lost to the `cat` layout."""
    folded = _folded_kind(kind)
    if folded in ("subjectfield", "subject", "domain", "subjectarea"):
        return "subject"
    return "definition" if folded == "definition" else None


def _plain_group(group, fields: dict[str, str], standard: set = frozenset()) -> bool:
    """Is the descripGrp a subject field or a definition, with at most its source, that the
    concept's fields can take whole (nothing else in the group, no field already taken)?"""
    parts = [part for part in group if isinstance(part.tag, str)]
    kinds = [_category(part) for part in parts]
    descrips = [kind for name, kind in kinds if name == "descrip"]
    admins = [kind for name, kind in kinds if name == "admin"]
    field = _concept_field(descrips[0]) if len(descrips) == 1 else None
    if field in standard and descrips[0] not in ("subjectField", "definition"):
        field = None  # (MultiTerm's beside TBX's own: the standard one is the concept's)
    return (field is not None and not fields[field] and len(parts) == 1 + len(admins)
            and admins in ([], ["source"]) and not (admins and fields["source"])
            and all(len(part) == 0 and set(part.attrib) <= {"type"} for part in parts))


# Traditional Chinese, as a glossary's language: kept apart from UN Chinese (`zh`).
TRADITIONAL_CHINESE = "zh-Hant"


def glossary_language(tag: str) -> str:
    """A language section's language as the checks name it: the language alone, whatever
    region the termbase gives it (`en-US`, `ru-RU`, `zh-CN`: where the termbase was made, not
    another UN version), except Traditional Chinese (`zh-TW`, `zh-Hant-HK`): its terms are not
    UN Chinese's approved terms, and are kept as zh-Hant, never matched in a Chinese catalog."""
    public = re.split(r"[-_]x[-_]", tag, maxsplit=1, flags=re.IGNORECASE)[0]  # (a private-use part names nothing)
    if _LEGACY_TRADITIONAL.fullmatch(public):
        return TRADITIONAL_CHINESE  # Microsoft's and Trados's `zh-CHT`: Traditional, as its name says
    if _CHINESE_IN_LATIN.match(public):
        return tag_as_written(public) or public  # pinyin: Chinese in Latin letters, no UN Chinese term
    if variety_language(tag) == "zh" and not version_language(tag) and not _SIMPLIFIED_SUBTAG.search(public):
        return TRADITIONAL_CHINESE  # (`zh-Hans-HK`, Simplified as Hong Kong writes it, is Chinese's)
    lang = tag_language(tag)
    if lang == "zh" and _TRADITIONAL_SUBTAG.search(tag) and not _SIMPLIFIED_SUBTAG.search(public):
        return TRADITIONAL_CHINESE  # a tag CLDR does not parse whole: `zh-Hant-x-…`, `zh-TW-x-…`
    return lang


def glossary_languages(tags) -> dict[str, str]:
    """Each language tag of one termbase as the checks name it (glossary_language), where it
    holds two varieties of one of the six (`es` or `es-ES` beside `es-419`, `en-GB` beside
    `en-US`, `fr` beside `fr-CA`): the UN's (the language alone, or in the region UN texts
    follow: lang/locales.py's UN_REGIONS) is the language, and another region's terms are kept
    apart under their tag, written back and looked for in no catalog. (Folded into the
    language, `es-419`'s term was a second preferred UN Spanish term, and its region was lost.)
    A termbase's only variety of a language (memoQ's `en-US`) is that language (folded_regions
    says which). A language beyond the six keeps its tag whole: `sr-Latn` says its script."""
    read = {tag: glossary_language(tag) for tag in tags}
    un_varieties = {lang for tag, lang in read.items() if lang in LANGUAGES and un_variety(tag)}
    for tag, lang in read.items():
        if (lang in un_varieties and not un_variety(tag)) or (lang not in LANGUAGES and lang != TRADITIONAL_CHINESE):
            read[tag] = tag_as_written(tag) or tag.strip()
    return read


def folded_regions(languages: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The tags of glossary_languages' reading that are a region other than the UN's read as
    their language (the file's only variety of it): (the tag as written, the language)."""
    return tuple(sorted({(tag_as_written(tag) or tag.strip(), lang) for tag, lang in languages.items()
                         if lang in LANGUAGES and lang != "zh" and not un_variety(tag)}))


# The tags Windows and Trados gave Chinese before BCP 47's scripts: `zh-CHS` Simplified, `zh-CHT`
# Traditional (read as Chinese's region-less tag, the Traditional terms were UN Chinese's).
_LEGACY_TRADITIONAL = re.compile(r"zh[-_]CHT", re.IGNORECASE)
_CHINESE_IN_LATIN = re.compile(r"zh[-_]Latn(?=$|[-_])", re.IGNORECASE)
_SIMPLIFIED_SUBTAG = re.compile(r"[-_]Hans(?=$|[-_])", re.IGNORECASE)
_TRADITIONAL_SUBTAG = re.compile(r"[-_](?:Hant|TW|HK|MO)(?=$|[-_])", re.IGNORECASE)


def _section_tag(section) -> str:
    return section.get(XML_LANG) or section.get("lang") or ""


def _lang_terms(section, term_tags: tuple[str, ...], problems: Problems,
                languages: dict[str, str]) -> tuple[list[Term], list[tuple[str, str, str]]]:
    """The terms of a language section, and what else it holds (a definition or a note in the
    language, as IATE writes them), kept whole to be written back in it; `languages` is the
    termbase's tags as read (glossary_languages)."""
    lang = _section_tag(section)
    if not lang:
        problems.append((section.sourceline, "a language section has no xml:lang"))
        return [], []
    lang = languages.get(lang) or glossary_language(lang)
    terms, kept = [], []
    for term_section in section:
        if _local(term_section) not in term_tags:
            if _local(term_section):
                kept.append(_foreign(term_section, where=lang))
            continue
        container = term_section
        # TBX v2's <ntig> keeps its term in a <termGrp>.
        for child in term_section:
            if _local(child) == "termGrp":
                container = child
        term = _term(term_section, container, lang, problems)
        if term:
            terms.append(term)
    return terms, kept


def _term(term_section, container, lang: str, problems: Problems) -> Term | None:
    values: dict[str, object] = {"lang": lang}
    extra: list[tuple[str, str, str]] = []
    status_text = status_kind = ""
    hexaglot_status = ""
    notes: list[str] = []
    contexts: list[str] = []
    nodes = list(term_section) + ([c for c in container] if container is not term_section else [])
    # A termNoteGrp (TBX v3's termSec, v2's termGrp) holds a term note with what belongs to it
    # (its source, a note). Kept whole and unread, a term's deprecated status in it made the
    # term preferred: its status is read (and written as the term's), the rest of the group
    # kept whole to be written back around the status, so that the status's source stays the
    # status's (STATUS_GROUP).
    nodes = [part for node in nodes for part in (_status_out_of(node) if _local(node) in ("termNoteGrp", "descripGrp")
                                                  else (node,))]
    status_groups = {id(node) for node in nodes if getattr(node, "tag", None) == _STATUS_GROUP_TAG}
    status_seen = None
    statuses: dict[str, str] = {}  # each status the term's notes give (lower-cased) → as written
    for node in nodes:
        name, kind = _category(node)
        if name == "termGrp":
            continue
        if name == "term":
            values["text"] = _text(node)
        elif _gives_status(node):  # (a `Status` note MultiTerm writes as a descrip, other tools as a termNote)
            status_text, status_kind, status_seen = _text(node), kind, node
            if status_text:
                statuses.setdefault(status_named(status_text) or status_text.lower(), status_text)
        elif name in _NOTES and _folded_kind(kind) in _STATUS_NOTES | _USAGE_NOTES:
            # a workflow's `Status` (`Approved`, `Draft`), a usage note, a value no table has
            # (lint's GLS023 names it): kept
            extra.append(_foreign(node))
        elif name == "termNote" and kind.lower() in _STATUS_FLAGS:
            # Phrase's (Memsource's) `<termNote type="forbidden">true</termNote>`: kept as a
            # note of no meaning, the forbidden term was read as preferred.
            if _text(node).strip().lower() in ("true", "yes", "1"):
                status_text, status_kind, status_seen = kind.lower(), kind, node
                statuses.setdefault(_STATUS_FROM_TBX[status_text], f"{kind}: {_text(node)}")
        elif name == "termNote" and kind == "x-hexaglotStatus":
            hexaglot_status = _text(node)
        elif name == "termNote" and kind == "x-verification":
            try:
                values["verification"] = Verification(_text(node))
            except ValueError:
                problems.append((node.sourceline, f"unknown verification '{_text(node)}'"))
        elif name == "termNote" and kind == "x-allowedContext":
            try:
                parse_context(_text(node))
            except ValueError as error:
                problems.append((node.sourceline, str(error)))
            contexts.append(normal_rule(_text(node)))
        elif name == "termNote" and kind == "x-pattern":
            if pattern_problem(_text(node)):
                problems.append((node.sourceline, f"'{values.get('text', '')}': {pattern_problem(_text(node))}"))
            values["pattern"] = _text(node)
        elif name == "termNote" and kind == "x-caseSensitive":
            values["case_sensitive"] = _text(node).lower() in ("yes", "true", "1")
        elif name == "termNote" and kind in _TERM_NOTES and _TERM_NOTES[kind] not in values:
            values[_TERM_NOTES[kind]] = _text(node)
        elif name == "admin" and kind == "source" and "source" not in values:
            values["source"] = _text(node)  # a second one is kept as it is, below
        elif name == "note":
            notes.append(_text(node))
        elif id(node) in status_groups:
            node.tag = "termNoteGrp"
            extra.append((KEPT_WHOLE, STATUS_GROUP, _element_xml(node)))
        elif name:
            extra.append(_foreign(node))
    if not values.get("text"):
        problems.append((term_section.sourceline, "a term section has no term"))
        return None
    status = TermStatus.PREFERRED
    approved_ones = {status for status in statuses if isinstance(status, TermStatus) and status.approved}
    if len(statuses) > 1 and (approved_ones or any(not isinstance(status, TermStatus) for status in statuses)):
        # Two statuses on one term, one of them approved: the last one read won, in silence, and
        # import wrote it alone. (Rejected ones of two strengths, `deprecatedTerm-admn-sts` and a
        # forbidden mark, as hexaglot writes a forbidden term, are the stronger one: below.)
        problems.append((term_section.sourceline, f"'{values['text']}' has {len(statuses)} statuses ("
                         f"{', '.join(statuses.values())}): keep the one it has"))
    elif len(statuses) > 1:
        status_text = max(statuses, key=_REJECTED_STRENGTH.index).value
    if status_seen is not None and not status_text:
        problems.append((status_seen.sourceline, f"the {status_kind} of '{values['text']}' is empty: give its status "
                         "(preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts ...) or leave the "
                         "element out"))
    if status_text:
        status = status_named(status_text)
        if status is None:
            problems.append((term_section.sourceline, f"unknown {status_kind} '{status_text}'"))
            status = TermStatus.ADMITTED
    if hexaglot_status:
        status = status_named(hexaglot_status) or status
    values["status"] = status
    values["note"] = "\n".join(notes)
    values["contexts"] = tuple(contexts)
    values["extra"] = tuple(extra)
    return Term(**values)


# -- writing -------------------------------------------------------------------------------


def tbx_text(glossary: Glossary) -> str:
    from xml.sax.saxutils import escape, quoteattr  # here, not at the top: it imports urllib (20 ms of every start)

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tbx style="dca" type="TBX-Basic" xml:lang={quoteattr(glossary.source_lang)} xmlns="{TBX_NS}">',
        "  <tbxHeader>",
        "    <fileDesc>",
        "      <titleStmt>",
        f"        <title>{escape(glossary.title)}</title>",
        "      </titleStmt>",
        "      <publicationStmt>",
        f"        <p>{WRITTEN_BY}</p>",
        "      </publicationStmt>",
        "      <sourceDesc>",
        f"        <p>{escape(glossary.description)}</p>",
        "      </sourceDesc>",
        "    </fileDesc>",
        "  </tbxHeader>",
        "  <text>",
        "    <body>",
    ]
    for concept in glossary.concepts:
        lines.extend(_concept_lines(concept))
    lines += ["    </body>", "  </text>", "</tbx>", ""]
    return "\n".join(lines)


def write_tbx(glossary: Glossary, path: Path) -> None:
    atomic_write_bytes(path, tbx_text(glossary).encode("utf-8"))


def _element(indent: int, tag: str, text: str, kind: str = "") -> str:
    from xml.sax.saxutils import escape, quoteattr

    attribute = f" type={quoteattr(kind)}" if kind else ""
    return f"{' ' * indent}<{tag}{attribute}>{escape(printable(text))}</{tag}>"  # XML 1.0 cannot hold controls


def _extra_line(indent: int, field: tuple[str, str, str]) -> str:
    """A field kept from another producer, as it was read (_foreign)."""
    tag, kind, text = field
    return " " * indent + text if tag == KEPT_WHOLE else _element(indent, tag, text, kind)


def _concept_lines(concept: Concept) -> list[str]:
    from xml.sax.saxutils import quoteattr

    lines = [f"      <conceptEntry id={quoteattr(concept.id)}>"]
    if concept.subject:
        lines.append(_element(8, "descrip", concept.subject, "subjectField"))
    if concept.definition:
        lines.append(_element(8, "descrip", concept.definition, "definition"))
    if concept.note:
        lines.append(_element(8, "note", concept.note))
    if concept.source:
        lines.append(_element(8, "admin", concept.source, "source"))
    lines.extend(_extra_line(8, field) for field in concept.extra if not (field[0] == KEPT_WHOLE and field[1]))
    kept_in = {}  # language → its section's fields other than terms
    for tag, lang, text in concept.extra:
        if tag == KEPT_WHOLE and lang:
            kept_in.setdefault(lang, []).append(text)
    for lang in dict.fromkeys([*concept.languages, *kept_in]):
        lines.append(f"        <langSec xml:lang={quoteattr(lang)}>")
        lines.extend(" " * 10 + text for text in kept_in.get(lang, ()))
        for term in concept.terms_in(lang):
            lines.extend(_term_lines(term))
        lines.append("        </langSec>")
    lines.append("      </conceptEntry>")
    return lines


def _term_lines(term: Term) -> list[str]:
    lines = ["          <termSec>", _element(12, "term", term.text)]
    for kind, value in (("partOfSpeech", term.part_of_speech), ("termType", term.term_type)):
        if value:
            lines.append(_element(12, "termNote", value, kind))
    status = _element(0, "termNote", _STATUS_TO_TBX[term.status], "administrativeStatus")
    group = next((text for tag, where, text in term.extra if tag == KEPT_WHOLE and where == STATUS_GROUP), None)
    if group is None:
        lines.append(" " * 12 + status)
    else:
        opened = group.index(">") + 1
        lines.append(" " * 12 + group[:opened] + status + group[opened:])
    for kind, value in (("grammaticalGender", term.gender), ("grammaticalNumber", term.number)):
        if value:
            lines.append(_element(12, "termNote", value, kind))
    if term.status is TermStatus.FORBIDDEN:
        lines.append(_element(12, "termNote", "forbidden", "x-hexaglotStatus"))
    if term.verification is not Verification.VERIFIED:
        lines.append(_element(12, "termNote", term.verification.value, "x-verification"))
    if term.case_sensitive:
        lines.append(_element(12, "termNote", "yes", "x-caseSensitive"))
    if term.pattern:
        lines.append(_element(12, "termNote", term.pattern, "x-pattern"))
    lines.extend(_element(12, "termNote", context, "x-allowedContext") for context in term.contexts)
    if term.source:
        lines.append(_element(12, "admin", term.source, "source"))
    if term.note:
        lines.extend(_element(12, "note", note) for note in term.note.split("\n"))
    lines.extend(_extra_line(12, field) for field in term.extra if field[:2] != (KEPT_WHOLE, STATUS_GROUP))
    lines.append("          </termSec>")
    return lines
