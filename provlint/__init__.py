"""provlint: a source-comparison and provenance linter for news articles."""

__version__ = "0.1.0"
