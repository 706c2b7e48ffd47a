"""The word lists and checks of the language checker (``swedish_checker.py``), without Qt
widgets: what a Swedish or English text may be made of, and documents read back.

The Swedish vocabulary is every word of the finished translations in ``larsam_sv.ts``, of
Qt's own Swedish button texts, of the rule and catalogue data's Swedish side and of the
``Bilingual`` tables in the domain; data words come from the database under test.
"""

from __future__ import annotations

import csv
import functools
import json
import re
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "larsam_sv.ts"
DATA_FILES = (ROOT / "resources" / "rules", ROOT / "resources" / "catalogue")

# ---- words -----------------------------------------------------------------------------------

WORD = re.compile(r"[^\W_]+", re.UNICODE)
SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
# Paths, addresses, links: data whatever they are made of.
OPAQUE = re.compile(r"\S*[/\\@]\S*|\S+\.(?:se|org|com|ics|csv|xlsx|pdf|json|sqlite3|png|log)\b")
# A command line quoted in a message ("Se larsam-desktop learners list."): not Swedish words.
COMMAND = re.compile(r"larsam-desktop(?:\s+(?:--?[\w-]+|[a-z][\w|/=.-]*|[A-Z]+\b|\S*[_=]\S*))*")
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{\w+\}")


def _listed(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Names of the program, file formats, keys: the same in every language.
NEUTRAL = _listed(
    """
    lärsam larsam desktop sqlite sqlcipher postgresql postgres csv xlsx pdf ics json
    icalendar excel libreoffice calc word ctrl alt shift del esc enter tab backspace pgup
    pgdown home end ins meta cmd f1 f2 f3 f4 f5 qt pyside pyside6 python alembic sqlalchemy
    www https http outlook windows macos linux ladok gdpr via antagning
    svenska english
    """  # language choosers name each language in its own language (document_language.py)
) | frozenset(  # Swedish words of the rule book's citations (laws, Skolverket's tools)
    [
        "bilaga",
        "behörighetsvisaren",
        "förordning",
        "vuxenutbildning",
        "högskoleförordningen",
        "kap",
        "grundnivå",
        "gnu",
        "gpl",
        "later",
    ]
)
# Domain terms an English interface keeps in Swedish (issue 14: keep this short).
DOMAIN_TERMS = _listed(
    """
    komvux lärcentrum lärcentra grundläggande särskild behörighet högskoleprov
    högskoleprovet meritvärde meritpoäng gallring personnummer samordningsnummer
    registerutdrag folkhögskola svenska lärsam examen slutbetyg jämförelsetal
    verksamhetspoäng behörighetsintyg behörighetsprov lärosäte lärosätet
    """
)
# Common Swedish words without å, ä or ö, which the English interface must not show either.
SWEDISH_WORDS = _listed(
    """
    och att inte som med eller till av den det ett en ny nytt nya visa alla ingen inga datum
    vecka veckan elev elever kurs kurser spara avbryt sparad ja nej kontakt senaste sida
    betyg studieplan studieplaner kommun antagen antagna deltagare aktivitet aktiviteter
    ingen
    """
)
# Words of an English document or screen that Swedish never uses (documents must not hold
# any). Words that are Swedish too ("plan", "status", "program", "total") are not here.
ENGLISH_WORDS = _listed(
    """
    the and of with not or by for from to on at is are be was this that these those has have
    which who what when where yes no none page date name names learner learners course
    courses grade grades points requirement requirements eligibility eligible covered
    missing preparation applied admitted studying completed stage stages study plan's target
    follow-up followup exam exams booking bookings activity activities coach coaches
    municipality gender address street postal city phone email given family born foreign
    table tables row rows column columns sheet periods suppressed hidden count counts
    learning centre center note notes source sources generated printed signature signed
    reason decision decisions contact contacts next steps title summary overview report
    unknown other male female stated language statistics anonymised made reached reaching
    least share further every figure chart fewer than cohort cohorts widened recruitment
    threshold generated printed created content contents please signature agreed goal
    guidance offered pace scope yet only also
    """
)


def words(text: str) -> list[str]:
    """The words of a text a person reads: paths, addresses and codes with digits left out."""
    text = OPAQUE.sub(" ", text.replace("&&", "&").replace("&", ""))
    return [w for w in WORD.findall(text) if len(w) > 1 and not any(c.isdigit() for c in w)]


def is_acronym(word: str) -> bool:
    return word.isupper() and len(word) <= 5


def identifiers(text: str) -> list[str]:
    return SNAKE.findall(OPAQUE.sub(" ", text))


# ---- what a text may be made of ---------------------------------------------------------------


NAME_KEYS = frozenset({"name", "title", "label", "short_name"})


def _bilingual_sides(data: object, language: str, key: str = "") -> Iterator[str]:
    """One language's side of a data file: ``{"sv": …, "en": …}`` texts, ``name``/``name_en``
    and ``description``/``description_sv`` pairs, and names. Other plain strings (notes
    about the data, sources) are in English and count for neither side."""
    other = "en" if language == "sv" else "sv"
    if isinstance(data, dict):
        if isinstance(data.get("sv"), str):
            yield str(data.get(language) or data["sv"])
            return
        for name, value in data.items():
            if name.endswith(f"_{other}") or f"{name}_{language}" in data:
                continue  # the other language, or this language has its own key beside
            yield from _bilingual_sides(value, language, name)
    elif isinstance(data, list):
        for value in data:
            yield from _bilingual_sides(value, language, key)
    elif isinstance(data, str) and (key in NAME_KEYS or key.endswith(f"_{language}")):
        yield data


def _domain_bilinguals(language: str) -> Iterator[str]:
    """``Bilingual`` values kept in tables of the domain (stage titles, statistics titles…)."""
    import importlib
    import pkgutil

    import larsam_desktop.domain as domain
    from larsam_desktop.domain.bilingual import Bilingual

    def walk(value: object, depth: int = 0) -> Iterator[str]:
        if isinstance(value, Bilingual):
            yield value.in_language("sv" if language == "sv" else "en")
        elif depth < 3 and isinstance(value, Mapping):
            for item in value.values():
                yield from walk(item, depth + 1)
        elif depth < 3 and isinstance(value, (list, tuple, frozenset, set)):
            for item in value:
                yield from walk(item, depth + 1)
        elif depth < 2 and hasattr(value, "__dataclass_fields__") and not isinstance(value, type):
            for name in value.__dataclass_fields__:
                yield from walk(getattr(value, name, None), depth + 1)

    for info in pkgutil.walk_packages(domain.__path__, "larsam_desktop.domain."):
        try:
            module = importlib.import_module(info.name)
        except Exception:
            continue
        for value in list(vars(module).values()):
            if isinstance(value, type):
                for member in getattr(value, "__members__", {}).values():  # enums
                    yield from walk(getattr(member, "value", None))
                continue
            yield from walk(value)


def _data_file_texts(language: str) -> Iterator[str]:
    for folder in DATA_FILES:
        for path in sorted(folder.glob("*.json")):
            yield from _bilingual_sides(json.loads(path.read_text(encoding="utf-8")), language)
        for path in sorted(folder.glob("*.csv")):
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    for key, value in row.items():
                        if not isinstance(value, str) or not value:
                            continue
                        if key and key.endswith("_en"):
                            if language == "en":
                                yield value
                        elif language == "sv" or not (key or "").endswith("_sv"):
                            yield value


QT_BUTTONS = (
    "OK", "Save", "Save All", "Open", "Yes", "Yes to All", "No", "No to All", "Abort",
    "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
    "Restore Defaults", "Don't Save", "Close without Saving", "&Yes", "&No", "&OK", "&Cancel",
)  # fmt: skip


@functools.cache
def swedish_vocabulary(window: bool = False) -> frozenset[str]:
    """Lower-case words of every finished Swedish translation and of the data's Swedish side.

    ``window``: for the window's texts, leave out what the command line's Swedish keeps
    from its English on purpose (command, column and choice names: "learners", "email"),
    which would otherwise let an English label through."""
    found: set[str] = set(NEUTRAL)
    for context in ET.parse(TS).getroot().iter("context"):
        command_line = "Cli" in (context.findtext("name") or "") or (
            context.findtext("name") or ""
        ).startswith("Argparse")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue
            text = PLACEHOLDER.sub(" ", COMMAND.sub(" ", " ".join(translation.itertext())))
            kept: set[str] = set()
            if window and command_line:  # names that stay English in the Swedish help
                kept = set(words(message.findtext("source") or ""))
            found.update(w.lower() for w in words(text) if w not in kept)
    for text in (*_data_file_texts("sv"), *_domain_bilinguals("sv")):
        found.update(w.lower() for w in words(text))
    from larsam_desktop.domain.plans.plan import NATIONAL_PROGRAMMES  # Swedish names

    for name in NATIONAL_PROGRAMMES.values():
        found.update(w.lower() for w in words(name))
    for source in QT_BUTTONS:  # Qt's own translation (qtbase_sv) names standard buttons
        found.update(w.lower() for w in words(QCoreApplication.translate("QPlatformTheme", source)))
    return frozenset(found)


@functools.cache
def english_data_vocabulary() -> frozenset[str]:
    """Words of the data's English side (course and programme names may stay Swedish)."""
    from larsam_desktop.domain.plans.plan import NATIONAL_PROGRAMMES  # Swedish names

    found: set[str] = set()
    for text in (*_data_file_texts("en"), *_domain_bilinguals("en"), *NATIONAL_PROGRAMMES.values()):
        found.update(w.lower() for w in words(text))
    return frozenset(found)


SKIPPED_COLUMNS = re.compile(r"sort_key|search_text|hash|personnummer|chain|manifest|kind|status")


def data_vocabulary(database: Path) -> frozenset[str]:
    """Words of the data in a SQLite database: names, addresses, places, notes, course codes.

    Lower-case ASCII values (``completed``, ``not_stated``, ``in_person``) are codes, not
    data: shown to a person they are a translation missing, so their words are left out.
    The audit log's details are the program's own words, left out too.
    """
    found: set[str] = set()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        tables = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not name.startswith(("audit", "alembic", "app_meta", "sqlite"))
        ]
        for table in tables:
            columns = [
                row[1]
                for row in connection.execute(f'PRAGMA table_info("{table}")')
                if not SKIPPED_COLUMNS.search(row[1])
            ]
            for column in columns:
                for (value,) in connection.execute(f'SELECT DISTINCT "{column}" FROM "{table}"'):
                    if not isinstance(value, str) or re.fullmatch(r"[a-z0-9_\-. ]*", value):
                        continue
                    found.update(w.lower() for w in words(value))
    return frozenset(found)


