"""Turns bench/work/results.json into the ratio tables and bench/RESULTS.md.

Re-render without re-running: `python bench/report.py [bench/work/results.json]` (a quick run's
results go to bench/work/RESULTS-quick.md, never over the full run's bench/RESULTS.md).
Every ratio is computed from medians measured in the same run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BENCH, WORK, fmt_seconds, fmt_stat

OPC = "openapi-python-client"
OPC_NOHOOKS = "openapi-python-client (no hooks)"
DMCG = "datamodel-code-generator (models only)"


def _median(summary: Any) -> float | None:
    return summary.get("median") if isinstance(summary, dict) and summary else None


def _ratio(numerator: float | None, denominator: float | None, suffix: str = "x") -> str:
    if not numerator or not denominator:
        return "n/a"
    return f"{numerator / denominator:.2f}{suffix}"


def _mib(value: float) -> str:
    return f"{value:.0f} MiB"


def _cell(entry: dict[str, Any] | None, key: str = "wall", fmt=fmt_seconds) -> str:
    if not entry:
        return "n/a"
    if entry.get("failure"):
        return _short_failure(entry["failure"])
    return fmt_stat(entry.get(key) or {}, fmt)


def _short_failure(text: str) -> str:
    return text.replace("|", "\\|")[:160]


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


# -- generation ---------------------------------------------------------------------------------

def generation_tables(gen: dict[str, Any]) -> list[str]:
    cold_rows, cpu_rows, nochange_rows, mem_rows = [], [], [], []
    for key, case in gen.items():
        label = case.get("label", key)
        if case.get("error"):
            cold_rows.append([label, case["error"], "", "", "", "", ""])
            continue
        r = case["results"]
        sdk, opc, nohooks, dmcg = r.get("sdkforge cold"), r.get(OPC), r.get(OPC_NOHOOKS), r.get(DMCG)
        nochange, rerun = r.get("sdkforge no-change"), r.get(f"{OPC} rerun")

        def med(entry: Any, k: str = "wall") -> float | None:
            return None if not entry or entry.get("failure") else _median(entry.get(k))

        cold_rows.append([label, _cell(sdk), _cell(opc), _ratio(med(opc), med(sdk)), _cell(nohooks),
                          _ratio(med(nohooks), med(sdk)), _cell(dmcg), _ratio(med(dmcg), med(sdk))])
        cpu_rows.append([label, _cell(sdk, "cpu"), _cell(opc, "cpu"), _ratio(med(opc, "cpu"), med(sdk, "cpu")),
                         _cell(dmcg, "cpu"), _ratio(med(dmcg, "cpu"), med(sdk, "cpu"))])
        nochange_rows.append([label, _cell(nochange), _cell(nochange, "cpu"), _cell(rerun),
                              _ratio(med(rerun), med(nochange)), _ratio(med(sdk), med(nochange))])
        mem_rows.append([label, _cell(sdk, "rss_mib", _mib), _cell(opc, "rss_mib", _mib),
                         _cell(nohooks, "rss_mib", _mib), _cell(dmcg, "rss_mib", _mib),
                         _ratio(med(opc, "rss_mib"), med(sdk, "rss_mib"))])
    return [
        "### Generation, cold (wall time, fresh process, empty output and cache)\n\n"
        "Ratio columns: the other tool's median / sdkforge's median (above 1: sdkforge is faster).\n\n"
        + _table(["spec(s)", "sdkforge", OPC, "opc / sdkforge", OPC_NOHOOKS, "opc-no-hooks / sdkforge",
                  DMCG, "dmcg / sdkforge"], cold_rows),
        "### Generation, cold (CPU seconds of the whole process tree: steadier on a shared machine)\n\n"
        + _table(["spec(s)", "sdkforge", OPC, "opc / sdkforge", DMCG, "dmcg / sdkforge"], cpu_rows),
        "### No-change regeneration (wall; nothing changed since the previous run)\n\n"
        "openapi-python-client has no incremental mode: its figure is a rerun over its own output.\n\n"
        + _table(["spec(s)", "sdkforge no-change (wall)", "sdkforge no-change (CPU)", f"{OPC} rerun (wall)",
                  "opc rerun / sdkforge no-change", "sdkforge cold / no-change"], nochange_rows),
        "### Peak memory (largest RSS of the process tree)\n\n"
        + _table(["spec(s)", "sdkforge", OPC, OPC_NOHOOKS, DMCG, "opc / sdkforge"], mem_rows),
    ]


# -- imports ------------------------------------------------------------------------------------

def import_table(imp: dict[str, Any]) -> str:
    rows = []
    for name, t in imp["targets"].items():
        if t.get("failure"):
            rows.append([name, f"`{t['statement']}`", _short_failure(t["failure"]), "", "", ""])
            continue
        first = (_short_failure(t["first_call_failure"]) if t.get("first_call_failure")
                 else fmt_stat(t.get("first_call") or {}) if t.get("first_call") else "—")
        rows.append([name, f"`{t['statement']}`".replace("\n", "; "), fmt_stat(t.get("import") or {}),
                     fmt_stat(t.get("import_over_base") or {}) if t.get("import_over_base") else "—",
                     fmt_stat(t.get("construct") or {}) if not name.startswith("baseline") else "—", first])
    return ("### Import and first use (fresh interpreter per repetition, warm .pyc; CPU time of the interpreter)\n\n"
            "*over httpx+pydantic*: the same import statement after `import httpx, pydantic` and "
            "`from pydantic import BaseModel, TypeAdapter` in the same fresh interpreter.\n"
            "*first call*: a second client wired to the in-memory transport, and its first call "
            "(the per-call operation below).\n\n"
            + _table(["package", "statement", "import (bare interpreter)", "import over httpx+pydantic",
                      "construct client", "first call"], rows))


# -- per call -----------------------------------------------------------------------------------

def call_table(cl: dict[str, Any]) -> str:
    t = cl["targets"]
    rows = []

    def med(name: str) -> float | None:
        entry = t.get(name) or {}
        return None if entry.get("failure") else _median(entry.get("per_call"))

    def cell(name: str) -> str:
        entry = t.get(name)
        if entry is None:
            return "—"
        if entry.get("failure"):
            return _short_failure(entry["failure"])
        return fmt_stat(entry["per_call"])

    official_names = {"slack": "slack_sdk", "aws": "boto3", "novu": "novu_py", "losant": "losant_rest"}
    for family, label in cl["operations"].items():
        for mode, suffix in (("sync", ""), ("async", ":async")):
            gen, floor, off = f"generated:{family}{suffix}", f"floor:{family}{suffix}", f"official:{family}{suffix}"
            official_label = official_names.get(family, "(none)") if off in t else "—"
            rows.append([f"{family}: {label}", mode, cell(floor), cell(gen), _ratio(med(gen), med(floor)),
                         f"{official_label}: {cell(off)}" if off in t else "—", _ratio(med(gen), med(off))])
    reps = cl["rounds"] * cl.get("repeat", 1)
    return (f"### Per call (in-memory transport, {cl['loops']} calls per repetition, {reps} repetitions, "
            "each in a fresh process; CPU time of the process per call)\n\n"
            "*floor*: raw `httpx` request + `response.json()` + one pydantic `TypeAdapter.validate_python` "
            "of the same response model. Ratios: generated / floor (target ≤ 1.25) and generated / official "
            "(target < 1).\n\n"
            + _table(["operation", "mode", "floor (httpx+pydantic)", "sdkforge client", "sdkforge / floor",
                      "official SDK", "sdkforge / official"], rows))


# -- targets ------------------------------------------------------------------------------------

def targets(data: dict[str, Any]) -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    gen = data.get("generation", {})

    def res(case: str) -> dict[str, Any]:
        return (gen.get(case) or {}).get("results") or {}

    def med(case: str, tool: str, key: str = "wall") -> float | None:
        entry = res(case).get(tool)
        return None if not entry or entry.get("failure") else _median(entry.get(key))

    s, o = med("seeds:all", "sdkforge cold"), med("seeds:all", OPC)
    if s and o:
        found.append(("Five seed specs, cold: ≥ 3x faster than openapi-python-client",
                      f"opc {fmt_seconds(o)} / sdkforge {fmt_seconds(s)} = {o / s:.2f}x",
                      "met" if o / s >= 3 else "MISSED"))
    n = med("seeds:all", "sdkforge no-change")
    if n:
        found.append(("No-change regeneration < 0.3 s (five seed specs, one command)", fmt_seconds(n),
                      "met" if n < 0.3 else "MISSED"))
    for case in gen:
        if case == "seeds:all":
            continue
        n = med(case, "sdkforge no-change")
        if n:
            found.append((f"  no-change < 0.3 s: {gen[case].get('label', case)}", fmt_seconds(n),
                          "met" if n < 0.3 else "MISSED"))
    if "large:github" in gen:
        s, o = med("large:github", "sdkforge cold"), med("large:github", OPC)
        sm, om = med("large:github", "sdkforge cold", "rss_mib"), med("large:github", OPC, "rss_mib")
        failure = (res("large:github").get("sdkforge cold") or {}).get("failure")
        if failure:
            found.append(("GitHub spec: faster than openapi-python-client", _short_failure(failure), "MISSED"))
        elif s and o:
            found.append(("GitHub spec: faster than openapi-python-client", f"sdkforge {fmt_seconds(s)} vs opc "
                          f"{fmt_seconds(o)} ({o / s:.2f}x)", "met" if s < o else "MISSED"))
            found.append(("GitHub spec (stretch): half openapi-python-client's time", f"{s / o:.2f} of opc's time",
                          "met" if s <= o / 2 else "MISSED"))
        if sm and om:
            found.append(("GitHub spec: lower peak memory than openapi-python-client",
                          f"sdkforge {sm:.0f} MiB vs opc {om:.0f} MiB", "met" if sm < om else "MISSED"))
    cl = (data.get("calls") or {}).get("targets") or {}
    for name, entry in cl.items():
        if not name.startswith("generated:"):
            continue
        rest = name.split(":", 1)[1]
        if entry.get("failure"):
            found.append((f"Per call {rest}: ≤ 1.25x floor", _short_failure(entry["failure"]), "MISSED"))
            continue
        g = _median(entry.get("per_call"))
        floor = cl.get(f"floor:{rest}") or {}
        f = None if floor.get("failure") else _median(floor.get("per_call"))
        if g and f:
            found.append((f"Per call {rest}: ≤ 1.25x the httpx+pydantic floor", f"{g / f:.2f}x "
                          f"({fmt_seconds(g)} vs {fmt_seconds(f)})", "met" if g / f <= 1.25 else "MISSED"))
        off = cl.get(f"official:{rest}")
        if off and not off.get("failure") and g:
            o = _median(off.get("per_call"))
            found.append((f"Per call {rest}: below the official SDK", f"{g / o:.2f}x ({fmt_seconds(g)} vs "
                          f"{fmt_seconds(o)})", "met" if g < o else "MISSED"))
    imp = (data.get("imports") or {}).get("targets") or {}
    for name, entry in imp.items():
        if "(sdkforge)" not in name:
            continue
        if entry.get("failure"):
            found.append((f"Import {name}: ≤ 25 ms over httpx+pydantic", _short_failure(entry["failure"]), "MISSED"))
            continue
        v = _median(entry.get("import_over_base"))
        if v is not None:
            found.append((f"Import {name}: ≤ 25 ms over httpx+pydantic", fmt_seconds(v),
                          "met" if v <= 0.025 else "MISSED"))
    return found


def targets_table(data: dict[str, Any]) -> str:
    rows = [[what, measured, verdict] for what, measured, verdict in targets(data)]
    return "### Targets (issue #7), checked against this run\n\n" + _table(["target", "measured", "verdict"], rows)


def tables(data: dict[str, Any]) -> list[str]:
    parts: list[str] = []
    if data.get("generation"):
        parts += generation_tables(data["generation"])
    if data.get("imports"):
        parts.append(import_table(data["imports"]))
    if data.get("calls"):
        parts.append(call_table(data["calls"]))
    parts.append(targets_table(data))
    return parts


def render_console(data: dict[str, Any]) -> str:
    return "\n\n".join(tables(data)) + "\n"


def render(data: dict[str, Any]) -> str:
    m = data.get("machine", {})
    versions = "\n".join(f"| {name} | {version} |" for name, version in m.get("versions", {}).items())
    load_before = ", ".join(f"{x:.2f}" for x in data.get("load_before", []))
    load_after = ", ".join(f"{x:.2f}" for x in data.get("load_after", []))
    head = f"""# sdkforge benchmark results

Produced by `{data.get('command')}` on {data.get('date')} (took {data.get('duration_s', 0) / 60:.1f} min).
What is measured and how: [README.md](README.md). Raw figures: `bench/work/results.json` (not committed).
Every figure is median (min–max) over repetitions; every ratio is computed from medians of this same run.

## Machine and versions

| what | value |
|---|---|
| CPU | {m.get('cpu')} |
| cores | {m.get('cores')} |
| RAM | {m.get('ram_gib')} GiB |
| OS | {m.get('os')} |
| Python | {m.get('python')} |
| sdkforge commit | {m.get('commit')} |
| load average (1, 5, 15 min) before / after | {load_before} / {load_after} |

| package | version |
|---|---|
{versions}

To reproduce: `{data.get('command')}` from the project root (bench/README.md).

## Results

"""
    return head + "\n\n".join(tables(data)) + "\n"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else WORK / "results.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    print(render_console(data))
    quick = data.get("command", "").endswith("--quick")
    (WORK / "RESULTS-quick.md" if quick else BENCH / "RESULTS.md").write_text(render(data), encoding="utf-8")


if __name__ == "__main__":
    main()
