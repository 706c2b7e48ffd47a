"""The schema revision this program writes, importable without SQLAlchemy or Alembic.

It must name the newest file in ``migrations/versions``; a test checks that it does.
"""

HEAD_REVISION = "0003"
