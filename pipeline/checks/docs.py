"""docs/checks.md, generated from the registry: one entry per code with its documentation."""

from __future__ import annotations

from pipeline.checks import selected


def render() -> str:
    checks = selected()
    lines = [
        "# Checks",
        "",
        "Generated from the check registry by `hexaglot checks docs --out docs/checks.md`; a test fails",
        "when this file is stale. `hexaglot checks explain CODE` prints one entry.",
        "",
        "| code | name | severity | languages | scope |",
        "|---|---|---|---|---|",
    ]
    for check in checks:
        languages = "all six" if len(check.languages) == 6 else ", ".join(check.languages)
        lines.append(f"| [{check.code}](#{check.code.lower()}) | {check.name} | {check.severity.value} | {languages} | {check.scope} |")
    for check in checks:
        lines += ["", f"## {check.code}", "", f"`{check.name}` · {check.severity.value} · {check.status}", "", check.doc]
    return "\n".join(lines) + "\n"
