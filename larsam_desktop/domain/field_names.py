"""The names of the fields a person reads, Swedish first: one table for import, exports and
the registerutdrag.

Keys are the stable English names of columns and fields (``given_name``,
``home_municipality_code``); they stay in JSON and on the command line. What a coach or a
learner reads is :func:`field_name` in the document's or the window's language. Stored code
values (``gender: not_stated``) read as :func:`value_name`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from larsam_desktop.domain.bilingual import Bilingual, Language
from larsam_desktop.domain.pathway import PREPARATION_TITLES

B = Bilingual

FIELD_NAMES: Mapping[str, Bilingual] = MappingProxyType(
    {
        # the learner (dialog, import, caseload export, registerutdrag)
        "id": B("Intern id", "Internal id"),
        "learner_id": B("Deltagare (intern id)", "Learner (internal id)"),
        "given_name": B("Förnamn", "Given name"),
        "family_name": B("Efternamn", "Family name"),
        "name": B("Namn", "Name"),
        "personnummer": B("Personnummer", "Personnummer"),
        "birth_date": B("Födelsedatum", "Birth date"),
        "birth_year": B("Födelseår", "Birth year"),
        "phone": B("Telefon", "Phone"),
        "email": B("E-post", "E-mail"),
        "street_address": B("Gatuadress", "Street address"),
        "postal_code": B("Postnummer", "Postal code"),
        "city": B("Ort", "City"),
        "municipality": B("Kommun", "Municipality"),
        "home_municipality_code": B("Hemkommun", "Home municipality"),
        "learning_centre_id": B("Lärcentrum", "Lärcentrum"),
        "learning_centre": B("Lärcentrum", "Lärcentrum"),
        "coach_id": B("Ansvarig coach", "Responsible coach"),
        "coach": B("Coach", "Coach"),
        "gender": B("Kön", "Gender"),
        "foreign_born": B("Född utomlands", "Born abroad"),
        "arrival_year": B("År för ankomst till Sverige", "Year of arrival in Sweden"),
        "prior_education": B("Högsta tidigare utbildning", "Highest prior education"),
        "first_generation": B(
            "Första generationen i högre utbildning", "First generation in higher education"
        ),
        "protected_identity": B("Skyddad identitet", "Protected identity"),
        "note": B("Anteckning", "Note"),
        "notes": B("Anteckningar", "Notes"),
        "stage": B("Steg", "Stage"),
        "stage_since": B("I steget sedan", "In the stage since"),
        "last_contact_on": B("Senaste kontakt", "Last contact"),
        "standing_target": B("Mål för behörighetsbedömningen", "Target of the eligibility check"),
        "standing_eligible": B("Behörig till målet", "Eligible for the target"),
        "standing_on": B("Behörighet bedömd", "Eligibility checked on"),
        "created_at": B("Registrerad", "Created"),
        "updated_at": B("Senast ändrad", "Last changed"),
        "recorded_at": B("Registrerad", "Recorded"),
        "registered_at": B("Anmäld", "Registered"),
        "recorded_by": B("Registrerad av", "Recorded by"),
        # import of lists
        "programme": B("Program", "Programme"),
        "term": B("Termin", "Term"),
        "file": B("Fil", "File"),
        "files": B("Filer", "Files"),  # the exports given to ``stats merge``
        "mapping": B("Kolumner", "Columns"),
        "row": B("Rad", "Row"),
        # the pathway, courses and decisions
        "preparation_kind": B("Typ av förberedelse", "Kind of preparation"),
        "preparation_place": B("Plats för förberedelsen", "Place of the preparation"),
        "reason": B("Orsak", "Reason"),
        "on_date": B("Datum", "Date"),
        "code": B("Kurskod", "Course code"),
        "status": B("Status", "Status"),
        "grade": B("Betyg", "Grade"),
        "points": B("Poäng", "Points"),
        "start_date": B("Startdatum", "Start date"),
        "end_date": B("Slutdatum", "End date"),
        "provider": B("Anordnare", "Provider"),
        "kind": B("Typ", "Kind"),
        "decided_on": B("Beslutsdatum", "Decided on"),
        "decided_by": B("Beslutat av", "Decided by"),
        "document": B("Dokument", "Document"),
        "score_hundredths": B("Normerat resultat", "Normed score"),
        "taken_on": B("Provdatum", "Taken on"),
        "placed_by": B("Lagd av", "Placed by"),
        "placed_at": B("Lagd", "Placed at"),
        "target_id": B("Mål", "Target"),
        "target_start_term": B("Starttermin för målet", "Start term of the target"),
        "slutbetyg_points_passed": B("Slutbetyg: godkända poäng", "Slutbetyg: passed points"),
        "slutbetyg_issued_year": B("Slutbetyget utfärdat år", "Year the slutbetyg was issued"),
        "slutbetyg_programme_points": B(
            "Slutbetyg: poäng på programmet", "Slutbetyg: points of the programme"
        ),
        "avgangsbetyg_years": B("Avgångsbetyg: linjens längd (år)", "Avgångsbetyg: years"),
        "folkhogskola_intyg": B("Behörighetsintyg från folkhögskola", "Folkhögskola certificate"),
        "folkhogskola_subjects": B(
            "Ämnen i folkhögskolans intyg", "Subjects of the folkhögskola certificate"
        ),
        "work_years_after_19": B("År i arbetslivet efter 19", "Years of work after 19"),
        "teaching_subject_hp": B(
            "Högskolepoäng i ett undervisningsämne", "Credits in a teaching subject"
        ),
        "degree_hp": B("Högskolepoäng i en examen", "Credits of a degree"),
        # the university's lists, mentors, högskoleprovet, meetings (issue 17)
        "sitting_on": B("Provtillfälle", "Sitting"),
        "starts_on": B("Från", "Starts on"),
        "ends_on": B("Till", "Ends on"),
        "event": B("Uppgift", "Reported"),
        "list_name": B("Källa (lista)", "Source (list)"),
        "imported_at": B("Inläst", "Imported"),
        "offering_id": B("Utbildningstillfälle", "Offering"),
        "credits_tenths": B("Högskolepoäng", "Credits"),
        "invited_at": B("Inbjuden", "Invited"),
        "invited_by": B("Inbjuden av", "Invited by"),
        "response": B("Svar", "Response"),
        "responded_at": B("Svarade", "Responded"),
        # a study plan's revisions
        "plan_id": B("Studieplan (intern id)", "Study plan (internal id)"),
        "number": B("Versionsnummer", "Revision number"),
        "author": B("Skriven av", "Written by"),
        # contacts, follow-ups, activities, exams
        "at_time": B("Klockslag", "Time"),
        "duration_minutes": B("Längd (minuter)", "Duration (minutes)"),
        "next_steps": B("Nästa steg", "Next steps"),
        "contact_id": B("Kontakt (intern id)", "Contact (internal id)"),
        "title": B("Rubrik", "Title"),
        "due_on": B("Senast", "Due on"),
        "done_on": B("Klar", "Done on"),
        "owner_coach_id": B("Ansvarig", "Owner"),
        "activity_id": B("Aktivitet", "Activity"),
        "attended": B("Närvarade", "Attended"),
        "university": B("Lärosäte", "University"),
        "credits": B("Högskolepoäng", "Credits"),  # the university's lists (issue 17)
        "application_code": B("Anmälningskod", "Application code"),
        "role": B("Roll", "Role"),
        "affiliation": B("Tillhör", "Affiliation"),
        "contact": B("Kontaktuppgift", "Contact"),
        "course": B("Kurs", "Course"),
        "exam_date": B("Tentamensdatum", "Exam date"),
        "start_time": B("Starttid", "Start time"),
        "room_id": B("Lokal", "Room"),
        "proctor": B("Tentamensvakt", "Proctor"),
        "special_arrangements": B("Särskilda anpassningar", "Special arrangements"),
        "sitting": B("Tillfälle", "Sitting"),
        "fee_kr": B("Avgift (kr)", "Fee (kr)"),
        "fee_reason": B("Skäl för avgiften", "Reason for the fee"),
        "cancelled_at": B("Avbokad", "Cancelled"),
        "current_revision": B("Aktuell version", "Current revision"),
        # a study plan revision and its content
        "content": B("Innehåll", "Content"),
        "printed_at": B("Utskriven", "Printed"),
        "revision": B("Version", "Revision"),
        "goal_kind": B("Typ av mål", "Kind of goal"),
        "target_term": B("Starttermin för målet", "Start term of the goal"),
        "examen": B("Examen", "Examen"),
        "main_programme": B("Nationellt program", "National programme"),
        "pace": B("Studietakt (poäng per vecka)", "Pace (points a week)"),
        "scope_points": B("Omfattning (poäng)", "Scope (points)"),
        "agreed_on": B("Överenskommen", "Agreed on"),
        "guidance_offered_on": B("Vägledning erbjuden", "Guidance offered on"),
        "courses": B("Kurser", "Courses"),
        "activities": B("Aktiviteter", "Activities"),
        "introduction_course": B("Introduktionskurs", "Introduction course"),
        "study_technique": B("Studieteknik", "Study technique"),
        "mentor": B("Mentor", "Mentor"),
        "hogskoleprov_on": B("Högskoleprovet, datum", "Högskoleprovet, date"),
        "text": B("Text", "Text"),
        # retention rules (``rights retention``)
        "record_type": B("Typ av uppgifter", "Kind of records"),
        "keep_months": B("Antal månader att spara", "Months to keep"),
        "decision_reference": B("Beslut (hänvisning)", "Decision (reference)"),
        # the audit log about the learner
        "seq": B("Nummer", "Number"),
        "at": B("Tidpunkt", "Time"),
        "actor": B("Vem", "Who"),
        "action": B("Händelse", "Event"),
        "details": B("Detaljer", "Details"),
    }
)

# Stored code values that a person reads, by field.
VALUE_NAMES: Mapping[str, Mapping[str, Bilingual]] = MappingProxyType(
    {
        "gender": {
            "not_stated": B("Inte angivet", "Not stated"),
            "woman": B("Kvinna", "Woman"),
            "man": B("Man", "Man"),
            "other": B("Annat", "Other"),
        },
        "prior_education": {
            "unknown": B("Okänd", "Unknown"),
            "grundskola": B("Grundskola"),
            "upper_secondary_2": B("Gymnasieskola, 2 år", "Upper secondary, 2 years"),
            "upper_secondary_3": B("Gymnasieskola, 3 år", "Upper secondary, 3 years"),
            "folkhogskola": B("Folkhögskola"),
            "foreign": B("Utbildning utomlands", "Education abroad"),
        },
        "status": {  # a course record; a högskoleprov sitting
            "planned": B("Planerad", "Planned"),
            "ongoing": B("Pågående", "Ongoing"),
            "completed": B("Avslutad", "Completed"),
            "discontinued": B("Avbruten", "Discontinued"),
            "registered": B("Anmäld", "Registered"),
            "attended": B("Skrev provet", "Attended"),
            "absent": B("Skrev inte", "Absent"),
        },
        "event": {  # a line of the university's progress lists
            "registered": B("Registrerad (studerar)", "Registered (studying)"),
            "credits": B("Avklarade högskolepoäng", "Credits earned"),
            "completed": B("Fullföljd utbildning", "Completed"),
            "discontinued": B("Avbrott", "Discontinued"),
        },
        "response": {  # an invitation to an information meeting
            "accepted": B("Tackat ja", "Accepted"),
            "declined": B("Tackat nej", "Declined"),
        },
        "role": {"mentor": B("Mentor"), "fadder": B("Fadder")},
        "affiliation": {
            "learning_centre": B("Lärcentrum", "Lärcentrum"),
            "university": B("Student vid lärosätet", "University student"),
        },
        "provider": {
            "komvux": B("Komvux"),
            "folkhogskola": B("Folkhögskola"),
            "upper_secondary": B("Gymnasieskola", "Upper secondary school"),
            "other": B("Annan", "Other"),
        },
        "kind": {  # a contact
            "in_person": B("Personligt möte", "In person"),
            "phone": B("Telefon", "Phone"),
            "video": B("Video"),
            "email": B("E-post", "E-mail"),
            "text": B("Sms", "Text message"),
        },
        "preparation_kind": {kind.value: title for kind, title in PREPARATION_TITLES.items()},
        "goal_kind": {
            "programme": B("Program", "Programme"),
            "examen": B("Examen från komvux", "Examen from komvux"),
        },
        "protected_identity": {
            "none": B("Ingen", "None"),
            "sekretessmarkering": B("Sekretessmarkering"),
            "skyddad_folkbokforing": B("Skyddad folkbokföring"),
        },
    }
)

YES = B("Ja", "Yes")
NO = B("Nej", "No")
UNKNOWN = B("Okänt", "Unknown")


def field_name(key: str, language: Language) -> str:
    """The readable name of a field; an unknown key reads as its words (``a_b`` → "A b")."""
    known = FIELD_NAMES.get(key)
    if known is not None:
        return known.in_language(language)
    words = key.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def value_name(key: str, value: object, language: Language) -> str | None:
    """The readable form of a stored code value, or None when the field has no such table."""
    if isinstance(value, bool):
        return (YES if value else NO).in_language(language)
    names = VALUE_NAMES.get(key)
    if names is None or not isinstance(value, str):
        return None
    known = names.get(value)
    return known.in_language(language) if known is not None else None
