"""The path a learner walks, from komvux to a completed programme, and which steps are plausible.

Main line (domain.md, "The path"): komvux → preparation step → grundläggande behörighet →
särskild behörighet → applied → admitted → studying → completed; side exits paused and
discontinued, each with a reason. A transition is appended to the learner's history, never
inserted into it: its date may not lie in the future or before the previous transition.

Which stage may follow which (``NEXT``; the first transition may be any stage in ``FIRST``):

* before admission a learner may skip stages (komvux straight to applied) and go back to
  komvux or a preparation step to read more courses, but särskild behörighet is only
  reached after entering the path and only applied can lead to admitted;
* admitted → studying → completed, one step at a time; completed is final;
* paused and discontinued may follow any stage but completed, paused and discontinued;
  after a pause the learner resumes the stage they paused in, or discontinues;
  a discontinued learner may start again at komvux or a preparation step.

Refusals are ``FieldError``s naming ``stage``, ``on``, ``recorded_by``, ``reason`` or
``preparation_kind``/``preparation_place``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType

from larsam_desktop.domain.bilingual import Bilingual, Language
from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.text import collapse_spaces, has_control_characters

MAX_PLACE = 150
MAX_REASON = 500
MAX_RECORDED_BY = 150


class Stage(StrEnum):
    KOMVUX = "komvux"
    PREPARATION = "preparation"
    GRUNDLAGGANDE = "grundlaggande"
    SARSKILD = "sarskild"
    APPLIED = "applied"
    ADMITTED = "admitted"
    STUDYING = "studying"
    COMPLETED = "completed"
    PAUSED = "paused"
    DISCONTINUED = "discontinued"

    @property
    def is_side_exit(self) -> bool:
        return self in (Stage.PAUSED, Stage.DISCONTINUED)


# Every stage's title as coaches say it (domain.md, "The path"), Swedish first: the one
# table of them. The window (ui/stage_text.py), statistics and documents pick a language.
STAGE_TITLES: Mapping[Stage, Bilingual] = MappingProxyType(
    {
        Stage.KOMVUX: Bilingual("Komvux", "Komvux"),
        Stage.PREPARATION: Bilingual("Förberedande steg", "Preparation step"),
        Stage.GRUNDLAGGANDE: Bilingual("Grundläggande behörighet", "Grundläggande behörighet"),
        Stage.SARSKILD: Bilingual("Särskild behörighet", "Särskild behörighet"),
        Stage.APPLIED: Bilingual("Sökt", "Applied"),
        Stage.ADMITTED: Bilingual("Antagen", "Admitted"),
        Stage.STUDYING: Bilingual("Studerar", "Studying"),
        Stage.COMPLETED: Bilingual("Fullföljt", "Completed"),
        Stage.PAUSED: Bilingual("Pausad", "Paused"),
        Stage.DISCONTINUED: Bilingual("Avbrutit", "Discontinued"),
    }
)


def stage_name(stage: Stage | str, language: Language) -> str:
    """A stage's title in ``language`` (``STAGE_TITLES``)."""
    return STAGE_TITLES[Stage(stage)].in_language(language)


class PreparationKind(StrEnum):
    INTRODUKTIONSKURS = "introduktionskurs"
    HOGSKOLEFORBEREDANDE_KURS = "hogskoleforberedande_kurs"
    BASAR = "basar"  # basår / behörighetsgivande förutbildning
    HOGSKOLEPROV = "hogskoleprov"  # högskoleprov preparation


# Every preparation kind's name, Swedish first (the timeline, statistics, documents).
PREPARATION_TITLES: Mapping[PreparationKind, Bilingual] = MappingProxyType(
    {
        PreparationKind.INTRODUKTIONSKURS: Bilingual("Introduktionskurs"),
        PreparationKind.HOGSKOLEFORBEREDANDE_KURS: Bilingual("Högskoleförberedande kurs"),
        PreparationKind.BASAR: Bilingual("Basår / behörighetsgivande förutbildning"),
        PreparationKind.HOGSKOLEPROV: Bilingual(
            "Förberedelse för högskoleprovet", "Högskoleprov preparation"
        ),
    }
)


