"""Content-Encoding decoded in bounded steps: no layer may give more than `limit` bytes, so a
small compressed answer cannot grow into gigabytes (a decompression bomb)."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

import brotli
import httpx

STEP = 64 * 1024  # the most any decoder gives at once
ACCEPTED = "gzip, deflate, br"  # what requests say they take: each is decoded here


class _Zlib:
    """gzip or deflate (zlib-wrapped, or raw as some servers send it)."""

    def __init__(self, gzip: bool) -> None:
        self.gzip = gzip
        self.inflater: zlib._Decompress | None = None

    def _start(self, data: bytes) -> zlib._Decompress:
        if self.gzip:
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
        return zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)

    def process(self, data: bytes) -> Iterator[bytes]:
        self.inflater = self.inflater or self._start(data)
        while data:
            yield self.inflater.decompress(data, STEP)
            data = self.inflater.unconsumed_tail

    def flush(self) -> Iterator[bytes]:
        if self.inflater:
            yield self.inflater.flush(STEP)


class _Brotli:
    def __init__(self) -> None:
        self.decompressor = brotli.Decompressor()

    def process(self, data: bytes) -> Iterator[bytes]:
        piece = self.decompressor.process(data, output_buffer_limit=STEP)
        yield piece
        while piece and not self.decompressor.can_accept_more_data():
            piece = self.decompressor.process(b"", output_buffer_limit=STEP)
            yield piece

    def flush(self) -> Iterator[bytes]:
        yield b""


DECODERS = {
    "gzip": lambda: _Zlib(True),
    "x-gzip": lambda: _Zlib(True),
    "deflate": lambda: _Zlib(False),
    "br": _Brotli,
}


def _layer(chunks: Iterable[bytes], name: str, limit: int) -> Iterator[bytes]:
    """One encoding undone, chunk by chunk, never more than `limit` bytes in all."""
    decoder = DECODERS[name]()
    total = 0
    try:
        for chunk in chunks:
            for piece in decoder.process(chunk):
                total += len(piece)
                if total > limit:
                    raise ValueError(f"larger than {limit} bytes once decompressed ({name})")
                yield piece
        yield from decoder.flush()
    except (zlib.error, brotli.error) as exc:
        raise httpx.DecodingError(f"{name}: {exc}") from None


def decoded(chunks: Iterable[bytes], content_encoding: str, limit: int) -> Iterator[bytes]:
    """The body's bytes with its Content-Encoding undone (the last applied first), each layer
    bounded by `limit`; ValueError for an encoding not asked for."""
    names = [n.strip().lower() for n in content_encoding.split(",") if n.strip()]
    for name in reversed([n for n in names if n != "identity"]):
        if name not in DECODERS:
            raise ValueError(f"unsupported Content-Encoding {name!r}")
        chunks = _layer(chunks, name, limit)
    return iter(chunks)
