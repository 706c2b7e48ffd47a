"""The Swedish translation is complete and consistent with the code.

lupdate (from the PySide6 wheel) reads every ``tr()`` / ``QCoreApplication.translate`` call in
larsam_desktop/ into a temporary file; a message there without a finished translation in
resources/translations/larsam_sv.ts fails the test. Run ``make lupdate`` and translate what
it lists.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{\w+\}")
MNEMONIC = re.compile(r"&(?!&)\S")


def translations_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return translations_tool()


def test_every_visible_string_is_translated(tool: ModuleType) -> None:
    missing = tool.check("sv")
    listed = "\n".join(f"  [{m.context}] {m.source!r}" for m in missing[:40])
    assert not missing, f"{len(missing)} message(s) without Swedish (make lupdate):\n{listed}"


def test_strings_lupdate_cannot_see_are_listed_for_it() -> None:
    """Validation messages and name tables reach lupdate through ui/dynamic_messages.py."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import dynamic_messages
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    expected = dynamic_messages.render(dynamic_messages.collect())
    assert dynamic_messages.OUTPUT.read_text(encoding="utf-8") == expected, (
        "larsam_desktop/ui/dynamic_messages.py is out of date: run make lupdate"
    )
    assert ("CourseStatus", "Planned") in dynamic_messages.collect()
    assert any(context == "FieldError" for context, _ in dynamic_messages.collect())


def test_translations_keep_placeholders_and_mnemonics(tool: ModuleType) -> None:
    problems = []
    for message in tool.read_messages(tool.ts_path("sv")):
        if not message.finished:
            continue
        # A counted text outside Qt holds its forms as "singular|plural" (services/catalogue.py).
        counted = "%n" in message.source and "|" in message.translation
        forms = message.translation.split("|") if counted else [message.translation]
        for form in forms:
            if sorted(PLACEHOLDER.findall(message.source)) != sorted(PLACEHOLDER.findall(form)):
                problems.append(f"placeholders differ: {message.source!r} → {form!r}")
        if bool(MNEMONIC.search(message.source)) != bool(MNEMONIC.search(message.translation)):
            problems.append(f"mnemonic (&) differs: {message.source!r} → {message.translation!r}")
    assert not problems, "\n".join(problems[:40])


def test_check_reports_a_string_missing_from_the_committed_file(
    tool: ModuleType, tmp_path: Path
) -> None:
    """The check itself can fail: a message the .ts lacks, or leaves unfinished, is listed."""
    fresh = tmp_path / "fresh.ts"
    fresh.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="sv_SE">'
        "<context><name>MainWindow</name>"
        "<message><source>&amp;File</source><translation type='unfinished'/></message>"
        "<message><source>A brand new string</source><translation type='unfinished'/></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    committed = tmp_path / "committed.ts"
    committed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="sv_SE">'
        "<context><name>MainWindow</name>"
        "<message><source>&amp;File</source><translation>&amp;Arkiv</translation></message>"
        "<message><source>A brand new string</source>"
        "<translation type='unfinished'>Utkast</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert [m.source for m in tool.missing(fresh, committed)] == ["A brand new string"]


def literal_text_with_a_variable_context(source: str, filename: str = "<code>") -> list[int]:
    """Lines where ``translate(CONTEXT, "literal")`` names its context by a variable, or a
    ``tr()`` sits inside an f-string: lupdate silently leaves such a message out of the
    catalogue, so it would never be translated."""
    import ast

    lines = []
    tree = ast.parse(source, filename)
    for joined in ast.walk(tree):  # lupdate does not look inside f-strings either
        if isinstance(joined, ast.JoinedStr):
            for inner in ast.walk(joined):
                func = getattr(inner, "func", None)
                if not isinstance(inner, ast.Call) or not isinstance(func, ast.Attribute):
                    continue
                position = {"tr": 0, "translate": 1}.get(func.attr)
                if position is not None and len(inner.args) > position:
                    text = inner.args[position]
                    if isinstance(text, ast.Constant) and isinstance(text.value, str):
                        lines.append(inner.lineno)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        context, text = node.args[0], node.args[1]
        if (
            name in ("translate", "QT_TRANSLATE_NOOP")
            and isinstance(text, ast.Constant)
            and isinstance(text.value, str)
            and not (isinstance(context, ast.Constant) and isinstance(context.value, str))
        ) or (  # lupdate drops translate(C, "…%n…", None, obj.count): name the count first
            name == "translate"
            and len(node.args) >= 4
            and isinstance(text, ast.Constant)
            and not isinstance(node.args[3], ast.Name | ast.Constant)
        ):
            lines.append(node.lineno)
    return lines


def test_every_translated_literal_names_its_context_literally() -> None:
    package = Path(__file__).resolve().parent.parent / "larsam_desktop"
    found = [
        f"{path.relative_to(package)}:{line}"
        for path in sorted(package.rglob("*.py"))
        for line in literal_text_with_a_variable_context(path.read_text(encoding="utf-8"))
    ]
    assert not found, f"write the context as a literal string: {found}"


def test_the_context_check_sees_a_variable_context() -> None:
    code = 'CONTEXT = "X"\ntexts.translate(CONTEXT, "Hidden from lupdate")\n'
    assert literal_text_with_a_variable_context(code) == [2]
    assert literal_text_with_a_variable_context('texts.translate("X", "Seen")\n') == []
    assert literal_text_with_a_variable_context("f\"{self.tr('Hidden')}\"\n") == [1]
    counted = 'texts.translate("X", "%n rows", None, report.rows)\n'
    assert literal_text_with_a_variable_context(counted) == [1]
    assert literal_text_with_a_variable_context('texts.translate("X", "%n", None, rows)\n') == []
