"""The records every stage passes on: frozen, slotted, and free of behaviour.

This module imports nothing else from the package, so any stage can use it.
Every span is a half-open ``[start, end)`` range of character offsets into the
document's original decoded text; ``line`` and ``column`` are 1-based.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, Literal, TypeVar

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
QuoteKind = Literal["direct", "partial", "indirect"]
SpeakerVia = Literal["cue", "label", "according-to", "continuation", "coreference", "model"]
Qualifier = Literal["exact", "over", "at least", "about", "up to", "under"]


_Record = TypeVar("_Record", bound=type)


def pickled_by_fields(cls: _Record) -> _Record:
    """Pickle a record as its class and field values, rebuilt through ``__init__``.

    Workers send every extraction back to the parent process; the pickling that
    slotted dataclasses get looks the fields up again for every record, which
    took half of the time of sending results and reading them back.
    """
    names = tuple(f.name for f in fields(cls))
    # Reads every field in one call, in C (a third faster to pickle an extraction than
    # a getattr per field); given a single name it returns the value alone.
    read_fields = attrgetter(*names)
    single = len(names) == 1

    def __reduce__(self: object) -> tuple[type, tuple[Any, ...]]:
        return cls, (read_fields(self),) if single else read_fields(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign,assignment]
    return cls


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Span:
    """A located range of text: offsets plus 1-based start and end positions."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Document:
    """One decoded article, with the line index that turns offsets into positions."""

    id: str
    path: str
    text: str
    line_starts: tuple[int, ...]
    front_matter: dict[str, str] = field(default_factory=dict)
    body_start: int = 0
    encoding: str = "utf-8"
    sha256: str = ""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class LoadProblem:
    """Why a file could not be read as an article; becomes a finding, not a crash."""

    path: str
    kind: Literal["unreadable", "binary", "empty", "oversized", "encoding", "front-matter"]
    message: str
    line: int = 1
    column: int = 1


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Zone:
    """A stretch of boilerplate (navigation, teasers, credits) excluded from content rules."""

    kind: str
    span: Span
    text: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Cue:
    """The reporting expression that marks speech: "said", "told journalists", "according to"."""

    text: str
    span: Span


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to, and how provlint decided it."""

    mention: str
    span: Span
    name: str | None
    via: SpeakerVia


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Quote:
    """Reported speech; for direct quotes the span includes the quotation marks."""

    kind: QuoteKind
    span: Span
    text: str
    cue: Cue | None
    speaker: Speaker | None
    in_zone: bool = False


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    """One place a person is named, with the titles or roles written beside it."""

    text: str
    span: Span
    titles: tuple[str, ...] = ()


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Person:
    """A person named in one document, all their mentions gathered under one name."""

    id: str
    name: str
    mentions: tuple[Mention, ...]
    gender: Literal["male", "female"] | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Figure:
    """A number or date as stated, with what it counts and how it is qualified."""

    span: Span
    text: str
    value: float | None
    unit: str | None
    qualifier: Qualifier
    counts: str | None = None
    date: str | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence asserting a figure; attributed when a source is given for it."""

    span: Span
    text: str
    attributed: bool
    source: str | None
    figures: tuple[int, ...] = ()


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Field:
    """A metadata value and where it came from (front matter or the article text)."""

    value: str
    span: Span | None
    origin: Literal["front-matter", "text"]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Metadata:
    """The article's own provenance: what it is, who published it, and when."""

    title: Field | None = None
    outlet: Field | None = None
    published: Field | None = None
    dateline: Field | None = None
    byline: Field | None = None
    credit: Field | None = None
    url: Field | None = None
    author: Field | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document; the input of the per-article rules."""

    document: Document
    metadata: Metadata
    zones: tuple[Zone, ...]
    quotes: tuple[Quote, ...]
    people: tuple[Person, ...]
    figures: tuple[Figure, ...]
    claims: tuple[Claim, ...]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points: file, position and the text found there."""

    file: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Hit:
    """What a check yields: what is wrong and where; the engine adds the rest.

    ``values`` fill the rule's message template; ``key`` is the normalised
    content the fingerprint is made from, so it survives edits elsewhere.
    Corpus checks name the ``file`` the hit is in; per-article checks need not.
    """

    span: Span | None
    values: dict[str, Any] = field(default_factory=dict)
    key: str = ""
    related: tuple[Location, ...] = ()
    evidence: dict[str, Any] = field(default_factory=dict)
    file: str | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Finding:
    """A rule's verdict at one location, ready for any reporter."""

    code: str
    name: str
    severity: Severity
    message: str
    location: Location
    related: tuple[Location, ...]
    evidence: dict[str, Any]
    fingerprint: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Example:
    """An example article for a rule: ``fail`` ones must trigger it, ``pass`` ones must not."""

    kind: Literal["pass", "fail"]
    text: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Rule:
    """A rule as declared in a pack: identity, default severity, wording and examples."""

    code: str
    name: str
    category: str
    severity: Severity
    message: str
    summary: str
    rationale: str
    check: str
    params: dict[str, Any] = field(default_factory=dict)
    examples: tuple[Example, ...] = ()
    example_exempt: str | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """A finding recorded in a baseline file, identified by its fingerprint."""

    fingerprint: str
    code: str
    file: str
    message: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Report:
    """Everything a reporter renders: findings in order, the rules run, and the counts.

    With a baseline, ``findings`` holds only new findings; ``baselined`` counts
    the known ones left out and ``fixed`` lists known ones that are gone.
    """

    tool_version: str
    files_checked: int
    findings: tuple[Finding, ...]
    rules: tuple[Rule, ...]
    baselined: int = 0
    fixed: tuple[BaselineEntry, ...] = ()
