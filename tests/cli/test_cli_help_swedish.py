"""Every command's ``--help`` in Swedish, and in English without Swedish left in (issue 14).

The commands are not listed here: the parser is walked, so a new command or action is
checked as soon as it is registered. Each help is printed by ``cli.main`` in this process
(``--help`` exits through argparse as a person sees it) and read with the checker of
``tests/ui/swedish_words.py``: in Swedish every word must be Swedish catalogue text, in
English no Swedish word may be left (domain terms excepted).

Names stay English by contract and are taken out before the check: option names
(``--learner``), command names, the values an option accepts (``{text,json,csv}``,
``'template'``) and keys (``given_name``, JSON keys in quotes).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from larsam_desktop.cli import main as cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
from swedish_words import (
    SNAKE,
    Seen,
    english_problems,
    swedish_problems,
)

# Names of files and tools a help text mentions: the same in every language.
TOOL_NAMES = frozenset({"ini", "pgpass", "psycopg"})


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def command_paths(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    """Every command and action under ``parser``, the root (``()``) first."""
    yield path
    for name, child in subcommands(parser).items():
        yield from command_paths(child, (*path, name))


def names_of(parser: argparse.ArgumentParser) -> set[str]:
    """Command names and accepted values anywhere in the tree: names, not prose."""
    names: set[str] = set()
    for action in parser._actions:
        names.update(str(choice) for choice in action.choices or ())
    for child in subcommands(parser).values():
        names |= names_of(child)
    return names


ROOT = cli.build_parser((), "en")
PATHS = list(command_paths(ROOT))
NAMES = names_of(ROOT)
NAME_WORDS = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True))
    + r")(?![\w-])"
)


def names_out(text: str) -> str:
    """``text`` without what stays English on purpose (see the module's docstring)."""
    text = re.sub(r"\{[^{}\s]*\}", " ", text)  # {text,json,csv}
    text = re.sub(r"(?<![\w-])--?[\w-]+", " ", text)  # option names
    text = re.sub(r"\"[^\"]*\"|'[^']*'", " ", text)  # JSON keys, quoted values
    text = SNAKE.sub(" ", text)  # column keys: given_name, stage_since
    text = NAME_WORDS.sub(" ", text)  # learners list, stats threshold
    return " ".join(w for w in text.split() if w.lower() not in TOOL_NAMES)


def help_text(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0 and not err, (argv, code, err)
    assert out.strip(), argv
    return out


def where(path: tuple[str, ...]) -> str:
    return " ".join(("larsam-desktop", *path, "--help"))


def test_the_walk_finds_the_commands_and_their_actions() -> None:
    assert len(PATHS) > 40  # every command and its actions, none listed by hand
    for path in (
        ("learners", "list"),
        ("stats", "export"),
        ("team", "add-coach"),
        ("hold", "lift"),
    ):
        assert path in PATHS


def test_every_help_in_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[Seen] = []
    for path in PATHS:
        text = help_text(capsys, *path, "--help", "--language", "sv")
        assert text.startswith("användning: larsam-desktop"), (path, text[:80])
        assert "flaggor:" in text and "visa den här hjälptexten och avsluta" in text, path
        seen += [Seen(names_out(line), where(path)) for line in text.splitlines() if line.strip()]
    problems = swedish_problems(seen, frozenset(), {})
    assert not problems, "English in Swedish --help:\n" + "\n".join(problems[:80])


def test_every_help_in_english_without_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[Seen] = []
    for path in PATHS:
        text = help_text(capsys, *path, "--help", "--language", "en")
        assert text.startswith("usage: larsam-desktop"), (path, text[:80])
        seen += [Seen(line, where(path)) for line in text.splitlines() if line.strip()]
    problems = english_problems(seen, frozenset(), {})
    assert not problems, "Swedish in English --help:\n" + "\n".join(problems[:80])


def test_the_checker_sees_english_help(capsys: pytest.CaptureFixture[str]) -> None:
    """The Swedish check fails on the English help: it cannot pass by seeing nothing."""
    text = help_text(capsys, "learners", "list", "--help", "--language", "en")
    seen = [Seen(names_out(line), "en") for line in text.splitlines() if line.strip()]
    assert len(swedish_problems(seen, frozenset(), {})) >= 5


def test_metavars_are_in_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    """Placeholders are Swedish; the option names before them stay English."""
    text = help_text(capsys, "--language", "sv", "backup", "restore", "--help")
    assert "--language sv|en" in text and re.search(r"\bFIL\b", text)
    assert not re.search(r"\b(FILE|ACTION|COMMAND|DIR)\b", text)
    root = help_text(capsys, "--language", "sv", "--help")
    assert "KOMMANDO" in root and "--data-dir MAPP" in root and "positionsargument:" in root
    assert "visa programmets versionsnummer och avsluta" in root


def test_the_locale_chooses_swedish_without_the_option(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LARSAM_LANGUAGE", "sv")
    assert help_text(capsys, "plan", "draft", "--help").startswith("användning:")
    # the option wins over the locale, before or after the command
    assert help_text(capsys, "plan", "draft", "--help", "--language", "en").startswith("usage:")
    assert help_text(capsys, "--language=en", "check", "--help").startswith("usage:")
    monkeypatch.setenv("LARSAM_LANGUAGE", "en")
    assert help_text(capsys, "--lang", "sv", "check", "--help").startswith("användning:")
