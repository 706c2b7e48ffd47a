"""Pure domain model: no Qt, no SQLAlchemy, no I/O. Everything here is unit-testable."""
