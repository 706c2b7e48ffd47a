"""Registering and editing learners through the service, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.learner import Gender, LearnerDraft, ProtectedIdentity
from larsam_desktop.services.learners import LearnerNotFound, LearnerService
from larsam_desktop.services.reference_data import ReferenceService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.errors import ConcurrentChange

DRAFT = LearnerDraft(
    given_name="Åsa",
    family_name="Öberg",
    personnummer="900101-9802",
    email="asa@example.org",
    home_municipality_code="2380",
    gender=Gender.WOMAN,
    protected_identity=ProtectedIdentity.NONE,
)


@pytest.fixture
def service(store: OpenedStore) -> LearnerService:
    return LearnerService(store.database, clock=lambda: datetime(2026, 11, 28, 9, 0, tzinfo=UTC))


def test_create_then_read_back_everything(service: LearnerService, store: OpenedStore) -> None:
    coach = ReferenceService(store.database).ensure_coach("Kerstin Lind")
    saved = service.create(replace(DRAFT, coach_id=coach, note="Vill bli sjuksköterska."))
    assert saved.changes.learners == {saved.learner.id}
    stored = service.get(saved.learner.id)
    assert stored.version == 1
    assert stored.created_at == datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    data = stored.data
    assert (data.given_name, data.family_name) == ("Åsa", "Öberg")
    assert data.identity is not None and data.identity.digits == "199001019802"
    assert data.birth_date == date(1990, 1, 1)
    assert data.home_municipality_code == "2380"
    assert data.coach_id == coach
    assert data.gender is Gender.WOMAN
    assert data.note == "Vill bli sjuksköterska."
    assert service.count() == 1


def test_invalid_input_saves_nothing(service: LearnerService) -> None:
    with pytest.raises(ValidationError) as caught:
        service.create(replace(DRAFT, given_name="", personnummer="19900101-9803"))
    assert {e.field for e in caught.value.errors} == {"given_name", "personnummer"}
    assert service.count() == 0


def test_duplicate_personnummer_points_to_the_existing_learner(service: LearnerService) -> None:
    first = service.create(DRAFT).learner
    with pytest.raises(ValidationError) as caught:
        service.create(replace(DRAFT, given_name="Eva", personnummer="19900101-9802"))
    (error,) = caught.value.errors
    assert error.field == "personnummer" and error.code == "duplicate"
    assert "Åsa Öberg" in error.message and str(first.id) in error.message
    assert service.count() == 1


def test_references_must_exist(service: LearnerService) -> None:
    with pytest.raises(ValidationError) as caught:
        service.create(
            replace(DRAFT, home_municipality_code="0180", learning_centre_id=999, coach_id=999)
        )
    assert {e.field for e in caught.value.errors} == {
        "home_municipality_code",
        "learning_centre_id",
        "coach_id",
    }


def test_update_bumps_the_version_and_keeps_created(service: LearnerService) -> None:
    saved = service.create(DRAFT).learner
    updated = service.update(saved.id, saved.version, replace(DRAFT, family_name="Berg")).learner
    assert updated.version == saved.version + 1
    assert updated.data.family_name == "Berg"
    assert updated.created_at == saved.created_at


def test_a_stale_edit_is_refused_and_changes_nothing(service: LearnerService) -> None:
    saved = service.create(DRAFT).learner
    service.update(saved.id, saved.version, replace(DRAFT, family_name="Berg"))
    with pytest.raises(ConcurrentChange):
        service.update(saved.id, saved.version, replace(DRAFT, family_name="Lind"))
    assert service.get(saved.id).data.family_name == "Berg"


def test_a_learner_may_keep_their_own_personnummer_on_update(service: LearnerService) -> None:
    saved = service.create(DRAFT).learner
    service.update(saved.id, saved.version, replace(DRAFT, phone="070-1740605"))
    assert service.get(saved.id).data.phone == "070-1740605"


def test_missing_learner(service: LearnerService) -> None:
    with pytest.raises(LearnerNotFound):
        service.get(12345)
    with pytest.raises(LearnerNotFound):
        service.update(12345, 1, DRAFT)
