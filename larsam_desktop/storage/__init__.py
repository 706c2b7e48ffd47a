"""Persistence: SQLAlchemy 2 + Alembic. Owns the database files; knows nothing of Qt."""
