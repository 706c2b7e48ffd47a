"""Schema creation, upgrade with a backup first, and refusal of a newer schema."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import open_store
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.errors import DatabaseCorrupt, SchemaTooNew
from larsam_desktop.storage.schema import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    SchemaAction,
    alembic_config,
    current_revision,
    head_revision,
    prepare_schema,
)
from larsam_desktop.storage.tables import Base


def test_head_constant_matches_the_migration_scripts() -> None:
    assert head_revision() == HEAD_REVISION


def test_a_new_database_is_created_and_stamped(paths: AppPaths, database_url: str | None) -> None:
    store = open_store(paths, database_url)
    assert store.schema.action is SchemaAction.CREATED
    assert current_revision(store.database) == HEAD_REVISION
    store.database.dispose()
    again = open_store(paths, database_url)
    assert again.schema.action is SchemaAction.CURRENT
    again.database.dispose()


def test_running_the_migrations_gives_exactly_the_mapped_schema(
    paths: AppPaths, database_url: str | None
) -> None:
    """create_all (new databases) and the migration chain (old ones) must agree."""
    from alembic import command

    paths.ensure()
    database = Database(database_url) if database_url else Database.for_file(paths.database)
    config = alembic_config(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
    database.dispose()


def _migrations_with_extra_revision(tmp_path: Path) -> Path:
    """A copy of the real migrations plus a newer revision that adds a column."""
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_test_upgrade.py").write_text(
        f'''
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{HEAD_REVISION}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("learner") as batch:
        batch.add_column(sa.Column("test_upgrade_marker", sa.String(10), nullable=True))


def downgrade():
    with op.batch_alter_table("learner") as batch:
        batch.drop_column("test_upgrade_marker")
''',
        encoding="utf-8",
    )
    return scripts


def test_an_older_database_is_backed_up_then_upgraded_keeping_its_data(
    paths: AppPaths, tmp_path: Path
) -> None:
    store = open_store(paths)
    LearnerService(store.database).create(
        LearnerDraft(given_name="Åsa", family_name="Öberg", personnummer="19900101-9802")
    )
    store.database.dispose()

    database = Database.for_file(paths.database)
    result = prepare_schema(
        database,
        backups_dir=paths.backups,
        script_location=_migrations_with_extra_revision(tmp_path),
    )
    assert result.action is SchemaAction.UPGRADED
    assert (result.previous_revision, result.revision) == (HEAD_REVISION, "9999")
    assert result.backup is not None and result.backup.exists()
    with database.engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("learner")}
        names = connection.execute(text("SELECT given_name FROM learner")).scalars().all()
    assert "test_upgrade_marker" in columns
    assert names == ["Åsa"]
    database.dispose()
    # The backup is a complete database at the old revision, readable on its own.
    with sqlite3.connect(result.backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
        assert backup.execute("SELECT family_name FROM learner").fetchall() == [("Öberg",)]
        assert backup.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_a_database_from_a_newer_program_is_refused_untouched(
    paths: AppPaths, database_url: str | None
) -> None:
    store = open_store(paths, database_url)
    with store.database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'fffffffff'"))
    store.database.dispose()
    with pytest.raises(SchemaTooNew, match="newer version"):
        open_store(paths, database_url)
    database = Database(database_url) if database_url else Database.for_file(paths.database)
    assert current_revision(database) == "fffffffff"
    database.dispose()


def test_tables_without_a_schema_version_are_not_guessed_at(paths: AppPaths) -> None:
    paths.ensure()
    database = Database.for_file(paths.database)
    Base.metadata.create_all(database.engine)
    with pytest.raises(DatabaseCorrupt, match="no schema version"):
        prepare_schema(database, backups_dir=paths.backups)
    database.dispose()


def test_a_database_at_0001_with_a_learner_upgrades_to_head_keeping_it(paths: AppPaths) -> None:
    from alembic import command

    from larsam_desktop.domain.courses.records import CourseRecordDraft
    from larsam_desktop.services.courses import CourseRecordService
    from larsam_desktop.services.eligibility_data import load_eligibility_data

    paths.ensure()
    database = Database.for_file(paths.database)
    config = alembic_config(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO learner (id, version, given_name, family_name, personnummer, "
                "birth_date, birth_year, gender, prior_education, protected_identity, "
                "search_text, name_sort, created_at, updated_at) VALUES (7, 1, 'Åsa', 'Öberg', "
                "'199001019802', '1990-01-01', 1990, 'woman', 'unknown', 'none', "
                "'åsa öberg 199001019802', 'oberg asa', '2026-01-01 00:00:00', "
                "'2026-01-01 00:00:00')"
            )
        )
    database.dispose()

    store = open_store(paths)
    assert store.schema.action is SchemaAction.UPGRADED
    assert (store.schema.previous_revision, store.schema.revision) == ("0001", HEAD_REVISION)
    assert store.schema.backup is not None and store.schema.backup.exists()
    learner = LearnerService(store.database).get(7)
    assert (learner.data.given_name, learner.data.family_name) == ("Åsa", "Öberg")
    service = CourseRecordService(store.database, load_eligibility_data())
    service.add(7, CourseRecordDraft(code="SVESVE01", grade="E"))
    assert [r.record.code for r in service.records(7)] == ["SVESVE01"]
    with store.database.unit_of_work() as uow:  # the migrated foreign key cascades too
        uow.session.execute(text("DELETE FROM learner WHERE id = 7"))
    with store.database.unit_of_work() as uow:
        assert uow.session.execute(text("SELECT count(*) FROM course_record")).scalar() == 0
    store.database.dispose()


def test_upgrading_to_0003_copies_each_learners_current_stage(paths: AppPaths) -> None:
    """Learners with steps recorded under 0002 get learner.stage/stage_since from them."""
    from alembic import command

    paths.ensure()
    database = Database.for_file(paths.database)
    config = alembic_config(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        for learner_id in (1, 2):
            connection.execute(
                text(
                    "INSERT INTO learner (id, version, given_name, family_name, birth_date, "
                    "birth_year, gender, prior_education, protected_identity, search_text, "
                    "name_sort, created_at, updated_at) VALUES (:id, 1, 'A', 'B', '1990-01-01', "
                    "1990, 'woman', 'unknown', 'none', 'a b', 'b a', '2026-01-01 00:00:00', "
                    "'2026-01-01 00:00:00')"
                ),
                {"id": learner_id},
            )
        for step_id, stage, on in (
            (1, "komvux", "2025-01-10"),
            (2, "preparation", "2025-08-01"),
            (3, "grundlaggande", "2025-08-01"),
        ):
            connection.execute(
                text(
                    "INSERT INTO pathway_transition (id, learner_id, stage, preparation_kind, "
                    "on_date, recorded_by, created_at) VALUES (:id, 1, :stage, :kind, :on, 'K', "
                    "'2026-01-01 00:00:00')"
                ),
                {
                    "id": step_id,
                    "stage": stage,
                    "on": on,
                    "kind": "basar" if stage == "preparation" else None,
                },
            )
    database.dispose()

    store = open_store(paths)
    with store.database.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT id, stage, stage_since FROM learner ORDER BY id")
        ).all()
    assert [(r[0], r[1], str(r[2]) if r[2] else None) for r in rows] == [
        (1, "grundlaggande", "2025-08-01"),
        (2, None, None),
    ]
    store.database.dispose()
