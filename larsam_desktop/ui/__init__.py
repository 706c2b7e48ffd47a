"""PySide6 user interface: thin views over the services."""
