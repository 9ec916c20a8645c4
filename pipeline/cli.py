"""The command line: argument parsing, printing and exit codes; no logic of its own.

Exit codes: 0 done; 1 findings at or above --fail-on (checks); 2 bad usage or bad input,
with one line per problem on stderr (`file:line: [Ennn] what is wrong`), never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import hashlib
import io
import json
import os
import re
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path, PurePath
from typing import NamedTuple

from pipeline import __version__
from pipeline.baseline import Baseline, following_renumbered, read_baseline, same_file, stale_line, triage_outcome, write_baseline
from pipeline.catalog import declared_source, read_entries
from pipeline.checks import REGISTRY, known_codes, selected
from pipeline.config import PROFILES, load_config
from pipeline.corpus import discover
from pipeline.entry import INTERRUPTED
from pipeline.entry_kinds import ENTRY_KINDS
from pipeline.errors import HexaglotInputError, Terminated
from pipeline.exchange.other_formats import android_language, unread_catalogs_in
from pipeline.fileio import atomic_write_all, atomic_write_bytes, atomic_write_parts, writable_target
from pipeline.glossary import load_glossaries, load_glossary, save_glossary
from pipeline.glossary.contradictions import contradictions, shared_between
from pipeline.glossary.importing import Merge, merge_into
from pipeline.glossary.language_columns import tbx_id
from pipeline.glossary.tbx import CONCEPT_ID, unread_status
from pipeline.lang import profile
from pipeline.lang.locales import catalog_locale, language_of, not_a_version, tag_language, variety_language, version_language
from pipeline.lang.stored import cache_folder
from pipeline.model import LANGUAGES, NO_ENTRY_BUT_THE_HEADER, NOTHING_IN_THE_FILE, Glossary, TermStatus, Verification
from pipeline.outputs import guard_own_file, guard_findings_file, guard_inside, guard_output
from pipeline.printable import on_one_line, printable
from pipeline.report.findings import entry_translations, findings_json_parts, run_coverage, signature, source_lines, text_line
from pipeline.run import catalog_paths, check_catalogs
from pipeline.run.cluster import variant_usage_on
from pipeline.run.document_check import LEFT_OUT_LANGUAGE
from pipeline.run.documents import document_of, documents_of, template_of
from pipeline.wordcount import run_words
from pipeline.wordcount import summary_lines as word_summary

# Each command imports its output machinery when it runs (the HTML and XLSX writers with Jinja2
# and openpyxl, SARIF and JUnit, sacrebleu's metrics, glossary lint, inflection and stats, rich's
# live display): `hexaglot check` and `--help` do not pay for what they do not use. Everything
# else is imported here (tests/test_architecture.py holds the list).

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
EXIT_BROKEN_PIPE = 128 + 13  # as a shell reports a process ended by SIGPIPE
EXIT_TERMINATED = 128 + 15  # and by SIGTERM
DEFAULT_GLOSSARY = Path("glossaries/untoc-som.tbx")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2, "never": 3}


class _OneLineParser(argparse.ArgumentParser):
    """A usage error is one line and exit 2, as every other error is (`--help` shows usage).
    A command's paths may stand on either side of its options, as in `hexaglot baseline import
    findings.xlsx --baseline b.json locale` (argparse alone takes only the first run of them)."""

    _intermixing = False

    def error(self, message: str):
        self.exit(EXIT_INPUT, f"hexaglot: error: {message} (see hexaglot --help)\n")

    def parse_known_args(self, args=None, namespace=None):
        # A command (no sub-commands of its own) reads its arguments intermixed; argparse's
        # intermixed parser calls this again for each of its two passes, which parse as usual.
        if self._intermixing or self._subparsers is not None or self._positional_choice():
            return super().parse_known_args(args, namespace)
        self._intermixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False

    def _positional_choice(self) -> bool:
        """A positional argument in a choice of one of several (`glossary inflect TERM |
        --concept ID`), which argparse's intermixed parser does not take."""
        return any(not action.option_strings for group in self._mutually_exclusive_groups for action in group._group_actions)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if getattr(args, "output", None) == STANDARD_OUTPUT and args.handler is not _report:
        args.output = None  # the findings on standard output, as without --output (report says where: _report)
    if sys.stdout is None:
        sys.stdout = _ClosedOutput()  # (`>&-`: said as a full disk is, at the first write)
    previous = _stop_on_sigterm()
    try:
        return args.handler(args)
    except HexaglotInputError as error:
        print(f"hexaglot: {on_one_line(str(error))}", file=sys.stderr)  # one line, whatever a path holds
        return EXIT_INPUT
    except KeyboardInterrupt:
        print(INTERRUPTED, file=sys.stderr)
        return 130
    except Terminated:
        print("hexaglot: terminated; files written so far are complete", file=sys.stderr)
        return EXIT_TERMINATED
    except BrokenPipeError:
        # The reader went away (`hexaglot check | head`): end quietly, as a filter does. Python
        # would report the pipe again when it flushes standard output at exit, so it is pointed
        # at /dev/null first.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except OSError as error:
        if error.filename is not None or error.errno not in _OUTPUT_FULL:
            raise
        # Standard output on a full disk (`> /dev/full`): a traceback and exit 1, the code of
        # findings, where --output on a full disk says E011.
        _stdout_closed()
        print(f"hexaglot: [E011] standard output cannot be written ({os.strerror(error.errno)}); nothing more was "
              "written there", file=sys.stderr)
        return EXIT_INPUT
    except UnicodeEncodeError as error:
        encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
        if _holds_every_character(encoding):
            raise
        # Redirected on Windows, standard output is the code page's: Cyrillic or Chinese text
        # cannot be written in cp1252.
        _stdout_closed()
        print(f"hexaglot: [E011] standard output's encoding ({encoding}) cannot hold the text written there "
              f"({error.object[error.start:error.end]!r}): set PYTHONIOENCODING=utf-8, or write to a file with --output",
              file=sys.stderr)
        return EXIT_INPUT
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


# The errors of an output that takes no more: a full disk, a quota, a device's error.
_OUTPUT_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF})


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _holds_every_character(encoding: str) -> bool:
    try:
        "\u0436\u4e2d\u0639\U0001f600".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


class _ClosedOutput(io.TextIOBase):
    """Standard output as Python gives it when the shell closed it (`>&-`): None, which print()
    passes over in silence and a write of the findings met with AttributeError. Each write is
    the error a closed file descriptor gives, said as E011."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))


def _stdout_closed() -> None:
    """Standard output pointed at /dev/null: Python flushes it again at exit, and would report
    the same failure a second time."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor (a test's StringIO)
        pass


def _stop_on_sigterm():
    """SIGTERM (a CI job's timeout, `kill`) raises Terminated in the main thread, as Ctrl-C
    raises KeyboardInterrupt, instead of ending the process where it stands: a pool's workers,
    which SIGTERM to the parent alone does not reach, were left running. The handler before
    is returned, to be put back (None off the main thread, where none can be set)."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def terminated(signum, frame):
        raise Terminated()

    return signal.signal(signal.SIGTERM, terminated)


def _parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(
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
        description="Extract every document of the corpus, check the catalogs and write the reports (reports/), with a "
                    "summary of the run.",
    )
    _add_extract_options(run)
    _add_check_options(run)
    run.add_argument("--reports", type=_path, default=Path("reports"),
                     help="where the reports go (default: reports, in the working folder)")
    run.set_defaults(handler=_run)

    check = commands.add_parser(
        "check",
        help="check catalogs against the glossary",
        description=(
            "Check PO and XLIFF catalogs (files, or folders searched for *.po and *.xlf, *.xliff, *.sdlxliff, *.mqxliff, "
            "*.mxliff, *.txlf, and *.xml that hold XLIFF; default locale/) against the glossary. "
            "Exit 0 when nothing is at or above --fail-on, 1 when something is, 2 on bad input."
        ),
    )
    check.add_argument("paths", nargs="*", type=_path, metavar="PATH", help="PO or XLIFF files, or folders (default: locale)")
    _add_check_options(check)
    check.add_argument("--fix", action="store_true",
                       help="correct in the catalogs the faults that have one right answer (look-alike letters, "
                            "presentation forms, doubled spaces, edge whitespace, French no-break spaces, another "
                            "script's punctuation, a decimal mark, a full-width symbol: docs/cli.md), then report what remains")
    check.add_argument("--diff", action="store_true",
                       help="print the changes --fix would make as a unified diff and write nothing (with or without --fix)")
    check.add_argument("--baseline", type=_path, metavar="FILE",
                       help="report only findings not accepted in this baseline file (docs/triage.md); "
                            "the accepted ones are counted, and those no longer found listed as stale")
    check.add_argument("--show-source", action="store_true",
                       help="text output: print the source and the translation under each finding")
    check.set_defaults(handler=_check)

    report = commands.add_parser(
        "report", help="the six-version consistency report (HTML, JSON, XLSX)",
        description="Check the catalogs and write reports/<doc>/index.html (self-contained), findings.json and findings.xlsx.",
    )
    report.add_argument("paths", nargs="*", type=_path, metavar="PATH", help="PO or XLIFF files, or folders (default: locale)")
    report.add_argument("--out", type=_path, default=Path("reports"), help="where reports go (default: reports)")
    _add_check_options(report)
    report.add_argument("--baseline", type=_path, metavar="FILE",
                        help="mark the findings this baseline accepts as accepted, the others as new (the page filters on it)")
    report.set_defaults(handler=_report)

    _add_baseline_commands(commands)

    score = commands.add_parser(
        "score", help="sacrebleu chrF, chrF++, BLEU and TER of a draft against a revised version",
        description="Score draft translations (--hyp) against revised ones (--ref): two PO files, or two locale/ trees. "
                    "Entries are paired by msgctxt (and msgid).",
    )
    score.add_argument("--hyp", type=_path, required=True, help="the draft: a PO file or a locale/ tree")
    score.add_argument("--ref", type=_path, required=True, help="the revised version: a PO file or a locale/ tree")
    score.add_argument("--format", choices=["text", "json"], default="text")
    score.add_argument("--top", type=_segment_count, default=20, help="how many of the most changed segments to list (default 20)")
    score.add_argument("--html", type=_path, metavar="FILE",
                       help="also write every changed segment, worst chrF first, with its word diff, as a self-contained HTML page")
    score.set_defaults(handler=_score)

    _add_exchange_commands(commands)

    checks = commands.add_parser("checks", help="the checks hexaglot has", description="List the checks, or explain one.")
    checks_tools = checks.add_subparsers(title="commands", required=True, metavar="COMMAND")
    listing = checks_tools.add_parser("list", help="every check with its code, name and severity")
    listing.set_defaults(handler=_checks_list)
    explain = checks_tools.add_parser("explain", help="what a check does, why, an example, how to fix")
    explain.add_argument("code", help="a check code, e.g. TERM001")
    explain.set_defaults(handler=_checks_explain)
    docs = checks_tools.add_parser("docs", help="write docs/checks.md from the registry")
    docs.add_argument("--out", type=_path, default=Path("docs/checks.md"), metavar="FILE",
                      help="where to write it (default: docs/checks.md of the working folder)")
    docs.set_defaults(handler=_checks_docs)

    glossary = commands.add_parser(
        "glossary",
        help="terminologists' tools: lint, import, export, inflect, stats, candidates, adopt",
        description="Tools for the glossary (TBX-Basic v3; TBX v2, CSV and XLSX read and written too).",
    )
    tools = glossary.add_subparsers(title="glossary commands", required=True, metavar="TOOL")

    lint = tools.add_parser("lint", help="problems to fix in a glossary", description=(
        "Check a glossary: XML and schema errors with line numbers, duplicate concepts, a term under two "
        "concepts, a term both approved and deprecated, a concept with no preferred term in a language, "
        "Russian words pymorphy3 does not know, invalid patterns. Exit 1 if a problem is at or above --fail-on."))
    lint.add_argument("files", nargs="*", type=_path, metavar="FILE", help=f"glossaries (default: {DEFAULT_GLOSSARY})")
    lint.add_argument("--format", choices=["text", "json"], default="text")
    lint.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default="error")
    lint.add_argument("--verbose", action="store_true", help="also list every unverified (○) and uncertain (?) term")
    lint.set_defaults(handler=_glossary_lint)

    import_ = tools.add_parser("import", help="CSV, XLSX or TBX v2 → TBX-Basic v3", description=(
        "Convert a glossary from CSV, XLSX or TBX (v2 or v3) into a TBX-Basic v3 file. Into an existing OUT: "
        "its concepts FILE holds are replaced by FILE's, the others kept (and named), its title and description kept."))
    import_.add_argument("source", type=_path, metavar="FILE")
    import_.add_argument("--out", type=_path, required=True, help="the .tbx file to write")
    import_.add_argument("--remove-missing", action="store_true",
                         help="remove the concepts of an existing OUT that FILE does not hold (deleted in the sheet)")
    import_.set_defaults(handler=_glossary_import)

    export = tools.add_parser("export", help="TBX → CSV, XLSX or TBX", description=(
        "Write a glossary as CSV or XLSX (one row per concept, a column group per language) or TBX. "
        "Nothing is lost: statuses, notes, definitions, sources, grammar and options all have columns."))
    export.add_argument("source", type=_path, nargs="?", default=DEFAULT_GLOSSARY, metavar="FILE")
    export.add_argument("--out", type=_path, required=True, help="a .csv, .xlsx or .tbx file")
    export.add_argument("--layout", choices=["hexaglot", "cat"], default="hexaglot",
                        help="cat: a CSV a CAT tool's termbase import reads (memoQ, Trados), approved terms only "
                             "(docs/glossary.md); hexaglot: every field, read back by glossary import")
    export.set_defaults(handler=_glossary_export)

    inflect = tools.add_parser("inflect", help="the case × number forms of a Russian term", description=(
        "Inflect a Russian multiword term through all cases and both numbers: the head noun and the "
        "adjectives and participles that agree with it change, governed words stay."))
    which = inflect.add_mutually_exclusive_group(required=True)
    which.add_argument("term", nargs="?", help="a Russian term in the nominative")
    which.add_argument("--concept", metavar="ID", help="inflect the Russian terms of this concept")
    inflect.add_argument("--glossary", type=_path, default=DEFAULT_GLOSSARY)
    inflect.add_argument("--lang", choices=["ru"], default="ru", help="only Russian is inflected (other languages match by lemma sets)")
    inflect.add_argument("--format", choices=["table", "json"], default="table")
    inflect.set_defaults(handler=_glossary_inflect)

    stats = tools.add_parser("stats", help="concepts and terms per language and status", description=(
        "Count concepts, and terms per language and status, and how many are still unverified (○) or "
        "uncertain (?)."))
    stats.add_argument("source", type=_path, nargs="?", default=DEFAULT_GLOSSARY, metavar="FILE")
    stats.add_argument("--format", choices=["text", "json"], default="text")
    stats.add_argument("--in", dest="catalogs", type=_path, action="append", metavar="PATH",
                       help="also count how often each term occurs in these catalogs (PO files or folders)")
    stats.add_argument("--scheduler", type=_address, metavar="ADDRESS", help="count on a Dask cluster (with --in)")
    stats.add_argument("--all-variants", action="store_true",
                       help="with --in: list every term found, not only concepts rendered by more than one term")
    stats.set_defaults(handler=_glossary_stats)

    candidates = tools.add_parser("candidates", help="terms the documents use and the glossary lacks, in six languages", description=(
        "Propose multiword term candidates from the catalogs' source (ranked by C-value, concepts the glossary "
        "has left out, all inflected forms counted together), each with its equivalents in the other languages "
        "from the aligned segments (Dice coefficient). xlsx and tbx are files to review, then `glossary adopt`."))
    candidates.add_argument("--in", dest="catalogs", type=_path, action="append", metavar="PATH",
                            help="catalogs (PO files or folders; default: locale/)")
    candidates.add_argument("--glossary", type=_path, action="append", metavar="FILE",
                            help=f"the glossary whose concepts are left out (default: {DEFAULT_GLOSSARY})")
    candidates.add_argument("--source-lang", choices=["en", "ru"], default="en",
                            help="the language candidates are found in (en: the msgid; ru: the Russian versions)")
    candidates.add_argument("--min-count", type=int, default=2, metavar="N", help="used at least N times (default 2)")
    candidates.add_argument("--top", type=int, metavar="N", help="only the N best")
    candidates.add_argument("--format", choices=["text", "json", "xlsx", "tbx"], default="text")
    candidates.add_argument("--output", type=_path, metavar="FILE", help="write here (required for xlsx and tbx)")
    candidates.set_defaults(handler=_glossary_candidates)

    adopt = tools.add_parser("adopt", help="add the approved candidates of a reviewed file to a glossary", description=(
        "Read a reviewed candidates file (xlsx: rows whose decision is approve; tbx: terms whose processStatus is "
        "finalized) as glossary import reads a glossary, add its concepts to GLOSSARY, write --out, and lint it."))
    adopt.add_argument("reviewed", type=_path, metavar="REVIEWED")
    adopt.add_argument("--glossary", type=_path, default=DEFAULT_GLOSSARY, help=f"the glossary to add to (default: {DEFAULT_GLOSSARY})")
    adopt.add_argument("--out", type=_path, required=True, help="the .tbx file to write (not the glossary read)")
    adopt.set_defaults(handler=_glossary_adopt)
    return parser


def _add_baseline_commands(commands) -> None:
    baseline = commands.add_parser(
        "baseline", help="accepted findings kept outside the catalogs: update the file from a run, import a triage workbook",
        description="A baseline file lists the findings a reviser accepted; `check --baseline FILE` then shows only "
                    "new ones (docs/triage.md).")
    tools = baseline.add_subparsers(title="baseline commands", required=True, metavar="TOOL")
    update = tools.add_parser(
        "update", help="accept every current finding (decisions and comments already made are kept)",
        description="Check the catalogs and write FILE with every finding accepted: those already in it keep their "
                    "decision and comment, new ones are added, stale ones (no longer found) are taken out and listed.")
    update.add_argument("paths", nargs="*", type=_path, metavar="PATH", help="PO or XLIFF files, or folders (default: locale)")
    update.add_argument("--baseline", type=_path, required=True, metavar="FILE", help="the baseline file to write")
    _add_baseline_check_options(update)
    update.set_defaults(handler=_baseline_update)
    import_ = tools.add_parser(
        "import", help="the decisions of a reviewed findings.xlsx into the baseline",
        description="Read the decision and comment columns of a findings.xlsx a reviser filled in: `accept` and "
                    "`false positive` rows are added to FILE (with their comment), `fix` rows taken out of it. The "
                    "catalogs are checked so that a row whose finding no longer exists, or whose cells were edited, is "
                    "reported and not imported (exit 1). Formulas are refused.")
    import_.add_argument("workbook", type=_path, metavar="WORKBOOK", help="a findings.xlsx written by `hexaglot report`")
    import_.add_argument("paths", nargs="*", type=_path, metavar="PATH", help="PO or XLIFF files, or folders (default: locale)")
    import_.add_argument("--baseline", type=_path, required=True, metavar="FILE",
                         help="the baseline file to update (created if it does not exist)")
    _add_baseline_check_options(import_)
    import_.set_defaults(handler=_baseline_import)


def _add_baseline_check_options(parser: argparse.ArgumentParser) -> None:
    """What decides which findings a run has, as `check` takes it; nothing about output, which
    these commands do not print."""
    glossary = parser.add_mutually_exclusive_group()
    glossary.add_argument("--glossary", type=_path, action="append", metavar="FILE",
                          help=f"a glossary (.tbx, .csv, .xlsx); repeatable (default: {DEFAULT_GLOSSARY})")
    glossary.add_argument("--no-glossary", action="store_true", help="check without a glossary")
    parser.add_argument("--source-lang", choices=list(LANGUAGES), help="the language of the msgids")
    parser.add_argument("--select", action="append", metavar="CODE", help="only these checks; repeatable, or comma-separated")
    parser.add_argument("--ignore", action="append", metavar="CODE", help="not these checks; repeatable, or comma-separated")
    parser.add_argument("--lang", type=_language_list, action="extend", metavar="LANGS",
                        help="only the catalogs of these languages (ru,fr); repeatable")
    parser.add_argument("--jobs", type=_job_count, metavar="N", help="check in N processes (default: HEXAGLOT_JOBS, else all cores)")
    parser.add_argument("--skip-other-languages", action="store_true",
                        help="list catalogs of a language not among the six as not checked instead of stopping")
    parser.set_defaults(format="text", output=None, fail_on="never", scheduler=None, cache=None)


def _entries_of(checked) -> Callable[[str, str, str], bool]:
    """Whether the run's catalogs hold an entry, (file as the findings name it, msgctxt, msgid)
    → bool: each catalog read again the first time it is asked of (only where a decision may
    have followed its finding to a renumbered segment: baseline.renumbered_pairs)."""
    held: dict[str, set[tuple[str, str]]] = {}

    def present(file: str, msgctxt: str, msgid: str) -> bool:
        if file not in held:
            read = read_entries(Path(file), file) if Path(file).is_file() else None
            held[file] = {(entry.msgctxt, entry.msgid) for entry in read.entries} if read is not None else set()
        return (msgctxt, msgid) in held[file]

    return present


def _baseline_update(args: argparse.Namespace) -> int:
    before = _baseline_before(args)
    checked = _run_checks(args)
    before = replace(before, present=_entries_of(checked))
    guard_output(args.baseline, checked.inputs, option="--baseline")
    findings = checked.result.findings
    looked_at = _looked_at(checked, before.folder)
    split = before.split(findings, looked_at)
    write_baseline(before.updated(findings, looked_at), args.baseline)
    print(f"{args.baseline}: {_plural(len(findings), 'accepted finding')} "
          f"({len(split.new)} added, {len(split.accepted)} kept with their decisions), "
          f"{len(split.stale)} stale taken out"
          + (f", {len(split.unchecked)} of catalogs or checks not run kept as they were" if split.unchecked else ""))
    for item in split.stale:
        print(f"  {stale_line(item)}")
    return EXIT_OK


def _baseline_import(args: argparse.Namespace) -> int:
    from pipeline.report.xlsx import LEFT_OVER, as_written, left_over_in, read_triage

    rows = read_triage(args.workbook)
    left_over = left_over_in(args.workbook)
    before = _baseline_before(args, args.workbook)
    checked = _run_checks(args)
    guard_output(args.baseline, [*checked.inputs, args.workbook], option="--baseline")
    outcome = triage_outcome(rows, checked.result.findings, as_written, _looked_at(checked, before.folder), _entries_of(checked))
    write_baseline(before.with_decisions(outcome.decided, outcome.to_fix), args.baseline)
    counts = ", ".join(f"{name} {outcome.counts[name]}" for name in ("accepted", "false-positive", "fix") if name in outcome.counts)
    print(f"{args.baseline}: {_plural(sum(outcome.counts.values()), 'decision')} read from {args.workbook}"
          f"{f' ({counts})' if counts else ''}; {_plural(len(outcome.decided), 'finding')} accepted in the baseline"
          + (f", {_plural(len(outcome.to_fix), 'finding')} to fix kept out of it" if outcome.to_fix else "")
          + f"; {_plural(outcome.undecided, 'row')} without a decision")
    for problem in outcome.problems:
        print(f"not imported: {args.workbook}:{problem}")
    if left_over:
        # (rows a later report kept for the reviser: their findings are not this run's)
        print(f"not imported: {_plural(len(left_over), 'row')} of its '{LEFT_OVER}' sheet, decisions on findings no "
              "longer found; decide those findings again in the findings sheet if they still apply")
    return EXIT_FINDINGS if outcome.problems else EXIT_OK


def _baseline_before(args: argparse.Namespace, *inputs: Path) -> Baseline:
    """The baseline FILE holds (empty where it does not exist yet), once FILE is known to be
    somewhere the command may write: said before the catalogs are checked, not after."""
    guard_output(args.baseline, [*(args.paths or [Path("locale")]), *inputs], option="--baseline")
    return read_baseline(args.baseline) if args.baseline.exists() or args.baseline.is_symlink() else Baseline(folder=args.baseline.parent)


def _add_exchange_commands(commands) -> None:
    export = commands.add_parser(
        "export", help="catalogs → XLIFF per language, or a six-language TMX per document (CAT tools)",
        description="Write each catalog as XLIFF (OUT/<language>/<doc>.xlf: ids from the segment ids, notes from the "
                    "extracted comments and the glossary terms found in the source, states from fuzzy/translated), or "
                    "each document as one TMX of its aligned versions (OUT/<doc>.tmx). Every file is checked against its "
                    "official schema before it is written; OUT may not hold or lie inside an input.")
    export.add_argument("paths", nargs="*", type=_path, metavar="PATH", help="PO or XLIFF files, or folders (default: locale)")
    export.add_argument("--format", choices=["xliff", "tmx"], required=True)
    export.add_argument("--out", type=_path, required=True, help="the folder to write into")
    export.add_argument("--xliff-version", choices=["1.2", "2.0", "2.1"], default="1.2",
                        help="XLIFF 1.2 (default; what every CAT tool reads), 2.0 or 2.1")
    glossary = export.add_mutually_exclusive_group()
    glossary.add_argument("--glossary", type=_path, action="append", metavar="FILE",
                          help=f"the glossary whose terms are noted on each unit (XLIFF; default: {DEFAULT_GLOSSARY})")
    glossary.add_argument("--no-glossary", action="store_true", help="no glossary notes")
    export.add_argument("--source-lang", choices=["ar", "en", "es", "fr", "ru", "zh"],
                        help="the language of the msgids where the catalogs do not say (default: the configuration's, else en)")
    export.set_defaults(handler=_export)

    import_ = commands.add_parser(
        "import", help="XLIFF from a CAT tool → the PO catalogs (merged as re-extraction merges)",
        description="Merge the translations of XLIFF files into their catalogs: nothing a translator wrote is lost, a "
                    "translation whose source changed since becomes fuzzy with the old source kept, a translation the "
                    "catalog changed meanwhile is kept and listed as a conflict (exit 1), units no entry takes are kept "
                    "obsolete (#~). Each file goes to <into>/<its language>/LC_MESSAGES/<its document>.po, or to --catalog.")
    import_.add_argument("files", nargs="+", type=_path, metavar="FILE", help="XLIFF 1.2 or 2.x files (.xlf, .xliff)")
    import_.add_argument("--into", type=_path, default=Path("locale"), help="the catalogs' folder (default: locale)")
    import_.add_argument("--catalog", type=_path, metavar="PO", help="the catalog to merge into (one FILE only)")
    import_.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")
    import_.set_defaults(handler=_import)


def _add_check_options(parser: argparse.ArgumentParser) -> None:
    glossary = parser.add_mutually_exclusive_group()
    glossary.add_argument("--glossary", type=_path, action="append", metavar="FILE",
                          help=f"a glossary (.tbx, .csv, .xlsx); repeatable (default: {DEFAULT_GLOSSARY})")
    glossary.add_argument("--no-glossary", action="store_true",
                          help="check without a glossary: no terminology check runs (a missing glossary is otherwise an error)")
    if "--source-lang" not in parser._option_string_actions:
        parser.add_argument("--source-lang", choices=["ar", "en", "es", "fr", "ru", "zh"],
                            help="the language of the msgids (default: the configuration's source_lang, else the "
                             "catalogs' X-Source-Language header, else en)")
    # (report writes its pages, and the findings as text or json: junit and sarif are check's,
    # which E033 says, naming the command that writes them)
    report = parser.prog.endswith(" report")
    parser.add_argument("--format", choices=["text", "json", "junit", "sarif"], default="text",
                        metavar="{text,json}" if report else None,
                        help="text (like a compiler), json (hexaglot.findings/1)" + ("" if report else ", junit or sarif (for CI)"))
    parser.add_argument("--output", type=_findings_path, metavar="FILE",
                        help="write the findings here instead of standard output (`-`: standard output)")
    parser.add_argument("--fail-on", choices=["error", "warning", "info", "never"],
                        default="never" if parser.prog.endswith(" run") else None,
                        help="exit 1 when a finding is at or above this severity "
                             "(check: the configuration's fail_on, else error; run: never)")
    parser.add_argument("--jobs", type=_job_count, metavar="N",
                        help="check documents (run: and read PDF and Word versions) in N processes, at most one per core "
                             "(default: HEXAGLOT_JOBS, else all cores)")
    parser.add_argument("--scheduler", type=_address, metavar="ADDRESS",
                        help="check on a Dask cluster (tcp://host:8786); the catalogs must be on storage its workers share")
    cache = parser.add_mutually_exclusive_group()
    cache.add_argument("--cache", type=_path, metavar="DIR",
                       help="keep each document's findings in DIR and skip documents unchanged since "
                            "(default: $XDG_CACHE_HOME/hexaglot/findings, else ~/.cache/hexaglot/findings)")
    cache.add_argument("--no-cache", action="store_true",
                       help="check every document again and keep nothing (also: HEXAGLOT_NO_CACHE=1)")
    parser.add_argument("--skip-other-languages", action="store_true",
                        help="list catalogs whose language is not one of the six (or cannot be determined) as not checked, "
                             "instead of stopping with an error")
    parser.add_argument("--select", action="append", metavar="CODE", help="only these checks (code or family prefix); repeatable, or comma-separated")
    parser.add_argument("--lang", type=_language_list, action="extend", metavar="LANGS",
                        help="check only the catalogs of these languages (ru,fr; repeatable); the summary names what was left out")
    parser.add_argument("--ignore", action="append", metavar="CODE", help="not these checks (code or family prefix); repeatable, or comma-separated")


def _encodings(spec: str | None):
    """--encoding read (E004 for an encoding unknown or a language not among the six), before
    any file is read."""
    from pipeline.extract.reader import Encodings

    try:
        return Encodings.parse(spec or "")
    except ValueError as error:
        raise HexaglotInputError("E004", None, f"--encoding: {error}") from None


def _add_extract_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("corpus", nargs="?", default="corpora", type=_path, metavar="CORPUS_DIR",
                        help="a folder of document folders, or one document folder (default: corpora)")
    parser.add_argument("--out", default="locale", type=_path, help="where the catalogs go (default: locale)")
    parser.add_argument("--encoding", metavar="ENC",
                        help="encoding of text files that are not UTF-8: one for all (cp1251), or one a language "
                             "(ru=cp1251,ar=cp1256); UTF-8 files are read as UTF-8")
    parser.add_argument("--source-lang", choices=["ar", "en", "es", "fr", "ru", "zh"],
                        help="the source language (default: meta.toml's source_lang, else en)")
    if not parser.prog.endswith(" run"):  # run's --jobs (its check options') serves both
        parser.add_argument("--jobs", type=_job_count, metavar="N",
                            help="read PDF and Word versions in N processes, at most one per core "
                                 "(default: HEXAGLOT_JOBS, else all cores)")


def _extract(args: argparse.Namespace) -> int:
    guard_output(args.out, [args.corpus], own="locale", option="--out")
    from pipeline.stages import extract_corpus  # extraction's readers (Word, PDF) only where extracting

    results = extract_corpus(args.corpus, args.out, _encodings(args.encoding), args.source_lang, worker_count(args.jobs))
    for result in results:
        _print_short(result)
    return _report_errors(results)


def _run(args: argparse.Namespace) -> int:
    guard_output(args.out, [args.corpus], own="locale", option="--out")
    if args.output:
        guard_output(args.output, [args.corpus, args.out])
    # The pages too, as `report --out` is guarded: not beside the versions nor the catalogs.
    guard_output(args.reports, [args.corpus, args.out], option="--reports")
    # A wrong corpus path is said first, as `check` says a wrong catalog path first; then the
    # glossary the check needs (or --no-glossary), read (it may be refused: E014, E015, E049),
    # before any catalog is written. The check reads it again from memory (load_glossary).
    discover(args.corpus, args.source_lang)
    encodings = _encodings(args.encoding)
    load_glossaries(_glossary_paths(args, load_config()))
    from pipeline.stages import catalogs_not_extracted_again, extract_corpus  # extraction's readers only where extracting

    results = extract_corpus(args.corpus, args.out, encodings, args.source_lang, worker_count(args.jobs))
    for result in results:
        _print_summary(result)
    errors = [error for result in results for error in result.errors]
    if errors and not any(r.units for r in results):
        return _report_errors(results)
    print()
    args.paths = [args.out]
    stale = catalogs_not_extracted_again(results, args.out)
    if stale:
        # Left out and said: the catalogs of the versions refused above are an earlier run's.
        args.paths = [path for path in catalog_paths([args.out]) if path not in set(stale)]
        args.not_extracted = stale
        # A document none of whose translations was extracted gets no report this time: its
        # report of an earlier run, still on disk, would show it checked and clean.
        left = {result.name for result in results if result.errors and not any(
            language.status == "extracted" for language in result.languages.values())}
        args.earlier_reports = [args.reports / name for name in sorted(left) if (args.reports / name / "index.html").is_file()]
        if not args.paths:  # every catalog an earlier run's: nothing of this run's to check
            for folder in args.earlier_reports:
                print(f"not checked: {folder}: an earlier run's report, not made again: no translation of the document "
                      "was extracted this time (the error below)")
            return _report_errors(results)
    try:
        checked = _check(args, summary_only=True)
    except HexaglotInputError as error:
        # The check meets again what extraction met (a broken catalog it left as it was):
        # said once, on the one line of the run's errors.
        checked = EXIT_INPUT
        said = str(error)
        if said not in {str(met) for met in errors}:
            # A line of the check's that holds one of extraction's (E030 names the catalog's
            # E008) stands for it.
            errors = [met for met in errors if str(met) not in said] + [error]
    return _said_on_one_line(errors) or checked


def _export(args: argparse.Namespace) -> int:
    from pipeline.exchange.workflow import Catalogs, export_tmx, export_xliff

    config = load_config()
    paths = args.paths or [Path("locale")]
    found = [path for path in catalog_paths(paths) if path.suffix.lower() == ".po"]  # an XLIFF file is an export already
    glossary_paths = _glossary_paths(args, config) if args.format == "xliff" else []
    guard_output(args.out, [*paths, *glossary_paths], option="--out")
    # Named as the findings name the documents: two applications' django.po are polls-django and blog-django.
    documents = [Catalogs(document.label or document.name, document.paths, template_of(document.paths[0], document.name))
                 for document in documents_of(found)] if found else []
    source_lang = args.source_lang or config.source_lang
    if args.format == "xliff":
        result = export_xliff(documents, args.out, args.xliff_version, load_glossaries(glossary_paths), source_lang, paths)
    else:
        result = export_tmx(documents, args.out, source_lang)
    for path, what in result.written:
        print(f"{path}: {what}")
    for note in result.not_exported:
        print(f"not exported: {note}")
    if not result.written:
        exported = [path for path in catalog_paths(paths) if path.suffix.lower() != ".po"]
        if exported and not found:
            # `export ru/app.xlf`: "no catalog of a language to translate into", of a Russian file.
            raise HexaglotInputError("E026", paths[0], f"nothing was exported: export reads PO catalogs, and "
                                     f"{_plural(len(exported), 'file')} given {'is' if len(exported) == 1 else 'are'} "
                                     "XLIFF: give the catalogs it was exported from (a translated XLIFF file comes back "
                                     "into them with hexaglot import)")
        raise HexaglotInputError("E026", paths[0], "nothing was exported: no catalog of a language to translate into")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from pipeline.exchange.workflow import import_xliff

    if args.catalog is not None and len(args.files) > 1:
        raise HexaglotInputError("E025", args.catalog, "--catalog names the catalog of one FILE; import the files one at a time")
    outcomes = import_xliff(args.files, args.into, args.catalog, args.dry_run)
    for outcome in outcomes:
        print("\n".join(outcome.lines(args.dry_run)))
    return EXIT_FINDINGS if any(outcome.stats.conflicts for outcome in outcomes) else EXIT_OK


def _language_list(text: str) -> tuple[str, ...]:
    """--lang's languages, each spelled as a code (`ru`) or as catalogs' folders spell it
    (`zh_Hans`, `fr-FR`, `RU`)."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    for part in parts:
        if problem := not_a_version(part):
            raise argparse.ArgumentTypeError(problem)
        if not version_language(part) and variety_language(part):
            language = variety_language(part)
            raise argparse.ArgumentTypeError(f"{part} is a variety of {language}: --lang {language} checks every "
                                             f"{profile(language).english_name} catalog, {part}'s among them")
    languages = tuple(dict.fromkeys(version_language(part) for part in parts))
    if "" in languages or not languages:
        raise argparse.ArgumentTypeError(f"--lang takes codes of {', '.join(LANGUAGES)} separated by commas, not '{text}'")
    return languages


def _address(text: str) -> str:
    """An argparse type for a Dask scheduler's address: an empty one is refused, as an empty
    path is (`--scheduler "$SCHEDULER"` with the variable unset checked on this machine, in
    silence)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty address (an unset variable?): name the scheduler, tcp://HOST:PORT")
    return text.strip()


def _path(text: str) -> Path:
    """An argparse type for a file or folder named on the command line. An empty name is
    refused: `--cache "$CACHE"` with the variable unset scattered the cache's files into the
    working folder, `report --out ""` wrote reports there, and `check ""` checked it."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path (an unset variable?): name a file or folder")
    return Path(text)


# `--output -`: the findings on standard output (it wrote a file named `-`).
STANDARD_OUTPUT = "-"


def _findings_path(text: str) -> Path | str | None:
    """--output's type: a file, or STANDARD_OUTPUT."""
    return STANDARD_OUTPUT if text == STANDARD_OUTPUT else _path(text)


def _count(option: str, of: str, least: int, least_said: str):
    """An argparse type for a whole number of `of` from `least` up: `--top`'s segments (a
    negative count would slice the list from its end, `[:-1]`, leaving segments out in
    silence), `--jobs`' processes."""
    def parse(text: str) -> int:
        try:
            count = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{option} takes a whole number of {of}, not '{text}'") from None
        if count < least:
            raise argparse.ArgumentTypeError(f"{option} takes {least_said} or more, not {count}")
        return count
    return parse


_segment_count = _count("--top", "segments", 0, "0 segments")
_job_count = _count("--jobs", "processes", 1, "one process")


def worker_count(requested: int | None, cores: int | None = None) -> int:
    """The processes to check in: as many as asked (`--jobs`, else HEXAGLOT_JOBS, else every
    core), but never more than the cores this process may run on (more only share the same
    cores, each with its own copy of the analysers)."""
    cores = cores or usable_cores()
    return max(1, min(requested or _jobs_from_environment() or cores, cores))


def usable_cores() -> int:
    """The cores this process may run on: its CPU affinity where the system keeps one (`taskset`,
    a container's cpuset give a process fewer cores than the machine has, which os.cpu_count()
    counts), else the machine's."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # macOS and Windows keep none
        return os.cpu_count() or 1


def _jobs_from_environment() -> int | None:
    """HEXAGLOT_JOBS, the default of --jobs for a CI job or a shared machine (`HEXAGLOT_JOBS=1`:
    one process, as the tests run the CLI); None when it is not set."""
    value = os.environ.get("HEXAGLOT_JOBS", "").strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit()) or int(value) < 1:  # (not `²`, `٣`: digits int() refuses or few type)
        raise HexaglotInputError("E017", None, f"HEXAGLOT_JOBS={value!r} is not a number of processes (1 or more)")
    return int(value)


def _glossary_paths(args: argparse.Namespace, config) -> list[Path]:
    """The glossaries to check against; [] only when the user said --no-glossary."""
    if getattr(args, "no_glossary", False):
        return []
    if args.glossary:
        return args.glossary
    if config.glossaries:
        return list(config.glossaries)
    if DEFAULT_GLOSSARY.is_file():
        return [DEFAULT_GLOSSARY]
    # Without a glossary every terminology check would pass having looked at nothing.
    raise HexaglotInputError(
        "E021", DEFAULT_GLOSSARY.resolve(),
        "no glossary: the default glossary is not here; give --glossary FILE, list glossaries in hexaglot.toml, "
        "or pass --no-glossary to check without terminology",
    )


@dataclass
class _Checked:
    result: object
    inputs: list  # every file or folder the run read: no output may land on one
    glossary_paths: list
    source_lang: str
    codes: list
    fail_on: str
    has_glossary: bool
    not_checked: list = field(default_factory=list)  # what a selected check could not look at, said in the summary
    lang_option: str = ""  # --lang as given, to say what it left out
    baseline: object = None  # the run's findings split against --baseline (pipeline/baseline.py Split), if given
    baseline_path: Path | None = None
    accepted_in_reports: bool = False  # report: the accepted findings are in its pages, marked so
    config_path: Path | None = None  # the configuration read (config.py), if any
    severity_overrides: dict[str, str] = field(default_factory=dict)  # its [severity] table
    # What the glossaries used say against themselves or leave unread, said (a term approved and
    # rejected, a concept in two of them, a Status that names no status)
    glossary_notes: list = field(default_factory=list)
    catalog_paths: list = field(default_factory=list)  # the catalogs and folders given (or locale/)

    @property
    def new_findings(self) -> list:
        """What the exit code and the counts are about: the findings the baseline does not accept."""
        return self.baseline.new if self.baseline is not None else self.result.findings

    @property
    def file_notes(self) -> list:
        """What the run did not check, as its JSON and a report's page say it: the summary's
        lines, and terminology where no glossary was given, which the text summary says in its
        count line ("no glossary: terminology not checked") and the JSON, and the page's empty
        coverage table, did not say at all. (JUnit and SARIF, read by CI servers, keep to the
        summary's lines: a skipped case at every run for a choice made once is noise.)"""
        if not self.has_glossary:
            return [*self.not_checked, "terminology: no glossary was given (--no-glossary), so no TERM check ran"]
        if "TERM001" not in self.codes and any(code.startswith("TERM") for code in self.codes):
            # (`--select NUM,TERM002`: the coverage table's cells of concepts a version lacks
            # showed "–", as if nothing were to be found)
            return [*self.not_checked, "TERM001 was not run (--select, --ignore): a term missing from a version is not "
                                       "looked for, and the coverage shows no concept as missing"]
        return self.not_checked

    def signature(self) -> dict:

        return signature(self.glossary_paths, self.source_lang, self.codes, self.severity_overrides)


def _run_checks(args: argparse.Namespace, keep_report_data: bool = False) -> _Checked:

    config = load_config()
    select = list(known_codes(args.select or [], "--select") or config.select) or None
    ignore = list(known_codes(args.ignore or [], "--ignore")) + config.ignored(select) or None
    found = catalog_paths(args.paths or [Path("locale")])  # a wrong path is said before a missing glossary
    named = args.source_lang or (config.source_lang if config.source_lang_given else None) or _declared_source_language(found)
    source_lang = named or config.source_lang
    glossary_paths = _glossary_paths(args, config)
    inputs = [*(args.paths or [Path("locale")]), *glossary_paths, *([config.path] if config.path else [])]
    for target, option in ((getattr(args, "output", None), "--output"), (getattr(args, "out", None), "--out"),
                           (getattr(args, "cache", None), "--cache")):
        if target is not None and args.handler is not _run:
            guard_output(target, inputs, option=option)
    if getattr(args, "output", None) is not None:
        guard_findings_file(args.output)
        place = _cache_place(args, config)
        if place is not None:
            # The cache's folder made where the findings then could not be written (E011), and
            # left there: the two are told apart before anything is written (the default
            # folder too: a report inside it is one its clean-up may remove).
            output, cache = args.output.resolve(), place.resolve()
            named = f"--cache ({args.cache})" if getattr(args, "cache", None) is not None else f"the findings cache ({place})"
            if output == cache or output.is_relative_to(cache) or cache.is_relative_to(output):
                raise HexaglotInputError("E022", args.output, f"--output and {named} name one place, or one inside the "
                                         "other: the cache is a folder of its own; write the findings elsewhere")
    codes = [c.code for c in selected(select, ignore)]
    if not codes:
        # `--select TERM --ignore TERM`, or a configuration that ignores every family: a run of
        # no check passed as "20 entries checked: 0 errors".
        raise HexaglotInputError("E023", None, "nothing was checked: the checks selected are all ignored "
                                 f"(select: {', '.join(select) if select else 'every check'}; "
                                 f"ignore: {', '.join(ignore or ())})")
    if not glossary_paths and codes and all(code.startswith("TERM") for code in codes):
        raise HexaglotInputError("E021", None, "every check selected is a terminology check, and --no-glossary leaves them nothing to check")
    glossaries = load_glossaries(glossary_paths)
    with _progress("checking") as advance:
        result = check_catalogs(args.paths or [Path("locale")], glossaries, source_lang, select, ignore,
                                config.severity, _languages(args, config), progress=advance, jobs=worker_count(args.jobs),
                                cache=_findings_cache(args, config), keep_report_data=keep_report_data,
                                scheduler=args.scheduler or config.scheduler, skip_other_languages=args.skip_other_languages,
                                accelerators=config.accelerators, source_lang_assumed=not named)
    if not result.entries_checked:
        # A gate that read nothing must not pass: say what was read and why nothing was checked.
        why = "; ".join(f"{s.file}: {s.reason}" for s in result.skipped[:3]) or _why_no_entry(result.catalogs)
        if len(result.skipped) > 3:
            why += f"; and {len(result.skipped) - 3} more"
        unconverted = _unread_catalogs(args, set(), source_lang)
        if unconverted:
            why += "; " + "; ".join(f"{path}: {kind.said()}" for path, kind in unconverted[:3])
        read, skipped = len(result.catalogs), len(result.skipped) + len(unconverted)  # (a .mo is one not checked too)
        said = (f"{_plural(read, 'catalog')} checked {'holds' if read == 1 else 'hold'} no entry, {skipped} not checked" if read
                else f"{_plural(skipped, 'catalog')} not checked")
        raise HexaglotInputError("E023", None, f"nothing was checked: {said} ({why})")
    checked = _Checked(result, inputs, glossary_paths, source_lang, codes, args.fail_on or config.fail_on or "error", bool(glossaries),
                       catalog_paths=list(args.paths or [Path("locale")]))
    if glossaries and any(code.startswith("TERM") for code in codes):
        checked.glossary_notes = _glossary_notes(glossaries, glossary_paths)
    if config.path is not None:
        # Said wherever it was found (a folder above this one, or this one: a `[severity]` that
        # made two errors notes passed the gate with no word), as a setting no one sees applied
        # is one no one trusts.
        checked.config_path = Path(os.path.relpath(config.path))
        checked.severity_overrides = {code: level.value for code, level in sorted(config.severity.items())}
    if "CONS010" in codes:
        checked.not_checked.extend(_empty_templates(result))
    if select:
        checked.not_checked.extend(_selected_with_nothing_to_read(codes, result))
        if "CONS010" in codes:
            checked.not_checked.extend(_documents_without_a_template(result))
        if "FMT007" in codes and not config.accelerators:
            # Asked for by name, the accelerator check reads only entries flagged with a marker.
            checked.not_checked.append("FMT007: no accelerator marker is configured (accelerators = [\"&\"] in "
                                       "hexaglot.toml), so only entries flagged accelerator:<marker> were read for one")
    if glossaries and any(code.startswith("TERM") for code in codes):
        gaps = _terminology_gaps(glossaries, glossary_paths, source_lang, set(result.locales.values()), result, codes)
        if gaps and all(code.startswith("TERM") for code in codes) and _no_term_to_look_for(glossaries, source_lang, result, codes):
            # A terminology gate (`--select TERM`) whose glossary holds no term of the sources'
            # language, or of any language checked, checked nothing: as E023 for a run that read
            # nothing, not "0 errors" and a note.
            raise HexaglotInputError("E023", None, f"nothing was checked: {'; '.join(gaps)}")
        checked.not_checked.extend(gaps)
    if glossaries and select:
        checked.not_checked.extend(_selected_with_no_term_to_look_for(codes, glossaries, result))
    if glossaries and codes and all(code.startswith("TERM") for code in codes) and _no_concept_met(glossaries, result, codes):
        # A glossary of another field: no concept of it in the sources, no rejected term to find.
        said = [note for note in checked.not_checked if note.startswith("terminology")]
        raise HexaglotInputError("E023", None, "nothing was checked: " + ("; ".join(said) or
                                 "terminology: no concept of the glossary occurs in the sources checked"))
    states = Counter()
    by_language: dict[str, Counter] = {}
    for languages in run_words(result).values():
        for language, counts in languages.items():
            these = {state: counts.get(f"entries_{state}", 0) for state in ("translated", "fuzzy", "untranslated")}
            states.update(these)
            by_language.setdefault(language, Counter()).update(these)
    fuzzy, untranslated = states["fuzzy"], states["untranslated"]
    # A language none of whose entries' text was read (all fuzzy or untranslated), beside others
    # that were: the run passed, "read as: ru 1", not a word of Russian checked.
    checked.not_checked.extend(
        f"{language}: no entry of its catalogs has a translation to check "
        f"({', '.join(f'{counts[state]} {state}' for state in ('fuzzy', 'untranslated') if counts[state])})"
        for language, counts in sorted(by_language.items())
        if sum(counts.values()) and not counts["translated"] and any(c["translated"] for c in by_language.values()))
    _refuse_untranslated_only(states, codes, select)
    if untranslated and "CONS001" not in codes:
        checked.not_checked.append(f"{_plural(untranslated, 'untranslated entry', 'untranslated entries')} (CONS001, which "
                                   "lists them, is not selected)")
    if result.forms_left_empty and "FMT001" not in codes:
        # (counted as translated by the words' summary: a plural form empty in each passed unsaid)
        checked.not_checked.append(f"{_plural(result.forms_left_empty, 'entry', 'entries')} with a plural form left empty "
                                   "(FMT001, which lists them, is not selected)")
    if fuzzy:
        # A fuzzy entry gets its mark, not the checks of its text (checkable): a catalog of
        # them passed as "0 errors" with its dates and names unread.
        checked.not_checked.append(f"the text of {_plural(fuzzy, 'fuzzy entry', 'fuzzy entries')} (CONS002 lists "
                                   f"{'it' if fuzzy == 1 else 'them'} where selected: a fuzzy translation is checked once a reviser "
                                   "clears its mark)")
    checked.not_checked.extend(f"{path}: an earlier run's catalog, left out: its version was not extracted again (the "
                               "error below)" for path in getattr(args, "not_extracted", ()))
    checked.not_checked.extend(f"{folder}: an earlier run's report, not made again: no translation of the document was "
                               "extracted this time (the error below)" for folder in getattr(args, "earlier_reports", ()))
    checked.not_checked.extend(_missing_languages(result))
    if getattr(args, "lang", None):
        named, by = tuple(args.lang), "--lang"
    else:
        named, by = (config.languages, f"{config.path.name}'s languages") if config.languages_given else ((), "")
    checked.not_checked.extend(_languages_named_and_not_found(named, by, source_lang, result))
    checked.not_checked.extend(_paths_without_a_catalog(args.paths or [Path("locale")], result))
    if getattr(args, "lang", None):
        checked.lang_option = ",".join(args.lang)
    unconverted = _unread_catalogs(args, {(language_of(locale), Path(path).stem) for path, locale in result.locales.items()},
                                   source_lang)
    # A .mo, a .properties, a Qt file of a language no catalog checked holds: that language
    # was simply absent. Each format once, with the files of it.
    by_format: dict = {}
    for path, kind in unconverted:
        by_format.setdefault(kind, []).append(path)
    for kind, paths in by_format.items():
        checked.not_checked.append(f"{', '.join(map(str, paths[:3]))}{' and others' if len(paths) > 3 else ''}: "
                                   f"{kind.not_read()}")
    # (Where checks are selected, the profile's are left out by the selection, not the profile.)
    left_out = [] if select else [code for code in PROFILES[config.profile].ignore if code in config.ignored(select)]
    if left_out:
        checked.not_checked.append(f"{', '.join(left_out)} (left out by the {config.profile} profile; "
                                   "name them in 'select' to check them)")
    return checked


def _in_chunks(parts, size: int = 1 << 16):
    """The parts, a long one (JUnit's and SARIF's document) cut in pieces: written whole, a
    reader that left after a pipe's worth of it went unnoticed (CPython's buffered writer
    returns what it wrote and drops the error), and a cut SARIF file passed with exit 0."""
    for part in parts:
        if len(part) <= size:
            yield part
        else:
            yield from (part[start:start + size] for start in range(0, len(part), size))


def _refuse_untranslated_only(states: Counter, codes: list[str], select: list[str] | None = None) -> None:
    """E023 for a run whose catalogs hold no translated entry that is not fuzzy, where the
    checks that read such entries (CONS001, CONS002) are left out: an untranslated catalog
    checked with CONS001 ignored, as a CI job does while translation is under way, passed
    as "2 entries checked: 0 errors" with nothing read."""
    unread = {state: code for state, code in (("untranslated", "CONS001"), ("fuzzy", "CONS002")) if states[state]}
    if states["translated"] or not unread or any(code in codes for code in unread.values()):
        return
    # CONS009 reads a fuzzy translation's sentences (the one check that does: the FMT checks
    # of every entry pass a fuzzy one by): `--select CONS009` on fuzzy entries checked them.
    # Not where it only stayed among every check (`--ignore CONS002`): counting a fuzzy draft's
    # sentences, it passed a gate that had read none of its text.
    if "fuzzy" in unread and "CONS009" in codes and any("CONS009".startswith(chosen) for chosen in select or ()):
        return
    said = " and ".join(f"{states[state]} {state}" for state in unread)
    entries = "entry" if sum(map(states.get, unread)) == 1 else "entries"
    raise HexaglotInputError("E023", None, f"nothing was checked: the catalogs checked hold {said} {entries} and no translated "
                             f"one, and {' and '.join(unread.values())}, which {'lists' if len(unread) == 1 else 'list'} them, "
                             f"{'is' if len(unread) == 1 else 'are'} not selected")


def _unread_catalogs(args: argparse.Namespace, checked: set[tuple[str, str]], source_lang: str) -> list:
    """The catalogs of other formats (a .mo, a Java .properties, a Qt .ts: other_formats.py)
    under the paths checked whose path names a language no catalog checked holds, or whose
    document (its name: `second.mo`) is checked in other languages and not in its own, among
    the languages --lang asks for (a .mo built from `po/ru.po`, which was checked, is no
    language left out), each with its format. `checked`: the (language, file stem) of each
    catalog checked."""
    wanted = {read.lang for asked in _languages(args, load_config()) or () if (read := catalog_locale(asked, Path("."), "--lang")).lang}
    languages, documents = {lang for lang, _ in checked}, {stem for _, stem in checked}
    found = []
    for path, kind in unread_catalogs_in(args.paths or [Path("locale")]):
        lang = catalog_locale("", path).lang or android_language(path)
        missing = lang not in languages or (path.stem in documents and (lang, path.stem) not in checked)
        # (not the sources' language: `values-en/strings.xml`, `figures_en.xlsx` hold no translation)
        if lang and missing and lang != source_lang and (not wanted or lang in wanted):
            found.append((path, kind))
    return found


def _declared_source_language(paths: list[Path]) -> str | None:
    """The source language the catalogs declare (X-Source-Language, which `extract` writes
    from meta.toml's source_lang), where neither --source-lang nor the configuration says:
    a document written in French was checked as if its msgids were English, its English
    version skipped as "in the source language" and no French term looked for. Catalogs
    that declare different ones are not checked together (E043)."""
    declared: dict[str, list[Path]] = {}
    for path in paths:
        lang = declared_source(path)
        if lang:
            declared.setdefault(lang, []).append(path)
    if len(declared) > 1:
        said = "; ".join(f"{lang} in {saying[0]}" + (f" and {len(saying) - 1} more" if len(saying) > 1 else "")
                         for lang, saying in sorted(declared.items()))
        raise HexaglotInputError("E043", None, f"the catalogs' sources are in different languages ({said}): check them "
                                 "apart, or say which with --source-lang")
    return next(iter(declared), None)


def _findings_cache(args: argparse.Namespace, config) -> Path | None:
    """Where documents' findings are kept between runs (pipeline/run/cache.py): --cache DIR,
    else the user's cache folder. None with --no-cache or HEXAGLOT_NO_CACHE, and on a Dask
    cluster unless --cache names a folder (the workers store what they check: in their own
    home folders, on other machines, that would be litter no run reads). A default folder that
    cannot be written is no error: the run checks everything, as with --no-cache."""
    folder = _cache_place(args, config)
    if folder is None or args.cache is not None:
        return folder
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (OSError, RuntimeError, KeyError):  # no home to be found (a container's nameless user), read-only
        return None
    return folder if os.access(folder, os.W_OK | os.X_OK) else None


def _cache_place(args: argparse.Namespace, config) -> Path | None:
    """The findings cache's folder as _findings_cache would take it, nothing made yet."""
    if getattr(args, "cache", None) is not None:
        return args.cache
    if getattr(args, "no_cache", False) or os.environ.get("HEXAGLOT_NO_CACHE", "") not in ("", "0"):
        return None
    if getattr(args, "scheduler", None) or config.scheduler:
        return None
    try:
        return cache_folder() / "findings"
    except (RuntimeError, KeyError):  # no home to be found (a container's nameless user)
        return None


def _languages(args: argparse.Namespace, config) -> tuple[str, ...]:
    """The languages to check: --lang's, else the configuration's."""
    return tuple(args.lang) if getattr(args, "lang", None) else config.languages


def _selected_with_nothing_to_read(codes: list[str], result) -> list[str]:
    """What to say of the checks a user selected that had nothing to read: those that apply to
    none of the languages checked (TERM005 reads Russian alone), and those that read one kind of
    entry the catalogs hold none of (FMT001 plural entries, FMT009 ICU messages: `--select
    FMT001` on catalogs without plural forms passed as "0 errors"). Where that is every check
    selected, the run checked nothing: E023, as for a run that read nothing."""
    checked = {language_of(locale) for locale in result.locales.values()}
    said = {}
    for check in map(REGISTRY.__getitem__, codes):
        if not checked & set(check.languages):
            said[check.code] = (f"{check.code} checks {', '.join(check.languages)} alone, and no "
                                f"{' or '.join(check.languages)} catalog was checked")
        elif check.reads_only and check.reads_only not in result.entry_kinds:
            said[check.code] = f"{check.code}: no {ENTRY_KINDS[check.reads_only][1]} in the catalogs checked"
    if said and len(said) == len(codes):
        raise HexaglotInputError("E023", None, f"nothing was checked: {'; '.join(said.values())} (the catalogs checked are "
                                               f"{', '.join(sorted(checked))})")
    return list(said.values())


def _selected_with_no_term_to_look_for(codes: list[str], glossaries, result) -> list[str]:
    """What to say of the terminology checks a user selected that the glossary gives nothing
    to look for in the languages checked (`--select TERM002` with no deprecated, superseded or
    forbidden French term: "0 errors" and exit 0, a gate no one could tell from a pass). Where
    that is every check selected, the run checked nothing: E023."""
    checked = {language_of(locale) for locale in result.locales.values()}
    held = {(term.lang, term.status) for glossary in glossaries for concept in glossary.concepts for term in concept.terms}
    idle = [REGISTRY[code] for code in codes if REGISTRY[code].looks_for
            and not any((lang, status) in held for lang in checked for status in REGISTRY[code].looks_for)]
    said = [f"{check.code} looks for {_either([status.value for status in TermStatus if status in check.looks_for])} terms, "
            f"and the glossary has none in {', '.join(sorted(checked))}" for check in idle]
    if idle and len(idle) == len(codes):
        raise HexaglotInputError("E023", None, f"nothing was checked: {'; '.join(said)}")
    return said


def _glossary_notes(glossaries, paths: list[Path]) -> list[str]:
    """The terms the glossaries given together approve in one concept and reject in another
    (each glossary may pass lint alone): every use of such a term is a TERM002 where a TERM001
    asks for it, findings that contradict each other; one concept in two glossaries; a term whose
    Status names no status. Said, with the lint that names them all."""
    files = {concept.id: path.name for glossary, path in zip(glossaries, paths) for concept in glossary.concepts}
    found = contradictions([concept for glossary in glossaries for concept in glossary.concepts])
    said = [f"{item.lang}: {item.message(files if len(paths) > 1 else None)}: the terminology findings on it contradict "
            "each other" for item in found[:3]]
    if len(found) > 3:
        said.append(f"...{len(found) - 3} more terms both approved and rejected")
    if len(paths) > 1:
        # One concept in two glossaries: each of its findings was said twice, in silence.
        twins = shared_between([(path.name, glossary.concepts) for glossary, path in zip(glossaries, paths)])
        said.extend(f"{one} and {other} approve the same terms ({_same_terms(terms)}): one concept in two "
                    "glossaries? its terminology findings may be said once for each" for one, other, terms in twins[:3])
        if len(twins) > 3:
            said.append(f"...{len(twins) - 3} more concepts of two glossaries that approve the same terms")
    # A term's Status field whose value names no status (lint's GLS023): read as no status, a
    # rejected term passes as approved; said where the glossary is used, not only by lint.
    unread = [(term, text) for glossary in glossaries for concept in glossary.concepts for term in concept.terms
              for name, kind, text in term.extra if name in ("termNote", "descrip") and unread_status(kind, text)]
    said.extend(f"{term.lang}: '{term.text}' has the status '{text}', which names no status hexaglot reads: taken as "
                f"{term.status.value}" for term, text in unread[:3])
    if len(unread) > 3:
        said.append(f"...{len(unread) - 3} more terms whose Status names no status hexaglot reads")
    if said:
        said[-1] += f" (hexaglot glossary lint {' '.join(map(str, paths))} lists them)"
    return said


def _either(words: list[str]) -> str:
    """`a`, `a or b`, `a, b or c`."""
    return " or ".join([", ".join(words[:-1]), words[-1]] if len(words) > 2 else words)


def _no_term_to_look_for(glossaries, source_lang: str, result, codes: list[str]) -> bool:
    """Whether the glossaries give the terminology checks selected nothing to look for in this
    run: no term in any language checked, or none in the sources' language where every check
    selected starts from the source's concepts (TERM002 finds a rejected term without them)."""
    in_glossary = {term.lang for glossary in glossaries for concept in glossary.concepts for term in concept.terms}
    from_source = all(REGISTRY[code].from_source_terms for code in codes)
    return (from_source and source_lang not in in_glossary) or not {language_of(locale) for locale in result.locales.values()} & in_glossary


def _no_concept_met(glossaries, result, codes: list[str]) -> bool:
    """Whether the terminology checks selected met nothing to check: no concept of the glossary
    in the sources (a glossary of another field), and no rejected term in the languages
    checked for the checks that need none there (TERM002)."""
    if result.concepts_found:
        return False
    checked = {language_of(locale) for locale in result.locales.values()}
    held = {(term.lang, term.status) for glossary in glossaries for concept in glossary.concepts for term in concept.terms}
    return not any((lang, status) in held for code in codes if not REGISTRY[code].from_source_terms
                   for lang in checked for status in REGISTRY[code].looks_for)


def _term_check_ran(codes: list[str], languages: list[str]) -> bool:
    """Whether a term check among `codes` reads one of these languages: where none does
    (`--select TERM005` on Chinese), the sources' concepts were not looked for, and that none
    occurs is not known."""
    return any(lang in REGISTRY[code].languages for code in codes if code.startswith("TERM") for lang in languages)


def _terminology_gaps(glossaries, paths, source_lang: str, locales: set[str], result, codes: list[str]) -> list[str]:
    """The languages checked in which the glossary gives the terminology checks nothing to
    look for, and a run whose sources hold none of its concepts (a glossary of another field,
    or of another source language): said, not passed in silence."""

    in_glossary = {term.lang for glossary in glossaries for concept in glossary.concepts for term in concept.terms}
    if not any(glossary.concepts for glossary in glossaries):
        # (a header row alone, a TBX with an empty body: not "only its rejected terms were looked for")
        return [f"terminology: the glossary holds no concept ({', '.join(map(str, paths))}), so no TERM check had a term "
                "to look for"]
    if source_lang not in in_glossary:
        rejected_only = [code for code in codes if code.startswith("TERM") and not REGISTRY[code].from_source_terms]
        return [f"terminology: the glossary has no {source_lang} terms to find in the sources"
                + (f", so only its rejected terms were looked for in the translations ({', '.join(rejected_only)})"
                   if rejected_only else "")]
    missing = sorted({language_of(locale) for locale in locales} - in_glossary)
    said = [f"terminology in {lang}: the glossary has no {lang} terms" for lang in missing]
    # Concepts whose source-language terms are all under another variety than the UN's (a
    # termbase indexed in en-US with an en-GB section somewhere: en-US is kept apart, matched in
    # no text), which are then found in no source: TERM001 went silent on them, unsaid.
    apart: dict[str, set[str]] = {}
    for glossary in glossaries:
        for concept in glossary.concepts:
            tags = {term.lang for term in concept.terms}
            if source_lang not in tags:
                apart.update({tag: apart.get(tag, set()) | {concept.id} for tag in tags if tag_language(tag) == source_lang})
    for tag, ids in sorted(apart.items()):
        shown = ", ".join(sorted(ids)[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
        said.append(f"terminology: {_plural(len(ids), 'concept')} {'has' if len(ids) == 1 else 'have'} {source_lang} terms "
                    f"only under {tag}, another variety than the UN's, which the glossary keeps apart: not looked for in "
                    f"the sources ({shown}); give {'it' if len(ids) == 1 else 'them'} {source_lang} terms, or tag the "
                    f"termbase's {tag} as {source_lang}")
    checked = sorted(set(map(language_of, locales)) - set(missing))
    translated = sum(counts.get("entries_translated", 0) for languages in run_words(result).values()
                     for counts in languages.values())
    if not result.concepts_found and checked and not translated:
        # Terms are looked for in the sources of translated entries: of a catalog all
        # untranslated, "none of the concepts occurs" was said of sources full of them.
        said.append("terminology: no entry is translated, so no term was checked")
    elif not result.concepts_found and _term_check_ran(codes, checked):
        concepts = sum(len(glossary.concepts) for glossary in glossaries)
        said.append(f"terminology: none of the glossary's {_plural(concepts, 'concept')} occurs in the sources checked, "
                    "so no term was checked")
    # A concept the sources hold and the glossary gives no approved term for in a language:
    # TERM001 has nothing to expect there, and said nothing.
    approved: dict[str, set[str]] = {}
    for glossary in glossaries:
        for concept in glossary.concepts:
            approved.setdefault(concept.id, set()).update(term.lang for term in concept.terms if term.status.approved)
    for lang in checked:
        lacking = sorted(concept for concept in result.concepts_found if lang not in approved.get(concept, ()))
        if lacking:
            shown = ", ".join(lacking[:5]) + (f" and {len(lacking) - 5} more" if len(lacking) > 5 else "")
            said.append(f"terminology in {lang}: {_plural(len(lacking), 'concept')} found in the sources "
                        f"{'has' if len(lacking) == 1 else 'have'} no approved {lang} term, so {'it is' if len(lacking) == 1 else 'they are'} "
                        f"not checked there ({shown})")
    return said


def _check(args: argparse.Namespace, summary_only: bool = False) -> int:

    if getattr(args, "diff", False) and (args.output or args.format != "text"):
        raise HexaglotInputError("E041", None, "--diff prints the changes as a diff and writes nothing: it takes "
                                               "neither --output nor --format (--fix does, and reports what remains)")
    # An unreadable baseline is said before the catalogs are checked, not after.
    baseline = read_baseline(args.baseline) if getattr(args, "baseline", None) else None
    # JUnit lists every entry and the report shows them: both need the catalogs themselves.
    checked = _run_checks(args, keep_report_data=summary_only or args.format == "junit" or _shows_source(args))
    if baseline is not None:
        baseline = replace(baseline, present=_entries_of(checked))
    if getattr(args, "fix", False) or getattr(args, "diff", False):
        # A finding the baseline accepts (or calls a false positive) is what a person decided
        # to keep: it is not fixed, and does not become stale by being fixed.
        to_fix = baseline.split(checked.result.findings).new if baseline is not None else checked.result.findings
        changed = _fix(to_fix, preview=args.diff)
        if args.diff:
            return EXIT_FINDINGS if changed else EXIT_OK
        if changed:  # what remains is what the catalogs hold now
            checked = _run_checks(args, keep_report_data=args.format == "junit" or _shows_source(args))
            if baseline is not None:
                baseline = replace(baseline, present=_entries_of(checked))
    result = checked.result
    if baseline is not None:
        # Only what is new is shown (and decides the exit code); the summary counts the rest.
        checked.baseline, checked.baseline_path = baseline.split(result.findings, _looked_at(checked, baseline.folder)), args.baseline
        result.findings = checked.baseline.new
    # `run` makes its reports (and guards their places) before it writes or says anything.
    reports = _rendered_reports(checked, Path(getattr(args, "reports", "reports"))) if summary_only else None
    # The findings are written in parts as they are formatted (a line each in text and JSON),
    # not joined first: a large run's whole output held at once was hundreds of megabytes.
    if args.format == "json":
        coverage = run_coverage(result, checked.file_notes)
        if checked.baseline is not None:
            coverage["baseline"] = _baseline_summary(checked)
        output = findings_json_parts(result.findings, result.entries_checked, checked.signature(), coverage)
    elif args.format == "junit":
        from pipeline.report.ci import junit_xml

        output = [junit_xml(result, SEVERITY_RANK[checked.fail_on], checked.not_checked, _baseline_used(checked))]
    elif args.format == "sarif":
        from pipeline.report.ci import sarif_json

        output = [sarif_json(result, checked.signature(), checked.not_checked, _baseline_used(checked))]
    else:
        lines = [] if summary_only else map(_finding_text(getattr(args, "show_source", False), result), result.findings)
        ending = _summary_lines(checked)
        if summary_only and result.findings:
            by_code = {}
            for f in result.findings:
                by_code[f.code] = by_code.get(f.code, 0) + 1
            ending.append("by code: " + ", ".join(f"{code} {n}" for code, n in sorted(by_code.items()))
                          + "; hexaglot check lists them")
        output = (line + "\n" for line in chain(lines, ending))
    if getattr(args, "output", None):

        atomic_write_parts(args.output, (part.encode("utf-8", "backslashreplace") for part in output))  # (a file name of no encoding: `\udcff`, a JSON escape)
    else:
        if args.format in ("json", "sarif") and not _holds_every_character(getattr(sys.stdout, "encoding", None) or "utf-8"):
            # Standard output in a code page (cp1252, as Windows redirects it): the same JSON
            # with its other characters escaped (`\u0436`), which every JSON reader reads back,
            # where the first Cyrillic finding stopped it half written.
            output = (_NOT_ASCII.sub(lambda m: json.dumps(m.group(0))[1:-1], part) for part in output)
        sys.stdout.writelines(_in_chunks(output))
        sys.stdout.flush()  # the reader gone after the last part is said too (exit 141)
    if reports is not None:
        reports.write()
    return _exit_for(checked)


def _shows_source(args: argparse.Namespace) -> bool:
    return getattr(args, "show_source", False) and args.format == "text"


def _fix(findings, preview: bool) -> bool:
    """Make (or, previewing, print as a diff) the fixes the findings carry; the summary goes to
    standard error, so that standard output stays the findings (or the diff). True if a
    catalog changed (or would)."""
    from pipeline.fixing import fix_summary, fixable, plan_fix, write_fix

    fixes = [plan_fix(Path(file), found) for file, found in fixable(findings).items()]
    changed = False
    for fix in fixes:
        if preview:
            if fix.after != fix.before:
                sys.stdout.write(fix.diff())
                changed = True
        else:
            changed = write_fix(fix) or changed
    for line in fix_summary(fixes, written=not preview):
        print(f"hexaglot: {line}", file=sys.stderr)
    return changed


def _finding_text(show_source: bool, result):
    """How a finding is printed: its line, and with --show-source the source and the
    translation under it (from the catalogs the run kept)."""
    if not show_source:
        return text_line
    translations = entry_translations(result.catalog_files)
    return lambda finding: "\n".join([text_line(finding), *source_lines(finding, translations)])


def _looked_at(checked: _Checked, folder: Path):
    """Whether this run looked where an accepted finding was: its language and document among
    the catalogs checked, its code among the checks run. What it did not look at is not stale."""
    checked_paths = set(checked.result.catalogs)
    catalogs = {(language_of(locale) or locale, PurePath(path).stem) for path, locale in checked.result.locales.items()
                if path in checked_paths}
    # Checks that looked at nothing did not run: the TERM checks without a glossary (`baseline
    # update --no-glossary` took every accepted TERM finding out as stale, and a report the
    # decisions a reviser had typed in its sheet); a run-wide check (CONS004: the same source
    # in two catalogs) on catalogs named one by one, which may leave out the other catalog.
    codes = {code for code in checked.codes if checked.has_glossary or not code.startswith("TERM")}
    if any(Path(path).is_file() for path in checked.catalog_paths):
        codes -= {code for code, check in REGISTRY.items() if check.scope == "run"}
    # An accepted finding that names its file was looked at where the run read that file (two
    # applications' `django.po` are one document name, and `baseline update polls` is not
    # about blog's); one written before files were kept, where its document was read.
    return lambda item: (item.lang, item.document) in catalogs and item.code in codes and (
        not item.file or any(same_file(item.file, path, folder) for path in checked_paths))


