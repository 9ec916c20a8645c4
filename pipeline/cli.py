"""The command line: argument parsing, printing and exit codes; no logic of its own.

Exit codes: 0 done; 1 findings at or above --fail-on (checks); 2 bad usage or bad input,
with one line per problem on stderr (`file:line: [Ennn] what is wrong`), never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline import __version__
from pipeline.errors import HexaglotInputError
from pipeline.lang import profile
from pipeline.stages import DocumentResult, extract_corpus

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except HexaglotInputError as error:
        print(f"hexaglot: {error}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("hexaglot: interrupted; files written so far are complete", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hexaglot",
        description="Terminology and translation QA for documents in the six official UN languages.",
    )
    parser.add_argument("--version", action="version", version=f"hexaglot {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract",
        help="documents → POT/PO catalogs (merging with catalogs that exist)",
        description=(
            "Extract the language versions of each document in CORPUS_DIR into gettext catalogs: "
            "OUT/templates/<doc>.pot in the source language and OUT/<lang>/LC_MESSAGES/<doc>.po. "
            "Re-running merges: existing translations are never dropped or overwritten, and a "
            "changed source makes its entry fuzzy with the previous msgid kept."
        ),
    )
    _add_extract_options(extract)
    extract.set_defaults(handler=_extract)

    run = commands.add_parser(
        "run",
        help="the whole pipeline on every document in corpora/",
        description="Extract every document of the corpus and print a summary of the run.",
    )
    _add_extract_options(run)
    run.set_defaults(handler=_run)
    return parser


def _add_extract_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("corpus", nargs="?", default="corpora", type=Path, metavar="CORPUS_DIR",
                        help="a folder of document folders, or one document folder (default: corpora)")
    parser.add_argument("--out", default="locale", type=Path, help="where the catalogs go (default: locale)")
    parser.add_argument("--encoding", metavar="ENC",
                        help="encoding of input files that are not UTF-8 (for example cp1251); UTF-8 files are read as UTF-8")
    parser.add_argument("--source-lang", choices=["ar", "en", "es", "fr", "ru", "zh"],
                        help="the source language (default: meta.toml's source_lang, else en)")


def _extract(args: argparse.Namespace) -> int:
    results = extract_corpus(args.corpus, args.out, args.encoding, args.source_lang)
    for result in results:
        _print_short(result)
    return _report_errors(results)


def _run(args: argparse.Namespace) -> int:
    results = extract_corpus(args.corpus, args.out, args.encoding, args.source_lang)
    for result in results:
        _print_summary(result)
    print(f"Catalogs are in {args.out}/ (checks and the report come with the next stages).")
    return _report_errors(results)


def _report_errors(results: list[DocumentResult]) -> int:
    errors = [error for result in results for error in result.errors]
    for error in errors:
        print(f"hexaglot: {error}", file=sys.stderr)
    return EXIT_INPUT if errors else EXIT_OK


def _print_short(result: DocumentResult) -> None:
    for lang, language in result.languages.items():
        if language.catalog:
            state = "written" if language.written else "unchanged"
            print(f"{language.catalog}: {state}")


def _print_summary(result: DocumentResult) -> None:
    print(f"{result.name} ({result.symbol}): {result.units} segments, source language {result.source_lang}")
    rows = [("", "version", "segments", "fuzzy", "line-break hyphens", "catalog")]
    notes: list[str] = []
    ordered = sorted(result.languages.items(), key=lambda item: item[0] != result.source_lang)
    for lang, language in ordered:
        version = Path(language.path).name if language.path else "missing"
        if language.status == "failed":
            rows.append((lang, version, "-", "-", "-", "not extracted: see the error below"))
            continue
        hyphens = "-"
        if language.hyphen_breaks:
            kept = f", kept {', '.join(language.kept_hyphens)}" if language.kept_hyphens else ""
            hyphens = f"{language.hyphen_breaks}{kept}"
        state = "written" if language.written else "unchanged"
        fuzzy = "-" if lang == result.source_lang else str(len(language.fuzzy))
        rows.append((lang, version, str(language.segments), fuzzy, hyphens, f"{language.catalog} ({state})"))
        notes.extend(f"{lang} fuzzy {unit_id}: {why}" for unit_id, why in language.fuzzy)
        if language.status == "missing" and language.merge:
            notes.append(f"{lang}: no {lang}.txt or {lang}.docx; its catalog has "
                         f"{language.merge.entries - language.merge.translated} untranslated entries")
        if language.merge:
            notes.extend(f"{lang}: {what}" for what in _merge_events(language.merge))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    for lang, ids in result.unmatched.items():
        notes.append(f"{lang}: {len(ids)} segments with no counterpart in the source: {', '.join(ids)}")
    for note in notes:
        print(f"  {note}")


def _merge_events(merge) -> list[str]:
    """What re-extraction did to existing translations, when it did anything worth saying."""
    events = []
    if merge.kept_over_corpus:
        events.append(f"{merge.kept_over_corpus} translations edited in the catalog kept (the document reads otherwise)")
    if merge.source_changed:
        events.append(f"{merge.source_changed} entries fuzzy because their source changed (previous msgid kept)")
    if merge.obsolete:
        events.append(f"{merge.obsolete} entries of vanished segments kept as obsolete")
    return events
