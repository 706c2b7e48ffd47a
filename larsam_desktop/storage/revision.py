"""The schema revision this program writes, found without importing SQLAlchemy or Alembic.

Migration files are named ``NNNN_description.py`` with ``revision = "NNNN"``, one after
another; the newest is the head. Reading the folder name list costs microseconds, where
asking Alembic costs ~0.3 s of imports. A test checks that Alembic agrees.
"""

from pathlib import Path

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"


def _newest_revision() -> str:
    numbers = [p.name[:4] for p in VERSIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py")]
    if not numbers:
        raise RuntimeError(f"no migrations found in {VERSIONS_DIR}")
    return max(numbers)


HEAD_REVISION = _newest_revision()
