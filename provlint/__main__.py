"""Run provlint as ``python -m provlint``."""

from provlint.cli import main

main()
