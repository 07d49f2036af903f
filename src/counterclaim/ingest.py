"""Ingest: turn sources (files, directories, HTML, JSON Lines, stdin, URLs) into clean Articles.

The entry point is :func:`read_sources`, which yields one :class:`Article` or one
:class:`Skipped` (with its reason) per item, so a batch never stops at a bad item.
Cleaning of scraped plain text (registration walls, comment sections, repeated captions)
follows the patterns in ``data/boilerplate.txt``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator
from urllib.parse import urlparse

from .errors import ArticleParseError, InputError, UnsupportedSourceError
from .records import Article

MAX_BYTES = 10 * 1024 * 1024  # one article file; JSONL files are streamed line by line
MIN_BODY_CHARS = 40
MIN_BODY_WORDS = 5  # words of two letters or more: a body of symbols or one endless token is no article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}


@dataclass(frozen=True)
class Skipped:
    """An item that could not be ingested, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class Note:
    """A warning about an item that was ingested all the same (e.g. its encoding)."""

    source: str
    message: str


# ---------------------------------------------------------------------------- cleaning


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[list[re.Pattern], list[re.Pattern]]:
    tail, line = [], []
    for raw in (files("counterclaim") / "data" / "boilerplate.txt").read_text("utf-8").splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        if raw.startswith("tail:"):
            tail.append(re.compile(raw[5:], re.I))
        else:
            line.append(re.compile(raw, re.I))
    return tail, line


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def normalise_text(text: str) -> str:
    """Unicode NFC, unified newlines and spaces, no control characters."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return "\n".join(_SPACES.sub(" ", ln).strip() for ln in text.split("\n"))


def clean_text(text: str) -> str:
    """Drop the boilerplate of a scraped page: walls, comment sections, repeated lines.

    Lines matching a tail marker end the article; other boilerplate lines are dropped;
    a line repeated verbatim (a photo caption printed twice) is kept once.
    """
    tail, line_patterns = _boilerplate()
    kept: list[str] = []
    seen: set[str] = set()
    for ln in normalise_text(text).split("\n"):
        if not ln:
            if kept and kept[-1]:
                kept.append("")
            continue
        if kept and any(p.search(ln) for p in tail):
            break
        if any(p.search(ln) for p in line_patterns):
            continue
        if ln in seen and len(ln) > 20:
            continue
        seen.add(ln)
        kept.append(ln)
    return "\n".join(kept).strip()


def guess_title(text: str) -> str | None:
    """The first line of a plain-text article when it reads like a headline."""
    first, _, rest = text.partition("\n")
    first = first.strip()
    if rest.strip() and 10 <= len(first) <= 200 and not first.endswith((".", ":")):
        return first
    return None


def article_id(text: str) -> str:
    """Content hash of the clean text (whitespace-insensitive): the article's id."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------- metadata


def parse_date(value: object) -> date | None:
    """A publication date from metadata: ISO strings, datetimes, or common written forms."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value).strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    import dateparser  # slow import: only when metadata is in an unusual format

    parsed = dateparser.parse(s, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date() if parsed else None


def outlet_from_url(url: str | None) -> str | None:
    """The outlet's domain (without www.) from an article URL."""
    if not url:
        return None
    try:
        host = urlparse(url).hostname or ""
    except ValueError:  # a malformed URL in metadata: no outlet, not a crash
        return None
    return host[4:] if host.startswith("www.") else (host or None)


def find_published(text: str, title: str | None = None) -> date | None:
    """The publication date given in the article's opening lines (its dateline). A text that
    opens with its title run into the body ("<title> MOSCOW, October 12. /TASS/. ...") is read
    from where the body begins, as a dateline opens a line."""
    from .analyze.timex import find_dateline

    found = find_dateline(text)
    head = (title or "").strip()
    if found is None and head and text.startswith(head):
        found = find_dateline(text[len(head) :].lstrip())
    return found[0] if found else None


