"""The ledger: articles, their reports, claims and places, in SQLite or PostgreSQL.

One schema through SQLAlchemy Core. Each article is written with everything found in
it in one transaction, so a crash leaves either the whole article or nothing; re-adding
an article already present (same content hash) is a no-op. Records are stored as JSON
beside the columns that queries filter on, and come back as the dataclasses of
:mod:`counterclaim.records`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    func,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from .errors import LedgerError
from .records import Analysis, Article, Claim, Coverage, Place, Report, claim_from_dict, report_from_dict

SCHEMA_VERSION = "1"
metadata = MetaData()

articles_t = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("url", Text),
    Column("outlet", String(200), index=True),
    Column("title", Text),
    Column("published", Date, index=True),
    Column("published_from", String(20)),
    Column("language", String(8)),
    Column("source", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime, nullable=False),
)
places_t = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("name", Text, nullable=False),
    Column("resolved", Text),
    Column("city", String(200), index=True),
    Column("admin1", String(200)),
    Column("country", String(4)),
    Column("level", String(20)),
    Column("lat", Float),
    Column("lon", Float),
    Column("start", Integer),
    Column("end", Integer),
)
reports_t = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("event_type", String(20), index=True),
    Column("date_start", Date, index=True),
    Column("date_end", Date),
    Column("city", String(200), index=True),
    Column("country", String(4)),
    Column("data", Text, nullable=False),
)
claims_t = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("stance", String(10)),
    Column("speaker", Text),
    Column("speaker_org", Text),
    Column("actor", String(20)),
    Column("said_on", Date, index=True),
    Column("data", Text, nullable=False),
)
skipped_t = Table(
    "skipped",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("first_seen", DateTime, nullable=False),
    UniqueConstraint("source", "reason", name="uq_skipped_source_reason"),
)
meta_t = Table("meta", metadata, Column("key", String(50), primary_key=True), Column("value", Text))


def default_db_path() -> Path:
    """The default ledger file: ``ledger.db`` in the user's data directory."""
    from platformdirs import user_data_dir

    return Path(os.environ.get("COUNTERCLAIM_DB") or Path(user_data_dir("counterclaim")) / "ledger.db")


def _target(db: str | os.PathLike | None) -> str:
    """The ledger a --db value names: itself, else $COUNTERCLAIM_DB, else the default file."""
    if db is not None:
        return str(db)
    return os.environ.get("COUNTERCLAIM_DB") or str(default_db_path())


def ledger_file(db: str | os.PathLike | None = None) -> Path | None:
    """The SQLite file of the ledger ``db`` names (see :func:`_target`); None for a database URL."""
    target = _target(db)
    return None if "://" in target else Path(target).expanduser()


