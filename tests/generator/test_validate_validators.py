"""Validation builds its JSON Schema validators once, over pre-crawled registries. They must
report exactly what freshly built validators report (the broken-spec transcripts check the
wording; this checks the raw errors, over every spec we have)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from openapi_schema_validator._dialects import OAS31_BASE_DIALECT_METASCHEMA
from openapi_schema_validator._specifications import REGISTRY as SCHEMA_REGISTRY
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from generator import validate as validation
from generator.diagnostics import SpecError
from generator.load import Document, load

ROOT = Path(__file__).resolve().parents[2]
SPECS = sorted(
    [
        *(ROOT / "tests" / "broken").glob("*.yaml"),
        *(ROOT / "specs").glob("*.yaml"),
        *(ROOT / "tests/edge").glob("*.yaml"),
    ]
)


def _errors(validator: Any, instance: Any) -> list[tuple[Any, ...]]:
    return sorted(
        (
            tuple(map(str, e.absolute_path)),
            tuple(map(str, e.absolute_schema_path)),
            e.message,
            len(e.context),
        )
        for e in validator.iter_errors(instance)
    )


def _document(spec: Path) -> Document | None:
    try:
        return load(spec)
    except SpecError:
        return None


def test_validators_are_built_once() -> None:
    assert validation._structure_validator("3.1") is validation._structure_validator("3.1")
    assert validation._structure_validator("3.0") is not validation._structure_validator("3.1")
    assert validation._dialect_validator() is validation._dialect_validator()


@pytest.mark.parametrize("spec", SPECS, ids=[p.name for p in SPECS])
def test_cached_validators_report_what_fresh_ones_report(spec: Path) -> None:
    document = _document(spec)
    if document is None or not isinstance(document.data.get("openapi"), str):
        pytest.skip("not loadable, or no OpenAPI version")
    version = document.data["openapi"][:3]
    if version not in ("3.0", "3.1"):
        pytest.skip("unsupported version")
    fresh_class = OpenAPIV31SpecValidator if version == "3.1" else OpenAPIV30SpecValidator
    assert _errors(validation._structure_validator(version), document.data) == _errors(
        fresh_class.schema_validator, document.data
    )
    if version == "3.1":
        fresh = Draft202012Validator(OAS31_BASE_DIALECT_METASCHEMA, registry=SCHEMA_REGISTRY)
        checker = validation._Checker(document, strict=True)
        for _pointer, schema in checker.schema_roots(document.data, "#"):
            assert _errors(validation._dialect_validator(), schema) == _errors(fresh, schema)
