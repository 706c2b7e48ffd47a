"""Probe processes. Each runs fresh (``python -m probes.NAME``) and reports JSON lines."""