def _url(db: str | os.PathLike | None) -> str:
    path = ledger_file(db)
    if path is None:
        return _target(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


@dataclass(frozen=True)
class ArticleRow:
    """An article as listed from the ledger (without its text)."""

    id: str
    title: str | None
    outlet: str | None
    published: date | None
    url: str | None
    source: str | None
    reports: int
    claims: int


def _json(record) -> str:
    return json.dumps(record.as_dict(), ensure_ascii=False, sort_keys=True)


class Ledger:
    """The store of everything counterclaim has read.

    Args:
        db: a file path (SQLite), a database URL (``postgresql+psycopg://...``), or None
            for the default file under the user's data directory.
    """

    def __init__(self, db: str | os.PathLike | None = None):
        self.url = _url(db)
        try:
            self.engine: Engine = create_engine(self.url, future=True)
            if self.url.startswith("sqlite"):
                event.listen(self.engine, "connect", _sqlite_pragmas)
            metadata.create_all(self.engine)
            with self.engine.begin() as conn:
                if conn.execute(select(meta_t.c.value).where(meta_t.c.key == "schema_version")).scalar() is None:
                    conn.execute(meta_t.insert().values(key="schema_version", value=SCHEMA_VERSION))
        except SQLAlchemyError as e:
            raise LedgerError(f"[C401] cannot open the ledger at {self.url}: {e.__class__.__name__}: {e}") from None

    # ------------------------------------------------------------------ writing

    def has_article(self, article_id: str) -> bool:
        """True when an article with this content hash is already in the ledger."""
        with self.engine.connect() as conn:
            return conn.execute(select(articles_t.c.id).where(articles_t.c.id == article_id)).first() is not None

    def add(self, article: Article, analysis: Analysis) -> bool:
        """Store an article with its analysis in one transaction; False if it was already there."""
        try:
            with self.engine.begin() as conn:
                if conn.execute(select(articles_t.c.id).where(articles_t.c.id == article.id)).first():
                    return False
                conn.execute(
                    articles_t.insert().values(
                        id=article.id,
                        url=article.url,
                        outlet=article.outlet,
                        title=article.title,
                        published=article.published,
                        published_from=article.published_from,
                        language=article.language,
                        source=article.source,
                        text=article.text,
                        ingested_at=datetime.now(timezone.utc).replace(tzinfo=None),
                    )
                )
                if analysis.places:
                    conn.execute(places_t.insert(), [_place_row(article.id, p) for p in analysis.places])
                if analysis.reports:
                    conn.execute(reports_t.insert(), [_report_row(r) for r in analysis.reports])
                if analysis.claims:
                    conn.execute(claims_t.insert(), [_claim_row(c) for c in analysis.claims])
            return True
        except IntegrityError:
            return False  # written meanwhile by another worker: the same content
        except SQLAlchemyError as e:
            raise LedgerError(f"[C402] could not store article {article.id[:12]}: {e.__class__.__name__}") from None

    def add_skipped(self, source: str, reason: str) -> None:
        """Record an item that could not be ingested (once per source and reason)."""
        try:
            with self.engine.begin() as conn:
                exists = conn.execute(
                    select(skipped_t.c.id).where(skipped_t.c.source == source, skipped_t.c.reason == reason)
                ).first()
                if not exists:
                    conn.execute(
                        skipped_t.insert().values(
                            source=source, reason=reason, first_seen=datetime.now(timezone.utc).replace(tzinfo=None)
                        )
                    )
        except IntegrityError:
            pass

    # ------------------------------------------------------------------ reading

    def article(self, article_id: str) -> Article | None:
        """One article by id or by a unique id prefix."""
        if not article_id:
            return None
        prefix = func.substr(articles_t.c.id, 1, len(article_id))
        with self.engine.connect() as conn:
            rows = conn.execute(select(articles_t).where(prefix == article_id).limit(2)).all()
        if len(rows) != 1:
            return None
        r = rows[0]
        return Article(
            id=r.id, text=r.text, title=r.title, url=r.url, outlet=r.outlet, published=r.published,
            published_from=r.published_from, language=r.language, source=r.source,
        )

    def articles(self) -> list[ArticleRow]:
        """All articles, newest first, with their numbers of reports and claims."""
        rc = select(reports_t.c.article_id, func.count().label("n")).group_by(reports_t.c.article_id).subquery()
        cc = select(claims_t.c.article_id, func.count().label("n")).group_by(claims_t.c.article_id).subquery()
        q = (
            select(articles_t.c.id, articles_t.c.title, articles_t.c.outlet, articles_t.c.published, articles_t.c.url,
                   articles_t.c.source, func.coalesce(rc.c.n, 0), func.coalesce(cc.c.n, 0))
            .outerjoin(rc, rc.c.article_id == articles_t.c.id)
            .outerjoin(cc, cc.c.article_id == articles_t.c.id)
            .order_by(articles_t.c.published.desc(), articles_t.c.id)
        )
        with self.engine.connect() as conn:
            return [ArticleRow(*row) for row in conn.execute(q)]

    def outlets(self) -> dict[str, str | None]:
        """Article id -> outlet, for every article."""
        with self.engine.connect() as conn:
            return {r.id: r.outlet for r in conn.execute(select(articles_t.c.id, articles_t.c.outlet))}

    def reports(self, article_id: str | None = None) -> list[Report]:
        """Every incident report (of one article, when given), in date order."""
        q = select(reports_t.c.data).order_by(reports_t.c.date_start, reports_t.c.id)
        if article_id:
            q = q.where(reports_t.c.article_id == article_id)
        with self.engine.connect() as conn:
            return [report_from_dict(json.loads(d)) for (d,) in conn.execute(q)]

    def claims(self, article_id: str | None = None) -> list[tuple[int, Claim]]:
        """Every claim (of one article, when given) with its ledger id, in date order."""
        q = select(claims_t.c.id, claims_t.c.data).order_by(claims_t.c.said_on, claims_t.c.id)
        if article_id:
            q = q.where(claims_t.c.article_id == article_id)
        with self.engine.connect() as conn:
            return [(i, claim_from_dict(json.loads(d))) for i, d in conn.execute(q)]

    def skipped(self) -> list[tuple[str, str]]:
        """Sources that could not be ingested, with their reasons."""
        with self.engine.connect() as conn:
            return [(r.source, r.reason) for r in conn.execute(select(skipped_t).order_by(skipped_t.c.id))]

    def coverage(self, place: Place | None, start: date | None, end: date | None, slack_days: int = 2) -> Coverage:
        """Articles and outlets that reported on a place (its city or province) in a window.

        An article counts when it mentions the place and was published within the window
        (or up to ``slack_days`` after it, since reports follow events).
        """
        q = select(articles_t.c.id, articles_t.c.outlet).distinct()
        if place is not None:
            q = q.join(places_t, places_t.c.article_id == articles_t.c.id)
            if place.level in ("province",) and place.admin1:
                q = q.where(places_t.c.admin1 == place.admin1)
            else:
                q = q.where(places_t.c.city == (place.city or place.resolved or place.name))
        if start is not None:
            q = q.where(articles_t.c.published >= start)
        if end is not None:
            q = q.where(articles_t.c.published <= end + timedelta(days=slack_days))
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
        ids = sorted({r.id for r in rows})
        outlets = sorted({r.outlet or f"unknown outlet ({r.id[:8]})" for r in rows})
        return Coverage(articles=len(ids), outlets=len(outlets), article_ids=ids, outlet_names=outlets)

    def stats(self) -> dict[str, int]:
        """Counts of articles, reports, claims and skipped items."""
        with self.engine.connect() as conn:
            return {
                name: conn.execute(select(func.count()).select_from(t)).scalar() or 0
                for name, t in (("articles", articles_t), ("reports", reports_t), ("claims", claims_t), ("skipped", skipped_t))
            }

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _place_row(article_id: str, p: Place) -> dict:
    return {
        "article_id": article_id, "name": p.name, "resolved": p.resolved, "city": p.city, "admin1": p.admin1,
        "country": p.country, "level": p.level, "lat": p.lat, "lon": p.lon, "start": p.start, "end": p.end,
    }


def _report_row(r: Report) -> dict:
    return {
        "article_id": r.article_id, "start": r.start, "end": r.end, "event_type": r.event_type,
        "date_start": r.when.start if r.when else None, "date_end": r.when.end if r.when else None,
        "city": r.where.city if r.where else None, "country": r.where.country if r.where else None, "data": _json(r),
    }


def _claim_row(c: Claim) -> dict:
    return {
        "article_id": c.article_id, "start": c.start, "end": c.end, "stance": c.stance, "speaker": c.speaker,
        "speaker_org": c.speaker_org, "actor": c.actor, "said_on": c.said_on, "data": _json(c),
    }


def open_ledger(db: str | os.PathLike | None = None) -> Ledger:
    """Open (creating if needed) the ledger at a path or URL."""
    return Ledger(db)


__all__ = ["Ledger", "ArticleRow", "open_ledger", "default_db_path", "ledger_file"]
