"""The models module is parsed once; our edits (imports, their order, `__all__`) are made to the
header above its first class. The result must be what whole-module edits give."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from generator import render_models
from generator.pipeline import check_spec
from generator.pysort import sort_header_imports

ROOT = Path(__file__).resolve().parents[2]
SPECS = [ROOT / "tests" / "edge" / "kitchen.yaml", ROOT / "specs" / "slack-workflows.yaml"]


def _whole_module(output: str, api: object) -> str:
    """The edits made to the whole module, each step parsing it again (the former way)."""
    source = sort_header_imports(render_models._add_imports(output, output))
    names = render_models._check(render_models._parse(source), api)  # type: ignore[arg-type]
    body = render_models._add_all(source, names).rstrip("\n") + "\n"
    return body + render_models._nullable_table(api, set(names))  # type: ignore[arg-type]


def _raw(spec: Path) -> tuple[str, object]:
    from datamodel_code_generator import generate

    _, api, _ = check_spec(spec)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        output = generate(api.models_document, **render_models._config(api, "# header"))
    assert isinstance(output, str)
    return output, api


@pytest.mark.parametrize("spec", SPECS, ids=[p.stem for p in SPECS])
def test_header_edits_equal_whole_module_edits(spec: Path) -> None:
    output, api = _raw(spec)
    assert render_models._finish(output, api) == _whole_module(output, api)  # type: ignore[arg-type]


def test_decorated_first_class_and_a_module_without_classes() -> None:
    output, api = _raw(SPECS[0])
    head, _, rest = output.partition("\n\n\nclass ")
    decorated = f"{head}\n\n\n@decorator\n@other(1)\nclass {rest}"
    assert render_models._finish(decorated, api) == _whole_module(decorated, api)  # type: ignore[arg-type]
    finished = render_models._finish(decorated, api)  # type: ignore[arg-type]
    assert finished.index("__all__ = [") < finished.index("@decorator\n@other(1)\nclass ")
    empty = "# header\n\nfrom __future__ import annotations\n\nfrom typing import Any\n"
    assert render_models._add_all(empty, [], "") == render_models._add_all(empty, [])


def test_an_import_below_a_class_gets_whole_module_edits() -> None:
    output, api = _raw(SPECS[0])
    assert "open_enum_missing(" in output
    late = output + "\n\nfrom typing import Any\n"
    result = render_models._finish(late, api)  # type: ignore[arg-type]
    assert result == _whole_module(late, api)  # type: ignore[arg-type]
    # the runtime import goes after the last import of the module, as before
    assert "from typing import Any\nfrom ._runtime._enums import open_enum_missing\n" in result
