"""Translation tasks: refresh the Qt Linguist files from the code, and compile them.

    python packaging/translations.py update    # dynamic_messages.py, then lupdate → larsam_sv.ts
    python packaging/translations.py build     # pyside6-lrelease → larsam_sv.qm (not committed)
    python packaging/translations.py check     # exit 1 listing what lacks a translation

``build`` compiles a copy of each ``.ts`` in which every finished message is also filed under
the empty context, so ``AppTranslator`` (larsam_desktop/ui/i18n.py) finds a message whose
class lupdate could not tell (``tr = self.tr`` aliases). Uses the tools inside the PySide6
wheel, so nothing beyond the pinned dependencies is needed.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "larsam_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"sv": "sv_SE"}


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def qt_tool(name: str) -> str:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"{name} not found in the PySide6 wheel ({folder})")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"larsam_{language}.ts"


def lupdate(ts: Path, language: str) -> None:
    """Refresh ``ts`` from the code: new messages come in unfinished, vanished ones obsolete."""
    subprocess.run(
        [
            qt_tool("lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            LANGUAGES[language],
            str(SOURCES),
            "-ts",
            str(ts),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def read_messages(ts: Path) -> list[Message]:
    root = ET.parse(ts).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            if forms:  # counted (%n): every form must be there; the plural one is compared
                texts = [form.text or "" for form in forms]
                text = texts[-1] if all(texts) else ""
            else:
                text = "" if translation is None else "".join(translation.itertext())
            kind = "" if translation is None else translation.get("type", "")
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    text,
                    bool(text) and kind not in ("unfinished", "obsolete", "vanished"),
                )
            )
    return found


def missing(code_ts: Path, committed_ts: Path) -> list[Message]:
    """Messages in the code (``code_ts``, fresh from lupdate) without a finished translation in
    the committed file."""
    done = {(m.context, m.source) for m in read_messages(committed_ts) if m.finished}
    return [m for m in read_messages(code_ts) if (m.context, m.source) not in done]


def flattened(ts: Path, out: Path) -> None:
    """``ts`` plus a copy of every finished message in the empty context."""
    tree = ET.parse(ts)
    root = tree.getroot()
    empty = next((c for c in root.iter("context") if not (c.findtext("name") or "")), None)
    if empty is None:
        empty = ET.SubElement(root, "context")
        ET.SubElement(empty, "name").text = ""
    present = {m.findtext("source") for m in empty.iter("message")}
    for context in list(root.iter("context")):
        if context is empty:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or translation.get("type") or source in present:
                continue
            present.add(source)
            empty.append(message)
    tree.write(out, encoding="utf-8", xml_declaration=True)


def build(language: str) -> Path:
    qm = TRANSLATIONS / f"larsam_{language}.qm"
    with tempfile.TemporaryDirectory() as temporary:
        flat = Path(temporary) / f"larsam_{language}.ts"
        flattened(ts_path(language), flat)
        subprocess.run(
            [qt_tool("lrelease"), "-silent", str(flat), "-qm", str(qm)],
            check=True,
        )
    return qm


def check(language: str) -> list[Message]:
    with tempfile.TemporaryDirectory() as temporary:
        fresh = Path(temporary) / "fresh.ts"
        lupdate(fresh, language)
        return missing(fresh, ts_path(language))


def main(argv: list[str]) -> int:
    task = argv[0] if argv else "build"
    for language in LANGUAGES:
        if task == "update":
            import dynamic_messages  # packaging/, beside this file

            dynamic_messages.generate()
            lupdate(ts_path(language), language)
            todo = [m for m in read_messages(ts_path(language)) if not m.finished]
            print(f"{ts_path(language).name}: {len(todo)} message(s) to translate")
        elif task == "build":
            print(f"built {build(language).relative_to(ROOT)}")
        elif task == "check":
            todo = check(language)
            for message in todo:
                print(f"untranslated [{message.context}] {message.source!r}")
            if todo:
                return 1
        else:
            raise SystemExit(f"unknown task {task!r}: update, build or check")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