def _paths_without_a_catalog(paths: list[Path], result) -> list[str]:
    """Each path named that gave the run no catalog, checked or not, where others did: named
    alone it is E009; beside a folder of catalogs it was passed over in silence, and
    `check app1/locale app2/locale` passed after app2's catalogs were gone."""
    if len(paths) < 2:
        return []
    read = [Path(file) for file in [*result.catalogs, *(skipped.file for skipped in result.skipped)]]
    real = {os.path.realpath(file) for file in read}
    said = []
    for path in paths:
        if any(file == path or file.is_relative_to(path) for file in read):
            continue
        try:
            named = catalog_paths([path])
            # (the same files another path named: checked once, under that path)
            why = ("the same catalogs as another path named, checked once" if all(os.path.realpath(p) in real for p in named)
                   else "no catalog of it was read")
        except HexaglotInputError as error:
            why = error.message
        said.append(f"{path}: {why}")
    return said


def _empty_templates(result) -> list[str]:
    """Templates that hold no entry (0 bytes, a header alone, blank lines: a write cut short,
    an xgettext that failed): CONS010 held the catalogs beside one to nothing, and the run
    passed without a word of it."""
    said = []
    for document in documents_of([Path(path) for path in result.catalogs]):
        template = template_of(document.paths[0], document.name)
        if template is None or template.suffix != ".pot":
            continue
        size = template.stat().st_size
        if size == 0:
            what = "is empty (0 bytes)"
        elif size > 4096:
            continue  # (a header alone is a few hundred bytes: a larger template is not read again here)
        else:
            try:
                what = "holds no entry" if not read_entries(template).entries else ""
            except HexaglotInputError:
                what = ""  # (a template that cannot be read is said where the check reads it)
        if what:
            said.append(f"CONS010: {template.as_posix()} {what}: the catalogs of {document.label or document.name} "
                        "are held to no template (was it written whole?)")
    return said


