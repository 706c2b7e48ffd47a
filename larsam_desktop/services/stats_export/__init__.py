"""Writers and readers of anonymised statistics exports: CSV, XLSX and a PDF report.

CSV and XLSX carry the same sections (the manifest, then each table) so that ``stats
merge`` can read either back; the PDF is for people only.
"""
