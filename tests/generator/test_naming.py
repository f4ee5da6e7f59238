"""naming: any spec string becomes a valid, non-reserved, collision-free Python name."""

from __future__ import annotations

import keyword

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import naming


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("workflowStepExecuteId", "workflow_step_execute_id"),
        ("HTTPRequestStepUpsertDto", "http_request_step_upsert_dto"),
        ("next-token", "next_token"),
        ("__source", "source"),
        ("_id", "id"),
        ("from", "from_"),
        ("class", "class_"),
        ("schema", "schema_"),
        ("json", "json_"),
        ("copy", "copy_"),
        ("model_dump", "field_model_dump_"),
        ("model_config", "field_model_config_"),
        ("date", "date_"),
        ("str", "str_"),
        ("1st", "field_1st"),
        ("über", "uber"),
        ("名前", "u540d_u524d"),
        ("", "field"),
        ("type", "type"),
        ("match", "match"),
    ],
)
def test_field_names(wire: str, expected: str) -> None:
    assert naming.field_name(wire) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HTTPRequestStepUpsertDto", "HTTPRequestStepUpsertDto"),  # already a class name: kept
        ("Workflow Storage Entries", "WorkflowStorageEntries"),
        ("flow-stats", "FlowStats"),
        ("BaseModel", "BaseModelModel"),
        ("Exception", "ExceptionModel"),
        ("List", "List"),
        ("3dModel", "Model3dModel"),
        ("", "Model"),
    ],
)
def test_class_names(text: str, expected: str) -> None:
    assert naming.class_name(text) == expected


def test_arguments_avoid_call_options_and_methods_avoid_client_attributes() -> None:
    assert naming.argument_name("timeout") == "timeout_"
    assert naming.argument_name("max_retries") == "max_retries_"
    assert naming.method_name("with_raw_response") == "with_raw_response_"
    assert naming.method_name("workflows.stepCompleted") == "workflows_step_completed"


def test_enum_members() -> None:
    assert naming.enum_member_name("in_app") == "IN_APP"
    assert naming.enum_member_name("") == "EMPTY"
    assert naming.enum_member_name(1) == "VALUE_1"
    assert naming.enum_member_name(-2.5) == "VALUE_MINUS_2_5"
    assert naming.enum_member_name("_self") == "SELF"
    assert naming.enum_member_name("mro") == "MRO_"


def test_name_table_resolves_collisions_stably() -> None:
    table = naming.NameTable(reserved={"reserved"})
    assert table.claim("fooBar", "foo_bar") == "foo_bar"
    assert table.claim("foo_bar", "foo_bar") == "foo_bar_2"
    assert table.claim("fooBar", "foo_bar") == "foo_bar"  # same key, same name
    assert table.claim("reserved", "reserved") == "reserved_2"
    classes = naming.NameTable()
    assert classes.claim("a", "Foo") == "Foo"
    assert classes.claim("b", "Foo") == "Foo2"


@given(st.text(max_size=40))
def test_any_string_gives_a_usable_identifier(text: str) -> None:
    for name in (
        naming.field_name(text),
        naming.argument_name(text),
        naming.method_name(text),
        naming.class_name(text),
        naming.enum_member_name(text),
        naming.module_name(text),
    ):
        assert name.isidentifier() and name.isascii()
        assert not keyword.iskeyword(name)
    assert naming.field_name(text) not in naming.PYDANTIC_RESERVED | naming.ANNOTATION_NAMES
    assert not naming.field_name(text).startswith("model_")
    assert naming.class_name(text)[0].isupper()


def test_identifier_type_rejects_raw_strings() -> None:
    with pytest.raises(ValueError):
        naming.Identifier("not an identifier")
    with pytest.raises(ValueError):
        naming.Identifier("class")