# ---- the checks ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Seen:
    text: str
    where: str
    free: bool = False  # a line of free text (the user guide): judged as documents are


@functools.cache
def _template(source: str) -> re.Pattern[str]:
    """A known message as a pattern: its placeholders (``%1``, ``{name}``, ``%n``) match any
    value, so an entry names the message's English source, never a wildcard of its own."""
    parts = [
        re.escape(part).replace(r"\(s\)", "(?:s)?")  # "%n row(s)" as English plurals show it
        for part in PLACEHOLDER.split(source.replace("&", ""))
    ]
    head = r"\S+" if len(parts) > 1 and not parts[0] else ""  # a value first: one word
    tail = r".+" if len(parts) > 1 and not parts[-1] else ""  # a value last: the rest
    inner = parts[1 if head else 0 : -1 if tail else None]
    return re.compile(head + r"(?:.+?)".join(inner) + tail)


def without_known(text: str, known: Mapping[str, str]) -> str:
    """``text`` with every known message in it taken out; what is left is still checked."""
    text = text.replace("&&", "&").replace("&", "")
    for source in sorted(known, key=len, reverse=True):  # "a: b" before "a"
        if source.replace("&", "") in text or PLACEHOLDER.search(source):
            text = _template(source).sub(" ", text)
    return text