def _documents_without_a_template(result) -> list[str]:
    """What CONS010, asked for by name, could not hold a document to: its template, where the
    document has none beside its catalogs (a tree other tools wrote): it said nothing, and
    `--select CONS010` passed having compared nothing."""
    bare = [document.label or document.name for document in documents_of([Path(path) for path in result.catalogs])
            if (template_of(document.paths[0], document.name) or Path()).suffix != ".pot"]
    if not bare:
        return []
    return [f"CONS010: no template (.pot) beside the catalogs of {', '.join(sorted(bare)[:3])}"
            f"{f' and {len(bare) - 3} more' if len(bare) > 3 else ''}, to hold them to (only a catalog that holds "
            "no entry where the others hold some is found)"]


def _languages_named_and_not_found(languages: tuple[str, ...], by: str, source_lang: str, result) -> list[str]:
    """A language --lang (or the configuration's `languages`, `by` says which) names of which
    no catalog was found: a gate of `--lang ar,fr` passed with every Arabic catalog gone, `read
    as: fr 3`. (A configuration that does not name its languages checks all six where there
    are catalogs of them: a project of three is no project missing three.)"""
    found = {language_of(locale) for locale in result.locales.values()}
    return [f"no {lang} catalog was found, which {by} names" for lang in languages
            if language_of(lang) not in found and language_of(lang) != source_lang]


