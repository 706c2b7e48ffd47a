"""Grade values and the rounding UHR uses (exact decimals: no binary floating point)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from larsam_desktop.domain.courses.grades import Grade

# HOW_COMPUTED (A–F) and OLD_GRADES (IG–MVG) in sources.py.
GRADE_VALUES: dict[Grade, Decimal] = {
    Grade.A: Decimal("20.0"),
    Grade.B: Decimal("17.5"),
    Grade.C: Decimal("15.0"),
    Grade.D: Decimal("12.5"),
    Grade.E: Decimal("10.0"),
    Grade.F: Decimal("0"),
    Grade.MVG: Decimal("20.0"),
    Grade.VG: Decimal("15.0"),
    Grade.G: Decimal("10.0"),
    Grade.IG: Decimal("0"),
}
MAX_JAMFORELSETAL = Decimal("20.00")
MAX_MERITPOANG = Decimal("2.5")
MAX_MERITVARDE = Decimal("22.50")
ZERO = Decimal("0")
HALF = Decimal("0.5")
ONE = Decimal("1.0")
_CENT = Decimal("0.01")


def two_decimals(value: Decimal) -> Decimal:
    """Two decimals, a third decimal of 5 or more rounding up (half-up, not banker's)."""
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def weighted_mean(pairs: list[tuple[Decimal, int]]) -> Decimal:
    """Σ(value × points) / Σ points, rounded to two decimals; 0.00 without points."""
    total = sum(points for _value, points in pairs)
    if not total:
        return ZERO.quantize(_CENT)
    weighted = sum((value * points for value, points in pairs), ZERO)
    return min(two_decimals(weighted / total), MAX_JAMFORELSETAL)


def swedish(value: Decimal) -> str:
    """``15.30`` → ``15,30`` (as antagning.se writes it)."""
    return f"{value:.2f}".replace(".", ",")