_BEFORE_ADMISSION = (
    Stage.KOMVUX,
    Stage.PREPARATION,
    Stage.GRUNDLAGGANDE,
    Stage.SARSKILD,
    Stage.APPLIED,
)
_EXITS = frozenset({Stage.PAUSED, Stage.DISCONTINUED})

FIRST: frozenset[Stage] = frozenset(_BEFORE_ADMISSION)
NEXT: dict[Stage, frozenset[Stage]] = {
    Stage.KOMVUX: frozenset(
        {Stage.PREPARATION, Stage.GRUNDLAGGANDE, Stage.SARSKILD, Stage.APPLIED} | _EXITS
    ),
    # Another preparation step (a second kind, another place) is a transition of its own.
    Stage.PREPARATION: frozenset(
        {Stage.KOMVUX, Stage.PREPARATION, Stage.GRUNDLAGGANDE, Stage.SARSKILD, Stage.APPLIED}
        | _EXITS
    ),
    Stage.GRUNDLAGGANDE: frozenset(
        {Stage.KOMVUX, Stage.PREPARATION, Stage.SARSKILD, Stage.APPLIED} | _EXITS
    ),
    Stage.SARSKILD: frozenset({Stage.KOMVUX, Stage.PREPARATION, Stage.APPLIED} | _EXITS),
    # Not admitted: apply again next round, or read more courses first.
    Stage.APPLIED: frozenset(
        {Stage.ADMITTED, Stage.APPLIED, Stage.KOMVUX, Stage.PREPARATION} | _EXITS
    ),
    Stage.ADMITTED: frozenset({Stage.STUDYING} | _EXITS),
    Stage.STUDYING: frozenset({Stage.COMPLETED} | _EXITS),
    Stage.COMPLETED: frozenset(),
    Stage.PAUSED: frozenset({Stage.DISCONTINUED}),  # plus the stage paused in (see allowed_next)
    Stage.DISCONTINUED: frozenset({Stage.KOMVUX, Stage.PREPARATION}),
}


@dataclass(frozen=True, slots=True)
class TransitionDraft:
    """What was entered. Empty strings mean "not given"; ``on`` None means today."""

    stage: str
    recorded_by: str
    on: date | None = None
    preparation_kind: str = ""
    preparation_place: str = ""
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Transition:
    stage: Stage
    on: date
    recorded_by: str
    preparation_kind: PreparationKind | None = None
    preparation_place: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class StoredTransition:
    id: int
    learner_id: int
    created_at: datetime
    transition: Transition


def current_stage(history: Sequence[Transition]) -> Stage | None:
    """The stage of the last transition (``history`` in timeline order), or None."""
    return history[-1].stage if history else None


def allowed_next(history: Sequence[Transition]) -> frozenset[Stage]:
    """The stages that may be recorded next."""
    current = current_stage(history)
    if current is None:
        return FIRST
    allowed = NEXT[current]
    if current is Stage.PAUSED:
        resumed = _stage_before_pause(history)
        if resumed is not None:
            allowed = allowed | {resumed}
    return allowed


def days_in_stage(history: Sequence[Transition], today: date) -> int | None:
    """Days since the last transition, or None without one."""
    return (today - history[-1].on).days if history else None


def _stage_before_pause(history: Sequence[Transition]) -> Stage | None:
    for transition in reversed(history):
        if transition.stage is not Stage.PAUSED:
            return transition.stage
    return None


