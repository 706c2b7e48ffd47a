"""Use cases shared by the GUI and the CLI. They take a ``Database`` and return plain values."""
