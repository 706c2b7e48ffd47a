"""Every label of the statistics tables in Swedish and English, Swedish first.

The tables are computed with language-neutral labels (the English ones, which are also
what the publication register stores and what ``tables_digest`` hashes), so the same data
give the same figures in either language. The edge that shows or writes a table — the
Statistik page, the CSV, XLSX and PDF exports — turns each label into the chosen language
with :func:`label`; ``stats merge`` reads a label back with :func:`canonical`, so a
Swedish and an English export of two lärcentra merge. Data (municipality and lärcentrum
names, terms such as HT2025, age bands) has no entry and is written as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from larsam_desktop.domain.bilingual import Bilingual, Language
from larsam_desktop.domain.pathway import STAGE_TITLES, Stage
from larsam_desktop.domain.statistics.demand import DEMAND_LABELS, DEMAND_NOTES, DEMAND_SHEET_NAMES
from larsam_desktop.domain.statistics.facts import AGE_BANDS, MAIN_LINE
from larsam_desktop.domain.statistics.report import TOTALS_NOTE
from larsam_desktop.domain.statistics.throughput import THROUGHPUT_LABELS, THROUGHPUT_SHEET_NAMES

_B = Bilingual
_PREPARATION = STAGE_TITLES[Stage.PREPARATION]

_ENTRIES: tuple[tuple[str, Bilingual], ...] = (
    # Stages (the domain's one table), as columns and milestones.
    *((title.en, title) for title in (STAGE_TITLES[s] for s in MAIN_LINE)),
    ("Total", _B("Totalt", "Total")),
    # Dimensions.
    ("Furthest stage", _B("Högsta nådda steg", "Furthest stage")),
    ("Stage reached", _B("Nått steg", "Stage reached")),
    ("Start term", _B("Starttermin", "Start term")),
    ("Term", _B("Termin", "Term")),
    ("Group", _B("Grupp", "Group")),
    ("Municipality", _B("Kommun", "Municipality")),
    ("Lärcentrum", _B("Lärcentrum")),
    ("Gender", _B("Kön", "Gender")),
    ("Age at start", _B("Ålder vid start", "Age at start")),
    ("Foreign-born", _B("Utrikes född", "Foreign-born")),
    (
        "First generation in higher education",
        _B("Första generationen i högre utbildning", "First generation in higher education"),
    ),
    ("Prior education", _B("Tidigare utbildning", "Prior education")),
    ("Activity", _B("Aktivitet", "Activity")),
    ("Sitting", _B("Provtillfälle", "Sitting")),
    # Groups of the fixed breakdowns.
    ("Women", _B("Kvinnor", "Women")),
    ("Men", _B("Män", "Men")),
    ("Other or not stated", _B("Annat eller ej angivet", "Other or not stated")),
    ("Yes", _B("Ja", "Yes")),
    ("No", _B("Nej", "No")),
    ("Unknown", _B("Okänt", "Unknown")),
    (
        "No complete upper secondary",
        _B("Ej fullständig gymnasieutbildning", "No complete upper secondary"),
    ),
    ("2-year upper secondary", _B("Tvåårig gymnasieutbildning", "2-year upper secondary")),
    ("3-year upper secondary", _B("Treårig gymnasieutbildning", "3-year upper secondary")),
    ("Folkhögskola", _B("Folkhögskola")),
    ("Education abroad", _B("Utbildning utomlands", "Education abroad")),
    ("Introduktionskurs", _B("Introduktionskurs")),
    ("Högskoleförberedande kurs", _B("Högskoleförberedande kurs")),
    ("Basår / förutbildning", _B("Basår / förutbildning")),
    ("Högskoleprov preparation", _B("Förberedelse för högskoleprovet", "Högskoleprov preparation")),
    ("None", _B("Inget", "None")),
    ("Information meeting", _B("Informationsmöten", "Information meeting")),
    ("Introduction course", _B("Introduktionskurser", "Introduction course")),
    ("Preparation course", _B("Förberedande kurser", "Preparation course")),
    ("Study technique", _B("Studieteknik", "Study technique")),
    ("Mentor meeting", _B("Fadderträffar", "Mentor meeting")),
    ("First sitting", _B("Första provtillfället", "First sitting")),
    ("Re-sit", _B("Omprov", "Re-sit")),
    # Groups of the time table.
    ("All learners", _B("Alla deltagare", "All learners")),
    ("First generation", _B("Första generationen", "First generation")),
    *((f"Age {band}", _B(f"Ålder {band}", f"Age {band}")) for band in AGE_BANDS),
    ("lower quartile", _B("nedre kvartil", "lower quartile")),
    ("median", _B("median", "median")),
    ("upper quartile", _B("övre kvartil", "upper quartile")),
    # Table titles.
    (
        "Learners by start term (cohort) and furthest stage reached",
        _B(
            "Deltagare efter starttermin (kohort) och högsta nådda steg",
            "Learners by start term (cohort) and furthest stage reached",
        ),
    ),
    (
        "Learners reaching a stage, by the term it was reached (row totals count steps)",
        _B(
            "Deltagare som nått ett steg, efter terminen då det nåddes (radsummorna räknar steg)",
            "Learners reaching a stage, by the term it was reached (row totals count steps)",
        ),
    ),
    *(
        (
            f"Learners by {dimension} and furthest stage",
            _B(sv, f"Learners by {dimension} and furthest stage"),
        )
        for dimension, sv in (
            ("municipality", "Deltagare efter kommun och högsta nådda steg"),
            ("lärcentrum", "Deltagare efter lärcentrum och högsta nådda steg"),
            ("gender", "Deltagare efter kön och högsta nådda steg"),
            ("age at start", "Deltagare efter ålder vid start och högsta nådda steg"),
            ("foreign-born", "Deltagare efter utrikes född (ja/nej) och högsta nådda steg"),
            (
                "first generation in higher education",
                "Deltagare efter första generationen i högre utbildning (ja/nej) och högsta "
                "nådda steg",
            ),
            ("prior education", "Deltagare efter tidigare utbildning och högsta nådda steg"),
            (_PREPARATION.en.lower(), "Deltagare efter förberedande steg och högsta nådda steg"),
        )
    ),
    (
        "Months from the start to a milestone: lower quartile, median, upper quartile",
        _B(
            "Månader från start till ett delmål: nedre kvartil, median, övre kvartil",
            "Months from the start to a milestone: lower quartile, median, upper quartile",
        ),
    ),
    (
        "Learners attending lärcentrum activities, by term and kind",
        _B(
            "Deltagare på lärcentrums aktiviteter, efter termin och slag",
            "Learners attending lärcentrum activities, by term and kind",
        ),
    ),
    (
        "Learners with a proctored exam booked, by term (first sitting or re-sit)",
        _B(
            "Deltagare med ett bokat prov med provvakt, efter termin "
            "(första tillfället eller omprov)",
            "Learners with a proctored exam booked, by term (first sitting or re-sit)",
        ),
    ),
    *DEMAND_LABELS,  # the regional demand report (demand.py, throughput.py)
    *THROUGHPUT_LABELS,
)

LABELS: Mapping[str, Bilingual] = MappingProxyType(dict(_ENTRIES))
_CANONICAL: Mapping[str, str] = MappingProxyType(
    {text: key for key, both in _ENTRIES for text in (both.en, both.sv)}
)


def label(text: str, language: Language) -> str:
    """A table's label (title, dimension, row or column) in ``language``; data as it is."""
    entry = LABELS.get(text)
    return text if entry is None else entry.in_language(language)


