"""Writing a learner's meritvärde, högskoleprov result and standing (text or JSON)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TextIO

from larsam_desktop.domain.cutoffs import CutoffMark
from larsam_desktop.domain.merit.competitive import Comparison
from larsam_desktop.domain.merit.compute import MeritNote
from larsam_desktop.domain.merit.values import swedish
from larsam_desktop.services.merit import MeritStanding

NOTES = {
    MeritNote.BF_NOT_COMPUTED: "BF (folkhögskola) is not computed: LärSam holds no "
    "folkhögskola studieomdöme",
    MeritNote.DOCUMENT_GUESSED: "no examen or slutbetyg year recorded: the grade document "
    "is judged by its courses",
    MeritNote.KOMVUX_DOCUMENT: "at least two thirds of the points are from komvux: the "
    "komvux document counts as a whole in BI",
    MeritNote.NOT_ELIGIBLE_ON_DOCUMENT: "the completions are needed for eligibility: BII only",
}


def competitive_line(standing: MeritStanding) -> str:
    """``competitive last round? BII 15,30 against 16,85 (HT2025, Mittuniversitetet); …``"""
    if not standing.comparisons:
        return ""
    parts = [_comparison(c) for c in standing.comparisons]
    return "competitive last round? " + "; ".join(parts)


def _comparison(c: Comparison) -> str:
    row = c.row
    if row.mark is CutoffMark.ALL_ADMITTED:
        against = "all eligible admitted"
    elif row.mark is CutoffMark.NONE_ADMITTED or row.value is None:
        against = "none admitted"
    else:
        against = swedish(row.value)
    answer = {True: "yes", False: "no", None: "?"}[c.competitive]
    return (
        f"{c.group} {swedish(c.learner)} against {against} ({row.term}, {row.university}): {answer}"
    )


def write_text(standing: MeritStanding, out: TextIO) -> None:
    merit = standing.merit
    out.write(f"Grade document: {merit.document.value}\n")
    if not merit.groups:
        out.write("No graded courses: no meritvärde.\n")
    for group in merit.groups:
        out.write(
            f"{group.group}: jämförelsetal {swedish(group.jamforelsetal)} + meritpoäng "
            f"{swedish(group.meritpoang)} = meritvärde {swedish(group.meritvarde)} "
            f"({group.points} points)\n"
        )
    for note in merit.notes:
        out.write(f"Note: {NOTES[note]}.\n")
    hp = standing.hp
    if hp is None:
        out.write("Högskoleprov: no valid result recorded.\n")
    else:
        out.write(
            f"Högskoleprov: {swedish(hp.score)} ({hp.taken_on.isoformat()}, valid until "
            f"{hp.valid_until.isoformat()})\n"
        )
    line = competitive_line(standing)
    if line:
        out.write(line[0].upper() + line[1:] + "\n")
    for option in standing.what_ifs:
        kind = "retake" if option.retake else "add"
        out.write(
            f"What if: {kind} {option.name} ({option.code}) at {option.grade.value}, "
            f"{option.points} points → {swedish(option.value)}\n"
        )


def write_json(standing: MeritStanding, out: TextIO) -> None:
    merit, hp = standing.merit, standing.hp
    data = {
        "document": merit.document.value,
        "target": standing.target_id,
        "groups": [
            {
                "group": g.group,
                "jamforelsetal": _number(g.jamforelsetal),
                "meritpoang": _number(g.meritpoang),
                "meritvarde": _number(g.meritvarde),
                "points": g.points,
                "courses": list(g.courses),
                "meritpoang_by_subject": {s.value: _number(p) for s, p in g.by_subject},
            }
            for g in merit.groups
        ],
        "notes": [note.value for note in merit.notes],
        "hogskoleprov": None
        if hp is None
        else {
            "score": _number(hp.score),
            "taken_on": hp.taken_on.isoformat(),
            "valid_until": hp.valid_until.isoformat(),
        },
        "last_round": [
            {
                "term": c.row.term,
                "round": c.row.round,
                "university": c.row.university,
                "programme": c.row.programme,
                "group": c.group,
                "cutoff": _number(c.row.value) if c.row.value is not None else None,
                "mark": c.row.mark.value,
                "learner": _number(c.learner),
                "competitive": c.competitive,
            }
            for c in standing.comparisons
        ],
        "what_if": [
            {
                "code": o.code,
                "name": o.name,
                "grade": o.grade.value,
                "points": o.points,
                "retake": o.retake,
                "meritvarde": _number(o.value),
            }
            for o in standing.what_ifs
        ],
    }
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _number(value: Decimal) -> float:
    return float(value)
