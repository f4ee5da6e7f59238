"""Import benchmark: what a user's first lines cost, in a fresh interpreter each time.

For every target, each repetition starts a new `python` (warm .pyc, PYTHONPYCACHEPREFIX under
bench/work) and times inside it with `time.process_time` (CPU seconds of the interpreter: reading
warm .pyc files is CPU work, and a busy shared machine does not inflate it; wall time of the
import is kept too):

- import (bare): the user's import statement (`from novu_workflows import Novu`, `import boto3`, ...)
  as the first thing the interpreter does;
- import over httpx+pydantic: the same statement in another fresh interpreter, after
  `import httpx, pydantic` and `from pydantic import BaseModel, TypeAdapter` (so: what the package
  adds beyond httpx and pydantic, measured directly, per run);
- construct: the first client, with default arguments and dummy credentials (novu_py creates its
  httpx.Client here, the generated clients on their first request, which no step here sends;
  boto3 loads its service model);
- first call: a second client, wired to the in-memory transport of bench/calls.py, and its first
  call of the per-call operation (lazy resources, models and validators are built here), in the
  same interpreter right after the two steps above;
- the baseline rows: `import httpx, pydantic` and the same plus BaseModel/TypeAdapter.

Median (min-max) over the repetitions; the orchestrator interleaves the targets.
Run directly: `python bench/imports.py [--reps N]`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BENCH, PROJECT_PY, WORK, Stat, dump, generated_paths, python_env, run

PRELOAD = "import httpx, pydantic\nfrom pydantic import BaseModel, TypeAdapter"

# name -> (import statement, construction expression, calls.py target of the first call, family)
TARGETS: dict[str, tuple[str, str, str | None]] = {
    "slack_workflows (sdkforge)": ("from slack_workflows import SlackWorkflows",
                                   "SlackWorkflows(token='xoxb-0000')", "generated:slack"),
    "customer_profiles (sdkforge)": ("from customer_profiles import CustomerProfiles",
                                     "CustomerProfiles(aws_access_key_id='AKIDEXAMPLE', "
                                     "aws_secret_access_key='secret', region='us-east-1')", "generated:aws"),
    "novu_workflows (sdkforge)": ("from novu_workflows import Novu", "Novu(secret_key='sk-0000')", "generated:novu"),
    "flowdash (sdkforge)": ("from flowdash import Flowdash", "Flowdash(api_key='fd-0000')", "generated:flowdash"),
    "losant_flow (sdkforge)": ("from losant_flow import Losant", "Losant(access_token='lo-0000')", "generated:losant"),
    "slack_sdk (official)": ("from slack_sdk import WebClient", "WebClient(token='xoxb-0000')", "official:slack"),
    "boto3 customer-profiles (official)": ("import boto3",
                                           "boto3.client('customer-profiles', region_name='us-east-1', "
                                           "aws_access_key_id='AKIDEXAMPLE', aws_secret_access_key='secret')",
                                           "official:aws"),
    "novu_py (official)": ("from novu_py import Novu", "Novu(secret_key='sk-0000')", "official:novu"),
    "losant_rest (official)": ("from losant_rest import Client", "Client(auth_token='lo-0000')", "official:losant"),
    "baseline: import httpx, pydantic": ("import httpx, pydantic", "None", None),
    "baseline: + BaseModel, TypeAdapter": (PRELOAD, "None", None),
}

SCRIPT = r'''
import sys, time, json
clock = time.process_time
w0, t0 = time.perf_counter(), clock()
{preload}
w1, t1 = time.perf_counter(), clock()
{statement}
w2, t2 = time.perf_counter(), clock()
_client = {construct}
w3, t3 = time.perf_counter(), clock()
out = {{"preload": t1 - t0, "import": t2 - t1, "construct": t3 - t2, "import_wall": w2 - w1, "construct_wall": w3 - w2}}
if {first_call!r}:
    sys.path.insert(0, {bench!r})
    try:
        import calls
        family = {first_call!r}.split(":")[1]
        calls.body_bytes(calls.OPERATIONS[family])  # the canned answer is read from the spec outside the timing
        factory, _ = calls.target_factory({first_call!r})
        t4 = clock()
        call = factory()
        result = call()
        t5 = clock()
        calls.check(result, family)
        out["first_call"] = t5 - t4
    except Exception as exc:
        lines = [l for l in str(exc).splitlines() if l.strip()]
        out["first_call_failure"] = f"fails: {{type(exc).__name__}}: {{lines[0] if lines else ''}}"[:200]
print(json.dumps(out))
'''


def _script(statement: str, construct: str, first_call: str | None, preload: str) -> str:
    return SCRIPT.format(preload=preload or "pass", statement=statement, construct=construct,
                         first_call=first_call or "", bench=str(BENCH))


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--json", type=Path, default=WORK / "results-imports.json")
    args = parser.parse_args(argv)
    env = python_env(generated_paths())
    stats: dict[str, dict[str, Stat]] = {name: {} for name in TARGETS}
    failures: dict[str, str] = {}
    # one untimed round first: writes the .pyc files
    for statement, construct, _ in TARGETS.values():
        run([str(PROJECT_PY), "-c", _script(statement, construct, None, "")], env=env)
    for rep in range(args.reps):
        print(f"  imports: repetition {rep + 1}/{args.reps}", file=sys.stderr, flush=True)
        for name, (statement, construct, first_call) in TARGETS.items():
            if name in failures:
                continue
            variants = [("bare", "")] if name.startswith("baseline") else [("bare", ""), ("over", PRELOAD)]
            for variant, preload in variants:
                proc = run([str(PROJECT_PY), "-c", _script(statement, construct,
                                                           first_call if variant == "bare" else None, preload)],
                           env=env)
                if proc.returncode != 0:
                    lines = [line for line in proc.stderr.splitlines() if line.strip()]
                    failures[name] = f"fails: {lines[-1] if lines else proc.returncode}"[:200]
                    break
                data = json.loads(proc.stdout.strip().splitlines()[-1])
                slot = stats[name]
                if variant == "bare":
                    slot.setdefault("import", Stat()).values.append(data["import"])
                    slot.setdefault("construct", Stat()).values.append(data["construct"])
                    slot.setdefault("import_wall", Stat()).values.append(data["import_wall"])
                    if "first_call" in data:
                        slot.setdefault("first_call", Stat()).values.append(data["first_call"])
                    elif "first_call_failure" in data:
                        failures.setdefault(f"{name} first call", data["first_call_failure"])
                else:
                    slot.setdefault("import_over_base", Stat()).values.append(data["import"])
    output: dict[str, object] = {
        "targets": {name: {"statement": TARGETS[name][0], "construct_expr": TARGETS[name][1],
                           **{key: stat.summary() for key, stat in slot.items()},
                           "failure": failures.get(name), "first_call_failure": failures.get(f"{name} first call")}
                    for name, slot in stats.items()},
        "reps": args.reps,
    }
    dump(args.json, output)
    return output


if __name__ == "__main__":
    main()
