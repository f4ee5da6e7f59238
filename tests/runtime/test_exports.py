"""The runtime's public surface, the NOT_GIVEN sentinel, and that it is vendorable as is."""

from __future__ import annotations

import ast
import copy
import importlib
import pickle
import sys
from pathlib import Path
from types import ModuleType

from .helpers import PACKAGES, client_classes, runtime_of

RUNTIME = Path(__file__).resolve().parents[2] / "templates" / "runtime"

EXPORTED = {
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIEnvelopeError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIClient",
    "AsyncPager",
    "AsyncResource",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "SyncAPIClient",
    "SyncPager",
    "SyncResource",
    "UnprocessableEntityError",
    "WaiterError",
    "WaiterFailedError",
    "WaiterTimeoutError",
    "is_strict",
    "open_enum_missing",
    "strict_enums",
}


def test_every_package_carries_the_runtime_verbatim() -> None:
    """The packages these tests drive run exactly the code in templates/runtime/."""
    expected = {p.name: p.read_bytes() for p in RUNTIME.glob("*.py")}
    for name in PACKAGES:
        runtime = Path(importlib.import_module(f"{name}._runtime").__file__ or "").parent
        assert {p.name: p.read_bytes() for p in runtime.glob("*.py")} == expected, name


def test_packages_export_their_clients_and_errors() -> None:
    for name in PACKAGES:
        package = importlib.import_module(name)
        sync_class, async_class = client_classes(package)
        runtime = runtime_of(package)
        assert issubclass(sync_class, runtime.SyncAPIClient)
        assert issubclass(async_class, runtime.AsyncAPIClient)
        for error in ("APIError", "APIStatusError", "NotFoundError", "MissingCredentialsError", "WaiterFailedError"):
            assert getattr(package, error) is getattr(runtime, error), (name, error)
        assert package.NOT_GIVEN is runtime.NOT_GIVEN


def test_exported_names(flowdash: ModuleType) -> None:
    runtime = runtime_of(flowdash)
    assert set(runtime.__all__) == EXPORTED
    assert len(runtime.__all__) == len(EXPORTED)
    for name in EXPORTED:
        assert getattr(runtime, name) is not None


def test_every_module_declares_all_and_imports_only_stdlib_httpx_pydantic() -> None:
    allowed = set(sys.stdlib_module_names) | {"httpx", "pydantic", "__future__"}
    modules = sorted(RUNTIME.glob("*.py"))
    assert {m.name for m in modules} >= {"__init__.py", "_spec.py", "_client.py", "_sigv4.py"}
    for module in modules:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        assigned = {
            target.id
            for node in tree.body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        assert "__all__" in assigned, f"{module.name} has no __all__"
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    assert alias.name.split(".")[0] in allowed, (module.name, alias.name)
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                assert (node.module or "").split(".")[0] in allowed, (module.name, node.module)
        source = module.read_text(encoding="utf-8")
        assert "from __future__ import annotations" in source, module.name


def test_not_given(flowdash: ModuleType) -> None:
    runtime = runtime_of(flowdash)
    not_given = runtime.NOT_GIVEN
    assert not not_given
    assert repr(not_given) == "NOT_GIVEN"
    assert runtime.NotGiven() is not_given
    assert copy.copy(not_given) is not_given
    assert copy.deepcopy(not_given) is not_given
    assert pickle.loads(pickle.dumps(not_given)) is not_given
    assert runtime.NotGiven.__doc__ is not None
    assert "not sent" in runtime.NotGiven.__doc__ and "null" in runtime.NotGiven.__doc__
