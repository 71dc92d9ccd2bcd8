"""Bytes to text: which code page a file is written in.

Why not take charset-normalizer's guess as it comes: for 8-bit Latin text its
guess among the Western and Central European code pages is close to a coin
toss ("San José" in cp1252 came out as cp1250 "San Josť", "Cañon" as
"Cańon"), and a wrong guess silently loses the names extraction looks for.
So the order is:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) says it;
2. UTF-8, when the bytes are valid UTF-8 (nearly every page today);
3. the charset an HTML page declares (``<meta charset>``), when it decodes;
   ISO-8859-1 and ASCII declarations mean windows-1252, as browsers read them;
4. cp1252 (a superset of Latin-1 with curly quotes and dashes, the code page
   of 8-bit Western text) when bytes beyond ASCII are a minority among the
   letters: accents in mostly-ASCII words.  In Cyrillic, Greek, Hebrew,
   Arabic or CJK 8-bit text nearly every letter is such a byte;
5. otherwise the guess of charset-normalizer, but only to tell the script:
   when it reads Cyrillic, Greek, Arabic, CJK... its code page is kept; when
   it reads Latin letters only, the text is cp1252 after all.
   Bytes that cp1252 leaves undefined keep the guess.

Nothing that fits no code page is decoded with replacement characters: it is
refused with ``E104``.

>>> decode_bytes("San José".encode("cp1252"))
'San José'
>>> decode_bytes("“Cañon City” – 2019".encode("cp1252"))
'“Cañon City” – 2019'
>>> decode_bytes(b'<meta charset="iso-8859-1"><p>\\x93Caf\\xe9\\x94</p>', html=True)[-10:]
'“Café”</p>'
"""

from __future__ import annotations

import codecs
import unicodedata

from kg.errors import DocumentError

__all__ = ["decode_bytes", "WESTERN"]

#: The code page of 8-bit text whose letters are Latin.
WESTERN = "cp1252"
#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: Declarations browsers read as windows-1252 (WHATWG Encoding Standard).
_READ_AS_WESTERN = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819",
                    "windows-1252", "cp1252", "x-cp1252", "iso-ir-100"}

_ASCII = bytes(range(128))
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))


def bom_encoding(raw: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``raw`` names, if any."""
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            return enc
    return None


def decode_bytes(raw: bytes, *, html: bool = False, where: str = "<bytes>") -> str:
    """``raw`` as text, in the encoding the order above picks; ``E104`` when none fits."""
    enc = bom_encoding(raw)
    if enc is not None:
        return _strict(raw, enc, where)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if html:
        declared = _declared(raw)
        if declared is not None:
            try:
                return raw.decode(declared)
            except UnicodeDecodeError:
                pass  # pages lie about their charset; fall through to the bytes themselves
    if _sparse_high_bytes(raw):
        try:
            return raw.decode(WESTERN)
        except UnicodeDecodeError:
            pass  # bytes cp1252 leaves undefined: not Western 8-bit text
    return _guess(raw, where)


def _strict(raw: bytes, enc: str, where: str) -> str:
    try:
        return raw.decode(enc)
    except UnicodeDecodeError as exc:
        raise DocumentError("E104", where, detail=f"not valid {enc} ({exc.reason} at byte {exc.start})") from None


def _declared(raw: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes, as a Python codec name (None if unknown)."""
    from bs4.dammit import EncodingDetector

    name = EncodingDetector.find_declared_encoding(raw[:4096], is_html=True)
    if not name:
        return None
    if name.lower() in _READ_AS_WESTERN:
        return WESTERN
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _guess(raw: bytes, where: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise DocumentError("E104", where, detail="no known encoding fits")
    guessed = str(best)
    if _latin_letters_only(guessed):
        try:
            return raw.decode(WESTERN)
        except UnicodeDecodeError:
            pass  # bytes cp1252 leaves undefined: not Western 8-bit text
    return guessed


def _sparse_high_bytes(raw: bytes) -> bool:
    """Bytes beyond ASCII are under a third of the letters: accented letters in ASCII words."""
    high = len(raw.translate(None, _ASCII))
    ascii_letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    return high * 3 <= high + ascii_letters


def _latin_letters_only(text: str) -> bool:
    """Every letter beyond ASCII is a Latin one (é, ñ, ő, ť...): the text is in a Latin code page."""
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN")
               for c in set(text) if ord(c) > 127)
