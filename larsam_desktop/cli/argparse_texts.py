"""argparse in the command's language: usage, headings, metavars and its error messages.

argparse writes its own texts (``usage:``, ``options``, ``the following arguments are
required: …``) in English through ``gettext`` at the moment it formats them. Swapping
``argparse._`` would change a standard module for the whole process, and a Python that
fetches gettext differently would silently undo it. Instead :class:`LocalizedParser` sets
what argparse lets a caller set (group titles, the ``-h`` help, the usage prefix through
the formatter's public ``add_usage``), and :func:`translate_error` reads argparse's finished
English error message back against the templates argparse uses (3.11–3.14 spellings) and
writes the catalogue's sentence with the same values. A message it does not know stays as
argparse wrote it; tests/cli/test_cli_errors_swedish.py names every one we rely on.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from typing import Any, NoReturn, TypeVar

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.errors import fill
from larsam_desktop.services.catalogue import QT_TRANSLATE_NOOP, Texts

# argparse's own templates, exactly as argparse spells them (the English side of the
# catalogue); %(name)s, %(name)r and %s are the values argparse fills in.
TEMPLATES = (
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP(
        "Argparse",
        "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)",
    ),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
)
# The type names argparse puts in "invalid %(type)s value" (the function's __name__).
TYPE_NAMES = {
    "int": QT_TRANSLATE_NOOP("ArgparseType", "int"),
    "float": QT_TRANSLATE_NOOP("ArgparseType", "float"),
    "Path": QT_TRANSLATE_NOOP("ArgparseType", "Path"),
}
# Placeholders of values in the help (option names stay English; these are not names).
METAVARS = (
    QT_TRANSLATE_NOOP("CliMetavar", "COMMAND"),
    QT_TRANSLATE_NOOP("CliMetavar", "ACTION"),
    QT_TRANSLATE_NOOP("CliMetavar", "FILE"),
    QT_TRANSLATE_NOOP("CliMetavar", "FILE.ics"),
    QT_TRANSLATE_NOOP("CliMetavar", "FILE.pdf"),
    QT_TRANSLATE_NOOP("CliMetavar", "FILE.xlsx"),
    QT_TRANSLATE_NOOP("CliMetavar", "DIR"),
    QT_TRANSLATE_NOOP("CliMetavar", "PATH"),
    QT_TRANSLATE_NOOP("CliMetavar", "TEXT"),
    QT_TRANSLATE_NOOP("CliMetavar", "NAME"),
    QT_TRANSLATE_NOOP("CliMetavar", "TARGET"),
    QT_TRANSLATE_NOOP("CliMetavar", "PERIOD"),
    QT_TRANSLATE_NOOP("CliMetavar", "TERM"),
    QT_TRANSLATE_NOOP("CliMetavar", "CODE"),
    QT_TRANSLATE_NOOP("CliMetavar", "GROUP"),
    QT_TRANSLATE_NOOP("CliMetavar", "TYPE"),
    QT_TRANSLATE_NOOP("CliMetavar", "COLUMN=HEADER,…"),
    QT_TRANSLATE_NOOP("CliMetavar", "YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("CliMetavar", "CONTACT"),
    QT_TRANSLATE_NOOP("CliMetavar", "LOGIN"),
)
_KNOWN_METAVARS = frozenset(METAVARS)

_ActionT = TypeVar("_ActionT", bound=argparse.Action)
_PLACEHOLDER = re.compile(r"%\((\w+)\)[sr]|%[sr]")


@functools.cache
def _pattern(template: str) -> re.Pattern[str]:
    """``template`` as a pattern whose groups are its values, in order."""
    pieces = [
        re.escape(part) if index % 2 == 0 else "(.+?)"
        for index, part in enumerate(re.split(r"(%\(\w+\)[sr]|%[sr])", template))
    ]
    return re.compile("".join(pieces) + r"\Z", re.DOTALL)


def _name(placeholder: str) -> str:
    """``%(value)r`` → ``value``; ``%s`` → ``""``."""
    found = _PLACEHOLDER.fullmatch(placeholder)
    return (found.group(1) or "") if found else ""


def translate_error(message: str, texts: Texts) -> str:
    """argparse's English ``message`` in ``texts``' language (unknown messages unchanged).

    The values argparse filled in are kept as they are, but an inner message (``argument
    X: …``) is translated in turn, and a type's name is the catalogue's."""
    for template in TEMPLATES:
        match = _pattern(template).match(message)
        if match is None:
            continue
        names = [_name(found.group(0)) for found in _PLACEHOLDER.finditer(template)]
        values = [
            _value(name, value, texts) for name, value in zip(names, match.groups(), strict=True)
        ]
        return _fill(texts.translate("Argparse", template), names, values)
    return message


def _fill(template: str, names: list[str], values: list[str]) -> str:
    """``template`` with named placeholders by name (a translation may reorder them), plain
    ``%s`` ones in order."""
    named = {name: value for name, value in zip(names, values, strict=True) if name}
    plain = iter([value for name, value in zip(names, values, strict=True) if not name])

    def put(found: re.Match[str]) -> str:
        name = found.group(1)
        return named.get(name, found.group(0)) if name else next(plain, found.group(0))

    return _PLACEHOLDER.sub(put, template)


def _value(name: str, value: str, texts: Texts) -> str:
    if name == "message":
        return translate_error(value, texts)
    if name == "type" and value in TYPE_NAMES:
        return texts.translate("ArgparseType", TYPE_NAMES[value])
    return value


def translate_metavar(metavar: str, texts: Texts) -> str:
    return texts.translate("CliMetavar", metavar) if metavar in _KNOWN_METAVARS else metavar


class LocalizedFormatter(argparse.HelpFormatter):
    """Help in the parser's language: the ``usage:`` prefix comes from the catalogue."""

    language: Language = "en"

    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = Texts(self.language).translate("Argparse", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


@functools.cache
def formatter_for(language: Language) -> type[LocalizedFormatter]:
    return type(f"LocalizedFormatter_{language}", (LocalizedFormatter,), {"language": language})


class LocalizedParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose every text a person reads is in ``language`` (default:
    the running command's, see ``output.command_language``). Its sub-commands' parsers are
    of this class too, in the same language."""

    def __init__(self, *args: Any, language: Language | None = None, **kwargs: Any) -> None:
        from larsam_desktop.cli.output import command_language

        self.language: Language = language or command_language()
        self.texts = Texts(self.language)
        kwargs.setdefault("formatter_class", formatter_for(self.language))
        add_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False  # ours below, its help in the language
        super().__init__(*args, **kwargs)
        self._positionals.title = self.texts.translate("Argparse", "positional arguments")
        self._optionals.title = self.texts.translate("Argparse", "options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=self.texts.translate("Argparse", "show this help message and exit"),
            )

    def _add_action(self, action: _ActionT) -> _ActionT:
        # Every argument, a mutually exclusive group's too, passes here: its metavar in the
        # language (the option's name stays English).
        if isinstance(action.metavar, str):
            action.metavar = translate_metavar(action.metavar, self.texts)
        return super()._add_action(action)

    def add_subparsers(self, **kwargs: Any) -> Any:
        if isinstance(kwargs.get("metavar"), str):
            kwargs["metavar"] = translate_metavar(kwargs["metavar"], self.texts)
        kwargs.setdefault("parser_class", functools.partial(type(self), language=self.language))
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        """The usage and one line ``PROG: fel: …`` on stderr, exit 2 (as argparse does)."""
        self.print_usage(sys.stderr)
        line = self.texts.translate("Argparse", "{prog}: error: {message}")
        text = fill(line, {"prog": self.prog, "message": translate_error(message, self.texts)})
        self.exit(2, text + "\n")
