"""What a long command says while it works: one line per step on a terminal's stderr, nothing in a pipe.

The build and push show bars (tqdm); the reading commands' steps (loading a corpus into Oxigraph,
SHACL, measuring a network, drawing a view) are single calls that report no progress of their own, so
each says when it starts and how long it took."""
from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def step(message: str, *, enabled: bool | None = None) -> Iterator[None]:
    """Say `kg: message …` on stderr, then how long it took (on a terminal, unless enabled says otherwise)."""
    shown = sys.stderr.isatty() if enabled is None else enabled
    if shown:
        print(f"kg: {message} …", end="", file=sys.stderr, flush=True)
    start = time.perf_counter()
    try:
        yield
    finally:
        if shown:
            print(f" {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)