def _problem(where: str, text: str, bad: list[str]) -> str:
    shown = text if len(text) < 200 else text[:200] + "…"
    return f"{where}: {shown!r}  ← {', '.join(dict.fromkeys(bad))}"


def swedish_problems(
    seen: Iterable[Seen], data: frozenset[str], known: Mapping[str, str], *, window: bool = False
) -> list[str]:
    """Texts of the Swedish interface with a word that is neither Swedish catalogue nor data
    (``window``: the window's texts, see ``swedish_vocabulary``)."""
    allowed = swedish_vocabulary(window) | data
    problems: dict[str, str] = {}
    for item in seen:
        if item.text in problems:
            continue
        text = without_known(item.text, known)
        if item.free:
            bad = [w for w in words(text) if w.lower() in ENGLISH_WORDS and w.lower() not in data]
            bad += [w for w in identifiers(text) if w not in data]
        else:
            bad = [w for w in words(text) if w.lower() not in allowed and not is_acronym(w)]
            bad += identifiers(text)
        if bad:
            problems[item.text] = _problem(item.where, item.text, bad)
    return list(problems.values())


def english_problems(
    seen: Iterable[Seen], data: frozenset[str], known: Mapping[str, str]
) -> list[str]:
    """Texts of the English interface with Swedish left in (data and domain terms excepted)."""
    allowed = data | DOMAIN_TERMS | english_data_vocabulary() | NEUTRAL
    problems: dict[str, str] = {}
    for item in seen:
        if item.text in problems:
            continue
        bad = [
            w
            for w in words(without_known(item.text, known))
            if (w.lower() in SWEDISH_WORDS or re.search("[åäöÅÄÖ]", w)) and w.lower() not in allowed
        ]
        if bad:
            problems[item.text] = _problem(item.where, item.text, bad)
    return list(problems.values())


