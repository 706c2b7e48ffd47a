"""Every UserError template reaches lupdate (packaging/dynamic_messages.py), so that the
window can show it in Swedish: class defaults, literals at raise sites, super().__init__."""

from __future__ import annotations

import ast
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def collector() -> ModuleType:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import dynamic_messages
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    return dynamic_messages


def test_templates_of_the_package_are_collected(collector: ModuleType) -> None:
    found = {text for context, text in collector.collect() if context == "UserError"}
    assert "The database is busy in another program; try again in a moment." in found  # default
    assert "No learner with id {id}." in found  # NotFound: the third argument
    assert "Unknown column(s): {names}. The columns are: {columns}." in found  # super().__init__
    assert "Enter a personnummer or samordningsnummer." in found  # a parameter named template
    assert "{details}" not in found  # ValidationError is shown field by field


def test_the_collector_reads_each_way_of_raising(collector: ModuleType) -> None:
    source = """
class UserError(Exception):
    default_template = "root"
    def __init__(self, template=None, /, **params): ...
class NotFound(UserError):
    def __init__(self, kind, id, template=None): ...
class Busy(UserError):
    default_template = "Busy now."
class Gone(NotFound):
    def __init__(self, n):
        super().__init__("thing", n, "Thing {id} is gone.")
class Odd(UserError):
    def __init__(self, code, template): ...
class NotAnError:
    default_template = "never collected"
def f():
    raise Busy("Busy with {what}.", what="x")
    raise Odd("code", "Odd {x}.")
    raise NotFound("kind", 1, "Kind {id}.")
    raise ValueError("not a user error")
"""
    found = set(collector._user_error_templates([ast.parse(source)]))
    assert found == {
        "root",
        "Busy now.",
        "Busy with {what}.",
        "Thing {id} is gone.",
        "Odd {x}.",
        "Kind {id}.",
    }
