"""Format 2 of the caseload index snapshot: deferred columns, lazy id views, no numpy.

The index read back from the file must answer every query exactly as SQL does on the same
real database — with filters (which decode deferred columns), after edits applied to it
(which decode all of them and re-prepare), and through the lazy view the window uses.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from store_templates import fill_with_demo

from larsam_desktop.domain.caseload import CaseloadQuery, SortColumn, TargetStanding
from larsam_desktop.domain.caseload_index import CaseloadIndex
from larsam_desktop.domain.caseload_index_view import Deferred, IdView
from larsam_desktop.domain.learner import draft_from
from larsam_desktop.services.caseload import CaseloadService
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage import caseload_index_file, caseload_snapshot

FILTERED = [
    CaseloadQuery(text=text, sort=sort, descending=descending, **filters)
    for sort in (SortColumn.NAME, SortColumn.COACH, SortColumn.IN_STAGE, SortColumn.PERSONNUMMER)
    for descending in (False, True)
    for text in ("", "a", "berg")
    for filters in (
        {},
        {"target_standing": TargetStanding.NO_TARGET},
        {"stage": "komvux"},
    )
]


@pytest.fixture
def filled(sqlite_store: OpenedStore) -> OpenedStore:
    fill_with_demo(sqlite_store, 150, seed=11)  # tests/store_templates.py
    return sqlite_store


def snapshot_index(store: OpenedStore) -> CaseloadIndex:
    service = CaseloadService(store.database)
    index = caseload_snapshot.read(store.database, service.generation())
    assert index is not None
    return index


def queries_with_filters(store: OpenedStore) -> list[CaseloadQuery]:
    """FILTERED plus a filter on a real coach, lärcentrum and municipality of the data."""
    service = CaseloadService(store.database)
    (first,) = service.rows(service.search(CaseloadQuery())[:1]).values()
    entries = service.index_entries([first.id])
    entry = entries[0]
    return [
        *FILTERED,
        CaseloadQuery(coach_id=entry.coach_id, sort=SortColumn.MUNICIPALITY),
        CaseloadQuery(text="a", learning_centre_id=entry.learning_centre_id),
        CaseloadQuery(municipality_code=entry.municipality_code, sort=SortColumn.UPDATED),
    ]


def test_the_file_index_answers_as_sql_with_filters_and_sorts(filled: OpenedStore) -> None:
    service = CaseloadService(filled.database)
    service.load_index()  # from the database; writes the file
    index = snapshot_index(filled)
    assert isinstance(index._columns[3], Deferred)  # coach ids: not decoded until needed
    for query in queries_with_filters(filled):
        expected = service.search(query)
        assert index.search(query) == expected, query
        view = index.search_view(query)
        assert list(view) == expected and len(view) == len(expected), query


def test_an_edit_applied_to_the_file_index_answers_as_sql(filled: OpenedStore) -> None:
    service = CaseloadService(filled.database)
    service.load_index()
    index = snapshot_index(filled)
    learners = LearnerService(filled.database)
    ids = service.search(CaseloadQuery())
    edited, erased = ids[3], ids[7]
    stored = learners.get(edited)
    learners.update(edited, stored.version, replace(draft_from(stored.data), family_name="Öberg"))
    index.extend(service.index_entries([edited]))  # what the page's worker does
    index.remove(erased)
    index.prepare()
    for query in queries_with_filters(filled):
        expected = [i for i in service.search(query) if i != erased]
        assert index.search(query) == expected, query


def test_every_damaged_section_is_refused(filled: OpenedStore) -> None:
    service = CaseloadService(filled.database)
    service.load_index()
    path = caseload_snapshot.path_for(filled.database)
    assert path is not None
    good = path.read_bytes()
    generation = service.generation()
    assert generation is not None
    header = caseload_index_file._PREFIX.size
    # One byte flipped in the middle of every section (and of the header): refused.
    length = caseload_index_file._PREFIX.unpack(good[:header])[1]
    table = json.loads(good[header : header + length])["sections"]
    offset = header + length
    places = [header + length // 2]
    for _name, size, _crc, _typecode in table:
        offset = caseload_index_file._aligned(offset)
        if size:
            places.append(offset + size // 2)
        offset += size
    assert offset == len(good)
    for at in places:
        damaged = good[:at] + bytes([good[at] ^ 0x01]) + good[at + 1 :]
        with pytest.raises((ValueError, EOFError)):
            caseload_index_file.read(
                io.BytesIO(damaged), semantics=caseload_snapshot.SEMANTICS, generation=generation
            )
    with pytest.raises(caseload_index_file.NotCurrent):
        caseload_index_file.read(
            io.BytesIO(good), semantics=caseload_snapshot.SEMANTICS, generation="other@0016"
        )


def test_the_early_read_imports_neither_numpy_nor_sqlalchemy(filled: OpenedStore) -> None:
    CaseloadService(filled.database).load_index()
    database = filled.database.file_path
    assert database is not None
    filled.database.dispose()
    child = (
        "import sys\n"
        "from pathlib import Path\n"
        "from larsam_desktop.services.caseload_snapshot import read_early\n"
        "found = read_early(Path(sys.argv[1]))\n"
        "assert found is not None and len(found.index) == 150\n"
        "print(sorted(m for m in ('numpy', 'sqlalchemy') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", child, str(database)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parent,
    )
    assert result.stdout.strip() == "[]"


def test_an_id_view_behaves_as_the_list_of_its_ids() -> None:
    from array import array

    ids = array("q", [10, 20, 30, 40])
    whole, some = IdView(ids), IdView(ids, array("i", [3, 1]))
    assert list(whole) == [10, 20, 30, 40] and whole == [10, 20, 30, 40]
    assert some == [40, 20] and some[0] == 40 and some[-1] == 20 and some[0:1] == [40]
    assert whole[1:3] == [20, 30] and len(some) == 2
    assert some.index(20) == 1 and whole.index(30) == 2
    assert 20 in some and 30 not in some
    with pytest.raises(ValueError):
        some.index(30)


def test_the_plain_read_gives_the_repositorys_entries(filled: OpenedStore) -> None:
    from larsam_desktop.storage import caseload_index_read

    learners = LearnerService(filled.database)
    some = CaseloadService(filled.database).search(CaseloadQuery())[:5]
    for learner_id in some:  # a stage and its date on some (the demo leaves most without)
        stored = learners.get(learner_id)
        learners.update(learner_id, stored.version, replace(draft_from(stored.data)))
    with filled.database.unit_of_work(writes=False) as uow:
        expected = uow.learners.index_entries()
        plain = [
            entry
            for batch in caseload_index_read.entry_batches(uow.session.connection(), 7)
            for entry in batch
        ]
    assert sorted(plain) == sorted(expected)
    assert [tuple(map(type, e)) for e in sorted(plain)] == [
        tuple(map(type, e)) for e in sorted(expected)
    ]
    assert any(e.birth_date is not None for e in plain) and any(e.stage for e in plain)


def test_a_format_1_file_is_not_current_and_is_rebuilt(filled: OpenedStore) -> None:
    import zipfile

    service = CaseloadService(filled.database)
    service.load_index()
    path = caseload_snapshot.path_for(filled.database)
    assert path is not None
    with zipfile.ZipFile(path, "w") as old:  # what format 1 wrote: an .npz
        old.writestr("header.npy", b"not read")
    generation = service.generation()
    assert generation is not None
    with path.open("rb") as stream, pytest.raises(caseload_index_file.NotCurrent):
        caseload_index_file.read(
            stream, semantics=caseload_snapshot.SEMANTICS, generation=generation
        )
    assert caseload_snapshot.read(filled.database, generation) is None
    service.load_index()  # rebuilt from the database and written in format 2
    assert caseload_snapshot.read(filled.database, generation) is not None
