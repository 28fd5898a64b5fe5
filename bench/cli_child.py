"""One `filmfacts` command in a process of its own, as a user runs it, and what it cost: wall and CPU
seconds, and the process's own peak memory. The child says its peak as it exits: this process's
RUSAGE_CHILDREN peak is the largest of every child so far, not the last one's."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass

# the CLI, in a process that prints its own peak (KB) on stderr as it exits
_CLI = ("import atexit, resource, sys\n"
        "atexit.register(lambda: print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr))\n"
        "from filmfacts.cli import main\n"
        "sys.argv = ['filmfacts', *sys.argv[1:]]\n"
        "sys.exit(main())\n")


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # seconds, user and system
    peak_mb: float


def run_filmfacts(args: list[str], env: Mapping[str, str]) -> Run:
    """`filmfacts ARGS` with the environment `env`; a failed command ends the bench with its message."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CLI, *args], env=dict(env), stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        sys.exit(f"filmfacts {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()[-800:]}")
    peak = next(float(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("PEAK "))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, cpu, peak / 1024)
