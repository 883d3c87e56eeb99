"""Pausing Python's cyclic garbage collector while a run builds records it keeps.

provlint's records hold no reference cycles, so a collection finds nothing to
free among them; but every collection that their allocations trigger walks
the ones not yet frozen again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block; the collector is restored after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
