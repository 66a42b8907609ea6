"""A long step says what it does and how long it took, on a terminal only: pipes and files stay clean."""
from __future__ import annotations

import os
import pty
import subprocess
import sys

from kg.progress import step


def test_a_step_speaks_when_asked_and_is_silent_otherwise(capsys) -> None:
    with step("loading", enabled=True):
        pass
    with step("silent", enabled=False):
        pass
    err = capsys.readouterr().err
    assert err.startswith("kg: loading … ") and err.endswith(" s\n") and "silent" not in err


def test_a_reading_command_reports_its_steps_on_a_terminal_and_not_in_a_pipe(seed_build) -> None:
    command = [sys.executable, "-m", "kg", "network", str(seed_build.out_dir)]
    piped = subprocess.run(command, capture_output=True, text=True)
    assert piped.returncode == 0 and piped.stderr == ""
    main, child = pty.openpty()  # stderr a terminal, as a user has it
    run = subprocess.run(command, stdout=subprocess.PIPE, stderr=child, text=True)
    os.close(child)
    said = os.read(main, 4096).decode("utf-8")
    os.close(main)
    assert run.returncode == 0 and "kg: loading graph.trig" in said and "kg: computing the congruence network" in said
