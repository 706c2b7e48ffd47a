"""The columns a list of learners or of admitted students may have, and the header texts
that name them (Swedish and English, folded by ``domain.importing.fold_header``)."""

from __future__ import annotations

from enum import StrEnum


class ImportKind(StrEnum):
    LEARNERS = "learners"
    ADMITTED = "admitted"  # the university's list of admitted students


class Column(StrEnum):
    PERSONNUMMER = "personnummer"
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    FULL_NAME = "name"
    BIRTH_DATE = "birth_date"
    EMAIL = "email"
    PHONE = "phone"
    STREET_ADDRESS = "street_address"
    POSTAL_CODE = "postal_code"
    CITY = "city"
    MUNICIPALITY = "municipality"
    PROGRAMME = "programme"
    TERM = "term"


# Header texts after folding (see fold_header), per column; the first match wins.
HEADER_ALIASES: dict[Column, tuple[str, ...]] = {
    Column.PERSONNUMMER: (
        "personnummer",
        "personnr",
        "pnr",
        "personnummersamordningsnummer",
        "personalidentitynumber",
        "personalnumber",
        "civicregistrationnumber",
        "identitynumber",
        "ssn",
    ),
    Column.GIVEN_NAME: ("fornamn", "tilltalsnamn", "firstname", "givenname", "forename"),
    Column.FAMILY_NAME: ("efternamn", "lastname", "surname", "familyname"),
    Column.FULL_NAME: ("namn", "name", "fulltnamn", "fullstandigtnamn", "fullname"),
    Column.BIRTH_DATE: ("fodelsedatum", "birthdate", "dateofbirth"),
    Column.EMAIL: ("epost", "epostadress", "mejl", "mail", "email", "emailaddress"),
    Column.PHONE: ("telefon", "telefonnummer", "tel", "mobil", "mobilnummer", "phone", "mobile"),
    Column.STREET_ADDRESS: ("adress", "gatuadress", "utdelningsadress", "address", "street"),
    Column.POSTAL_CODE: ("postnummer", "postnr", "postalcode", "zipcode", "zip"),
    Column.CITY: ("ort", "postort", "city", "town"),
    Column.MUNICIPALITY: ("kommun", "hemkommun", "kommunkod", "municipality", "homemunicipality"),
    Column.PROGRAMME: (
        "program",
        "programnamn",
        "programkod",
        "utbildning",
        "programme",
        "programmename",
        "programcode",
        "kodkurspaketeringstillfalle",
        "kurspaketering",
    ),
    Column.TERM: ("termin", "starttermin", "antagningstermin", "term", "startterm", "semester"),
}

REQUIRED: dict[ImportKind, tuple[tuple[Column, ...], ...]] = {
    # Each inner tuple: at least one of these columns must be mapped.
    ImportKind.LEARNERS: (
        (Column.GIVEN_NAME, Column.FULL_NAME),
        (Column.FAMILY_NAME, Column.FULL_NAME),
        (Column.PERSONNUMMER, Column.BIRTH_DATE),
    ),
    ImportKind.ADMITTED: ((Column.PERSONNUMMER,), (Column.PROGRAMME,), (Column.TERM,)),
}
