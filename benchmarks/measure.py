"""What the benchmarks measure of a command: wall time and peak memory of its whole process tree."""
from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import psutil


def run(command: list[str]) -> tuple[float, float, float]:
    """Wall time (s), peak RSS (MB) of the process tree (workers included) sampled every 20 ms, and the
    command's own exact peak RSS (MB, ru_maxrss from wait4, which no sample misses)."""
    start = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while True:
        pid, status_code, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    process.returncode = status = os.waitstatus_to_exitcode(status_code)  # reaped by wait4 above
    if status not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({status}): {process.stderr.read().decode()[-2000:]}")
    own = usage.ru_maxrss / 2**10  # KiB on Linux
    return seconds, max(peak / 2**20, own), own


def size_mb(path: Path) -> float:
    """The size of a file, or of everything in a folder."""
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20
