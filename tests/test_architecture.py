"""The dependency rule: domain ← storage ← services ← ui (cli beside ui).

Fails when a lower layer imports an upper one, or when domain/storage/services import Qt.
Imports are read from the source (including function-local ones), not from sys.modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "larsam_desktop"
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": (
        "larsam_desktop.storage",
        "larsam_desktop.services",
        "larsam_desktop.ui",
        "larsam_desktop.cli",
        "larsam_desktop.app",
        "larsam_desktop.paths",
        "PySide6",
        "sqlalchemy",
        "alembic",
        "psycopg",
        "sqlite3",
    ),
    "storage": (
        "larsam_desktop.services",
        "larsam_desktop.ui",
        "larsam_desktop.cli",
        "larsam_desktop.app",
        "PySide6",
    ),
    "services": ("larsam_desktop.ui", "larsam_desktop.cli", "larsam_desktop.app", "PySide6"),
    "cli": ("larsam_desktop.ui", "PySide6"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_inward(layer: str) -> None:
    violations = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for module in imported_modules(path):
            if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                violations.append(f"{path.relative_to(PACKAGE.parent)} imports {module}")
    assert violations == []


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from PySide6.QtCore import Qt\n", encoding="utf-8")
    assert "PySide6.QtCore" in imported_modules(bad)


def test_no_relative_imports_hide_from_the_checker() -> None:
    relative = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level > 0:
                relative.append(str(path))
    assert relative == []
