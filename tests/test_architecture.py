"""The dependency rule: domain ← storage ← services ← ui (cli beside ui).

Fails when a lower layer imports an upper one, when domain/storage/services import Qt, or
when ui reaches past the services into storage, SQLAlchemy or Alembic (what the window
needs from storage is re-exported by services/errors.py, services/startup.py and
services/records.py). Imports are read from the source (including function-local ones),
not from sys.modules.
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
    "ui": ("larsam_desktop.storage", "larsam_desktop.cli", "sqlalchemy", "alembic"),
}
# Modules allowed one exception, with the reason. Keep this as short as possible.
ALLOWED: dict[str, frozenset[str]] = {}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def violations(layer: str, paths: list[Path], root: Path = PACKAGE.parent) -> list[str]:
    """``path imports module`` for every forbidden import of ``layer`` in ``paths``."""
    found = []
    for path in sorted(paths):
        name = path.relative_to(root).as_posix()
        for module in sorted(imported_modules(path) - ALLOWED.get(name, frozenset())):
            if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                found.append(f"{name} imports {module}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_inward(layer: str) -> None:
    assert violations(layer, list((PACKAGE / layer).rglob("*.py"))) == []


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from PySide6.QtCore import Qt\n", encoding="utf-8")
    assert "PySide6.QtCore" in imported_modules(bad)


def test_the_ui_rule_fails_on_a_page_that_reaches_into_storage(tmp_path: Path) -> None:
    """A known violation fed through the same function the real check uses must fail."""
    pages = tmp_path / "larsam_desktop" / "ui" / "pages"
    pages.mkdir(parents=True)
    bad = pages / "bad_page.py"
    bad.write_text(
        "from larsam_desktop.services.errors import UserError\n"
        "def load():\n"
        "    import sqlalchemy\n"
        "    from larsam_desktop.storage.tables import Learner\n",
        encoding="utf-8",
    )
    assert violations("ui", [bad], root=tmp_path) == [
        "larsam_desktop/ui/pages/bad_page.py imports larsam_desktop.storage.tables",
        "larsam_desktop/ui/pages/bad_page.py imports sqlalchemy",
    ]
    with pytest.raises(AssertionError):
        assert violations("ui", [bad], root=tmp_path) == []


def test_no_relative_imports_hide_from_the_checker() -> None:
    relative = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level > 0:
                relative.append(str(path))
    assert relative == []


def store_database_uses(path: Path) -> list[int]:
    """Lines where ``….store.database`` is read (a widget reaching past its services)."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute)
        and node.attr == "database"
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "store"
    ]


def test_the_interface_uses_services_never_the_database(tmp_path: Path) -> None:
    """Services are built once (ui/session.py); no page or dialog builds its own."""
    composition_root = PACKAGE / "ui" / "session.py"
    found = {
        str(path.relative_to(PACKAGE.parent)): lines
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        if path != composition_root and (lines := store_database_uses(path))
    }
    assert found == {}
    bad = tmp_path / "page.py"
    bad.write_text("def f(session):\n    return Audit(session.store.database)\n", "utf-8")
    assert store_database_uses(bad) == [2]