def document_problems(
    lines: Iterable[str], where: str, known: Mapping[str, str], data: frozenset[str] = frozenset()
) -> list[str]:
    """Lines of a Swedish document holding an English word or an identifier."""
    problems: dict[str, str] = {}
    for line in lines:
        line = " ".join(line.split())
        if not line or line in problems:
            continue
        text = without_known(line, known)
        bad = [w for w in words(text) if w.lower() in ENGLISH_WORDS and w.lower() not in data]
        bad += identifiers(text)
        if bad:
            problems[line] = _problem(where, line, bad)
    return list(problems.values())


def stale_known(texts: Iterable[str], known: Mapping[str, str]) -> list[str]:
    """Entries of a known-problems list that no text shows any more (fixed: remove them)."""
    joined = [t.replace("&", "") for t in texts]
    return [
        source
        for source in known
        if not any(without_known(text, {source: ""}) != text for text in joined)
    ]


def assert_none(problems: list[str], what: str) -> None:
    if problems:
        listed = "\n".join(f"  {p}" for p in problems[:120])
        raise AssertionError(
            f"{len(problems)} text(s) of {what} in the wrong language (translate them, or "
            f"list them with their owner in KNOWN_UNTRANSLATED while being fixed):\n{listed}"
        )


# ---- reading documents back ------------------------------------------------------------------


def pdf_lines(path: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return out.stdout.splitlines()


def xlsx_lines(path: Path) -> list[str]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    lines = []
    for sheet in book.worksheets:
        lines.append(sheet.title)
        for row in sheet.iter_rows(values_only=True):
            lines.extend(str(v) for v in row if isinstance(v, str))
    book.close()
    return lines


def csv_lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8-sig")
    first = text.splitlines()[0] if text else ""
    delimiter = max(";,\t", key=first.count)
    return [
        cell for row in csv.reader(text.splitlines(), delimiter=delimiter) for cell in row if cell
    ]


def ics_lines(path: Path) -> list[str]:
    """Summaries, descriptions, categories and locations of an iCalendar file (unfolded)."""
    text = path.read_text(encoding="utf-8").replace("\r\n ", "").replace("\n ", "")
    kept = ("SUMMARY", "DESCRIPTION", "CATEGORIES", "LOCATION", "X-WR-CALNAME", "COMMENT")
    lines = []
    for line in text.splitlines():
        name, _, value = line.partition(":")
        if name.split(";")[0] in kept:
            lines.append(value.replace("\\n", " ").replace("\\,", ",").replace("\\;", ";"))
    return lines


def document_lines(path: Path) -> list[str]:
    suffix = path.suffix.lower()
    reader: Callable[[Path], list[str]] = {
        ".pdf": pdf_lines,
        ".xlsx": xlsx_lines,
        ".csv": csv_lines,
        ".ics": ics_lines,
    }[suffix]
    return reader(path)
