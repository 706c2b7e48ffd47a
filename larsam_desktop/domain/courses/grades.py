"""Grades on the A–F scale (Gy11, Gy25) and the older IG–MVG scale (Lpf94/Gy2000).

For eligibility a grade passes at E or better, and G counts as E or better. One old course to
one new course converts MVG→A, VG→C, G→E, IG→F (SKOLFS 2011:196).
"""

from __future__ import annotations

from enum import StrEnum


class GradeScale(StrEnum):
    A_TO_F = "A–F"
    IG_TO_MVG = "IG–MVG"


class Grade(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"
    MVG = "MVG"
    VG = "VG"
    G = "G"
    IG = "IG"

    @property
    def scale(self) -> GradeScale:
        return GradeScale.IG_TO_MVG if self in _TO_A_F else GradeScale.A_TO_F

    def converted(self) -> Grade:
        """The A–F grade an old grade converts to; A–F grades are returned as they are."""
        return _TO_A_F.get(self, self)

    @property
    def rank(self) -> int:
        """E=1 … A=5, F=0 (old grades converted first): higher is better."""
        return _RANK[self.converted()]

    @property
    def passes(self) -> bool:
        """E or better (G or better on the old scale)."""
        return self.rank >= 1

    @property
    def merit_value(self) -> float:
        """Meritvärde weight: A=20, B=17.5, C=15, D=12.5, E=10, F=0."""
        return _MERIT[self.converted()]


_TO_A_F = {Grade.MVG: Grade.A, Grade.VG: Grade.C, Grade.G: Grade.E, Grade.IG: Grade.F}
_RANK = {Grade.A: 5, Grade.B: 4, Grade.C: 3, Grade.D: 2, Grade.E: 1, Grade.F: 0}
_MERIT = {Grade.A: 20.0, Grade.B: 17.5, Grade.C: 15.0, Grade.D: 12.5, Grade.E: 10.0, Grade.F: 0.0}
PASS_RANK = 1


def parse_grade(text: str) -> Grade | None:
    """The grade written in ``text`` (any case, surrounding space ignored), or None if none is."""
    try:
        return Grade(text.strip().upper())
    except ValueError:
        return None