def _missing_languages(result) -> list[str]:
    """A language the run's other documents have a catalog of and a document has none of (a
    catalog renamed, deleted, or saved as .pot): the gate counted fewer errors without a word
    but `read as: ru 3`."""
    # (grouped as the run groups catalogs, named as its reports name them: `po/ru.po` is the
    # document `po`'s, two applications' `django.po` are `polls-django` and `blog-django`)
    # A document whose catalogs --lang left out all (`--lang zh`, and it has no zh catalog) is
    # one of the run's too: it was left out of the run without a word.
    left_out = [skipped.file for skipped in result.skipped if LEFT_OUT_LANGUAGE in skipped.reason]
    languages = {document.label or document.name: {language_of(result.locales.get(str(path), "")) or "" for path in document.paths}
                 for document in documents_of([Path(path) for path in [*result.catalogs, *left_out]])}
    every = set().union(*languages.values()) - {""} if languages else set()
    return [f"no {lang} catalog of {name} (the run's other documents have one)"
            for name, present in sorted(languages.items()) for lang in sorted(every - present)]


def _baseline_used(checked: _Checked):
    """The baseline as the CI formats say it, or None (no --baseline)."""
    from pipeline.report.ci import BaselineUsed  # (imported with the format that needs it)

    return BaselineUsed(str(checked.baseline_path), checked.baseline) if checked.baseline is not None else None