# ---------------------------------------------------------------------------- builders


def make_article(
    text: str,
    *,
    title: str | None = None,
    published: object = None,
    url: str | None = None,
    outlet: str | None = None,
    source: str | None = None,
    clean: bool = True,
) -> Article:
    """Build a clean Article from a body text and whatever metadata is known.

    Raises:
        ArticleParseError: when no article body is left after cleaning.
    """
    body = clean_text(text) if clean else normalise_text(text).strip()
    if len(body) < MIN_BODY_CHARS:
        raise ArticleParseError(
            "[C102] no article text" + (f" (only {len(body)} characters after cleaning)" if body else "")
        )
    if len(re.findall(r"[^\W\d_]{2,}", body[:20000])) < MIN_BODY_WORDS:
        raise ArticleParseError(f"[C102] no article text (fewer than {MIN_BODY_WORDS} words: symbols, numbers or one run of letters)")
    pub = parse_date(published)
    how = "metadata" if pub else None
    if pub is None:
        pub = find_published(body, title)
        how = "dateline" if pub else "none"
    return Article(
        id=article_id(body),
        text=body,
        title=(title.strip() if title else None) or guess_title(body),
        url=url or None,
        outlet=outlet or outlet_from_url(url),
        published=pub,
        published_from=how,
        source=source,
    )


def extract_html(html: str | bytes, url: str | None = None) -> dict:
    """Main text and metadata of an HTML page (trafilatura for the body, htmldate for the date).

    Returns a dict with text, title, published, outlet (text may be empty).
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True
    )
    if doc is None:
        return {"text": "", "title": None, "published": None, "outlet": None}
    if not isinstance(doc, dict):
        doc = doc.as_dict()
    published = doc.get("date")
    if not published:
        try:
            from htmldate import find_date

            published = find_date(html, url=url, original_date=True)
        except Exception:  # htmldate raises on odd documents; the date is optional
            published = None
    return {
        "text": doc.get("text") or "",
        "title": doc.get("title"),
        "published": published,
        "outlet": doc.get("sitename"),
    }


def article_from_html(html: str | bytes, *, source: str | None = None, url: str | None = None, **meta) -> Article:
    """An Article from an HTML page; metadata given in ``meta`` wins over the page's own."""
    page = extract_html(html, url=url)
    if not page["text"].strip():
        raise ArticleParseError("[C103] no article body found in the HTML")
    return make_article(
        page["text"],
        title=meta.get("title") or page["title"],
        published=meta.get("published") or page["published"],
        url=url,
        outlet=meta.get("outlet") or page["outlet"],
        source=source,
    )


# ---------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Text of a file's bytes and a note when it was not UTF-8.

    Raises:
        UnsupportedSourceError: for binary content, or bytes that are not the encoding
            their byte-order mark declares.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "decoded as UTF-16"
        except UnicodeDecodeError as e:
            raise UnsupportedSourceError(
                f"[C111] mis-encoded: starts with a UTF-16 byte-order mark but is not UTF-16 (byte {e.start}); "
                "re-save it as UTF-8"
            ) from None
    if b"\x00" in data[:8192]:
        raise UnsupportedSourceError("[C104] binary content (NUL bytes), not an article")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13, 12))
    if controls > len(sample) * 0.01:
        raise UnsupportedSourceError("[C104] binary content, not an article")
    try:
        return data.decode("cp1252"), "not valid UTF-8: decoded as Windows-1252/Latin-1"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "not valid UTF-8: decoded as Latin-1"


def _sniff(text: str) -> str:
    head = text.lstrip()[:2000].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<") and re.search(r"<(html|body|head|article|p|div|!doctype)\b", head):
        return "html"
    return "text"


