"""Meritvärde: the jämförelsetal per urvalsgrupp, meritpoäng, högskoleprov results (issue 15).

Pure functions over a ``Transcript`` and the ``Catalogue``; every rule names its source in
``sources.py``. The service decides which courses the target requires (so that they give no
meritpoäng) and whether the learner is eligible on the grade document alone (BI or BII).
"""