def _baseline_summary(checked: _Checked) -> dict:
    """The baseline's part of the JSON summary: what it silenced and what no longer matches."""
    split = checked.baseline
    return {
        "file": str(checked.baseline_path),
        "accepted": len(split.accepted),
        "stale": [vars(item) for item in split.stale],
        "not_checked": len(split.unchecked),
    }


def _summary_lines(checked: _Checked) -> list[str]:
    """What was checked and what was not, and why: the end of every check's text output."""
    result = checked.result
    counts = {s: sum(f.severity.value == s for f in checked.new_findings) for s in ("error", "warning", "info")}
    # The words first (as pocount counts them: revisers plan by them), so that the counts and
    # what was read stay the last lines, where scripts look for them.
    lines = word_summary(run_words(result))
    if result.documents_from_cache:
        lines.append(f"from the cache: {result.documents_from_cache} of {_plural(result.documents, 'document')} unchanged "
                     "since last checked, their findings as found then (--no-cache checks them again)")
    # A file that holds nothing (a tool that stopped as it wrote it) is no catalog checked: its
    # CONS010 says so, and so does a line below.
    empty = result.with_nothing_to_check()
    lines += [
        f"{_plural(len(set(result.catalogs) - empty), 'catalog')}, {_plural(result.entries_checked, 'entry', 'entries')} checked: "
        f"{_plural(counts['error'], 'error')}, {_plural(counts['warning'], 'warning')}, {_plural(counts['info'], 'note')}"
        + ("" if checked.has_glossary else " (no glossary: terminology not checked)")
        + (f"; {result.suppressed} suppressed by '# hexaglot: ignore'" if result.suppressed else "")
    ]
    by_locale = Counter(locale for path, locale in result.locales.items() if path not in empty)
    if by_locale:
        lines.append("read as: " + ", ".join(f"{locale} {count}" for locale, count in sorted(by_locale.items())))
    if checked.config_path is not None:
        lines.append(f"configuration: {checked.config_path}")
    lines.extend(f"not checked: {note}" for note in checked.not_checked)
    lines.extend(f"not checked: {path} ({NOTHING_IN_THE_FILE})" for path in sorted(result.empty_catalogs))
    lines.extend(f"not checked: {path} ({NO_ENTRY_BUT_THE_HEADER})" for path in sorted(result.catalogs_without_entries))
    lines.extend(f"glossary: {note}" for note in checked.glossary_notes)
    lines.extend(f"not understood: {note}" for note in result.unknown_suppressions[:_SKIPPED_SHOWN])
    if len(result.unknown_suppressions) > _SKIPPED_SHOWN:
        lines.append(f"not understood: ...{len(result.unknown_suppressions) - _SKIPPED_SHOWN} more suppressions naming no check")
    listed = result.skipped
    if checked.lang_option:
        # Left out on purpose: one line, not a line per catalog.
        left_out = [s for s in listed if LEFT_OUT_LANGUAGE in s.reason]
        listed = [s for s in listed if LEFT_OUT_LANGUAGE not in s.reason]
        if left_out:
            by_lang = Counter(s.reason.split(" ", 1)[0] for s in left_out)
            lines.append(f"not checked: {_plural(len(left_out), 'catalog')} left out by --lang {checked.lang_option} ("
                         + ", ".join(f"{lang} {count}" for lang, count in sorted(by_lang.items())) + ")")
    if checked.baseline is not None:
        split = checked.baseline
        shown = "in the report, marked accepted" if checked.accepted_in_reports else "not shown"
        lines.append(f"baseline {checked.baseline_path}: {_plural(len(split.accepted), 'accepted finding')} {shown}, "
                     f"{len(split.stale)} stale (accepted, no longer found)"
                     + ("; `hexaglot baseline update` takes them out" if split.stale else "")
                     + (f"; {len(split.unchecked)} of catalogs or checks not run" if split.unchecked else ""))
        lines.extend(f"  {stale_line(item)}" for item in split.stale[:_SKIPPED_SHOWN])
        if len(split.stale) > _SKIPPED_SHOWN:
            lines.append(f"  ...{len(split.stale) - _SKIPPED_SHOWN} more stale (--format json lists them all)")
    shown = listed[:_SKIPPED_SHOWN]
    lines.extend(f"not checked: {skipped.file} ({skipped.reason})" for skipped in shown)
    if len(listed) > len(shown):
        lines.append(f"not checked: {len(listed) - len(shown)} more catalogs (--format json lists them all)")
    # Documents and files are named as the tree names them: a folder's name holds what a
    # catalog's text may (a line break and a line that reads as a finding, a terminal's escape).
    return [on_one_line(line) for line in lines]


_SKIPPED_SHOWN = 20


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


def _exit_for(checked: _Checked) -> int:
    threshold = SEVERITY_RANK[checked.fail_on]
    return EXIT_FINDINGS if any(f.severity.rank >= threshold for f in checked.new_findings) else EXIT_OK


