"""Find the visible strings lupdate cannot see, and write them where it can.

lupdate reads literal ``tr("…")`` / ``translate("Ctx", "…")`` calls and ``QT_TRANSLATE_NOOP``.
Two kinds of visible text escape it:

* validation messages: ``FieldError(field, code, "template", …)`` in ``domain/`` and
  ``services/`` (pure Python, no Qt), shown through ``ui/messages.py`` in the
  ``FieldError`` context;
* user errors: the ``default_template`` of every ``UserError`` subclass and the literal
  templates passed where one is raised (``raise NotFound("learner", 7, "No learner {id}.")``,
  ``super().__init__("…", name=…)``) in ``domain/``, ``storage/`` and ``services/``, shown
  through ``ui/messages.py`` in the ``UserError`` context;
* name tables: ``QCoreApplication.translate("Ctx", names[key])`` where ``names`` is a dict of
  literal strings in the same function or module.

``generate()`` collects them into ``larsam_desktop/ui/dynamic_messages.py`` as
``QT_TRANSLATE_NOOP`` entries (never imported; lupdate reads it). ``packaging/translations.py
update`` regenerates it first; tests/test_translations.py fails when it is out of date.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "larsam_desktop"
OUTPUT = PACKAGE / "ui" / "dynamic_messages.py"

HEADER = '''"""Visible strings lupdate cannot find where they are used (generated; do not edit).

Validation messages from the domain and services (``FieldError`` templates), the templates
of user errors (``UserError``) and name tables translated through a variable.
``python packaging/translations.py update`` regenerates this file; nothing imports it:
lupdate reads the ``QT_TRANSLATE_NOOP`` markers below.
"""

# ruff: noqa: E501
from PySide6.QtCore import QT_TRANSLATE_NOOP

# fmt: off
MESSAGES = (
'''


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _field_error_templates(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name != "FieldError":
            continue
        template = _literal(node.args[2]) if len(node.args) > 2 else None
        for keyword in node.keywords:
            if keyword.arg == "template":
                template = _literal(keyword.value)
        if template:
            yield template


@dataclass
class _ErrorClass:
    bases: list[str]
    init: list[str] | None  # the parameters of its own __init__ (without self), if any
    default_template: str | None


def _error_classes(trees: list[ast.Module]) -> dict[str, _ErrorClass]:
    """Every class in the package, by name: bases, own ``__init__`` parameters, template."""
    found: dict[str, _ErrorClass] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = [
                b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
            ]
            init: list[str] | None = None
            template: str | None = None
            for statement in node.body:
                if isinstance(statement, ast.FunctionDef) and statement.name == "__init__":
                    arguments = statement.args
                    init = [a.arg for a in arguments.posonlyargs + arguments.args][1:]
                    init += [a.arg for a in arguments.kwonlyargs]
                targets = (
                    [statement.target]
                    if isinstance(statement, ast.AnnAssign)
                    else statement.targets
                    if isinstance(statement, ast.Assign)
                    else []
                )
                for target in targets:
                    if isinstance(target, ast.Name) and target.id == "default_template":
                        template = _literal(statement.value)
            found[node.name] = _ErrorClass(bases, init, template)
    return found


def _user_error_templates(trees: list[ast.Module]) -> Iterator[str]:
    classes = _error_classes(trees)

    def is_user_error(name: str, seen: frozenset[str] = frozenset()) -> bool:
        if name == "UserError":
            return True
        known = classes.get(name)
        if known is None or name in seen:
            return False
        return any(is_user_error(base, seen | {name}) for base in known.bases)

    def template_index(name: str) -> int | None:
        """Where a call of ``name`` takes its template (None: it takes none)."""
        known = classes.get(name)
        if known is None:
            return None
        if known.init is not None:
            return known.init.index("template") if "template" in known.init else None
        for base in known.bases:
            if is_user_error(base):
                return template_index(base)
        return None

    for name, known in classes.items():
        if is_user_error(name) and known.default_template not in (None, "{details}"):
            yield str(known.default_template)
    for tree in trees:
        for scope in ast.walk(tree):
            if not isinstance(scope, ast.ClassDef | ast.Module):
                continue
            parent = next(
                (
                    b
                    for b in classes.get(getattr(scope, "name", ""), _NONE).bases
                    if is_user_error(b)
                ),
                None,
            )
            for node in ast.walk(scope):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                target: str | None = called if is_user_error(called) else None
                if (
                    called == "__init__"
                    and isinstance(func, ast.Attribute)
                    and isinstance(func.value, ast.Call)
                    and getattr(func.value.func, "id", "") == "super"
                ):
                    target = parent
                if target is None:
                    continue
                index = template_index(target)
                if index is not None and index < len(node.args):
                    literal = _literal(node.args[index])
                    if literal:
                        yield literal
                for keyword in node.keywords:
                    if keyword.arg == "template" and _literal(keyword.value):
                        yield str(_literal(keyword.value))


_NONE = _ErrorClass([], None, None)


def _dict_strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Dict):
        return [v for v in (_literal(value) for value in node.values) if v]
    return []


def _name_tables(tree: ast.Module) -> Iterator[tuple[str, str]]:
    """(context, text) for ``translate("Ctx", NAME[...])`` with NAME a dict of literals."""
    module_dicts: dict[str, list[str]] = {}
    for statement in tree.body:
        targets = (
            statement.targets
            if isinstance(statement, ast.Assign)
            else ([statement.target] if isinstance(statement, ast.AnnAssign) else [])
        )
        for target in targets:
            if isinstance(target, ast.Name) and statement.value is not None:
                module_dicts[target.id] = _dict_strings(statement.value)
    for scope in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
        local: dict[str, list[str]] = {}
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        local[target.id] = _dict_strings(node.value)
        for node in ast.walk(scope):
            if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "translate"):
                continue
            if len(node.args) < 2 or _literal(node.args[0]) is None:
                continue
            context = _literal(node.args[0]) or ""
            text = node.args[1]
            if isinstance(text, ast.Call) and text.args:  # str(NAMES[key])
                text = text.args[0]
            if isinstance(text, ast.Subscript) and isinstance(text.value, ast.Name):
                name = text.value.id
                for value in local.get(name) or module_dicts.get(name) or []:
                    yield context, value


def collect() -> list[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    below_ui: list[ast.Module] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == OUTPUT:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        relative = path.relative_to(PACKAGE).parts[0]
        if relative in ("domain", "services"):
            found.update(("FieldError", t) for t in _field_error_templates(tree))
        if relative in ("domain", "storage", "services"):
            below_ui.append(tree)
        if relative == "ui":
            found.update(_name_tables(tree))
    found.update(("UserError", t) for t in _user_error_templates(below_ui))
    return sorted(found)


def render(messages: list[tuple[str, str]]) -> str:
    lines = [
        f"    QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)}),\n"
        for context, text in messages
    ]
    return HEADER + "".join(lines) + ")\n# fmt: on\n"


def generate() -> bool:
    """Write the file; True if it changed."""
    text = render(collect())
    if OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text:
        return False
    OUTPUT.write_text(text, encoding="utf-8")
    return True


if __name__ == "__main__":
    print("changed" if generate() else "up to date", OUTPUT.relative_to(ROOT))
