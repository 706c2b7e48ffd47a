"""The one atomic-file API: the old file or the new, never half; nothing left behind."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path
from typing import IO

import pytest

from larsam_desktop.services import atomic_file as output
from larsam_desktop.storage import atomic_file, crash_points, journal
from larsam_desktop.storage.atomic_file import atomic_output, write_atomically


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


def test_bytes_text_and_a_writer_function(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    write_atomically(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    write_atomically(target, "Åsa Öberg\n")
    assert target.read_text(encoding="utf-8") == "Åsa Öberg\n"

    def writer(stream: IO[bytes]) -> None:
        stream.write(b"one ")
        stream.write(b"two")

    write_atomically(target, writer)
    assert target.read_bytes() == b"one two"
    assert _leftovers(tmp_path) == []


def test_private_by_default_else_readable(tmp_path: Path) -> None:
    private, shared = tmp_path / "private.txt", tmp_path / "shared.txt"
    write_atomically(private, "x")
    write_atomically(shared, "x", private=False)
    assert private.stat().st_mode & 0o777 == 0o600
    assert shared.stat().st_mode & 0o777 == 0o644


def test_the_old_file_stays_until_the_new_one_is_complete(tmp_path: Path) -> None:
    target = tmp_path / "manifest.json"
    target.write_text("old", encoding="utf-8")
    seen: list[str] = []

    def failing(stream: IO[bytes]) -> None:
        seen.append(target.read_text(encoding="utf-8"))  # never removed first
        stream.write(b"half")
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError, match="cancelled"):
        write_atomically(target, failing)
    assert seen == ["old"]
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_a_failing_replace_removes_the_temporary_and_raises_oserror(tmp_path: Path) -> None:
    target = tmp_path / "is-a-folder"
    (target / "inside").mkdir(parents=True)
    with pytest.raises(OSError):
        write_atomically(target, "x")
    assert _leftovers(tmp_path) == []
    assert (target / "inside").is_dir()


def test_file_and_folder_are_synced_then_the_step_is_reached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_file, real_folder = atomic_file.fsync_file, atomic_file.fsync_directory

    def sync_file(path: Path) -> None:
        events.append("file" if path.name.endswith(".partial") else f"file {path.name}")
        real_file(path)

    def sync_folder(folder: Path) -> None:
        events.append(f"folder replaced={(tmp_path / 'a.txt').exists()}")
        real_folder(folder)

    monkeypatch.setattr(atomic_file, "fsync_file", sync_file)
    monkeypatch.setattr(atomic_file, "fsync_directory", sync_folder)
    step_log = tmp_path / "steps.log"
    monkeypatch.setenv(crash_points.STEP_LOG_ENV, str(step_log))
    crash_points.reset()
    with atomic_output(tmp_path / "a.txt", step="test.a-written") as temporary:
        temporary.write_text("a", encoding="utf-8")
    assert events == ["file", "folder replaced=True"]
    assert step_log.read_text(encoding="utf-8") == "test.a-written-temporary\ntest.a-written\n"


def test_a_temporary_beside_a_data_folder_is_journalled_while_it_exists(tmp_path: Path) -> None:
    data, chosen = tmp_path / "data", tmp_path / "chosen"
    data.mkdir()
    chosen.mkdir()
    with atomic_output(chosen / "a.csv", data_dir=data) as temporary:
        (named,) = journal.named_files(data)
        assert named == temporary and temporary.name.startswith(".a.csv.")
        temporary.write_text("a", encoding="utf-8")
    assert journal.named_files(data) == set()
    assert [p.name for p in chosen.iterdir()] == ["a.csv"]


def test_killed_right_after_the_step_the_new_file_is_complete(tmp_path: Path) -> None:
    """The process boundary is the point: ``os._exit`` at the crash point."""
    target = tmp_path / "settings.json"
    target.write_text("old", encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; "
        "from larsam_desktop.storage.atomic_file import write_atomically; "
        "write_atomically(Path(sys.argv[1]), 'new', step='test.saved'); print('not reached')"
    )
    env = {crash_points.DIE_AFTER_ENV: "test.saved"}
    result = subprocess.run(
        [sys.executable, "-c", code, str(target)],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
        check=False,
    )
    assert result.returncode == crash_points.KILLED_EXIT, result.stderr
    assert "not reached" not in result.stdout
    assert target.read_text(encoding="utf-8") == "new"
    assert _leftovers(tmp_path) == []


def test_for_a_person_a_missing_folder_or_a_folder_target_is_refused_first(
    tmp_path: Path,
) -> None:
    with pytest.raises(output.OutputNotWritable) as missing:
        output.write_atomically(tmp_path / "no" / "r.csv", "x")
    assert missing.value.template == "The folder {folder} does not exist."
    assert missing.value.params == {"folder": str(tmp_path / "no")}
    with pytest.raises(output.OutputNotWritable, match="is a folder"):
        output.write_atomically(tmp_path, "x")
    with (
        pytest.raises(output.OutputNotWritable, match="is a folder"),
        output.atomic_output(tmp_path),
    ):
        pytest.fail("the block must not run")


def test_for_a_person_oserrors_become_calm_messages(tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    cases = {
        errno.EACCES: f"Cannot write {target}: no permission to write in {tmp_path}.",
        errno.ENOSPC: f"Cannot write {target}: the disk is full.",
        errno.EROFS: f"Cannot write {target}: the disk is read-only.",
        errno.EIO: f"Cannot write {target}: the disk could not be read or written.",
        errno.ENOENT: f"Cannot write {target}: a folder on its way does not exist.",
        errno.ENOTDIR: f"Cannot write {target}: a part of the path is not a folder.",
        # No sentence of its own: the system's code, never its English words (issue 14).
        errno.EBADF: f"Cannot write {target} (system error EBADF).",
    }
    for number, message in cases.items():
        error = output.not_writable(target, OSError(number, os.strerror(number)))
        assert error.message == message
        assert "{" in error.template  # translated as a template, filled in afterwards
        assert os.strerror(number) not in error.message


def test_for_a_person_a_failure_inside_the_block_is_mapped_and_cleaned_up(
    tmp_path: Path,
) -> None:
    target = tmp_path / "export.xlsx"
    with (
        pytest.raises(output.OutputNotWritable, match="the disk is full"),
        output.atomic_output(target),
    ):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
