"""argparse's usage errors in Swedish with ``--language sv`` or a Swedish locale, and in
English with ``en`` (issue 14).

Each case runs ``cli.main`` in this process and reads stderr: the usage line, then one
``PROG: fel: …`` line whose words are checked with ``tests/ui/swedish_words.py``. A second
set builds argparse's own messages on the running Python (``exit_on_error=False``) and
checks that every template the translation relies on still matches them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

from larsam_desktop.cli import main as cli
from larsam_desktop.cli.argparse_texts import TEMPLATES, translate_error
from larsam_desktop.services.catalogue import Texts

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
from swedish_words import Seen, english_problems, swedish_problems
from test_cli_help_swedish import names_out

# argv → what the Swedish error line must say (besides being Swedish throughout).
ERRORS: dict[tuple[str, ...], str] = {
    ("plan", "pdf"): "ett av argumenten --learner --all krävs",
    ("plan", "pdf", "--learner", "1", "--all"): "inte tillåtet tillsammans med argumentet",
    ("import",): "följande argument krävs: TYP, FIL",
    ("demo",): "följande argument krävs: --learners",
    ("learners", "list", "--format", "x"): "argumentet --format: ogiltigt val: 'x'",
    ("learners", "lst"): "argumentet ÅTGÄRD: ogiltigt val: 'lst'",
    ("bogus",): "argumentet KOMMANDO: ogiltigt val: 'bogus'",
    ("check", "--zz"): "okända argument: --zz",
    ("demo", "--learners"): "argumentet --learners: ett värde förväntades",
    ("demo", "--learners", "x"): "ogiltigt värde 'x': ett heltal förväntades",
    ("learners", "list", "--s", "x"): "tvetydig flagga: --s kan vara",
    ("eligibility", "--on", "31/12"): "'31/12' är inget datum (ÅÅÅÅ-MM-DD)",
    ("courses", "demand", "--term", "HT27"): "'HT27' är ingen termin",
    ("stats", "merge", "--out", "x.csv"): "följande argument krävs: FIL",
}


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> list[str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert code == 2 and not out, (argv, code, out)
    return err.splitlines()


def error_line(lines: list[str]) -> str:
    found = [line for line in lines if ": fel: " in line or ": error: " in line]
    assert len(found) == 1, lines
    return found[0]


@pytest.mark.parametrize("argv", list(ERRORS), ids=" ".join)
def test_usage_errors_in_swedish(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    lines = run(capsys, [*argv, "--language", "sv"])
    assert lines[0].startswith("användning: larsam-desktop"), lines
    line = error_line(lines)
    assert line.startswith("larsam-desktop") and ": fel: " in line, line
    assert ERRORS[argv] in line, line
    seen = [Seen(names_out(text), " ".join(argv)) for text in lines]
    problems = swedish_problems(seen, frozenset(), {})
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("argv", list(ERRORS), ids=" ".join)
def test_usage_errors_in_english(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    lines = run(capsys, [*argv, "--language", "en"])
    assert lines[0].startswith("usage: larsam-desktop"), lines
    line = error_line(lines)
    assert ": error: " in line and ERRORS[argv] not in line, line
    problems = english_problems([Seen(text, " ".join(argv)) for text in lines], frozenset(), {})
    assert not problems, "\n".join(problems)


def test_the_locale_words_the_error_without_the_option(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LARSAM_LANGUAGE", "sv")
    assert ": fel: okända argument: --zz" in error_line(run(capsys, ["check", "--zz"]))
    # a --language that is no language: the complaint in the locale's language
    line = error_line(run(capsys, ["demo", "--learners", "1", "--language", "de"]))
    assert "argumentet --language: 'de' är varken sv eller en" in line
    monkeypatch.setenv("LARSAM_LANGUAGE", "en")
    line = error_line(run(capsys, ["demo", "--learners", "1", "--language", "de"]))
    assert "argument --language: 'de' is not sv or en" in line


def test_no_command_prints_the_usage_in_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    lines = run(capsys, ["--language", "sv"])
    assert lines[0].startswith("användning: larsam-desktop") and "KOMMANDO" in "".join(lines)


def argparse_messages() -> list[str]:
    """argparse's own error messages on this Python, made by argparse itself."""
    parser = argparse.ArgumentParser(prog="p", exit_on_error=False)
    parser.add_argument("--count", type=int)
    parser.add_argument("--colour", choices=("red", "blue"))
    parser.add_argument("--pair", nargs=2)
    parser.add_argument("--maybe", nargs="?", type=int)
    parser.add_argument("--many", nargs="+")
    parser.add_argument("--flag", action="store_true")
    parser.add_argument("--flap", action="store_true")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--a", action="store_true")
    group.add_argument("--b", action="store_true")
    parser.add_argument("name")
    tries = [
        ["--count", "x", "n"],
        ["--colour", "green", "n"],
        ["--pair", "1"],
        ["--count"],
        ["--many"],
        ["--fl", "n"],
        ["--a", "--b", "n"],
        ["--flag=yes", "n"],
        [],
    ]
    messages = []
    for argv in tries:
        try:
            parser.parse_args(argv)
        except argparse.ArgumentError as exc:
            messages.append(str(exc))
        except SystemExit:  # versions that still call error() for some of these
            continue
    required = argparse.ArgumentParser(prog="p", exit_on_error=False)
    choice = required.add_mutually_exclusive_group(required=True)
    choice.add_argument("--x", action="store_true")
    choice.add_argument("--y", action="store_true")
    for parser_ in (required,):
        try:
            parser_.parse_args([])
        except argparse.ArgumentError as exc:
            messages.append(str(exc))
        except SystemExit:
            continue
    return messages


def test_every_message_of_this_python_is_translated() -> None:
    messages = argparse_messages()
    assert len(messages) >= 6, messages
    swedish = Texts("sv")
    for message in messages:
        translated = translate_error(message, swedish)
        assert translated != message, f"argparse's {message!r} matches no template"
        problems = swedish_problems([Seen(names_out(translated), message)], frozenset(), {})
        assert not problems, problems
        assert translate_error(message, Texts("en")) == message  # English as argparse wrote it


def test_templates_fill_values_by_name_and_in_order() -> None:
    english = Texts("en")
    assert (
        translate_error("unrecognized arguments: --a b", english) == "unrecognized arguments: --a b"
    )
    swedish = Texts("sv")
    inner = "argument --x: invalid choice: 'q' (choose from 'a', 'b')"
    assert (
        translate_error(inner, swedish) == "argumentet --x: ogiltigt val: 'q' (välj bland 'a', 'b')"
    )
    assert translate_error("something argparse never said", swedish) == (
        "something argparse never said"
    )
    assert len(set(TEMPLATES)) == len(TEMPLATES)