def canonical(text: str) -> str:
    """The language-neutral label of a label written in either language (for merging)."""
    return _CANONICAL.get(text, text)


# The worksheet of each table in an XLSX export: readable, unique, at most 31 characters
# and none of Excel's forbidden characters (a test checks every one).
SHEET_NAMES: Mapping[str, Bilingual] = MappingProxyType(
    {
        "manifest": _B("Manifest"),
        "furthest_stage_by_cohort": _B("Kohort och högsta steg", "Cohort, furthest stage"),
        "stage_reached_by_term": _B("Nådda steg per termin", "Stages reached by term"),
        "furthest_stage_by_municipality": _B("Kommun, högsta steg", "Municipality, furthest stage"),
        "furthest_stage_by_learning_centre": _B(
            "Lärcentrum, högsta steg", "Lärcentrum, furthest stage"
        ),
        "furthest_stage_by_gender": _B("Kön, högsta steg", "Gender, furthest stage"),
        "furthest_stage_by_age_band": _B("Ålder, högsta steg", "Age, furthest stage"),
        "furthest_stage_by_foreign_born": _B(
            "Utrikes född, högsta steg", "Foreign-born, furthest stage"
        ),
        "furthest_stage_by_first_generation": _B(
            "Första generationen, högsta st.", "First generation, furthest"
        ),
        "furthest_stage_by_prior_education": _B(
            "Tidigare utb., högsta steg", "Prior education, furthest"
        ),
        "furthest_stage_by_preparation_kind": _B(
            "Förberedelse, högsta steg", "Preparation, furthest stage"
        ),
        "activity_participation_by_term": _B("Aktiviteter per termin", "Activities by term"),
        "exam_bookings_by_term": _B("Provbokningar per termin", "Exam bookings by term"),
        "months_to_milestone": _B("Månader till delmål", "Months to milestone"),
        **DEMAND_SHEET_NAMES,
        **THROUGHPUT_SHEET_NAMES,
    }
)


