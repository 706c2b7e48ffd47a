"""Anonymised statistics: count tables, disclosure control (suppression) and merging.

Pure domain: no Qt, no SQLAlchemy. The service reads the database into per-learner facts
(``facts.LearnerFacts``), ``aggregate`` turns them into exact ``CountTable``s and
``TimeTable``s, and ``protection`` decides which cells an export may publish.
"""
