"""The arrows of docs/architecture.md, checked on the source: no import cycle, no import inside
a function but the documented ones, and the "nevers" (what may never import what)."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "pipeline"

# Third-party modules a function may import when it first needs them: optional dependencies
# (Dask) and heavy ones that most runs never need (a PDF or Word reader, spaCy's pipelines,
# pymorphy3's dictionary, openpyxl, sacrebleu, rich's live display).
LAZY_THIRD_PARTY = {"distributed", "dask", "playwright", "spacy", "pymorphy3", "wordfreq", "babel", "openpyxl", "docx",
                    "sacrebleu", "rich", "lxml", "pypdf", "pdfminer", "pdfplumber", "rjieba",
                    "zhon",  # CC-CEDICT's character tables, read where a Chinese text is checked
                    # the standard library's slow ones: xml.sax.saxutils imports urllib (TBX writing only),
                    # importlib.metadata reads every installed distribution (JSON and SARIF signatures only)
                    "xml", "importlib"}
# Modules of the package that may be imported inside a function, and where: the command line
# loads each command's output machinery (Jinja2, openpyxl, sacrebleu) when that command runs,
# and the check registry loads the check modules (which import it to register) on first use.
# Checking imports no extraction machinery: the extract package loads its readers (Word, PDF)
# when it extracts, and the command line loads extraction only for `run` and `extract`.
LAZY_OWN = {
    "pipeline.cli": {"pipeline.report.html", "pipeline.report.xlsx", "pipeline.report.ci", "pipeline.report.data",
                     "pipeline.metrics", "pipeline.glossary.lint", "pipeline.glossary.inflect", "pipeline.glossary.stats",
                     "pipeline.checks.docs", "pipeline.exchange.workflow", "pipeline.glossary.cat_csv",
                     "pipeline.fixing", "pipeline.glossary.candidate_review", "pipeline.stages", "pipeline.extract.reader"},
    "pipeline.extract": {"pipeline.extract.docx", "pipeline.extract.joining", "pipeline.extract.layout",
                         "pipeline.extract.pdf", "pipeline.extract.reader", "pipeline.extract.structure"},
    "pipeline.run.cluster": {"pipeline.glossary.stats"},
    # (the command's entry point imports the command line where a Ctrl-C during the import is caught)
    "pipeline.entry": {"pipeline.cli"},
    "pipeline.checks": {"pipeline.checks", "pipeline.checks.consistency", "pipeline.checks.formats", "pipeline.checks.punctuation",
                        "pipeline.checks.terms", "pipeline.checks.term_capitals", "pipeline.checks.quotations",
                        "pipeline.checks.typo", "pipeline.checks.values"},
}
# (importer prefix, imported prefix): never.
NEVER = [
    ("pipeline.model", "pipeline."),  # the data every stage shares depends on nothing
    ("pipeline.errors", "pipeline."),
    ("pipeline.lang", "pipeline.checks"), ("pipeline.lang", "pipeline.run"), ("pipeline.lang", "pipeline.report"),
    ("pipeline.lang", "pipeline.glossary"), ("pipeline.lang", "pipeline.catalog"), ("pipeline.lang", "pipeline.cli"),
    ("pipeline.checks", "pipeline.run"), ("pipeline.checks", "pipeline.report"), ("pipeline.checks", "pipeline.cli"),
    ("pipeline.checks", "pipeline.catalog"), ("pipeline.checks", "pipeline.stages"),
    ("pipeline.report", "pipeline.run"), ("pipeline.report", "pipeline.cli"),  # (the registry describes SARIF rules)
    ("pipeline.glossary", "pipeline.run"), ("pipeline.glossary", "pipeline.report"), ("pipeline.glossary", "pipeline.cli"),
    ("pipeline.extract", "pipeline.checks"), ("pipeline.extract", "pipeline.run"), ("pipeline.extract", "pipeline.report"),
    ("pipeline.run", "pipeline.cli"), ("pipeline.run", "pipeline.report"),
]
# Third-party packages that only one module (or family) may import.
ONLY_IN = {
    "distributed": ("pipeline.run.cluster",),
    "dask": ("pipeline.run.cluster",),
    "polib": ("pipeline.catalog", "pipeline.po_reader"),
    "sacrebleu": ("pipeline.metrics",),
    "openpyxl": ("pipeline.glossary.tabular", "pipeline.report.xlsx", "pipeline.workbook_input"),
    "jinja2": ("pipeline.report.html",),
    "pdfplumber": ("pipeline.extract.pdf",),
    "pdfminer": ("pipeline.extract.pdf",),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports(path: Path) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(module-level imports, imports inside functions), each as (line, module imported). A
    `from a import b` names `a.b` where that is a module of the package, else `a`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: tuple[list, list] = ([], [])

    def names(node) -> list[str]:
        if isinstance(node, ast.Import):
            return [alias.name for alias in node.names]
        base = node.module or ""
        return [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]

    def visit(node, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                found[in_function].extend((child.lineno, name) for name in names(child))
            visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)))

    visit(tree, False)
    return found


@functools.cache
def graph() -> dict[str, tuple[list, list]]:
    """Each module's imports (parsed when a test first asks: every test process collects this
    module, one runs its tests)."""
    return {name: imports(path) for name, path in MODULES.items()}


def loaded_with(name: str) -> set[str]:
    """What importing `name` loads first: it and its parent packages."""
    parts = name.split(".")
    return {".".join(parts[:i]) for i in range(2, len(parts) + 1)} & set(MODULES)


def test_there_is_no_import_cycle():
    edges = {name: {dep for _, imported in graph()[name][0] for dep in loaded_with(imported)
                    if dep != name and not name.startswith(dep + ".")} for name in MODULES}
    state: dict[str, int] = {}
    path: list[str] = []
    cycles = []

    def walk(name):
        state[name] = 1
        path.append(name)
        for dep in sorted(edges[name]):
            if state.get(dep) == 1:
                cycles.append(" -> ".join(path[path.index(dep):] + [dep]))
            elif dep not in state:
                walk(dep)
        path.pop()
        state[name] = 2

    for name in MODULES:
        if name not in state:
            walk(name)
    assert not cycles


def test_no_import_inside_a_function_but_the_documented_ones():
    wrong = []
    for name, (_, inner) in graph().items():
        for line, imported in inner:
            if imported.startswith("pipeline"):
                if imported not in LAZY_OWN.get(name, ()):
                    wrong.append(f"{MODULES[name].relative_to(ROOT)}:{line}: {imported}")
            elif imported.split(".")[0] not in LAZY_THIRD_PARTY:
                wrong.append(f"{MODULES[name].relative_to(ROOT)}:{line}: {imported}")
    assert not wrong


@pytest.mark.parametrize("importer, imported", NEVER, ids=[f"{a} never imports {b}" for a, b in NEVER])
def test_never(importer, imported):
    wrong = [f"{MODULES[name].relative_to(ROOT)}:{line}: {dep}"
             for name, (top, inner) in graph().items() if name == importer or name.startswith(importer + ".")
             for line, dep in top + inner if dep.startswith(imported) and not dep.startswith(importer)]
    assert not wrong


def test_the_run_package_is_used_by_the_command_line_only():
    users = {name for name, (top, inner) in graph().items() for _, dep in top + inner
             if dep.startswith("pipeline.run") and not name.startswith("pipeline.run")}
    assert users == {"pipeline.cli"}


@pytest.mark.parametrize("package", ONLY_IN)
def test_a_dependency_is_imported_where_it_belongs(package):
    users = {name for name, (top, inner) in graph().items() for _, dep in top + inner if dep.split(".")[0] == package}
    assert users <= set(ONLY_IN[package])


def test_no_two_modules_share_a_name():
    # A newcomer who opens values.py should find one (pipeline/checks/ and pipeline/lang/
    # hold families of like modules: their package tells them apart, not their name).
    stems: dict[str, list[str]] = {}
    for path in MODULES.values():
        if path.name != "__init__.py":
            stems.setdefault(path.stem, []).append(str(path.relative_to(ROOT)))
    shared = {stem: paths for stem, paths in stems.items() if len(paths) > 1}
    assert not shared
