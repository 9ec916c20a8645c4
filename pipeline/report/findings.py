"""Findings as text (like a compiler's messages) and as the JSON contract `hexaglot.findings/1`."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from importlib import metadata
from pathlib import Path

from pipeline import __version__
from pipeline.model import Finding


def text_lines(findings: list[Finding]) -> list[str]:
    return [f"{f.file}:{f.line}: {f.code} {f.severity.value}: [{f.msgctxt}] {f.message}" for f in findings]


def signature(glossary_paths: list[Path], source_lang: str, checks: list[str]) -> dict:
    """What makes two reports comparable: versions, glossary content, configuration."""

    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return ""

    return {
        "hexaglot": __version__,
        "glossaries": {str(p): hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in glossary_paths},
        "source_lang": source_lang,
        "checks": checks,
        "analysers": {
            "pymorphy3": version("pymorphy3"),
            "pymorphy3-dicts-ru": version("pymorphy3-dicts-ru"),
            "spacy": version("spacy"),
            "spacy-lookups-data": version("spacy-lookups-data"),
            "snowballstemmer": version("snowballstemmer"),
        },
    }


def findings_document(findings: list[Finding], entries_checked: int, sign: dict) -> dict:
    return {
        "schema": "hexaglot.findings/1",
        "tool": {"name": "hexaglot", "version": __version__},
        "signature": sign,
        "findings": [_finding_dict(f) for f in findings],
        "summary": {
            "entries_checked": entries_checked,
            "findings": len(findings),
            "by_code": dict(sorted(Counter(f.code for f in findings).items())),
            "by_lang": dict(sorted(Counter(f.lang for f in findings).items())),
            "by_severity": dict(sorted(Counter(f.severity.value for f in findings).items())),
        },
    }


def _finding_dict(finding: Finding) -> dict:
    data = {
        "code": finding.code,
        "severity": finding.severity.value,
        "lang": finding.lang,
        "file": finding.file,
        "line": finding.line,
        "msgctxt": finding.msgctxt,
        "message": finding.message,
    }
    if finding.concept:
        data.update({"concept": finding.concept, "source_term": finding.source_term, "expected": list(finding.expected)})
        if finding.found:
            data["found"] = finding.found
    return data


def findings_json(findings: list[Finding], entries_checked: int, sign: dict) -> str:
    """The document indented, each finding on a line of its own: one finding, one line, for
    grep and diff; and written by json's C encoder, which an indented dump does not use (an
    indented dump of 250,000 findings took seconds, after every check had ended)."""
    document = findings_document(findings, entries_checked, sign)
    items = document["findings"]
    document["findings"] = []
    text = json.dumps(document, ensure_ascii=False, indent=2)
    if items:
        lines = ",\n".join("    " + json.dumps(item, ensure_ascii=False) for item in items)
        text = text.replace('\n  "findings": [],', '\n  "findings": [\n' + lines + '\n  ],', 1)
    return text + "\n"
