"""A connection profile's address is built before the window's first paint without
SQLAlchemy (issue 19): it must be exactly the address SQLAlchemy would write."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import URL, make_url

from larsam_desktop.services.connection_profile import ConnectionProfile

PROFILES = [
    ConnectionProfile("db.kommun.se", "larsam", "karin", 5433, "verify-full", "/etc/ca.pem"),
    ConnectionProfile("", "larsam", "", 5432),
    ConnectionProfile("::1", "lär sam/x", "anna+b", 5432, "disable"),
    ConnectionProfile("10.0.0.2", "larsam", "o'brien@x", 6432, "", "C:\\certs\\ca rot.pem"),
]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("password", [None, "", "hä:m/l@i?g t%&+"])
def test_the_profile_address_is_sqlalchemys(
    profile: ConnectionProfile, password: str | None
) -> None:
    query = {"sslmode": profile.sslmode, "sslrootcert": profile.sslrootcert}
    expected = URL.create(
        "postgresql+psycopg",
        username=profile.user or None,
        password=password or None,
        host=profile.host or None,
        port=profile.port,
        database=profile.database,
        query={k: v for k, v in query.items() if v},
    )
    written = profile.url(password)
    assert written == expected.render_as_string(hide_password=False)
    if profile.user:  # read back: the same parts (without a user there is no password)
        assert make_url(written) == expected