def _report(args: argparse.Namespace) -> int:
    # `--output -`: the findings on standard output in any format (text too, which report
    # otherwise writes only to --output), the summary then on standard error.
    to_stdout = args.output == STANDARD_OUTPUT
    if to_stdout:
        args.output = None
    baseline = read_baseline(args.baseline) if getattr(args, "baseline", None) else None
    if baseline is not None and args.output:
        guard_output(args.output, [args.baseline])  # the accepted findings are an input too
    if args.format in ("junit", "sarif"):
        raise HexaglotInputError("E033", None, f"report writes the findings as text or json, not {args.format} (hexaglot check --format {args.format} does)")
    if args.output:
        _guard_from_reports(args.output, args.out)
    checked = _run_checks(args, keep_report_data=True)
    result = checked.result
    if baseline is not None:
        baseline = replace(baseline, present=_entries_of(checked))
        # As check --baseline: the accepted findings decide no exit code and are counted apart
        # (they were "9 errors", exit 1, with no word of the baseline); the pages show them all.
        checked.baseline = baseline.split(result.findings, _looked_at(checked, baseline.folder))
        checked.baseline_path, checked.accepted_in_reports = args.baseline, True
    # --output takes the run's findings in --format, as check writes them; the summary and the
    # reports' paths then stay on standard output. JSON without --output is standard output
    # itself, and the human lines go to standard error.
    if args.format == "json":
        coverage = run_coverage(result, checked.file_notes)
        if checked.baseline is not None:
            coverage["baseline"] = _baseline_summary(checked)
        findings = findings_json_parts(checked.new_findings, result.entries_checked, checked.signature(), coverage)
    else:
        findings = (text_line(f) + "\n" for f in checked.new_findings)
    # The reports are made (and their places guarded) before anything is written or said: a
    # refusal is then the run's one line, not an error after a findings file and a summary.
    reports = _rendered_reports(checked, args.out, baseline)
    if args.output:
        atomic_write_parts(args.output, (part.encode("utf-8") for part in findings))
    elif args.format == "json" or to_stdout:
        sys.stdout.writelines(findings)
    human = sys.stderr if (args.format == "json" or to_stdout) and not args.output else sys.stdout
    print("\n".join(_summary_lines(checked)), file=human)
    reports.write(human)
    return _exit_for(checked)


# What report writes in each document's folder under --out.
_REPORT_FILES = ("index.html", "findings.json", "findings.xlsx")


def _guard_from_reports(output: Path, out: Path) -> None:
    """--output is not one of the files the report writes itself (`reports/<doc>/index.html`):
    the one written last won, the findings asked for were lost without a word, or JSON went
    into findings.xlsx and the run stopped at reading it back."""
    where, reports = Path(os.path.abspath(output)), Path(os.path.abspath(out))
    if where.name in _REPORT_FILES and where.parent.parent == reports:
        raise HexaglotInputError("E022", output, f"is a file the report writes itself ({out}/<document>/{where.name}): "
                                 f"give --output a path outside {out}/<document>/")


@dataclass
class _RenderedReports:
    """Each report file's bytes, made and its place guarded, to be written (`write`)."""

    files: list[tuple[Path, bytes]]
    carried: dict[Path, _Carried]  # findings.xlsx → what became of the last sheet's decisions
    earlier: list[Path] = field(default_factory=list)  # pages of an earlier report this one leaves (_earlier_pages)

    def write(self, stream=None) -> None:
        # Every file or none (a workbook kept read-only, a disk that fills at the third file):
        # the page and the JSON new beside the last run's workbook were half a report.
        atomic_write_all(self.files)
        for path, _ in self.files:
            if path.name == "index.html":
                print(f"Report: {on_one_line(str(path))} (with findings.json and findings.xlsx)", file=stream or sys.stdout)
            if path in self.carried:
                carried = self.carried[path]
                print(f"{on_one_line(str(path))}: {_plural(carried.found, 'decision')} of the last report carried over"
                      + (f"; {carried.unseen} on findings this run did not look at kept as they were" if carried.unseen else "")
                      + (f"; {carried.gone} on findings this run no longer has kept in its '{carried.sheet}' sheet (decide "
                         "them again if they still apply)" if carried.gone else ""), file=stream or sys.stdout)
        for page in self.earlier:
            print(f"{on_one_line(str(page))}: an earlier report's page, not made again: this run checked no catalog of its "
                  "document (left as it was; delete it, or report on that document again)", file=stream or sys.stdout)


class _Carried(NamedTuple):
    """The decisions of the last findings sheet: on findings found again, on findings of
    catalogs or checks this run did not look at (their rows kept), on findings gone."""

    found: int
    unseen: int
    gone: int
    sheet: str = ""  # where the decisions on findings gone are kept (report/xlsx.py LEFT_OVER)


def _rendered_reports(checked: _Checked, out: Path, baseline=None) -> _RenderedReports:
    """reports/<doc>/index.html, findings.json and findings.xlsx, from the stored findings."""
    from pipeline.report.ci import not_checked_lines
    from pipeline.report.data import gather
    from pipeline.report.html import render_html
    from pipeline.report.xlsx import LEFT_OVER, decisions_in, left_over_in, render_xlsx

    # Every file of every report is rendered before any is written: a writer that fails (a
    # character a format cannot hold, a bug) leaves the folder as it was, not half a report.
    rendered, carried = [], {}
    reports = gather(checked.result, checked.source_lang, checked.signature(), baseline)
    unchecked = not_checked_lines(checked.result, checked.file_notes)
    words = run_words(checked.result)
    not_checked = [{"file": file, "reason": reason} for file, reason in checked.result.catalogs_not_checked()]
    nothing_to_check = checked.result.with_nothing_to_check()
    silenced_in: dict[str, dict[str, int]] = {}  # a report's document → its languages' findings suppressed
    for report in reports:
        report.not_checked = _notes_of_the_page(report, reports, unchecked)
        silenced = silenced_in[report.document] = {lang: checked.result.suppressed_in.get(summary["file"], 0)
                                                   for lang, summary in report.summary.items()}
        if sum(silenced.values()):
            # (the terminal and check's JSON counted them; the page never said a finding was silenced)
            report.not_checked.append(
                f"{_plural(sum(silenced.values()), 'finding')} suppressed by '# hexaglot: ignore' in its catalogs ("
                + ", ".join(f"{lang} {count}" for lang, count in silenced.items() if count) + ")")
    for report in reports:
        folder = out / report.document  # a name made safe for a path by gather
        guard_inside(folder / "index.html", out)
        # --out itself is guarded, but `--out .` put `msgs/index.html` into the folder the run
        # read, and over a page of the user's own of that name.
        guard_output(folder, checked.inputs, option=f"--out's folder for {report.document}")
        for name in ("index.html", "findings.json"):
            _guard_own_report_file(folder / name)
        entries = sum(s["entries"] for s in report.summary.values())
        rendered.append((folder / "index.html", render_html(report).encode("utf-8")))
        # The summary `check --format json` gives, for this document: its catalogs, its words,
        # the catalogs of it not checked, the notes and the findings suppressed in its catalogs.
        files = {s["file"] for s in report.summary.values()}
        labels = {checked.result.document_labels.get(file) or PurePath(file).stem for file in files}
        coverage = {"catalogs": [{"file": s["file"], "locale": lang} for lang, s in report.summary.items()
                                 if s["file"] not in nothing_to_check],
                    "words": {document: counts for document, counts in words.items() if document in labels},
                    "not_checked": [entry for entry in not_checked
                                    if (checked.result.document_labels.get(entry["file"]) or PurePath(entry["file"]).stem) in labels],
                    "notes": report.not_checked,
                    "suppressed": sum(silenced_in[report.document].values())}
        if checked.baseline is not None:
            # Every finding the page shows, those the baseline accepts marked so and counted
            # apart, as `check --baseline` counts them.
            coverage["baseline"] = {"file": str(checked.baseline_path), "accepted": len(report.findings) - len(report.new_findings)}
        rendered.append((folder / "findings.json", "".join(findings_json_parts(
            report.findings, entries, report.signature, coverage, report.accepted)).encode("utf-8")))
        # A reviser's decisions in the last report's sheet, not yet imported, are kept: the new
        # sheet has them for the findings still found, and what was dropped is said. A decision
        # on a finding this run did not look at (`--lang ru` after a report of all five) is no
        # decision on a finding gone: its row is written again as it was.
        found = {finding.fingerprint for finding in report.findings}
        # A finding back with its fingerprint (the typo that changed it undone) takes back what
        # was written on it from the `not carried over` sheet; the findings sheet's own rows first.
        earlier_left = left_over_in(folder / "findings.xlsx")
        back = {row.fingerprint: row for row in earlier_left
                if row.fingerprint in found and (row.decision.strip() or row.comment.strip())}
        decided = following_renumbered({**back, **decisions_in(folder / "findings.xlsx")}, report.findings, _entries_of(checked))
        looked_at = _looked_at(checked, Path.cwd())
        unseen = [row for fingerprint, row in decided.items()
                  if fingerprint not in found and not looked_at(row.accepted_finding(row.decision))]
        # What a reviser wrote on a finding gone (a typo fixed in the entry changes a TERM001's
        # fingerprint) is never dropped: kept in a sheet of its own, with what earlier reports kept there.
        gone = [row for fingerprint, row in decided.items() if fingerprint not in found and row not in unseen]
        left_over = gone + [row for row in earlier_left
                            if row.fingerprint not in found and row.fingerprint not in {other.fingerprint for other in gone}]
        rendered.append((folder / "findings.xlsx", render_xlsx(report, decided, unseen, left_over)))
        if decided:
            carried[folder / "findings.xlsx"] = _Carried(len(decided.keys() & found), len(unseen), len(gone), LEFT_OVER)
    return _RenderedReports(rendered, carried, _earlier_pages(out, {out / report.document for report in reports}))


def _earlier_pages(out: Path, made: set[Path]) -> list[Path]:
    """The pages under --out an earlier report wrote and this one does not write again (a
    document --lang left without a catalog, or whose catalogs are gone): left as they were,
    and said, as a page that still reads as current is one a reviser trusts."""
    try:
        folders = sorted(folder for folder in out.iterdir() if folder.is_dir() and folder not in made)
    except OSError:
        return []
    return [folder / "index.html" for folder in folders if _written_by_hexaglot(folder / "index.html")]


def _written_by_hexaglot(page: Path) -> bool:
    """Whether a report's page is one hexaglot wrote (its title), by its first bytes."""
    try:
        with page.open("rb") as file:
            return "<title>hexaglot · " in file.read(4096).decode("utf-8", errors="replace")
    except OSError:
        return False


def _notes_of_the_page(report, reports: list, lines: list[str]) -> list[str]:
    """What a report's page says the run did not check: the lines about a catalog of its
    document (one under the same folders with the same name, a .mo or a refused version's
    beside its catalogs), or naming its document, and the run's lines about no catalog or
    document in particular; the fuzzy entries it holds, counted for it. A line about another
    document's catalog (the same name under other folders, `blog/…/django.po` for the page of
    `polls-django`) or naming another document is that one's page's."""
    def home(path: Path) -> tuple[Path, str]:
        # (`locale/ru/LC_MESSAGES/x.po` → (`locale`, `x`); `po/ru.po` → (`po`, ""): a folder of one document)
        if path.parent.name == "LC_MESSAGES":
            return path.parents[2], path.stem
        return (path.parents[1], path.stem) if path.stem == path.parent.name else (path.parent, "")

    def homes(page) -> set[tuple[Path, str]]:
        return {home(Path(summary["file"])) for summary in page.summary.values()}

    def names(page, line: str) -> bool:
        return re.search(rf"(?<![\w./-]){re.escape(page.document)}(?![\w./-])", line) is not None

    ours, others = homes(report), [page for page in reports if page is not report]
    kept = []
    for line in lines:
        head = line.split(": ", 1)[0]
        if line.startswith("the text of ") and " fuzzy entr" in line:
            fuzzy = sum(summary["fuzzy"] for summary in report.summary.values())
            if fuzzy:
                kept.append(f"the text of {_plural(fuzzy, 'fuzzy entry', 'fuzzy entries')} (CONS002 lists "
                            f"{'it' if fuzzy == 1 else 'them'}: a fuzzy translation is checked once a reviser clears its mark)")
        elif "/" in head or Path(head).suffix:
            if home(Path(head)) in ours or names(report, head):
                kept.append(line)
        elif names(report, line) or not any(names(page, line) for page in others):
            kept.append(line)
    return kept


def _guard_own_report_file(path: Path) -> None:
    """E022 where a report file's place holds a file hexaglot did not write there (a project's
    own index.html, a findings.json of other content): written over, it was gone."""
    if path.suffix == ".json":
        guard_findings_file(path, option="the report")
        return
    if path.is_file() and not _written_by_hexaglot(path):
        raise HexaglotInputError("E022", path, "the report would be written over a page hexaglot did not write: "
                                 "nothing was written; give another --out")


@contextmanager
def _progress(what: str):
    """A progress line on a terminal, nothing otherwise: yields a function to call per catalog."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(what)
        yield lambda path: progress.update(task, description=f"{what} {path}")


def _checks_list(args: argparse.Namespace) -> int:

    for check in selected():
        languages = "all six" if len(check.languages) == 6 else ", ".join(check.languages)
        print(f"{check.code}  {check.name:<35} {check.severity.value:<8} {check.scope:<9} {languages}")
    return EXIT_OK


def _checks_docs(args: argparse.Namespace) -> int:
    from pipeline.checks.docs import render

    guard_output(args.out, option="--out")
    guard_own_file(args.out, ("Generated from the check registry by `hexaglot checks docs",), "the checks' page", "--out")
    atomic_write_bytes(args.out, render().encode("utf-8"))
    print(f"{args.out}: written")
    return EXIT_OK


def _checks_explain(args: argparse.Namespace) -> int:

    # (a code no check has is E017 with the code it may mean, as --select says it)
    codes = known_codes([args.code], "checks explain")
    if len(codes) != 1:
        raise HexaglotInputError("E017", None, f"checks explain takes one check's code, not {len(codes)} ({', '.join(codes)})")
    [code] = codes
    if code not in REGISTRY:  # a family (`TERM`): its checks, listed
        raise HexaglotInputError("E017", None, f"checks explain takes one check's code; the {code} checks are "
                                 + ", ".join(sorted(c for c in REGISTRY if REGISTRY[c].family == code)))
    check = REGISTRY[code]
    print(f"{check.code} {check.name} ({check.severity.value}, {check.status}; languages: {', '.join(check.languages)})\n")
    print(check.doc)
    return EXIT_OK


def _why_no_entry(catalogs: list[str]) -> str:
    """Why the catalogs checked gave no entry to check: each empty, or a header alone."""
    if not catalogs:
        return "the catalogs have no entries"
    named = f"{', '.join(map(str, catalogs[:3]))}{' and others' if len(catalogs) > 3 else ''}"
    if all(map(_empty_file, catalogs)):
        return f"{named}: {'the file is' if len(catalogs) == 1 else 'the files are'} empty"
    return f"{named}: no entry but the header, or only obsolete ones (#~)"


def _empty_file(path) -> bool:
    """Whether a catalog holds no header and no entry: 0 bytes, blank lines or comments alone."""
    try:
        return Path(path).stat().st_size == 0 or read_entries(Path(path)).empty
    except (OSError, HexaglotInputError):
        return False


def _report_errors(results: list) -> int:
    """The input errors extraction met (it went on with the other versions and documents), in
    one line, as every error of every command is: each named with its file and code."""
    return _said_on_one_line([error for result in results for error in result.errors])


def _said_on_one_line(errors: list) -> int:
    if errors:
        # One line whatever a path holds (a folder named with a line break), as main() says one.
        print("hexaglot: " + on_one_line("; and ".join(str(error) for error in errors)), file=sys.stderr)
    return EXIT_INPUT if errors else EXIT_OK


def _said_refused(result) -> bool:
    """Whether the document was refused whole (its meta.toml, its name), said so: its error,
    on the run's error line, says why."""
    if not result.languages:
        print(f"{result.name}: not extracted: see the error below")
    return not result.languages


def _print_short(result) -> None:
    if _said_refused(result):
        return
    for note in result.structure_notes():
        print(f"{result.name}: {note}")
    for lang, language in result.languages.items():
        if language.status == "failed":
            # (A catalog of an earlier run at its place is left as it was.)
            print(f"{result.name}: {lang}: not extracted, {'its catalog left as it was' if language.catalog else 'no catalog written'}"
                  ": see the error below")
        elif language.catalog:
            state = "written" if language.written else "unchanged"
            print(f"{language.catalog}: {state}")
    for lang, language in result.languages.items():
        if note := _missing_note(lang, language):  # a catalog of untranslated entries is no success to pass over
            print(f"{result.name}: {note}")
    for note in _alignment_notes(result):
        print(f"{result.name}: {note}")
    for lang, language in result.languages.items():
        for what in _merge_events(language.merge, language.path) if language.merge else ():
            print(f"{result.name}: {lang}: {what}")