# What the recipient reads about the method: the legend, the notes a report carries
# (``ProtectedReport.notes``, English in the domain) and the manifest's lines.
LEGEND = Bilingual(
    '".." = färre än k deltagare, eller dold så att en sådan siffra inte kan räknas ut från '
    "summor och andra celler. Antalen är deltagare; perioderna är terminer (VT = januari–juni, "
    "HT = juli–december).",
    '".." = fewer than k learners, or hidden so that such a figure cannot be worked out from '
    "totals and other cells. Counts are learners; periods are terms (VT = January–June, "
    "HT = July–December).",
)
NOTES: Mapping[str, Bilingual] = MappingProxyType(
    {
        TOTALS_NOTE: Bilingual(
            "Antalen är störda (cellnyckelmetoden): varje publicerad siffra är det sanna antalet "
            "plus ett brus på högst 2, samma för samma grupp deltagare i varje tabell och "
            "export. Störda summor behöver inte vara lika med summan av sina celler; räkna "
            "inte ut en siffra från andra.",
            TOTALS_NOTE,
        ),
        (
            "Regional report merged from exports: every figure is the sum of the published "
            "(perturbed) figures of the inputs; a figure hidden in any input stays hidden, "
            "and suppression was applied again to the combined figures."
        ): Bilingual(
            "Regional rapport sammanställd av exporter: varje siffra är summan av de "
            "publicerade (störda) siffrorna i underlagen; en siffra som är dold i något "
            "underlag förblir dold, och röjandeskyddet tillämpades på nytt på de "
            "sammanlagda siffrorna.",
            "Regional report merged from exports: every figure is the sum of the published "
            "(perturbed) figures of the inputs; a figure hidden in any input stays hidden, "
            "and suppression was applied again to the combined figures.",
        ),
        (
            "Quartiles of time to a milestone cannot be combined from exports and are not shown."
        ): Bilingual(
            "Kvartiler för tiden till ett delmål kan inte läggas samman från exporter och "
            "visas inte.",
            "Quartiles of time to a milestone cannot be combined from exports and are not shown.",
        ),
        **DEMAND_NOTES,
    }
)


def note(text: str, language: Language) -> str:
    """A report's note in ``language`` (a note without a translation as it is)."""
    entry = NOTES.get(text)
    return text if entry is None else entry.in_language(language)


# Each manifest line's key stays as it is (``stats merge`` reads keys, never labels); a
# third cell says what the line is, in the export's language.
MANIFEST_LABELS: Mapping[str, Bilingual] = MappingProxyType(
    {
        "manifest_version": _B("Manifestets version", "Manifest version"),
        "method": _B("Metod för röjandeskydd", "Disclosure control method"),
        "perturbation": _B("Störning", "Perturbation"),
        "ptable": _B("Störningstabell", "Perturbation table"),
        "max_noise": _B("Största brus", "Largest noise"),
        "variance": _B("Brusets varians", "Variance of the noise"),
        "totals": _B(
            "Summor: störda för sig, behöver inte vara lika med sina celler",
            "Totals: perturbed on their own, need not add up to their cells",
        ),
        "k": _B("Tröskel k (färre visas inte)", "Threshold k (fewer are not shown)"),
        "series": _B("Publiceringsserie", "Publication series"),
        "period": _B("Period", "Period"),
        "period_from": _B("Periodens första dag", "First day of the period"),
        "period_to": _B("Periodens sista dag", "Last day of the period"),
        "tables": _B("Tabeller", "Tables"),
        "app_version": _B("Programversion", "Program version"),
        "created_at": _B("Skapad (UTC)", "Made (UTC)"),
        "source": _B("Källa", "Source"),
        "merged_from": _B("Antal sammanställda exporter", "Exports merged"),
        "tables_hash": _B(
            "Kontrollsumma för tabellerna (SHA-256)", "Checksum of the tables (SHA-256)"
        ),
        "language": _B("Språk", "Language"),
    }
)
