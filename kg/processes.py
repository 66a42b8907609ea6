"""Child processes die with kg: a worker or a store server must not live on, holding memory or a port,
after kg is killed (even by SIGKILL, which no handler sees)."""
from __future__ import annotations

import ctypes
import signal
import sys

PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Run first in a child (a pool's initializer, a Popen's preexec_fn): on Linux the kernel sends it SIGTERM
    when its parent dies; elsewhere this does nothing."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
