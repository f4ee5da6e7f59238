"""Every example in the five specs (they are printed in the generated docs) fits the generated types.

Success examples parse into the operation's return type (after the `{"data": ...}` unwrapping),
error examples into the documented error model, and request-body examples into the body model
and back to the same JSON. The operations are found through the `Operation` descriptions the
generated resources hand to the runtime, matched to the spec by operationId.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import TypeAdapter

SPECS = Path(__file__).resolve().parents[2] / "specs"
PACKAGES = {
    "slack-workflows": "slack_workflows",
    "aws-customer-profiles": "customer_profiles",
    "novu-workflows": "novu_workflows",
    "flowdash-actions": "flowdash",
    "losant-flow": "losant_flow",
}


def operations(package: str) -> dict[str, Any]:
    """operationId -> the generated `Operation` of every resource module of `package`."""
    operation_type = importlib.import_module(f"{package}._runtime._spec").Operation
    resources = importlib.import_module(f"{package}.resources")
    found: dict[str, Any] = {}
    for info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"{package}.resources.{info.name}")
        found.update({v.id: v for v in vars(module).values() if isinstance(v, operation_type)})
    return found


def examples(spec: str) -> list[tuple[str, str, Any]]:
    """(operationId, "request" or the response status, example) for every example of `spec`."""
    document = yaml.safe_load((SPECS / f"{spec}.yaml").read_text(encoding="utf-8"))
    found: list[tuple[str, str, Any]] = []
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            op_id = operation["operationId"]
            for content in operation.get("requestBody", {}).get("content", {}).values():
                if "example" in content:
                    found.append((op_id, "request", content["example"]))
            for status, response in operation["responses"].items():
                for content in (response.get("content") or {}).values():
                    if content.get("example") is not None:
                        found.append((op_id, status, content["example"]))
    return found


@pytest.mark.parametrize("spec", PACKAGES)
def test_spec_examples_fit_the_generated_types(spec: str) -> None:
    by_id = operations(PACKAGES[spec])
    checked = 0
    for op_id, where, example in examples(spec):
        op = by_id[op_id]
        if where == "request":
            if op.body is None or op.body.model is None:
                continue  # a flattened body: its fields are plain arguments
            adapter = TypeAdapter(op.body.model)
            value = adapter.validate_python(example, by_alias=True)
            assert adapter.dump_python(value, mode="json", by_alias=True, exclude_unset=True) == example, op_id
        elif where.startswith("2"):
            body = example[op.unwrap] if op.unwrap and isinstance(example, dict) and op.unwrap in example else example
            TypeAdapter(op.response).validate_python(body)
        else:
            (case,) = [case for case in op.errors if case.status == where]
            if case.model is not None:
                TypeAdapter(case.model).validate_python(example)
        checked += 1
    assert checked >= len(by_id)  # at least one example per operation