def _kind(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last in TEXT_SUFFIXES:
        return "text"
    if last in HTML_SUFFIXES:
        return "html"
    if last in JSONL_SUFFIXES:
        return "jsonl"
    return None


# ---------------------------------------------------------------------------- sources


def article_from_record(record: dict, source: str) -> Article:
    """An Article from one JSON Lines record (text or html, title, published, url, outlet)."""
    if not isinstance(record, dict):
        raise ArticleParseError("[C105] a JSON Lines record must be an object")
    for key in ("title", "published", "date", "published_at", "outlet", "source", "url", "text", "content", "body", "html"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ArticleParseError(f"[C105] field {key!r} must be a string, not {type(record[key]).__name__}")
    meta = {
        "title": record.get("title"),
        "published": record.get("published") or record.get("date") or record.get("published_at"),
        "outlet": record.get("outlet") or record.get("source"),
    }
    url = record.get("url")
    text = record.get("text") or record.get("content") or record.get("body")
    if isinstance(text, str) and text.strip():
        return make_article(text, url=url, source=source, **meta)
    html = record.get("html")
    if isinstance(html, str) and html.strip():
        return article_from_html(html, source=source, url=url, **meta)
    raise ArticleParseError("[C106] record has no 'text' or 'html'")


def _jsonl_items(stream: Iterable[bytes], source: str) -> Iterator[Article | Skipped]:
    for number, raw in enumerate(stream, start=1):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        if len(raw) > MAX_BYTES:
            yield Skipped(where, f"[C107] line too large ({len(raw) / 1e6:.1f} MB > {MAX_BYTES / 1e6:.0f} MB)")
            continue
        try:
            record = json.loads(raw.decode("utf-8", errors="replace"))
        except json.JSONDecodeError as e:
            yield Skipped(where, f"[C108] invalid JSON: {e.msg} at column {e.colno}")
            continue
        except RecursionError:
            yield Skipped(where, "[C108] invalid JSON: nested too deeply to read")
            continue
        yield _one_article(where, lambda: article_from_record(record, where))


def _one_article(source: str, build: Callable[[], Article]) -> Article | Skipped:
    """The article ``build`` makes, or the reason it could not: a parser crashing on
    hostile input must not stop the batch."""
    try:
        return build()
    except InputError as e:
        return Skipped(source, str(e))
    except Exception as e:
        return Skipped(source, f"[C199] could not parse: {type(e).__name__}: {e}")


def _items_from_bytes(data: bytes, kind: str | None, source: str, notes: list[Note], url: str | None = None) -> Iterator[Article | Skipped]:
    """The articles in one file's, page's or stream's bytes (``url``: the page they came from,
    kept on the article; a JSON Lines page's records keep their own)."""
    try:
        text, note = decode_bytes(data)
    except InputError as e:
        yield Skipped(source, str(e))
        return
    except Exception as e:  # whatever the bytes are, the rest of the batch goes on
        yield Skipped(source, f"[C199] could not decode: {type(e).__name__}: {e}")
        return
    if not text.strip():
        yield Skipped(source, "[C101] empty file")
        return
    if note:
        notes.append(Note(source, note))
    kind = kind or _sniff(text)
    if kind == "jsonl":
        yield from _jsonl_items(text.encode("utf-8").splitlines(), source)  # each line guarded
    elif kind == "html":
        yield _one_article(source, lambda: article_from_html(text, source=source, url=url))
    else:
        yield _one_article(source, lambda: make_article(text, source=source, url=url))


def _file_items(path: Path, notes: list[Note], max_bytes: int) -> Iterator[Article | Skipped]:
    source = str(path)
    kind = _kind(path)
    try:
        size = path.stat().st_size
        if size == 0:
            yield Skipped(source, "[C101] empty file")
            return
        is_gz = path.suffix.lower() == ".gz"
        opener = gzip.open if is_gz else open
        if kind == "jsonl":
            with opener(path, "rb") as fh:
                yield from _jsonl_items(fh, source)
            return
        if size > max_bytes and not is_gz:
            yield Skipped(
                source,
                f"[C107] file too large for one article ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB); "
                "split it, or pass --max-bytes",
            )
            return
        with opener(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:
            yield Skipped(source, f"[C107] content too large for one article (> {max_bytes / 1e6:.0f} MB)")
            return
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        yield Skipped(source, f"[C109] cannot read: {e.strerror if isinstance(e, OSError) and e.strerror else e}")
        return
    yield from _items_from_bytes(data, kind, source, notes)


def _kind_of_response(content_type: str) -> str | None:
    """text / html / jsonl for a response's media type; "" for one that is no article
    (PDF, images, archives); None when the server does not say."""
    media = content_type.split(";")[0].strip().lower()
    if not media:
        return None
    if media in ("text/html", "application/xhtml+xml") or media.endswith("+xml") and "html" in media:
        return "html"
    if media in ("application/x-ndjson", "application/jsonl", "application/json-lines", "application/json"):
        return "jsonl"
    if media.startswith("text/"):
        return "text"
    return ""


def _url_items(url: str, notes: list[Note], max_bytes: int, timeout: float = 20.0) -> Iterator[Article | Skipped]:
    import httpx

    try:
        with httpx.Client(follow_redirects=True, timeout=timeout) as client:
            with client.stream("GET", url, headers={"User-Agent": "counterclaim/0.1 (+fact-checking tool)"}) as response:
                if response.status_code >= 400:
                    yield Skipped(url, f"[C110] HTTP {response.status_code}")
                    return
                content_type = response.headers.get("content-type", "")
                kind = _kind_of_response(content_type)
                if kind == "":
                    yield Skipped(url, f"[C104] not an article page ({content_type.split(';')[0]}): save its text and ingest that")
                    return
                data = bytearray()
                for chunk in response.iter_bytes():  # never more than max_bytes in memory
                    data += chunk
                    if len(data) > max_bytes:
                        yield Skipped(url, f"[C107] page too large (> {max_bytes / 1e6:.0f} MB)")
                        return
                final_url = str(response.url)
    except (httpx.HTTPError, httpx.InvalidURL) as e:
        yield Skipped(url, f"[C110] unreachable: {type(e).__name__}: {e}")
        return
    if kind == "html":
        # the page's bytes, whose charset trafilatura reads from the page itself
        yield _one_article(url, lambda: article_from_html(bytes(data), source=url, url=final_url))
        return
    yield from _items_from_bytes(bytes(data), kind, url, notes, url=final_url)


def _expand(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                yield child
    else:
        yield path


def read_sources(
    paths: Iterable[str],
    *,
    stdin: IO[bytes] | None = None,
    notes: list[Note] | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Article | Skipped]:
    """Yield an Article or a Skipped for every item found in the given sources.

    Args:
        paths: files, directories (read recursively, hidden files left out), http(s) URLs,
            or ``-`` for standard input.
        stdin: the binary stream read for ``-`` (defaults to ``sys.stdin.buffer``).
        notes: a list that receives warnings about items ingested all the same.
        max_bytes: the largest single-article file accepted.
    """
    notes = notes if notes is not None else []
    for raw in paths:
        if raw == "-":
            stream = stdin or sys.stdin.buffer
            data = stream.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield Skipped("stdin", f"[C107] standard input too large for one article (> {max_bytes / 1e6:.0f} MB); use a JSON Lines file")
                continue
            yield from _items_from_bytes(data, None, "stdin", notes)
            continue
        if raw.startswith(("http://", "https://")):
            yield from _url_items(raw, notes, max_bytes)
            continue
        path = Path(raw)
        if not path.exists():
            yield Skipped(raw, "[C100] no such file or directory")
            continue
        found = False
        for file in _expand(path):
            found = True
            yield from _file_items(file, notes, max_bytes)
        if not found:
            yield Skipped(raw, "[C100] no files in this directory (hidden files are left out)")