def _missing_note(lang: str, language) -> str:
    """What is said of a language with no version in the document's folder, or ""."""
    if language.status != "missing" or not language.merge:
        return ""
    return (f"{lang}: no {lang}.txt, {lang}.docx or {lang}.pdf; its catalog has "
            f"{language.merge.entries - language.merge.translated} untranslated entries{language.not_read}")


def _alignment_notes(result) -> list[str]:
    """What the alignment left out of each version's catalog, either way: the source's segments
    a version gave nothing for (untranslated entries, where a reviser expects a translation),
    and a version's segments no source segment takes (its text in no catalog at all)."""
    notes = []
    for lang, language in result.languages.items():
        notes.extend(f"{lang}: {said}" for said in result.repaired.get(lang, ()))
        if language.unaligned:
            notes.append(f"{lang}: {len(language.unaligned)} of {result.units} source segments found nothing in "
                         f"{Path(language.path).name}: their entries are untranslated ({_some(language.unaligned)})")
        if result.unmatched.get(lang):
            ids = result.unmatched[lang]
            notes.append(f"{lang}: {_plural(len(ids), 'segment')} of {Path(language.path).name} "
                         f"{'has' if len(ids) == 1 else 'have'} no counterpart in the source and {'is' if len(ids) == 1 else 'are'} "
                         f"in no catalog: {_some(ids)}")
    return notes


def _some(ids: tuple[str, ...], shown: int = 10) -> str:
    return ", ".join(ids[:shown]) + (f" and {len(ids) - shown} more" if len(ids) > shown else "")


def _print_summary(result) -> None:
    if _said_refused(result):
        return
    kind = f"{result.type_name}, " if result.type_name else ""
    print(f"{result.name} ({result.symbol}): {kind}{result.units} segments, source language {result.source_lang}")
    rows = [("", "version", "segments", "fuzzy", "line-break hyphens", "catalog")]
    notes: list[str] = result.structure_notes()
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
        # No catalog where the document made none (no source version): not `None (unchanged)`.
        catalog = f"{language.catalog} ({state})" if language.catalog else "none written"
        rows.append((lang, version, str(language.segments), fuzzy, hyphens, catalog))
        notes.extend(f"{lang} fuzzy {unit_id}: {why}" for unit_id, why in language.fuzzy)
        if note := _missing_note(lang, language):
            notes.append(note)
        if language.merge:
            notes.extend(f"{lang}: {what}" for what in _merge_events(language.merge, language.path))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    notes.extend(_alignment_notes(result))
    for note in notes:
        print(f"  {note}")


def _merge_events(merge, version_path: str | None) -> list[str]:
    """What re-extraction did to existing translations, when it did anything worth saying."""
    events = []
    if merge.updated_from_version:
        events.append(f"{_plural(merge.updated_from_version, 'translation')} updated from {Path(version_path or '').name or 'the version'} "
                      "(the catalog held the text it was extracted from)")
    if merge.filled_from_version:
        events.append(f"{_plural(merge.filled_from_version, 'entry', 'entries')} with no translation in the catalog given "
                      f"{Path(version_path or '').name or 'the version'}'s text")
    if merge.kept_over_corpus:
        events.append(f"{_plural(merge.kept_over_corpus, 'translation')} edited in the catalog kept (the document reads otherwise)")
    if merge.version_not_revised:
        events.append(f"{_plural(merge.version_not_revised, 'entry', 'entries')} fuzzy where the source changed and "
                      f"{Path(version_path or '').name or 'the version'} gives the text it gave before (previous msgid kept)")
    if merge.moved:
        events.append(f"{_plural(merge.moved, 'translation')} followed {'its' if merge.moved == 1 else 'their'} text to a renumbered segment (a paragraph added or "
                      "removed before it)")
    if merge.source_changed:
        events.append(f"{_plural(merge.source_changed, 'entry', 'entries')} fuzzy because {'its' if merge.source_changed == 1 else 'their'} source changed (previous msgid kept)")
    if merge.context_changed:
        events.append(f"{_plural(merge.context_changed, 'translation')} found by {'its' if merge.context_changed == 1 else 'their'} source under another context (or none): fuzzy, to be reviewed")
    if merge.suggested:
        events.append(f"{_plural(merge.suggested, 'translation')} of similar sources offered where the document has none: fuzzy, to be reviewed")
    if merge.joined_edits:
        events.append(f"{_plural(merge.joined_edits, 'translation')} edited in the catalog joined into their paragraph's entry "
                      "(fuzzy): another version no longer pairs its sentences one to one")
    if merge.cut_edits:
        events.append(f"{_plural(merge.cut_edits, 'translation')} edited in the catalog cut into {'its' if merge.cut_edits == 1 else 'their'} "
                      "sentences' entries (fuzzy)")
    if merge.uncut_edits:
        shown = ", ".join(merge.uncut_edits[:5]) + (f" and {len(merge.uncut_edits) - 5} more" if len(merge.uncut_edits) > 5 else "")
        events.append(f"{_plural(len(merge.uncut_edits), 'translation')} edited in the catalog that another version now "
                      f"splits otherwise [{shown}]: kept as obsolete (#~), {'its' if len(merge.uncut_edits) == 1 else 'their'} "
                      "sentences' entries fuzzy; merge the edit into them by hand")
    if merge.obsolete:
        events.append(f"{_plural(merge.obsolete, 'translation')} no segment takes any more kept as obsolete (#~)")
    if merge.similar_skipped:
        events.append("too many entries to compare for similar sources: none offered (the translations are kept obsolete)")
    return events


# -- glossary ------------------------------------------------------------------------------


def _glossary_lint(args: argparse.Namespace) -> int:
    from pipeline.glossary.lint import concept_lines, lint_file

    files = args.files or [DEFAULT_GLOSSARY]
    threshold = SEVERITY_RANK[args.fail_on]
    failed = False
    report = []
    for path in files:
        problems = lint_file(path)
        lines = concept_lines(path)
        failed |= any(SEVERITY_RANK[p.severity] >= threshold for p in problems)
        shown = [p for p in problems if args.verbose or p.code != "GLS009" or args.format == "json"]
        if args.format == "json":
            report.append({"file": str(path), "problems": [
                {"code": p.code, "severity": p.severity, "line": p.line or lines.get(p.concept), "concept": p.concept, "lang": p.lang, "message": p.message}
                for p in problems
            ]})
            continue
        for p in shown:
            line = p.line or lines.get(p.concept)
            where = f"{path}:{line}" if line else str(path)
            scope = "/".join(part for part in (p.concept, p.lang) if part)
            print(f"{where}: {p.code} {p.severity}: {f'[{scope}] ' if scope else ''}{p.message}")
        counts = {severity: sum(p.severity == severity for p in problems) for severity in ("error", "warning", "info")}
        unverified = sum(p.code == "GLS009" for p in problems)
        print(f"{path}: {_plural(counts['error'], 'error')}, {_plural(counts['warning'], 'warning')}, "
              f"{_plural(counts['info'], 'note')}"
              + (f" ({unverified} terms marked ○ or ? still to verify; --verbose lists them)" if unverified and not args.verbose else ""))
    # Glossaries given together, as check uses them: each may pass alone and contradict another.
    together = [("GLS005", "error", lang, message) for lang, message in _contradictions_between(files)] if len(files) > 1 else []
    if len(files) > 1:
        try:
            load_glossaries(files)  # as check reads them together: one id in two files is refused there (E049)
        except HexaglotInputError as refused:
            together.insert(0, ("E049", "error", "", refused.message))
    together += [("GLS004", "warning", lang, message) for lang, message in _shared_between(files)] if len(files) > 1 else []
    failed |= any(SEVERITY_RANK[severity] >= threshold for _, severity, _, _ in together)
    if args.format == "json":
        print(json.dumps({"schema": "hexaglot.glossary-lint/1", "files": report,
                          "together": [{"code": code, "severity": severity, "lang": lang, "message": message}
                                       for code, severity, lang, message in together]}, ensure_ascii=False, indent=2))
    else:
        for code, severity, lang, message in together:
            print(f"{' + '.join(map(str, files))}: {code} {severity}: {f'[{lang}] ' if lang else ''}{message}")
    return EXIT_FINDINGS if failed else EXIT_OK


def _contradictions_between(paths: list[Path]) -> list[tuple[str, str]]:
    """(language, message) for each term one of the glossaries approves and another rejects
    (GLS005 across files; each file's own are its GLS005)."""
    glossaries = [load_glossary(path) for path in paths]
    files = {concept.id: str(path) for glossary, path in zip(glossaries, paths) for concept in glossary.concepts}
    return [(item.lang, item.message(files)) for item in contradictions([c for g in glossaries for c in g.concepts])
            if files.get(item.approved_in) != files.get(item.rejected_in)]


def _shared_between(paths: list[Path]) -> list[tuple[str, str]]:
    """(languages, message) for each pair of concepts of two of the glossaries that approve
    the same terms (GLS004 across files)."""
    twins = shared_between([(str(path), load_glossary(path).concepts) for path in paths])
    return [(",".join(dict.fromkeys(lang for lang, _ in terms)), f"{one} and {other} approve the same terms "
             f"({_same_terms(terms)}): one concept in two glossaries? its terminology findings may be said once for each")
            for one, other, terms in twins]


def _same_terms(terms: list[tuple[str, str]]) -> str:
    shown = ", ".join(f"{lang} '{term}'" for lang, term in terms[:3])
    return shown + (f" and {len(terms) - 3} more" if len(terms) > 3 else "")


def _glossary_import(args: argparse.Namespace) -> int:
    guard_output(args.out, [args.source], own="glossaries", option="--out")
    glossary = load_glossary(args.source)
    if args.out.suffix.lower() != ".tbx":
        raise HexaglotInputError("E013", args.out, "import writes TBX: give an --out ending in .tbx (export writes CSV and XLSX)")
    _refuse_ids_tbx_cannot_hold(glossary, args.source)
    if glossary.ids_rewritten:
        shown = ", ".join(f"'{printable(written)}' → '{made}'" for written, made in glossary.ids_rewritten[:5])
        more = len(glossary.ids_rewritten) - 5
        print(f"{args.source}: ID cells written as TBX ids (no ':', '/', space or leading digit): {shown}"
              + (f" and {more} more" if more > 0 else ""))
    if not args.out.exists():
        save_glossary(glossary, args.out)
        print(f"{args.out}: {_plural(len(glossary.concepts), 'concept')}, {_plural(_term_count(glossary), 'term')} from {args.source}"
              + ("" if glossary.concepts else f" (it holds no concept: {args.out} is an empty glossary, to be filled)"))
        _print_terms_as_typed(glossary, args.source, args.out)
        return EXIT_OK
    existing = load_glossary(args.out)
    if args.remove_missing and existing.concepts and not glossary.concepts:
        # A file read as no concept (another tool's layout, an empty export) would empty it.
        raise HexaglotInputError("E046", args.source, f"holds no concept, and --remove-missing would remove all "
                                 f"{len(existing.concepts)} of {args.out}: import a file that holds the glossary's concepts")
    merge = merge_into(existing, glossary, args.source, args.remove_missing)
    save_glossary(merge.glossary, args.out)
    for line in _merge_lines(merge, args.out, args.source):
        print(line)
    _print_terms_as_typed(glossary, args.source, args.out)
    return EXIT_OK


# Lint's rules on how a term was typed (a status in it, two terms in one cell, a term in another
# script or with Traditional characters): what import took as written and no text will match.
_AS_TYPED = frozenset({"GLS013", "GLS015", "GLS017", "GLS018", "GLS022"})


def _print_terms_as_typed(glossary: Glossary, source: Path, out: Path) -> None:
    """The terms import took as typed that lint questions, each at its concept's line or row
    in the file imported: said when imported, not at the next lint."""
    from pipeline.glossary.lint import concept_lines, lint

    problems = [problem for problem in lint(glossary) if problem.code in _AS_TYPED]
    lines = concept_lines(source) if problems else {}
    for problem in problems:
        line = problem.line or lines.get(problem.concept)
        scope = "/".join(filter(None, (problem.concept, problem.lang)))
        print(f"{source}:{line}: " if line else f"{source}: ", end="")
        print(f"{problem.code} {problem.severity}: {f'[{scope}] ' if scope else ''}{problem.message}")
    if problems:
        print(f"{out}: imported as typed; `hexaglot glossary lint {out}` lists every problem")


def _refuse_ids_tbx_cannot_hold(glossary: Glossary, source: Path) -> None:
    """E015 at the row of a concept id no TBX can hold: a control character in a sheet's id
    cell went into the TBX's id attribute, and the import that said "1 added" left a file every
    later command refused (E014); a space or a leading digit, one validating tools refuse.
    (Lint says it too, GLS020; a check reads such a sheet as it is, writing nothing.)"""
    rows = dict(glossary.rows)
    for concept in glossary.concepts:
        if not CONCEPT_ID.fullmatch(concept.id):
            raise HexaglotInputError("E015", source, f"concept id '{printable(concept.id)}' cannot be a TBX concept's id "
                                     f"(a letter or _ first, then letters, digits, -, _ or .): write it as "
                                     f"'{tbx_id(concept.id)}'; nothing was written", rows.get(concept.id))


def _term_count(glossary: Glossary) -> int:
    return sum(len(concept.terms) for concept in glossary.concepts)


def _merge_lines(merge: Merge, out: Path, source: Path) -> list[str]:
    """What an import into an existing glossary did, concept by concept, for the terminologist
    to check before committing the TBX."""
    lines = [f"{out}: {_plural(len(merge.glossary.concepts), 'concept')}, {_plural(_term_count(merge.glossary), 'term')} "
             f"({source}: {len(merge.added)} added, {len(merge.updated)} updated, {len(merge.unchanged)} unchanged)"]
    if merge.matched_by_terms:
        lines.append("matched by their terms: " + ", ".join(f"'{term}' → {concept_id}" for term, concept_id in merge.matched_by_terms))
    if merge.added:
        lines.append("added: " + ", ".join(merge.added))
    lines += [f"updated {update.concept_id}: {', '.join(update.changes)}" for update in merge.updated]
    fields, concepts = merge.kept_unsaid
    if fields:
        lines.append(f"kept the glossary's {', '.join(fields)} in {_plural(concepts, 'concept')} otherwise unchanged: "
                     f"{source} holds none")
    lines += [f"'{conflict.kept.text}' ({conflict.kept.lang}) is {conflict.kept.status.value} in {conflict.concept_id}, "
              f"approved in {source}: kept {conflict.kept.status.value}" for conflict in merge.conflicts]
    lines += [f"'{other.term.text}' ({other.term.lang}) is a term of {other.owner_id}: not added to {other.concept_id} "
              "(a term two concepts share is added in the TBX)" for other in merge.elsewhere]
    if merge.not_in_file:
        missing = merge.not_in_file
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        if merge.removed:
            lines.append(f"removed {_plural(len(missing), 'concept')} {source} does not hold: {shown}")
        else:
            lines.append(f"kept {_plural(len(missing), 'concept')} {source} does not hold: {shown} (--remove-missing removes them)")
    return lines


def _glossary_export(args: argparse.Namespace) -> int:

    guard_output(args.out, [args.source], own="glossaries", option="--out")
    glossary = load_glossary(args.source)
    if args.layout == "cat" and args.out.suffix.lower() != ".csv":
        raise HexaglotInputError("E013", args.out, "--layout cat writes CSV: give an --out ending in .csv")
    # Written beside --out first: a spreadsheet there may hold a terminologist's edits, not yet
    # imported, which writing over it lost (_refuse_edited_export).
    if args.out.suffix.lower() not in (".tbx", ".csv", ".xlsx"):
        raise HexaglotInputError("E013", args.out, "unknown glossary format: give an --out ending in .tbx, .csv or .xlsx")
    fresh = args.out.with_name(f".{args.out.stem}.hexaglot-new{args.out.suffix}")
    try:
        if args.layout == "cat":
            from pipeline.glossary.cat_csv import write_cat_csv

            write_cat_csv(glossary, fresh)
        else:
            save_glossary(glossary, fresh)
        _refuse_edited_export(args.out, fresh, args.source)
        os.replace(fresh, writable_target(args.out))
    except HexaglotInputError as error:
        if error.path is None or Path(error.path) != fresh:
            raise
        # (the file staged beside --out is ours: the user asked for --out)
        raise HexaglotInputError(error.code, args.out, error.message, error.line) from None
    except OSError as error:
        raise HexaglotInputError("E011", args.out, f"cannot write: {error.strerror or error}") from None
    finally:
        with contextlib.suppress(OSError):  # a folder that cannot be written holds nothing of ours to take away
            fresh.unlink(missing_ok=True)
    terms = sum(len(c.terms) for c in glossary.concepts)
    # (the CAT layout leaves a pattern term out: a termbase matches no expression)
    patterns = sum(1 for c in glossary.concepts for t in c.terms if t.pattern) if args.layout == "cat" else 0
    print(f"{args.out}: {_plural(len(glossary.concepts), 'concept')}, {_plural(terms - patterns, 'term')}"
          + (f" ({_plural(patterns, 'pattern term')} left out: a termbase matches no expression)" if patterns else ""))
    return EXIT_OK


