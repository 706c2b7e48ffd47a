"""What changed between two revisions of a plan, field by field and course by course."""

from __future__ import annotations

from dataclasses import dataclass

from larsam_desktop.domain.plans.plan import PlanContent, content_to_data


@dataclass(frozen=True, slots=True)
class Difference:
    field: str  # a key of the stored form, or "course"
    before: str
    after: str


def compare(before: PlanContent, after: PlanContent) -> list[Difference]:
    """Fields in the stored form's order, then courses: removed, added, moved or re-pointed."""
    old, new = content_to_data(before), content_to_data(after)
    differences: list[Difference] = []
    for key in old:
        if key == "courses":
            continue
        if key == "activities":
            for name in old[key]:
                if old[key][name] != new[key][name]:
                    differences.append(
                        Difference(name, _text(old[key][name]), _text(new[key][name]))
                    )
        elif old[key] != new[key]:
            differences.append(Difference(key, _text(old[key]), _text(new[key])))
    old_courses = {c.code: c for c in before.courses}
    new_courses = {c.code: c for c in after.courses}
    for code, course in old_courses.items():
        if code not in new_courses:
            differences.append(Difference("course", f"{code} {course.term}", ""))
    for code, course in new_courses.items():
        previous = old_courses.get(code)
        if previous is None:
            differences.append(Difference("course", "", f"{code} {course.term}"))
        elif previous != course:
            differences.append(
                Difference(
                    "course",
                    f"{code} {previous.term} {previous.points} p",
                    f"{code} {course.term} {course.points} p",
                )
            )
    return differences


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
