"""The pathway's transition rules, table-driven."""

from __future__ import annotations

from datetime import date

import pytest

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.pathway import (
    FIRST,
    NEXT,
    PreparationKind,
    Stage,
    Transition,
    TransitionDraft,
    allowed_next,
    current_stage,
    days_in_stage,
    validate_transition,
)

TODAY = date(2026, 11, 28)


def history(*stages: Stage) -> list[Transition]:
    return [Transition(s, date(2025, 1, 1 + i), "Kerstin") for i, s in enumerate(stages)]


def draft(stage: str, **kwargs: object) -> TransitionDraft:
    values: dict[str, object] = {"recorded_by": "Kerstin Lind", "on": date(2026, 1, 1)}
    values.update(kwargs)
    return TransitionDraft(stage=stage, **values)  # type: ignore[arg-type]


def codes(caught: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in caught.value.errors}


def test_every_stage_has_a_row_in_the_table() -> None:
    assert set(NEXT) == set(Stage)
    assert Stage.COMPLETED not in FIRST and Stage.ADMITTED not in FIRST


@pytest.mark.parametrize(
    ("before", "stage"),
    [
        ((), Stage.KOMVUX),
        ((), Stage.APPLIED),
        ((Stage.KOMVUX,), Stage.GRUNDLAGGANDE),
        ((Stage.KOMVUX,), Stage.APPLIED),
        ((Stage.GRUNDLAGGANDE,), Stage.KOMVUX),
        ((Stage.APPLIED,), Stage.ADMITTED),
        ((Stage.APPLIED,), Stage.APPLIED),
        ((Stage.APPLIED,), Stage.KOMVUX),
        ((Stage.APPLIED, Stage.ADMITTED), Stage.STUDYING),
        ((Stage.APPLIED, Stage.ADMITTED, Stage.STUDYING), Stage.COMPLETED),
        ((Stage.KOMVUX, Stage.PAUSED), Stage.KOMVUX),
        ((Stage.KOMVUX, Stage.PAUSED), Stage.DISCONTINUED),
        ((Stage.KOMVUX, Stage.DISCONTINUED), Stage.KOMVUX),
    ],
)
def test_plausible_steps_are_accepted(before: tuple[Stage, ...], stage: Stage) -> None:
    reason = "Sjukskriven" if stage.is_side_exit else ""
    result = validate_transition(draft(stage.value, reason=reason), history(*before), today=TODAY)
    assert result.stage is stage


@pytest.mark.parametrize(
    ("before", "stage", "code"),
    [
        ((), Stage.ADMITTED, "not_a_first_step"),
        ((), Stage.PAUSED, "not_a_first_step"),
        ((Stage.KOMVUX,), Stage.ADMITTED, "admitted_before_applied"),
        ((Stage.SARSKILD,), Stage.ADMITTED, "admitted_before_applied"),
        ((Stage.APPLIED,), Stage.STUDYING, "implausible_step"),
        ((Stage.APPLIED, Stage.ADMITTED), Stage.COMPLETED, "implausible_step"),
        (
            (Stage.APPLIED, Stage.ADMITTED, Stage.STUDYING, Stage.COMPLETED),
            Stage.KOMVUX,
            "implausible_step",
        ),
        ((Stage.KOMVUX, Stage.PAUSED), Stage.APPLIED, "implausible_step"),
        ((Stage.KOMVUX, Stage.PAUSED), Stage.PAUSED, "implausible_step"),
        ((Stage.KOMVUX, Stage.DISCONTINUED), Stage.APPLIED, "implausible_step"),
    ],
)
def test_implausible_steps_are_refused(before: tuple[Stage, ...], stage: Stage, code: str) -> None:
    reason = "Flyttat" if stage.is_side_exit else ""
    with pytest.raises(ValidationError) as caught:
        validate_transition(draft(stage.value, reason=reason), history(*before), today=TODAY)
    assert codes(caught) == {("stage", code)}


def test_dates_in_the_future_or_before_the_previous_step_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_transition(draft("komvux", on=date(2026, 11, 29)), [], today=TODAY)
    assert codes(caught) == {("on", "in_future")}
    with pytest.raises(ValidationError) as caught:
        validate_transition(
            draft("grundlaggande", on=date(2024, 12, 31)), history(Stage.KOMVUX), today=TODAY
        )
    assert codes(caught) == {("on", "before_previous")}
    assert "2025-01-01" in caught.value.errors[0].message
    same_day = validate_transition(
        draft("grundlaggande", on=date(2025, 1, 1)), history(Stage.KOMVUX), today=TODAY
    )
    assert same_day.on == date(2025, 1, 1)


def test_the_date_defaults_to_today() -> None:
    assert validate_transition(draft("komvux", on=None), [], today=TODAY).on == TODAY


def test_a_preparation_step_needs_its_kind_and_keeps_its_place() -> None:
    result = validate_transition(
        draft("preparation", preparation_kind="basar", preparation_place="  Lärcentrum  Sveg "),
        [],
        today=TODAY,
    )
    assert result.preparation_kind is PreparationKind.BASAR
    assert result.preparation_place == "Lärcentrum Sveg"
    with pytest.raises(ValidationError) as caught:
        validate_transition(draft("preparation"), [], today=TODAY)
    assert codes(caught) == {("preparation_kind", "required")}
    with pytest.raises(ValidationError) as caught:
        validate_transition(draft("preparation", preparation_kind="kurs"), [], today=TODAY)
    assert codes(caught) == {("preparation_kind", "invalid_kind")}
    with pytest.raises(ValidationError) as caught:
        validate_transition(draft("komvux", preparation_place="Sveg"), [], today=TODAY)
    assert codes(caught) == {("preparation_kind", "not_a_preparation")}


def test_side_exits_need_a_reason_and_everything_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_transition(
            draft("discontinued", recorded_by=" ", on=date(2027, 1, 1)),
            history(Stage.KOMVUX),
            today=TODAY,
        )
    assert codes(caught) == {
        ("reason", "required"),
        ("recorded_by", "required"),
        ("on", "in_future"),
    }


def test_unknown_stage_and_bad_text() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_transition(
            draft("antagen", recorded_by="x" * 151, reason="a\x00b"), [], today=TODAY
        )
    assert codes(caught) == {
        ("stage", "invalid_stage"),
        ("recorded_by", "too_long"),
        ("reason", "control_characters"),
    }


def test_current_stage_allowed_next_and_days_in_stage() -> None:
    assert current_stage([]) is None and days_in_stage([], TODAY) is None
    steps = history(Stage.KOMVUX, Stage.PAUSED)
    assert current_stage(steps) is Stage.PAUSED
    assert allowed_next(steps) == {Stage.KOMVUX, Stage.DISCONTINUED}
    assert days_in_stage(steps, date(2025, 1, 12)) == 10
    # A history that starts with a pause (imported data) resumes nowhere but discontinued.
    assert allowed_next(history(Stage.PAUSED)) == {Stage.DISCONTINUED}
