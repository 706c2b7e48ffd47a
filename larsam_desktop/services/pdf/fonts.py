"""DejaVu Sans, shipped in ``resources/fonts/`` and embedded in every PDF.

ReportLab's own Helvetica is not embedded and lacks most letters outside Western Europe;
DejaVu Sans prints å, ä, ö and names in Latin, Greek and Cyrillic scripts.

Every document embeds a subset of each font (the glyphs it uses, numbered in the order they
first appear). Making a subset and compressing it was ~15 % of a study plan's rendering
(issue 19), and most documents of a kind use the same letters in the same order (the
labels and the lärcentrum's header come first), so the compressed subset programs are
kept per font, keyed by the exact list of characters: the bytes written are the ones
ReportLab would have made (tests/services/test_plan_pdf_font_subsets.py compares them).
A document that gives the common letters their codes first (``SeededTTFont.seed``, the
study plans) makes the same subset whatever order its names use them in, and its texts of
those letters only are encoded the same in every such document, so their encoding
(``splitString``, a loop over every character drawn) is kept too.
"""

from __future__ import annotations

import threading
import zlib
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFont, TTFontFace

from larsam_desktop.paths import resources_dir

REGULAR = "LarSamSans"
BOLD = "LarSamSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False
SUBSETS_KEPT = 64  # font programs per font; emptied when full (a batch of unusual names)
SPLITS_KEPT = 16384  # encoded texts per font; emptied when full
KEEP_SPLITS = True  # kept encodings and widths; tests turn it off to compare with ReportLab

# The letters given the first codes of each embedded font subset, in this order, before a
# document's text is drawn (``SeededTTFont.seed``): the subset then depends on the rarer
# letters only, not on where a name's å, ä or ö comes first, so plans of different learners
# share one font program. The few glyphs a plan does not use cost ~1 KB; the text and its
# extraction (ToUnicode) are unchanged.
SUBSET_SEED = "åäöÅÄÖéü–—·✓✗"
# Letters whose code is the same in every seeded document: ASCII (ReportLab's
# ``ttfAsciiReadable`` gives each its own code) and the seed.
_STABLE = frozenset(chr(n) for n in range(32, 127)) | frozenset(SUBSET_SEED)


class SubsetCachingFace(TTFontFace):  # type: ignore[misc]
    """``TTFontFace`` whose subset font programs (compressed as ReportLab compresses them)
    are made once per list of characters. ``addSubsetObjects`` is ReportLab's (5.x), with
    the program looked up first."""

    def program(self, subset: list[int], compressed: bool) -> tuple[bytes, int]:
        """The subset's font program (zlib-compressed when ``compressed``) and its length
        uncompressed (``/Length1``)."""
        programs: dict[tuple[bool, tuple[int, ...]], tuple[bytes, int]]
        programs = self.__dict__.setdefault("_programs", {})
        key = (compressed, tuple(subset))
        found = programs.get(key)
        if found is None:
            raw: bytes = self.makeSubset(subset)
            found = (zlib.compress(raw) if compressed else raw, len(raw))
            if len(programs) >= SUBSETS_KEPT:
                programs.clear()
            programs[key] = found
        return found

    def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:
        content, length = self.program(subset, bool(doc.compression))
        font_file = pdfdoc.PDFStream()
        font_file.content = content
        font_file.dictionary["Length1"] = length
        if doc.compression:  # compressed already: ReportLab's filter would name it so
            font_file.dictionary["Filter"] = pdfdoc.PDFArray(
                [pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)]
            )
        font_file_ref = doc.Reference(font_file, f"fontFile:{self.filename}({fontname})")
        flags = (self.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "Ascent": self.ascent,
                "CapHeight": self.capHeight,
                "Descent": self.descent,
                "Flags": flags,
                "FontBBox": pdfdoc.PDFArray(self.bbox),
                "FontName": pdfdoc.PDFName(fontname),
                "ItalicAngle": self.italicAngle,
                "StemV": self.stemV,
                "FontFile2": font_file_ref,
                "MissingWidth": self.defaultWidth,
            }
        )
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)


class SeededTTFont(TTFont):  # type: ignore[misc]
    """``TTFont`` that can give a document the common letters' codes first (``seed``), and
    keeps how a text of those letters only is encoded in such a document."""

    def seed(self, doc: Any) -> None:
        """Give ``doc`` (a fresh ReportLab document) ``SUBSET_SEED``'s codes, in order."""
        state = self._assignState(doc)
        # Only a fresh document, and only with ASCII at its own codes (``_STABLE``).
        if self._asciiReadable and state.nextCode == 1 and len(state.assignments) <= 128:
            super().splitString(SUBSET_SEED, doc)
            state.seeded = True

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> Any:
        state = self.state.get(doc)
        if not (KEEP_SPLITS and getattr(state, "seeded", False) and isinstance(text, str)):
            return super().splitString(text, doc, encoding)
        splits: dict[str, list[tuple[int, bytes]]] = self.__dict__.setdefault("_splits", {})
        found = splits.get(text)
        if found is None:
            found = super().splitString(text, doc, encoding)
            if _STABLE.issuperset(text):
                if len(splits) >= SPLITS_KEPT:
                    splits.clear()
                splits[text] = found
        return found

    def addObjects(self, doc: Any) -> None:
        """ReportLab's, with each subset's ``/Widths`` array written once per process."""
        fonts = doc.idToObject["BasicFonts"].dict
        before = set(fonts)
        super().addObjects(doc)
        for name in fonts.keys() - before if KEEP_SPLITS else ():
            widths: Any = getattr(fonts[name], "Widths", None)
            if type(widths) is pdfdoc.PDFArray:
                fonts[name].Widths = _KeptArray(widths.sequence)


class _KeptArray(pdfdoc.PDFArray):  # type: ignore[misc]
    """A ``PDFArray`` of numbers whose written form is kept (a subset's ~100 widths)."""

    def format(self, document: Any, IND: bytes = b"\n ") -> bytes:  # noqa: N803
        key = (rl_config.pdfMultiLine, IND, *self.sequence)
        found = _WRITTEN.get(key)
        if found is None:
            found = super().format(document, IND)
            if len(_WRITTEN) >= SUBSETS_KEPT * 4:
                _WRITTEN.clear()
            _WRITTEN[key] = found
        return found


_WRITTEN: dict[tuple[Any, ...], bytes] = {}


def register_fonts(folder: Path | None = None) -> None:
    """Register the fonts with ReportLab once per process (thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        base = folder or resources_dir() / "fonts"
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(SeededTTFont(name, str(base / filename)))
            # ReportLab registers one font object per face: a report that registered the
            # same DejaVu file under its own name first (stats_export) gave its plain
            # TTFont for this name too. The same object, with the behaviour added here
            # (no state of its own; unseeded documents encode as before):
            font = pdfmetrics.getFont(name)
            if type(font) is TTFont:
                font.__class__ = SeededTTFont
            if type(font.face) is TTFontFace:
                font.face.__class__ = SubsetCachingFace  # the same face, its subsets kept
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
