"""Writing results: UTF-8 on every platform, errors as one calm line on stderr, in the
command's language (``--language sv|en``, default the locale)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, TextIO

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.errors import UserError, ValidationError

if TYPE_CHECKING:
    from larsam_desktop.services.catalogue import Texts


def stdout() -> TextIO:
    stream = sys.stdout
    if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
        stream.reconfigure(encoding="utf-8")
    return stream


_command_language: list[Language] = []  # the running command's language (set by main)


def use_language(language: Language | None) -> None:
    """The language of ``fail``'s prefix for the command now running (``None``: none runs)."""
    _command_language.clear()
    if language is not None:
        _command_language.append(language)


@contextmanager
def speaking(language: Language) -> Iterator[None]:
    """``language`` as the command's while the parser is built or parses (its help texts and
    option checks read it); whatever was set before is set again afterwards."""
    previous = list(_command_language)
    use_language(language)
    try:
        yield
    finally:
        _command_language[:] = previous


def command_language() -> Language:
    """The running command's language (``--language``, else the locale)."""
    from larsam_desktop.services.catalogue import locale_language

    return _command_language[0] if _command_language else locale_language()


def cli_texts() -> Texts:
    """The catalogue in the running command's language: help texts while the parser is
    built (main picks the language from the command line before argparse reads it)."""
    from larsam_desktop.services.catalogue import Texts

    return Texts(command_language())


def argv_language(argv: Sequence[str]) -> Language:
    """The language a command line asks for, read before argparse reads it (its help and
    errors are written in it): ``--language sv``/``--language=sv`` (or a prefix argparse
    would take, ``--lang``), else the locale. A value that is no language: the locale."""
    from larsam_desktop.services.catalogue import locale_language, parse_language

    words = list(argv)
    for index, word in enumerate(words):
        if word == "--":
            break
        name, equals, value = word.partition("=")
        if len(name) >= len("--lan") and "--language".startswith(name):
            if not equals:
                value = words[index + 1] if index + 1 < len(words) else ""
            try:
                return parse_language(value)
            except UserError:
                break
    return locale_language()


def fail(message: str, code: int = 1, language: Language | None = None) -> int:
    """``message`` (already in the language) after the translated error prefix, on stderr."""
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.catalogue import Texts, locale_language

    chosen = language or (_command_language[0] if _command_language else locale_language())
    line = Texts(chosen).translate("CliOutput", "larsam-desktop: error: {message}")
    print(fill(line, {"message": message}), file=sys.stderr)
    return code


def language_type(text: str) -> Language:
    """``--language``'s parser: sv or en (``sv_SE``, ``Svenska`` too)."""
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.catalogue import parse_language

    try:
        return parse_language(text)
    except UserError:
        message = cli_texts().translate("CliOutput", "{value} is not sv or en")
        raise argparse.ArgumentTypeError(fill(message, {"value": repr(text)})) from None


def os_reason(exc: OSError, language: Language | None = None) -> str:
    """Why a file could not be read or written, in the command's language: a sentence for
    the usual causes, else the system's code (``systemfel EBADF``), never its English."""
    import errno

    from larsam_desktop.services.catalogue import Texts

    texts = Texts(language) if language else cli_texts()
    if exc.errno == errno.ENOENT:
        return texts.translate("CliOutput", "it does not exist")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return texts.translate("CliOutput", "access is refused")
    if exc.errno == errno.EISDIR:
        return texts.translate("CliOutput", "it is a folder")
    if exc.errno == errno.ENOTDIR:
        return texts.translate("CliOutput", "a part of the path is not a folder")
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return texts.translate("CliOutput", "the disk is full")
    if exc.errno == errno.EROFS:
        return texts.translate("CliOutput", "the disk is read-only")
    if exc.errno == errno.EIO:
        return texts.translate("CliOutput", "the disk could not be read or written")
    from larsam_desktop.domain.errors import fill

    code = errno.errorcode.get(exc.errno or 0, str(exc.errno or "?"))
    return fill(texts.translate("CliOutput", "system error {code}"), {"code": code})


def iso_date(text: str) -> date:
    """A ``YYYY-MM-DD`` option's parser; its complaint in the command's language."""
    from larsam_desktop.domain.errors import fill

    try:
        return date.fromisoformat(text)
    except ValueError:
        message = cli_texts().translate("CliOutput", "{value} is not a date (YYYY-MM-DD)")
        raise argparse.ArgumentTypeError(fill(message, {"value": repr(text)})) from None


def add_language_option(parser: argparse.ArgumentParser, dest: str = "language") -> None:
    """``--language sv|en`` for a command that writes text (default: the locale)."""
    parser.add_argument(
        "--language",
        dest=dest,
        type=language_type,
        default=None,
        metavar="sv|en",
        help=cli_texts().translate(
            "CliHelp", "the language of the output and its messages (default: the locale)"
        ),
    )


def language_of(args: argparse.Namespace) -> Language:
    """The command's language: ``--language``, else the locale (``LARSAM_LANGUAGE``, ``LANG``)."""
    from larsam_desktop.services.catalogue import locale_language

    for chosen in (getattr(args, "language", None), getattr(args, "root_language", None)):
        if chosen in ("sv", "en"):
            return chosen  # type: ignore[no-any-return]
    return locale_language()


def error_text(error: UserError, language: Language) -> str:
    """A ``UserError`` in the language, each field of a ``ValidationError`` named."""
    from larsam_desktop.domain.field_names import field_name
    from larsam_desktop.services.catalogue import Texts

    texts = Texts(language)
    if isinstance(error, ValidationError):
        return "; ".join(
            texts.field_error(e).rstrip(".")
            if e.field in ("file", "mapping", "details")
            else f"{field_name(e.field, language)}: {texts.field_error(e).rstrip('.')}"
            for e in error.errors
        )
    return texts.error(error)


def fail_error(error: UserError, language: Language, code: int = 1) -> int:
    """Print a ``UserError`` translated through the catalogue, as one line."""
    return fail(error_text(error, language), code, language)
