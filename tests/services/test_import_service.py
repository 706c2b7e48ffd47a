"""Importing learners and admitted lists: all or nothing, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.importing import ImportKind, read_csv
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.domain.pathway import Stage, TransitionDraft
from larsam_desktop.services.audit import AuditFilter, AuditService
from larsam_desktop.services.importing import ImportService, read_table
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.services.store import OpenedStore

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
PNR = ("199009012387", "199305202393", "199803302380", "200309242386", "190606039824")


def clock() -> datetime:
    return NOW


def service(store: OpenedStore) -> ImportService:
    return ImportService(store.database, clock=clock)


def table(text: str, encoding: str = "utf-8"):  # type: ignore[no-untyped-def]
    return read_csv(text.encode(encoding))


LEARNERS = (
    "Personnummer;Förnamn;Efternamn;E-post;Kommun\n"
    f"{PNR[0]};Åsa;Öberg;asa@example.org;Östersund\n"
    f"{PNR[1]};Ali;Hassan;;2281\n"
    f"{PNR[2]};Fatima;Ahmed;;\n"
)


def test_a_clean_file_is_imported_and_logged(store: OpenedStore) -> None:
    result = service(store).run(ImportKind.LEARNERS, table(LEARNERS), actor="kerstin")
    assert result.written and result.created == 3 and result.bad_rows == ()
    assert result.changes.learners_bulk
    learners = LearnerService(store.database)
    assert learners.count() == 3
    asa = learners.get(learners.find(PNR[0]))
    assert asa.data.home_municipality_code == "2380"
    assert learners.get(learners.find(PNR[1])).data.home_municipality_code == "2281"
    entries = AuditService(store.database).entries(AuditFilter(action=AuditAction.IMPORT))
    assert len(entries) == 1
    assert entries[0].details["created"] == 3 and entries[0].actor == "kerstin"
    assert "Öberg" not in str(entries[0].details) and PNR[0] not in str(entries[0].details)


def test_one_bad_row_and_nothing_is_written(store: OpenedStore) -> None:
    bad = LEARNERS + "19900101-1234;Fel;Nummer;;\n" + f"{PNR[3]};Maryam;;;\n"
    before = LearnerService(store.database).count()
    result = service(store).run(ImportKind.LEARNERS, table(bad))
    assert not result.written and result.created == 0
    assert [b.line for b in result.bad_rows] == [5, 6]
    assert LearnerService(store.database).count() == before == 0
    assert AuditService(store.database).entries() == []

    skipped = service(store).run(ImportKind.LEARNERS, table(bad), skip_bad_rows=True)
    assert skipped.written and skipped.created == 3 and len(skipped.bad_rows) == 2
    assert LearnerService(store.database).count() == 3
    entry = AuditService(store.database).entries(AuditFilter(action=AuditAction.IMPORT))[0]
    assert entry.details["bad_rows_skipped"] == 2


def test_unknown_municipality_is_a_bad_row(store: OpenedStore) -> None:
    text = LEARNERS + f"{PNR[3]};Maryam;Ali;;Atlantis\n"
    result = service(store).run(ImportKind.LEARNERS, table(text))
    assert [b.line for b in result.bad_rows] == [5]
    assert "municipality" in result.bad_rows[0].message
    assert LearnerService(store.database).count() == 0


def test_dry_run_writes_nothing(store: OpenedStore) -> None:
    result = service(store).run(ImportKind.LEARNERS, table(LEARNERS), dry_run=True)
    assert not result.written and result.good_rows == 3
    assert LearnerService(store.database).count() == 0


def test_duplicates_are_matched_by_personnummer(store: OpenedStore) -> None:
    service(store).run(ImportKind.LEARNERS, table(LEARNERS))
    again = service(store).run(ImportKind.LEARNERS, table(LEARNERS.replace("Åsa", "Åsa-Lena")))
    assert not again.written and again.created == 0 and again.matched == 3
    learners = LearnerService(store.database)
    assert learners.count() == 3
    assert learners.get(learners.find(PNR[0])).data.given_name == "Åsa"  # never overwritten


def test_windows_1252_and_bom_files(store: OpenedStore, tmp_path: Path) -> None:
    legacy = tmp_path / "elever.csv"
    legacy.write_bytes(LEARNERS.replace(";", ",").encode("cp1252"))
    result = service(store).run(ImportKind.LEARNERS, read_table(legacy))
    assert result.created == 3 and result.table.encoding == "cp1252"
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + LEARNERS.replace(PNR[0], PNR[3]).encode())
    again = service(store).run(ImportKind.LEARNERS, read_table(bom))
    assert again.table.encoding == "utf-8-sig"
    assert (again.created, again.matched) == (1, 2)
    assert LearnerService(store.database).get(LearnerService(store.database).find(PNR[3]))


def test_xlsx(store: OpenedStore, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Förnamn", "Efternamn", "Personnummer", "Födelsedatum"])
    sheet.append(["Åsa", "Öberg", int(PNR[0]), None])
    sheet.append(["Utan", "Nummer", None, datetime(1985, 3, 4)])
    path = tmp_path / "lista.xlsx"
    book.save(path)
    result = service(store).run(ImportKind.LEARNERS, read_table(path))
    assert result.bad_rows == () and result.created == 2
    learners = LearnerService(store.database)
    assert learners.get(learners.find(PNR[0])).data.family_name == "Öberg"


def _admitted(*rows: str) -> str:
    return "Personnummer;Namn;Program;Termin\n" + "".join(f"{r}\n" for r in rows)


def test_admitted_list_moves_learners_to_admitted(store: OpenedStore) -> None:
    learners = LearnerService(store.database, clock=clock)
    pathway = PathwayService(store.database, clock=clock)
    applied = learners.create(
        LearnerDraft(given_name="A", family_name="Applied", personnummer=PNR[0])
    )
    fresh = learners.create(LearnerDraft(given_name="B", family_name="Fresh", personnummer=PNR[1]))
    done = learners.create(LearnerDraft(given_name="C", family_name="Done", personnummer=PNR[2]))
    day = date(2026, 1, 10)
    pathway.record(applied.learner.id, TransitionDraft("applied", "coach", on=day))
    for stage in ("applied", "admitted", "studying", "completed"):
        pathway.record(done.learner.id, TransitionDraft(stage, "coach", on=day))
    text = _admitted(
        f"{PNR[0]};;Sjuksköterskeprogrammet;HT2026",
        f"{PNR[1]};;Socionomprogrammet;VT2027",
        f"{PNR[3]};Öberg, Maryam;Juristprogrammet;HT2026",
    )
    result = service(store).run(ImportKind.ADMITTED, table(text), actor="kerstin")
    assert result.written, [b.message for b in result.bad_rows]
    assert (result.created, result.matched, result.admitted) == (1, 2, 3)
    for number in (PNR[0], PNR[1], PNR[3]):
        history = pathway.timeline(learners.find(number))
        assert history[-1].transition.stage is Stage.ADMITTED
        assert "(admitted list)" in (history[-1].transition.reason or "")
    assert [s.transition.stage for s in pathway.timeline(fresh.learner.id)] == [
        Stage.APPLIED,
        Stage.ADMITTED,
    ]
    new = learners.get(learners.find(PNR[3]))
    assert (new.data.given_name, new.data.family_name) == ("Maryam", "Öberg")
    again = service(store).run(ImportKind.ADMITTED, table(text))
    assert again.written is False and again.admitted == 0  # already recorded: nothing to do
    assert len(pathway.timeline(fresh.learner.id)) == 2
    assert pathway.timeline(done.learner.id)[-1].transition.stage is Stage.COMPLETED


def test_admitted_rows_that_cannot_apply_are_reported(store: OpenedStore) -> None:
    learners = LearnerService(store.database, clock=clock)
    pathway = PathwayService(store.database, clock=clock)
    done = learners.create(LearnerDraft(given_name="C", family_name="Done", personnummer=PNR[2]))
    for stage in ("applied", "admitted", "studying", "completed"):
        pathway.record(done.learner.id, TransitionDraft(stage, "coach", on=date(2026, 1, 10)))
    text = _admitted(
        f"{PNR[2]};;Sjuksköterskeprogrammet;HT2026",
        f"{PNR[4]};;Socionomprogrammet;HT2026",
        f"{PNR[0]};Åsa Öberg;Juristprogrammet;HT2026",
    )
    result = service(store).run(ImportKind.ADMITTED, table(text))
    assert not result.written
    messages = {b.line: b.message for b in result.bad_rows}
    assert sorted(messages) == [2, 3]
    assert "completed" in messages[2]
    assert "no names" in messages[3]
    assert learners.count() == 1  # the good third row was not written either


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([*PNR, "", "19900101-1234", "abc"]),
            st.sampled_from(["Åsa", "", "Ali", "Ö" * 120]),
            st.sampled_from(["Öberg", "Hassan", ""]),
        ),
        min_size=1,
        max_size=8,
    ),
    st.booleans(),
)
def test_never_a_half_import(
    store: OpenedStore, rows: list[tuple[str, str, str]], skip: bool
) -> None:
    learners = LearnerService(store.database)
    before = learners.count()
    text = "Personnummer;Förnamn;Efternamn;Födelsedatum\n" + "".join(
        f"{n};{g};{f};1990-01-01\n" for n, g, f in rows
    )
    result = service(store).run(ImportKind.LEARNERS, table(text), skip_bad_rows=skip)
    after = learners.count()
    if result.bad_rows and not skip:
        assert after == before and not result.written
    else:
        assert after == before + result.created
        assert result.created + result.matched + len(result.bad_rows) == len(result.table.rows)