def validate_transition(
    draft: TransitionDraft, history: Sequence[Transition], *, today: date
) -> Transition:
    """Check a new transition against its fields and the history; raise ``ValidationError``."""
    errors: list[FieldError] = []
    stage = _stage(draft.stage, errors)
    on = draft.on or today
    if on > today:
        errors.append(
            FieldError(
                "on",
                "in_future",
                "The date {on} lies in the future.",
                {"on": on.isoformat()},
            )
        )
    if history and on < history[-1].on:
        errors.append(
            FieldError(
                "on",
                "before_previous",
                "The date {on} lies before the previous step ({stage} on {previous}).",
                {
                    "on": on.isoformat(),
                    "stage": history[-1].stage.value,
                    "previous": history[-1].on.isoformat(),
                },
            )
        )
    if stage is not None:
        _check_order(stage, history, errors)
    recorded_by = _text(draft.recorded_by, "recorded_by", MAX_RECORDED_BY, errors)
    if not recorded_by:
        errors.append(FieldError("recorded_by", "required", "Say who records this step."))
    kind, place = _preparation(stage, draft, errors)
    reason = _text(draft.reason, "reason", MAX_REASON, errors)
    if stage is not None and stage.is_side_exit and not reason:
        errors.append(
            FieldError("reason", "required", "Give a reason for {stage}.", {"stage": stage.value})
        )
    if errors or stage is None:
        raise ValidationError(errors)
    return Transition(stage, on, recorded_by, kind, place or None, reason or None)


def _stage(text: str, errors: list[FieldError]) -> Stage | None:
    try:
        return Stage(text.strip().lower())
    except ValueError:
        errors.append(
            FieldError(
                "stage",
                "invalid_stage",
                "Unknown stage {stage}; the stages are {stages}.",
                {"stage": text.strip(), "stages": ", ".join(s.value for s in Stage)},
            )
        )
        return None


def _check_order(stage: Stage, history: Sequence[Transition], errors: list[FieldError]) -> None:
    allowed = allowed_next(history)
    if stage in allowed:
        return
    current = current_stage(history)
    names = ", ".join(s.value for s in Stage if s in allowed) or "nothing"
    if current is None:
        errors.append(
            FieldError(
                "stage",
                "not_a_first_step",
                "The path cannot start at {stage}; start with one of {allowed}.",
                {"stage": stage.value, "allowed": names},
            )
        )
    elif stage is Stage.ADMITTED:
        errors.append(
            FieldError(
                "stage",
                "admitted_before_applied",
                "A learner is admitted only after applying (now: {current}).",
                {"current": current.value},
            )
        )
    else:
        errors.append(
            FieldError(
                "stage",
                "implausible_step",
                "{stage} cannot follow {current}; next can be {allowed}.",
                {"stage": stage.value, "current": current.value, "allowed": names},
            )
        )


def _preparation(
    stage: Stage | None, draft: TransitionDraft, errors: list[FieldError]
) -> tuple[PreparationKind | None, str]:
    place = _text(draft.preparation_place, "preparation_place", MAX_PLACE, errors)
    text = draft.preparation_kind.strip().lower()
    if stage is not Stage.PREPARATION:
        if text or place:
            errors.append(
                FieldError(
                    "preparation_kind",
                    "not_a_preparation",
                    "Only a preparation step has a kind and a place.",
                )
            )
        return None, ""
    if not text:
        errors.append(
            FieldError(
                "preparation_kind",
                "required",
                "Choose the kind of preparation: {kinds}.",
                {"kinds": ", ".join(k.value for k in PreparationKind)},
            )
        )
        return None, place
    try:
        return PreparationKind(text), place
    except ValueError:
        errors.append(
            FieldError(
                "preparation_kind",
                "invalid_kind",
                "Unknown preparation {kind}; use {kinds}.",
                {"kind": text, "kinds": ", ".join(k.value for k in PreparationKind)},
            )
        )
        return None, place


def _text(value: str, field: str, limit: int, errors: list[FieldError]) -> str:
    text = collapse_spaces(value)
    if has_control_characters(text):
        errors.append(FieldError(field, "control_characters", "Remove the control characters."))
    elif len(text) > limit:
        errors.append(FieldError(field, "too_long", "At most {max} characters.", {"max": limit}))
    return text
