"""Where sdkforge's time goes, stage by stage, for one or more specs (a diagnostic, not a benchmark).

Runs the public pipeline functions of `generator` in this process and prints CPU seconds
(`time.process_time`, so a busy machine does not inflate them) per stage: imports, load,
validate, lower, render (of which datamodel-code-generator), format (black on the statements that
need it; serial, no cache), and the size of the Python that went through the format stage.

    .venv/bin/python bench/stages.py specs/*.yaml
    .venv/bin/python bench/stages.py --lenient bench/work/node_modules/@octokit/openapi/generated/api.github.com.json
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="+", type=Path)
    parser.add_argument("--lenient", action="store_true")
    parser.add_argument("--no-format", action="store_true", help="skip the format stage")
    args = parser.parse_args()
    os.environ["SDKFORGE_CACHE_DIR"] = ""  # no format cache: every run measures the real work
    os.environ["SDKFORGE_JOBS"] = "1"
    clock = time.process_time
    t = clock()
    import generator.format as fmt
    import generator.render_models as rm
    from generator.load import load
    from generator.lower import lower
    from generator.render import is_laid_out, render
    from generator.validate import validate
    imports = clock() - t
    totals: dict[str, float] = {"imports": imports}
    dmcg_time = [0.0]
    original = rm.render_models

    def timed_render_models(*a, **k):  # type: ignore[no-untyped-def]
        start = clock()
        try:
            return original(*a, **k)
        finally:
            dmcg_time[0] += clock() - start

    import generator.render as render_module
    render_module.render_models = timed_render_models  # type: ignore[attr-defined]
    lines = chars = files = 0
    for spec in args.specs:
        t = clock()
        document = load(spec)
        totals["load"] = totals.get("load", 0) + clock() - t
        t = clock()
        validate(document, strict=not args.lenient)
        totals["validate"] = totals.get("validate", 0) + clock() - t
        t = clock()
        api, _ = lower(document, strict=not args.lenient)
        totals["lower"] = totals.get("lower", 0) + clock() - t
        t = clock()
        rendered = render(api, spec.stem)
        totals["render (total)"] = totals.get("render (total)", 0) + clock() - t
        if args.no_format:
            continue
        python = {path: source for path, source in rendered.items() if path.endswith(".py") and "/_runtime/" not in path}
        files += len(python)
        lines += sum(source.count("\n") for source in python.values())
        chars += sum(len(source) for source in python.values())
        t = clock()
        fmt.format_files(python, frozenset(path for path in python if is_laid_out(path)))
        totals["format (black where needed, serial, no cache)"] = (
            totals.get("format (black where needed, serial, no cache)", 0) + clock() - t
        )
    totals["  of which render_models (datamodel-code-generator + checks)"] = dmcg_time[0]
    grand = sum(v for k, v in totals.items() if not k.startswith("  "))
    for name, value in totals.items():
        print(f"{name:<62} {value:8.2f} CPU-s  {100 * value / grand:5.1f}%")
    print(f"{'total':<62} {grand:8.2f} CPU-s")
    if not args.no_format:
        print(f"formatted {files} files, {lines:,} lines, {chars / 1e6:.1f} MB "
              f"({lines / max(totals['format (black where needed, serial, no cache)'], 1e-9):,.0f} lines per CPU-second)")


if __name__ == "__main__":
    main()
