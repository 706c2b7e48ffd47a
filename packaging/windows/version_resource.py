"""The Windows version resource of LärSam.exe / larsam-desktop.exe, from the package version.

PyInstaller's ``EXE(version=FILE)`` reads this text (a ``VSVersionInfo`` literal) and puts
it in the executable: Explorer's Properties → Details then show the version, and the
installer script (larsam.iss) reads ProductVersion back from the executable, so neither can
disagree with ``larsam_desktop.__version__``. No imports: the spec loads it by path.
"""

from __future__ import annotations


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """``"0.1.0"`` → ``(0, 1, 0, 0)``; ``"1.2.0rc1"`` → ``(1, 2, 0, 0)``."""
    numbers: list[int] = []
    for part in version.split(".")[:4]:
        digits = ""
        for ch in part:
            if not ch.isdigit():
                break
            digits += ch
        numbers.append(int(digits or 0))
    while len(numbers) < 4:
        numbers.append(0)
    return numbers[0], numbers[1], numbers[2], numbers[3]


def version_file_text(version: str, *, product: str, file_name: str) -> str:
    numbers = numeric_version(version)
    strings = {
        "CompanyName": "LärSam",
        "FileDescription": product,
        "FileVersion": version,
        "InternalName": file_name.removesuffix(".exe"),
        "LegalCopyright": "GPL-3.0-or-later",
        "OriginalFilename": file_name,
        "ProductName": product,
        "ProductVersion": version,
    }
    entries = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('041D04B0', [
{entries}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x041D, 1200])])
  ]
)
"""
