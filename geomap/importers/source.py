"""A dataset file as lines of text: plain or zipped (GDELT ships `.export.CSV.zip`), UTF-8.

The content decides, not the name: a zip is known by its first bytes, and must hold one file.
"""
from __future__ import annotations

import codecs
import contextlib
import zipfile
from pathlib import Path
from typing import IO, Iterator

from ..errors import InputError

ZIP_MAGIC = b"PK\x03\x04"


@contextlib.contextmanager
def open_binary(path: Path) -> Iterator[IO[bytes]]:
    """The file's bytes, or those of the one file inside it when it is a zip."""
    try:
        f = open(path, "rb")
    except OSError as e:
        raise InputError(f"cannot read the file ({e.strerror})", path=str(path)) from None
    with f:
        if f.read(4) != ZIP_MAGIC:
            f.seek(0)
            yield f
            return
        f.seek(0)
        try:
            archive = zipfile.ZipFile(f)
        except zipfile.BadZipFile as e:
            raise InputError(f"a broken zip file ({e}); download it again", path=str(path)) from None
        with archive:
            members = [m for m in archive.infolist() if not m.is_dir()]
            if len(members) != 1:
                names = ", ".join(m.filename for m in members[:5]) or "nothing"
                raise InputError(f"the zip holds {len(members)} files ({names}); give a zip of one file, "
                                 "or unzip it and give the files", path=str(path))
            with archive.open(members[0]) as member:
                yield member


def lines(raw: IO[bytes], path: Path) -> Iterator[str]:
    """Lines of UTF-8 text (a byte-order mark is dropped; line ends are kept, as csv wants them).

    Bytes that are not UTF-8 stop the read with the line they are on, instead of a traceback.
    """
    for n, line in enumerate(raw, 1):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(f"byte 0x{line[e.start]:02x} is not UTF-8; re-save the file as UTF-8",
                             path=str(path), line=n) from None
        yield text[1:] if n == 1 and text.startswith("\ufeff") else text


def head(path: Path, size: int = 1 << 16) -> str:
    """The first bytes of the (unzipped) file as text, enough to tell its format."""
    with open_binary(path) as raw:
        data = raw.read(size)
    return codecs.getincrementaldecoder("utf-8-sig")(errors="replace").decode(data)
