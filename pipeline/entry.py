"""The `hexaglot` command's entry point: a Ctrl-C while Python is still loading hexaglot's
modules, or building its command line, is said in one line as one later is (cli.main says
those), not as a traceback of the import that was under way."""

from __future__ import annotations

import sys

INTERRUPTED = "hexaglot: interrupted; files written so far are complete"


def run() -> int:
    try:
        from pipeline.cli import main

        return main()
    except KeyboardInterrupt:
        print(INTERRUPTED, file=sys.stderr)
        return 130
