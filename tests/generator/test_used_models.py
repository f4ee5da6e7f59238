"""Lenient mode (uncurated specs) generates only the models the operations use: the schemas no
operation reaches are not given to datamodel-code-generator, and every schema an operation
reaches, however indirectly, is. Strict mode (curated specs) keeps every schema."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.pipeline import build, check_spec

SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Zoo", "version": "1.0"},
    "x-sdk": {"package": "zoo", "client": "Zoo"},
    "servers": [{"url": "https://zoo.example.com"}],
    "tags": [{"name": "animals"}],
    "paths": {
        "/animals": {
            "parameters": [{"$ref": "#/components/parameters/Order"}],
            "get": {
                "operationId": "listAnimals",
                "tags": ["animals"],
                "parameters": [{"name": "kind", "in": "query", "schema": {"$ref": "#/components/schemas/kind-enum"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Animal"}}
                            }
                        },
                    },
                    "404": {"$ref": "#/components/responses/NotFound"},
                },
            },
            "post": {
                "operationId": "addAnimal",
                "tags": ["animals"],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"pen": {"$ref": "#/components/schemas/Pen"}}}
                        }
                    }
                },
                "responses": {"204": {"description": "added"}},
            },
        }
    },
    "components": {
        "parameters": {
            "Order": {"name": "order", "in": "query", "schema": {"$ref": "#/components/schemas/Order"}},
        },
        "responses": {
            "NotFound": {
                "description": "missing",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
            }
        },
        "schemas": {
            "Animal": {
                "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"},
                },
            },
            "Cat": {
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"const": "cat"}, "default": {"$ref": "#/components/schemas/Toy"}},
            },
            "Dog": {"type": "object", "required": ["kind"], "properties": {"kind": {"const": "dog"}}},
            "Toy": {"type": "object", "properties": {"pin": {"type": "string", "format": "password"}}},
            "Pen": {"type": "object", "properties": {"size": {"$ref": "#/components/schemas/Size"}}},
            "Size": {"type": "string", "enum": ["small", "large"]},
            "kind-enum": {"type": "string", "enum": ["cat", "dog"]},
            "Order": {"type": "string", "enum": ["asc", "desc"]},
            "Problem": {"type": "object", "properties": {"detail": {"type": "string"}}},
            "WebhookPayload": {
                "type": "object",
                "properties": {
                    "animal": {"$ref": "#/components/schemas/Animal"},
                    "extra": {"type": "object", "properties": {"x": {"type": "integer"}}},
                },
            },
            "Unused": {
                "type": "object",
                "properties": {
                    "child": {"$ref": "#/components/schemas/UnusedChild"},
                    "token": {"type": "string", "format": "password"},
                },
            },
            "UnusedChild": {"type": "string", "enum": ["a"]},
        },
    },
}
USED = {"Animal", "Cat", "Dog", "Toy", "Pen", "Size", "KindEnum", "Order", "Problem", "AddAnimalRequest"}


def _spec(tmp_path: Path) -> Path:
    path = tmp_path / "zoo.yaml"
    path.write_text(yaml.safe_dump(SPEC, sort_keys=False), encoding="utf-8")
    return path


def test_lenient_mode_gives_datamodel_code_generator_only_the_used_models(tmp_path: Path) -> None:
    _, api, _ = check_spec(_spec(tmp_path), strict=False)
    assert set(api.models_document["components"]["schemas"]) == USED
    assert {model.name for model in api.models} == USED
    assert all(key.split(".", 1)[0] in USED for key in api.field_aliases)
    assert api.secret_fields == ("pin",)  # (not the secret of a model that is not generated)


def test_strict_mode_keeps_every_schema(tmp_path: Path) -> None:
    _, api, _ = check_spec(_spec(tmp_path), strict=True)
    assert set(api.models_document["components"]["schemas"]) == USED | {
        "WebhookPayload",
        "WebhookPayloadExtra",
        "Unused",
        "UnusedChild",
    }
    assert api.secret_fields == ("pin", "token")


def test_every_model_the_package_refers_to_exists(tmp_path: Path) -> None:
    generated = build(_spec(tmp_path), strict=False)  # render checks every `m.<Model>` exists
    models = generated.files["zoo/models.py"]
    for name in USED:
        assert f"class {name}(" in models
    assert "class Unused" not in models and "class WebhookPayload" not in models
