"""PDF output with ReportLab: fonts shipped in ``resources/fonts``, deterministic bytes."""