def _refuse_edited_export(out: Path, fresh: Path, source: Path) -> None:
    """E044 where `out` holds a glossary other than the one this export writes (`fresh`, read
    back): a spreadsheet edited and not yet imported, or an export of an older state of the
    glossary. Which of the two is not known, so neither is written over: said, with the
    command that brings the edits in."""
    if not (out.exists() or out.is_symlink()):
        return
    try:
        there = {concept.id: concept for concept in load_glossary(out).concepts}
    except HexaglotInputError as error:
        raise HexaglotInputError("E044", out, f"a file is here that is no glossary this export can read ({error.message}): "
                                 "move it away to export here") from None
    wanted = {concept.id: concept for concept in load_glossary(fresh).concepts}
    differ = sorted(set(there) ^ set(wanted) | {key for key in set(there) & set(wanted) if there[key] != wanted[key]})
    if differ:
        shown = ", ".join(differ[:3]) + (f" and {len(differ) - 3} more" if len(differ) > 3 else "")
        raise HexaglotInputError("E044", out, f"holds a glossary other than {source} ({_plural(len(differ), 'concept')} "
                                 f"{'differs' if len(differ) == 1 else 'differ'}: {shown}): if it holds edits, import them first (hexaglot glossary import {out} "
                                 f"--out {source}); else remove it to export here; nothing was written")


def _glossary_inflect(args: argparse.Namespace) -> int:
    from pipeline.glossary.inflect import CASE_NAMES, InflectionError, inflect_term

    if args.concept:
        glossary = load_glossary(args.glossary)
        concept = next((c for c in glossary.concepts if c.id == args.concept), None)
        if concept is None:
            raise HexaglotInputError("E016", args.glossary, f"no concept '{args.concept}' in the glossary")
        terms = [(t.text, t.number == "mass") for t in concept.terms_in("ru") if not t.pattern and t.term_type != "acronym"]
        if not terms:
            # Else nothing was printed, and the exit was 2 all the same.
            raise HexaglotInputError("E016", args.glossary, f"concept '{args.concept}' has no Russian term to inflect "
                                     "(only its patterns or acronyms, or none)" if concept.terms_in("ru") else
                                     f"concept '{args.concept}' has no Russian term to inflect")
    else:
        terms = [(args.term, False)]
    paradigms = []
    for term, mass_noun in terms:
        try:
            paradigms.append(inflect_term(term, mass_noun))
        except InflectionError as error:
            print(f"hexaglot: {on_one_line(str(HexaglotInputError('E017', None, str(error))))}", file=sys.stderr)
    if args.format == "json":
        print(json.dumps([p.as_dict() for p in paradigms], ensure_ascii=False, indent=2))
        return EXIT_OK if paradigms else EXIT_INPUT
    for paradigm in paradigms:
        agreeing = f"; agrees: {', '.join(paradigm.agreeing)}" if paradigm.agreeing else ""
        print(f"{paradigm.term}  (head: {paradigm.head}{agreeing})")
        rows = [("case", "singular", "plural")] + [
            (CASE_NAMES[case], *(_inflected_cell(forms[number], number in paradigm.unattested) for number in ("sing", "plur")))
            for case, forms in paradigm.forms.items()
        ]
        widths = [max(len(row[i]) for row in rows) for i in range(3)]
        for row in rows:
            print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
        if paradigm.unattested:
            print("  ? no form of this number only is in wordfreq's Russian list: pymorphy3 made them by rule; "
                  "a singular-only term has none (mark it grammaticalNumber mass in the glossary)")
        print()
    return EXIT_OK if paradigms else EXIT_INPUT


def _inflected_cell(form: str | None, unattested: bool) -> str:
    if form is None:
        return "—"
    return f"{form} ?" if unattested else form


def _glossary_stats(args: argparse.Namespace) -> int:
    from pipeline.glossary.stats import glossary_stats

    glossary = load_glossary(args.source)
    stats = glossary_stats(glossary)
    usage = []
    if args.catalogs:
        from pipeline.glossary.stats import variant_usage

        paths = catalog_paths(args.catalogs)
        if args.scheduler:
            from pipeline.glossary.stats import merge_usage

            usage = merge_usage(variant_usage_on(args.scheduler, glossary, paths))
        else:
            usage = variant_usage(glossary, paths)
        per_concept_lang = {}
        for use in usage:
            per_concept_lang.setdefault((use.concept, use.lang), []).append(use)
        if not args.all_variants:
            usage = [u for u in usage if len(per_concept_lang[(u.concept, u.lang)]) > 1]
        from pipeline.glossary.stats import unrecorded_variants

        not_read: list[str] = []
        unrecorded = unrecorded_variants(glossary, paths, {path: document_of(path)[1] for path in paths}, not_read)
    if args.format == "json":
        data = stats.as_dict()
        if args.catalogs:
            data["variant_usage"] = [vars(u) for u in usage]
            data["unrecorded_variants"] = [u.as_dict() for u in unrecorded]
            data["unrecorded_variants_not_read"] = not_read
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{args.source}: {_plural(stats.concepts, 'concept')}, {_plural(stats.terms, 'term')} "
          f"({stats.patterns} with a pattern, {stats.case_sensitive} case-sensitive)")
    statuses = [s.value for s in TermStatus]
    rows = [("lang", *statuses, "total", "○ unverified", "? uncertain")]
    for lang, counts in stats.terms_by_lang_status.items():
        unverified = stats.unverified_by_lang.get(lang, {})
        rows.append((lang, *(str(counts[s]) for s in statuses), str(sum(counts.values())),
                     str(unverified.get("unverified", 0)), str(unverified.get("uncertain", 0))))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  " + "  ".join(cell.rjust(width) if i else cell.ljust(width) for i, (cell, width) in enumerate(zip(row, widths))))
    print("  concepts by subject: " + ", ".join(f"{subject} {count}" for subject, count in stats.concepts_by_subject.items()))
    if args.catalogs:
        what = "every term found" if args.all_variants else "concepts rendered by more than one term"
        print(f"\nvariants in {', '.join(map(str, args.catalogs))} ({what}; source terms counted in the msgids of each catalog):")
        rows = [("concept", "lang", "term", "status", "uses")] + [(u.concept, u.lang, u.term, u.status, str(u.count)) for u in usage]
        widths = [max(len(row[i]) for row in rows) for i in range(5)]
        for row in rows:
            print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
        print("\nunrecorded variants (where the source has the concept and the version none of its terms: "
              "the aligned phrase, in at least 2 such segments):")
        rows = [("concept", "lang", "phrase", "uses", "of", "confidence", "e.g.")] + [
            (u.concept, u.lang, u.phrase, str(u.uses), str(u.lacking), f"{u.confidence:.2f}", u.examples[0]) for u in unrecorded]
        widths = [max(len(row[i]) for row in rows) for i in range(7)]
        for row in rows if unrecorded else []:
            print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
        if not unrecorded:
            print("  none: every concept the sources hold is rendered by one of its terms, or by no phrase seen twice")
        for reason in not_read:
            print(f"  not read: {reason}")
    return EXIT_OK


def _glossary_candidates(args: argparse.Namespace) -> int:
    from pipeline.glossary.candidate_review import (candidates_glossary, candidates_json, candidates_text, propose,
                                                    write_candidates_xlsx)

    if args.format in ("xlsx", "tbx") and args.output is None:
        raise HexaglotInputError("E039", None, f"--format {args.format} writes a file: give --output FILE.{args.format}")
    if args.min_count < 1:
        raise HexaglotInputError("E039", None, "--min-count must be 1 or more")
    if args.top is not None and args.top < 1:
        raise HexaglotInputError("E039", None, "--top must be 1 or more")
    catalogs = args.catalogs or [Path("locale")]
    paths = catalog_paths(catalogs)
    glossary_paths = args.glossary or [DEFAULT_GLOSSARY]
    if args.output is not None:
        guard_output(args.output, [*catalogs, *glossary_paths])
        _refuse_writing_over_candidates(args.output, args.format)
    glossaries = load_glossaries(glossary_paths)
    not_read: list[str] = []
    candidates, texts = propose(paths, glossaries, args.source_lang, args.min_count, args.top,
                                {path: document_of(path)[1] for path in paths}, not_read)
    if args.format in ("text", "json"):
        shown = (candidates_text(candidates, len(texts), args.min_count, not_read) if args.format == "text"
                 else json.dumps(candidates_json(candidates, len(texts), args.min_count, args.source_lang, not_read),
                                 ensure_ascii=False, indent=2))
        if args.output is None:
            print(shown)
        else:
            atomic_write_bytes(args.output, (shown + "\n").encode("utf-8"))
            print(f"{args.output}: {len(candidates)} candidates")
        return EXIT_OK
    proposed = candidates_glossary(candidates, {c.id for g in glossaries for c in g.concepts})
    if args.format == "xlsx":
        write_candidates_xlsx(candidates, proposed, texts, args.output)
    else:
        save_glossary(proposed, args.output)
    print(f"{args.output}: {len(candidates)} candidates to review"
          + (" (none used at least --min-count times)" if not candidates else ""))
    for reason in not_read:
        print(f"not read: {reason}")
    return EXIT_OK


def _refuse_writing_over_candidates(target: Path, format: str) -> None:
    """E022 where `target` holds a file that is not a list of candidates this command wrote,
    or a review sheet with decisions in it: a team's glossary, a translator's notes, a
    terminologist's review were written over with a new list."""
    if not target.is_file() or not target.stat().st_size:
        return
    if format == "xlsx":
        from pipeline.glossary.candidate_review import undecided_review

        if undecided_review(target):
            return
        raise HexaglotInputError("E022", target, "--output names a file that is no sheet of candidates hexaglot wrote, or one "
                                 "with decisions in it (adopt them first: hexaglot glossary adopt): nothing was written; "
                                 "remove it or write elsewhere")
    if format == "tbx":
        return _refuse_losing_concepts(target, None, "--output")
    guard_own_file(target, ('"schema": "hexaglot.term-candidates/', "candidates used at least"), "a list of candidates", "--output")


def _refuse_losing_concepts(target: Path, written, option: str = "--out") -> None:
    """E044 where `target` holds a glossary with concepts the one written (`written`; None: a
    list of candidates, which keeps none of a glossary's) does not have: another glossary
    given by mistake (`--out team.tbx`) was replaced, its concepts gone."""
    if not (target.is_file() and target.stat().st_size):
        return
    try:
        there = load_glossary(target)
    except HexaglotInputError:
        raise HexaglotInputError("E044", target, f"{option} names a file that is no glossary: nothing was written; remove "
                                 "it or write elsewhere") from None
    kept = {concept.id for concept in written.concepts} if written is not None else set()
    lost = [concept.id for concept in there.concepts if concept.id not in kept]
    if written is None and there.concepts and all(
            term.verification is Verification.UNVERIFIED for concept in there.concepts for term in concept.terms):
        return  # candidates written before: no term of them verified by anyone yet
    if lost:
        shown = ", ".join(lost[:3]) + (f" and {len(lost) - 3} more" if len(lost) > 3 else "")
        raise HexaglotInputError("E044", target, f"holds a glossary of {_plural(len(there.concepts), 'concept')}, "
                                 f"{len(lost)} of which this would lose ({shown}): nothing was written; write elsewhere, "
                                 "or remove it to write here")


def _refuse_changing_concepts(out: Path, fresh: Path) -> None:
    """E044 where `out` holds a concept the glossary written (`fresh`, read back) has
    otherwise: an adopted glossary a colleague edited since (a note, a status), replaced by a
    new adoption with exit 0. Concepts only the new one has are what adoption adds."""
    if not (out.is_file() and out.stat().st_size):
        return
    there = {concept.id: concept for concept in load_glossary(out).concepts}
    wanted = {concept.id: concept for concept in load_glossary(fresh).concepts}
    differ = sorted(key for key in set(there) & set(wanted) if there[key] != wanted[key])
    if differ:
        shown = _some(tuple(differ), 3)
        raise HexaglotInputError("E044", out, f"holds a glossary other than the one this writes ({_plural(len(differ), 'concept')} "
                                 f"{'differs' if len(differ) == 1 else 'differ'}: {shown}), edits that writing here would lose: "
                                 "write elsewhere, or remove it to write here; nothing was written")


# The line `glossary adopt` writes after the XML declaration of what it wrote: the file's
# digest without that line, by which a later adoption tells its own untouched output from a
# glossary someone edited since (an XML comment: every TBX reader passes over it).
_ADOPTED = re.compile(rb"<!-- written by hexaglot glossary adopt; sha256 of the file without this line: ([0-9a-f]{64}) -->\n")


def _seal_adopted(path: Path) -> None:
    data = path.read_bytes()
    declaration = data.index(b"\n") + 1
    digest = hashlib.sha256(data).hexdigest().encode("ascii")
    path.write_bytes(data[:declaration] + b"<!-- written by hexaglot glossary adopt; sha256 of the file without this line: "
                     + digest + b" -->\n" + data[declaration:])


def _adopted_untouched(path: Path) -> bool:
    """Whether `path` is what an adoption wrote, unedited since (its seal holds)."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    seal = _ADOPTED.search(data, 0, 400)
    return seal is not None and hashlib.sha256(data[:seal.start()] + data[seal.end():]).hexdigest().encode("ascii") == seal.group(1)


def _glossary_adopt(args: argparse.Namespace) -> int:
    from pipeline.glossary.candidate_review import adopt
    from pipeline.glossary.lint import lint_file

    guard_output(args.out, [args.reviewed, args.glossary], own="glossaries", option="--out")
    if args.out.suffix.lower() != ".tbx":
        raise HexaglotInputError("E013", args.out, "adopt writes TBX: give an --out ending in .tbx")
    glossary, approved = adopt(load_glossary(args.glossary), args.reviewed, args.glossary)
    # What an adoption wrote and no one has edited since is written over (the review or the
    # glossary changed, and adoption is run again); anything else only where nothing in it
    # would be lost or changed.
    untouched = _adopted_untouched(args.out)
    if not untouched:
        _refuse_losing_concepts(args.out, glossary)
    # Written beside --out first, and compared with what is there as read back (see below).
    fresh = args.out.with_name(f".{args.out.stem}.hexaglot-new{args.out.suffix}")
    try:
        save_glossary(glossary, fresh)
        if not untouched:
            _refuse_changing_concepts(args.out, fresh)
        _seal_adopted(fresh)
        os.replace(fresh, writable_target(args.out))
    finally:
        fresh.unlink(missing_ok=True)
    problems = lint_file(args.out)
    counts = {severity: sum(p.severity == severity for p in problems) for severity in ("error", "warning", "info")}
    for problem in problems:
        if problem.severity == "error":
            print(f"{args.out}: {problem.code} error: [{problem.concept or ''}] {problem.message}")
    print(f"{args.out}: {len(approved)} approved concepts added to the {len(glossary.concepts) - len(approved)} of {args.glossary}"
          + (f" ({', '.join(c.id for c in approved)})" if approved else " (no row or term marked approved)")
          + f"; lint: {counts['error']} errors, {counts['warning']} warnings, {counts['info']} notes")
    return EXIT_FINDINGS if counts["error"] else EXIT_OK


def _scored(report: dict, hyp: Path) -> dict:
    """The score report, or E023 where it scores no segment: a score of nothing passed as a
    score, exit 0 and a JSON of no language that said nothing."""
    if not any(item["segments"] for item in report["languages"]):
        said = "; ".join(f"{item['lang']}: {item['only_in_draft']} translated in the draft alone, {item['only_in_revision']} "
                         "in the revision alone" for item in report["languages"])
        raise HexaglotInputError("E023", hyp, "nothing was scored: no segment is translated in both the draft and the "
                                 f"revision (entries pair by msgctxt and msgid){f' ({said})' if said else ''}")
    return report


def _score(args: argparse.Namespace) -> int:
    from pipeline.metrics import score_pairs, score_report_text

    if args.html:
        from pipeline.report.html import render_score_html

        guard_output(args.html, [args.hyp, args.ref], option="--html")
        guard_own_file(args.html, ("<title>hexaglot score",), "a score page", "--html")
        report = _scored(score_pairs(args.hyp, args.ref, top=None), args.hyp)
        atomic_write_bytes(args.html, render_score_html(report).encode("utf-8"))
        for item in report["languages"]:
            item["most_changed"] = item["most_changed"][:args.top]
    else:
        report = _scored(score_pairs(args.hyp, args.ref, top=args.top), args.hyp)
    if args.format == "json":
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(score_report_text(report))
    return EXIT_OK
