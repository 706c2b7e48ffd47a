"""Writing a learner's meritvärde, högskoleprov result and standing (text or JSON)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TextIO

from larsam_desktop.cli.plan_draft import fill
from larsam_desktop.domain.cutoffs import CutoffMark
from larsam_desktop.domain.merit.competitive import Comparison
from larsam_desktop.domain.merit.compute import MeritNote
from larsam_desktop.domain.merit.values import swedish
from larsam_desktop.services.catalogue import Language, Texts
from larsam_desktop.services.merit import MeritStanding


def _notes(texts: Texts) -> dict[MeritNote, str]:
    return {
        MeritNote.BF_NOT_COMPUTED: texts.translate(
            "MeritCli",
            "BF (folkhögskola) is not computed: LärSam holds no folkhögskola studieomdöme",
        ),
        MeritNote.DOCUMENT_GUESSED: texts.translate(
            "MeritCli",
            "no examen or slutbetyg year recorded: the grade document is judged by its courses",
        ),
        MeritNote.KOMVUX_DOCUMENT: texts.translate(
            "MeritCli",
            "at least two thirds of the points are from komvux: the komvux document counts as "
            "a whole in BI",
        ),
        MeritNote.NOT_ELIGIBLE_ON_DOCUMENT: texts.translate(
            "MeritCli", "the completions are needed for eligibility: BII only"
        ),
    }


def competitive_line(standing: MeritStanding, texts: Texts | None = None) -> str:
    """``competitive last round? BII 15,30 against 16,85 (HT2025, Mittuniversitetet); …``"""
    texts = texts or Texts("en")
    if not standing.comparisons:
        return ""
    parts = [_comparison(c, texts) for c in standing.comparisons]
    return texts.translate("MeritCli", "competitive last round? %1").replace("%1", "; ".join(parts))


def _comparison(c: Comparison, texts: Texts) -> str:
    row = c.row
    if row.mark is CutoffMark.ALL_ADMITTED:
        against = texts.translate("MeritCli", "all eligible admitted")
    elif row.mark is CutoffMark.NONE_ADMITTED or row.value is None:
        against = texts.translate("MeritCli", "none admitted")
    else:
        against = swedish(row.value)
    answers = {
        True: texts.translate("MeritCli", "yes"),
        False: texts.translate("MeritCli", "no"),
        None: "?",
    }
    line = texts.translate("MeritCli", "%1 %2 against %3 (%4, %5): %6")
    return fill(
        line, c.group, swedish(c.learner), against, row.term, row.university, answers[c.competitive]
    )


def write_text(standing: MeritStanding, out: TextIO, language: Language = "en") -> None:
    texts = Texts(language)
    merit = standing.merit
    document = texts.translate("MeritCli", "Grade document: %1")
    out.write(fill(document, merit.document.value) + "\n")
    if not merit.groups:
        out.write(texts.translate("MeritCli", "No graded courses: no meritvärde.") + "\n")
    for group in merit.groups:
        line = texts.translate(
            "MeritCli", "%1: jämförelsetal %2 + meritpoäng %3 = meritvärde %4 (%5 points)"
        )
        values = (group.jamforelsetal, group.meritpoang, group.meritvarde)
        out.write(fill(line, group.group, *map(swedish, values), group.points) + "\n")
    notes = _notes(texts)
    for note in merit.notes:
        out.write(fill(texts.translate("MeritCli", "Note: %1."), notes[note]) + "\n")
    hp = standing.hp
    if hp is None:
        out.write(texts.translate("MeritCli", "Högskoleprov: no valid result recorded.") + "\n")
    else:
        line = texts.translate("MeritCli", "Högskoleprov: %1 (%2, valid until %3)")
        out.write(fill(line, swedish(hp.score), hp.taken_on, hp.valid_until) + "\n")
    line = competitive_line(standing, texts)
    if line:
        out.write(line[0].upper() + line[1:] + "\n")
    for option in standing.what_ifs:
        kind = (
            texts.translate("MeritCli", "retake")
            if option.retake
            else texts.translate("MeritCli", "add")
        )
        what_if = texts.translate("MeritCli", "What if: %1 %2 (%3) at %4, %5 points → %6")
        out.write(
            fill(what_if, kind, option.name, option.code, option.grade.value, option.points,
                 swedish(option.value)) + "\n"
        )  # fmt: skip


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
