"""The learner's rights: access request (JSON + PDF), erasure with holds, retention runs."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, inspect, select

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.learner import LearnerDraft, ProtectedIdentity
from larsam_desktop.domain.pathway import TransitionDraft
from larsam_desktop.services.access_request import WITHHELD, AccessRequestService
from larsam_desktop.services.audit import AuditFilter, AuditService
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.eligibility_decisions import DecisionService
from larsam_desktop.services.learners import LearnerNotFound, LearnerService
from larsam_desktop.services.merit import MeritService
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.services.retention import ErasureService, RetentionService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.tables import Base

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


def _rows_about(store: OpenedStore, learner_id: int) -> dict[str, int]:
    """How many rows of each table with a learner_id column name this learner."""
    found: dict[str, int] = {}
    with store.database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if "learner_id" in table.c and table.name != "audit_entry":
                count = connection.execute(
                    select(func.count()).select_from(table).where(table.c.learner_id == learner_id)
                ).scalar_one()
                if count:
                    found[table.name] = count
    return found


def _learner_tables() -> set[str]:
    return {
        table.name
        for table in Base.metadata.sorted_tables
        if "learner_id" in table.c and table.name != "audit_entry"
    }


def _add_rule_book_rows(store: OpenedStore, learner_id: int) -> None:
    """The per-learner rows of issue 15 (decisions, högskoleprov), which demo data lacks."""
    data = load_eligibility_data()
    DecisionService(store.database, data, clock=clock).record(
        learner_id, "university_decision", date(2026, 6, 1), "Mittuniversitetet", "MIUN 2026/17"
    )
    MeritService(store.database, data, clock=clock).record_hp(learner_id, "1,15", date(2025, 4, 5))


def _protected(store: OpenedStore) -> int:
    learners = LearnerService(store.database, clock=clock)
    saved = learners.create(
        LearnerDraft(
            given_name="Sara",
            family_name="Lind",
            personnummer="199009012387",
            street_address="Hemliga vägen 7",
            postal_code="83131",
            city="Östersund",
            phone="070-1234567",
            email="sara@example.org",
            protected_identity=ProtectedIdentity.SKYDDAD_FOLKBOKFORING,
            note="Vill läsa till sjuksköterska.",
        )
    )
    PathwayService(store.database, clock=clock).record(
        saved.learner.id, TransitionDraft("komvux", "coach", on=date(2026, 1, 5))
    )
    return saved.learner.id


def test_access_request_writes_json_and_a_readable_pdf(store: OpenedStore, tmp_path: Path) -> None:
    learner = _protected(store)
    service = AccessRequestService(store.database, clock=clock)
    assert service.needs_confirmation(learner)
    files = service.export(learner, tmp_path, actor="kerstin")
    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    person = data["tables"]["learner"][0]
    assert person["given_name"] == "Sara" and person["personnummer"] == "199009012387"
    assert person["street_address"] == WITHHELD and person["phone"] == WITHHELD
    assert "search_text" not in person
    assert data["tables"]["pathway_transition"][0]["stage"] == "komvux"
    assert data["protected_data_included"] is False
    text = "".join(page.extract_text() for page in PdfReader(files.pdf_path).pages)
    assert "Registerutdrag" in text and "Sara" in text and "Lind" in text
    assert "Hemliga vägen" not in text and "utelämnade" in text
    assert "Vill läsa till sjuksköterska." in text
    entries = AuditService(store.database).entries(AuditFilter(learner_id=learner))
    assert [e.action for e in entries] == [AuditAction.ACCESS_REQUEST]
    assert not list(tmp_path.glob("*.part*"))


def test_including_protected_data_is_a_logged_decision(store: OpenedStore, tmp_path: Path) -> None:
    learner = _protected(store)
    files = AccessRequestService(store.database, clock=clock).export(
        learner, tmp_path, include_protected=True, actor="kerstin"
    )
    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    assert data["tables"]["learner"][0]["street_address"] == "Hemliga vägen 7"
    actions = [
        e.action for e in AuditService(store.database).entries(AuditFilter(learner_id=learner))
    ]
    assert actions == [AuditAction.ACCESS_REQUEST, AuditAction.PROTECTED_DATA_RELEASED]


def test_access_request_to_a_missing_folder_writes_and_logs_nothing(
    store: OpenedStore, tmp_path: Path
) -> None:
    from larsam_desktop.storage.errors import StorageError

    learner = _protected(store)
    with pytest.raises(StorageError, match="does not exist"):
        AccessRequestService(store.database).export(learner, tmp_path / "nowhere")
    assert AuditService(store.database).entries() == []


def test_the_access_request_includes_every_table_about_the_learner(
    store: OpenedStore, tmp_path: Path
) -> None:
    DemoGenerator(store.database).generate(40, seed=6)
    learner_ids = [LearnerService(store.database).find(str(i)) for i in range(1, 41)]
    richest = max(learner_ids, key=lambda i: sum(_rows_about(store, i).values()))
    _add_rule_book_rows(store, richest)
    about = _rows_about(store, richest)
    assert {"eligibility_decision", "hogskoleprov_result"} <= set(about)
    files = AccessRequestService(store.database).export(richest, tmp_path)
    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    for table, count in about.items():
        assert len(data["tables"][table]) == count, table
    text = "".join(page.extract_text() for page in PdfReader(files.pdf_path).pages)
    assert "Beslut om behörighet" in text and "MIUN 2026/17" in text
    assert "Resultat på högskoleprovet" in text


def test_every_stored_table_about_a_learner_is_known_to_the_access_request(
    store: OpenedStore,
) -> None:
    """The access request and erasure find tables through the mapped metadata: a table a
    migration creates with a learner_id column must be mapped there, or it would be missed."""
    inspector = inspect(store.database.engine)
    stored = {
        name
        for name in inspector.get_table_names()
        if any(column["name"] == "learner_id" for column in inspector.get_columns(name))
    }
    assert {"eligibility_decision", "hogskoleprov_result"} <= stored
    assert stored - {"audit_entry"} <= _learner_tables()


def test_erasure_deletes_everything_but_respects_a_hold(store: OpenedStore) -> None:
    DemoGenerator(store.database).generate(30, seed=7)
    learner = max(
        (LearnerService(store.database).find(str(i)) for i in range(1, 31)),
        key=lambda i: sum(_rows_about(store, i).values()),
    )
    _add_rule_book_rows(store, learner)
    assert set(_rows_about(store, learner)) >= {"eligibility_decision", "hogskoleprov_result"}
    erasure = ErasureService(store.database, clock=clock)
    erasure.place_hold(learner, "Ärende hos IVO", actor="kerstin")
    with pytest.raises(ValidationError, match="hold"):
        erasure.erase(learner)
    assert LearnerService(store.database).get(learner)
    assert erasure.lift_hold(learner)
    before = LearnerService(store.database).count()
    erasure.erase(learner, actor="kerstin")
    assert LearnerService(store.database).count() == before - 1
    assert _rows_about(store, learner) == {}
    with pytest.raises(LearnerNotFound):
        LearnerService(store.database).get(learner)
    entry = AuditService(store.database).entries(AuditFilter(action=AuditAction.ERASURE))[0]
    assert entry.learner_id == learner and entry.details["rows"] > 1
    assert AuditService(store.database).verify().intact


def test_retention_lists_what_is_due_and_deletes_on_confirmation(store: OpenedStore) -> None:
    learners = LearnerService(store.database, clock=clock)
    pathway = PathwayService(store.database, clock=clock)
    ids = []
    for number, pnr in enumerate(("199009012387", "199305202393", "199803302380")):
        saved = learners.create(
            LearnerDraft(given_name=f"L{number}", family_name="Test", personnummer=pnr)
        )
        ids.append(saved.learner.id)
    old, recent, held = ids
    for learner, day in (
        (old, date(2023, 5, 1)),
        (recent, date(2026, 6, 1)),
        (held, date(2023, 5, 1)),
    ):
        pathway.record(learner, TransitionDraft("komvux", "c", on=day))
        pathway.record(learner, TransitionDraft("discontinued", "c", on=day, reason="flytt"))
    ErasureService(store.database, clock=clock).place_hold(held, "arkivbeslut")
    service = RetentionService(store.database, clock=clock)
    rules = {r.record_type: r for r in service.rules()}
    assert rules["closed_case"].keep_months == 24 and rules["closed_case"].is_default
    plan = service.plan()
    assert plan.learner_ids == (old,) and plan.held == 1

    dry = service.run(dry_run=True)
    assert not dry.deleted and learners.count() == 3
    done = service.run(actor="kerstin")
    assert done.deleted and learners.count() == 2
    assert _rows_about(store, old) == {}
    entry = AuditService(store.database).entries(AuditFilter(action=AuditAction.RETENTION_RUN))[0]
    assert entry.learner_id is None
    assert entry.details["learners"] == 1 and entry.details["held"] == 1
    assert service.plan().empty


def test_retention_settings_are_validated_and_saved(store: OpenedStore) -> None:
    service = RetentionService(store.database, clock=clock)
    saved = service.save_rule("inactive_learner", 60, "KS 2026/123 informationshanteringsplan")
    assert saved.keep_months == 60 and not saved.is_default
    rules = {r.record_type: r for r in service.rules()}
    assert rules["inactive_learner"].decision_reference == "KS 2026/123 informationshanteringsplan"
    with pytest.raises(ValidationError):
        service.save_rule("shoes", 0, "x" * 300)


def test_audit_log_retention_keeps_the_chain_verifiable(store: OpenedStore) -> None:
    moments = iter(
        [datetime(2021, 1, d, tzinfo=UTC) for d in range(1, 6)]
        + [datetime(2026, 11, d, tzinfo=UTC) for d in range(1, 6)]
    )
    audit = AuditService(store.database, clock=lambda: next(moments))
    for _ in range(10):
        audit.record(AuditAction.PRINT, actor="kerstin")
    service = RetentionService(store.database, clock=clock)
    assert service.plan().audit_entries == 5
    run = service.run(actor="kerstin")
    assert run.deleted
    report = AuditService(store.database).verify()
    assert report.intact and report.first_seq == 6
