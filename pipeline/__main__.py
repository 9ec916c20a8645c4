from pipeline.entry import run

raise SystemExit(run())
