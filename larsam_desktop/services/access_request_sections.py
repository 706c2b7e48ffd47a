"""Which tables are about a learner, and where the registerutdrag shows each of them.

A table is about the learner when one of its columns refers to the learner (a foreign key to
``learner.id``, whatever the column is called, or a column named ``learner_id``), or when it
refers to one of those tables by their key (a study plan's revisions). :func:`learner_tables`
finds them in the mapped metadata; the registerutdrag collects every one of them.

Each must also be **declared**: in :data:`SECTION_TITLES` (its section's title in Swedish
and English) or in :data:`LEFT_OUT` with the reason. :func:`undeclared` names a table that
is neither — a test runs it over the program's metadata, so a feature that adds a table
about the learner cannot forget the registerutdrag (``tests/services/
test_access_request_coverage.py``). Data derived on demand and never stored (the student
group of an offering, the funnel invited → completed, the standing of a plan) has no table:
what it is computed from is in the extract.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from sqlalchemy import Column, MetaData, Table

from larsam_desktop.domain.bilingual import Bilingual

B = Bilingual
LEARNER_TABLE = "learner"

SECTION_TITLES: Mapping[str, Bilingual] = MappingProxyType(
    {
        "learner": B("Personuppgifter och kontaktuppgifter", "Personal and contact details"),
        "pathway_transition": B("Studievägen (steg och datum)", "The pathway (steps and dates)"),
        "course_record": B("Kurser och betyg", "Courses and grades"),
        "learner_profile": B("Behörighetsunderlag och mål", "Eligibility details and target"),
        "learner_hold": B("Spärr mot gallring", "Hold against retention"),
        "eligibility_decision": B(
            "Beslut om behörighet (bedömningar och intyg)",
            "Eligibility decisions (assessments and certificates)",
        ),
        "hogskoleprov_result": B("Resultat på högskoleprovet", "Högskoleprov results"),
        "hogskoleprov_sitting": B("Anmälningar till högskoleprovet", "Högskoleprov sittings"),
        "mentor": B("Mentorer och faddrar", "Mentors and faddrar"),
        "university_progress": B(
            "Uppgifter från lärosätet (studier, poäng, examen, avbrott)",
            "Progress reported by the university (studies, credits, completion, discontinuation)",
        ),
        "non_eligible_applicant": B(
            "Ansökningar utan behörighet (lärosätets lista)", "Applications without eligibility"
        ),
        "audit_entry": B("Logg över åtkomst och utlämnanden", "Log of access and disclosures"),
        "contact": B("Kontakter och samtal", "Contacts and meetings"),
        "follow_up": B("Uppföljningar", "Follow-ups"),
        "exam_booking": B("Provbokningar", "Exam bookings"),
        "activity_invitation": B(
            "Inbjudningar till informationsmöten och svar",
            "Invitations to information meetings and responses",
        ),
        "activity_participant": B("Deltagande i aktiviteter", "Participation in activities"),
        "study_plan": B("Studieplaner", "Study plans"),
        "study_plan_revision": B("Studieplanernas versioner", "Versions of the study plans"),
        "restricted_note": B("Skyddade anteckningar", "Restricted notes"),
    }
)

# Tables about a learner that the registerutdrag deliberately does not show, with the
# reason. None today: even the audit log's entries about the learner are shown (who looked
# at or handed out their data is itself their data).
LEFT_OUT: Mapping[str, str] = MappingProxyType({})

# Technical columns that are stored but say nothing a person can read: kept in the JSON
# (everything stored), left out of the PDF.
TECHNICAL_COLUMNS = frozenset(
    {
        ("audit_entry", "prev_hash"),  # the hash chain's links
        ("audit_entry", "hash"),
        ("exam_booking", "sequence"),  # the calendar export's revision counter
        ("follow_up", "sequence"),
    }
)


@dataclass(frozen=True, slots=True)
class LearnerTable:
    """A table about the learner and how its rows are found: ``column`` holds the learner's
    id (direct), or the key of a row of ``parent`` (a table found through another)."""

    table: Table
    column: Column[object]
    parent: str | None = None


def _learner_column(table: Table) -> Column[object] | None:
    for foreign in table.foreign_keys:
        if foreign.column.table.name == LEARNER_TABLE and foreign.column.name == "id":
            return foreign.parent
    if "learner_id" in table.c:
        column: Column[object] = table.c.learner_id
        return column
    return None


def learner_tables(metadata: MetaData) -> list[LearnerTable]:
    """Every table about a learner (the learner's own table excluded), direct ones first,
    in the metadata's dependency order."""
    tables = [t for t in metadata.sorted_tables if t.name != LEARNER_TABLE]
    direct: list[LearnerTable] = []
    for table in tables:
        column = _learner_column(table)
        if column is not None:
            direct.append(LearnerTable(table, column))
    keyed = {d.table.name for d in direct if len(d.table.primary_key.columns) == 1}
    found = {d.table.name for d in direct}
    through: list[LearnerTable] = []
    for table in tables:
        if table.name in found:
            continue
        for foreign in table.foreign_keys:
            parent = foreign.column.table.name
            if parent in keyed:
                through.append(LearnerTable(table, foreign.parent, parent))
                break
    return direct + through


def undeclared(
    metadata: MetaData,
    titles: Mapping[str, object] = SECTION_TITLES,
    left_out: Mapping[str, str] = LEFT_OUT,
) -> list[str]:
    """The tables about a learner that are neither given a section nor left out with a
    reason (empty when the registerutdrag covers everything)."""
    names = [LEARNER_TABLE] + [t.table.name for t in learner_tables(metadata)]
    return [n for n in names if n not in titles and not (left_out.get(n) or "").strip()]


def stale(metadata: MetaData, titles: Mapping[str, object] = SECTION_TITLES) -> list[str]:
    """Declared sections that no longer name a table about a learner."""
    names = {LEARNER_TABLE} | {t.table.name for t in learner_tables(metadata)}
    return sorted(set(titles) - names)
