"""Exports of checked claims: schema.org ClaimReview JSON-LD and plain JSON Lines.

Both take the claim views of :func:`counterclaim.present.views.check_view` (plain dicts).
A view may carry two optional additions that the ledger knows and the check does not
(the ``export`` command adds them):

- ``view["article"]``: ``{"url", "title", "outlet", "published"}`` of the claim's article;
- ``view["evidence"][i]["url"]``: the URL of an evidence report's article.

ClaimReview rating scale
------------------------
``reviewRating.ratingValue`` is an ordinal from 1 (worst) to 4 (best): how far the
independent reporting in the ledger bears the claim out.

====  ============  ===========================================================
 1    contradicted  independent, fair-or-better evidence goes against the claim
 2    disputed      some evidence goes against it, but it is weak or contested
 3    unverified    too little coverage to say either way (no evidence against
                    it found, none for it either)
 4    supported     independent sources confirm it (for a denial: the place and
                    period were well covered and nobody reported the incident)
====  ============  ===========================================================

``reviewRating.alternateName`` is the verdict word itself, which is what a reader (and
Google's fact-check tools) show; ``ratingExplanation`` and ``reviewBody`` carry the
check's explanation, and ``citation`` lists the evidence quotes with their outlets.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, Iterable

from ..records import VERDICTS

RATING: dict[str, int] = {"contradicted": 1, "disputed": 2, "unverified": 3, "supported": 4}
WORST_RATING = 1
BEST_RATING = 4

CONTEXT = "https://schema.org"


def _text(value: Any) -> str | None:
    """A plain, stripped string (or None): whatever the view holds is exported as text."""
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    text = text.strip()
    return text or None


def _iso_date(value: Any) -> str | None:
    """An ISO 8601 calendar date (YYYY-MM-DD), or None when the value is not a date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        return None


def _http_url(value: Any) -> str | None:
    """A URL only when it is an absolute http(s) URL (file paths and junk are dropped)."""
    url = _text(value)
    if url and url.lower().startswith(("http://", "https://")) and not any(ch.isspace() for ch in url):
        return url
    return None


def _party(key: Any) -> dict | None:
    """The party (actor key of the lexicon) as an Organization, with its display name."""
    key = _text(key)
    if not key:
        return None
    name = key
    try:
        from ..analyze import lexicon

        name = lexicon.load().actor_names.get(key) or key
    except Exception:  # the lexicon is a nicety here: the key alone is still exported
        pass
    return {"@type": "Organization", "name": name, "identifier": key}


def _claim_author(view: dict) -> dict | None:
    """Person (the speaker) or Organization (the speaker's organisation), with the party."""
    speaker, org = _text(view.get("speaker")), _text(view.get("speaker_org"))
    party = _party(view.get("speaker_actor"))
    if speaker:
        author: dict = {"@type": "Person", "name": speaker}
        if org:
            author["affiliation"] = {"@type": "Organization", "name": org}
    elif org:
        author = {"@type": "Organization", "name": org}
    elif party:
        return party
    else:
        return None
    if party:
        author["memberOf"] = party
    return author


def _appearance(view: dict, quote: str | None) -> dict:
    article = view.get("article") or {}
    work: dict = {"@type": "CreativeWork"}
    url = _http_url(article.get("url"))
    if url:
        work["url"] = url
    if _text(article.get("title")):
        work["headline"] = _text(article.get("title"))
    if _iso_date(article.get("published")):
        work["datePublished"] = _iso_date(article.get("published"))
    if _text(article.get("outlet")):
        work["publisher"] = {"@type": "Organization", "name": _text(article.get("outlet"))}
    if quote:
        work["text"] = quote
    return work


def _citations(view: dict) -> list[dict]:
    out = []
    for e in view.get("evidence") or []:
        if not isinstance(e, dict):
            continue
        item: dict = {"@type": "CreativeWork"}
        if _text(e.get("quote")):
            item["text"] = _text(e.get("quote"))
        if _http_url(e.get("url")):
            item["url"] = _http_url(e.get("url"))
        if _text(e.get("outlet")):
            item["publisher"] = {"@type": "Organization", "name": _text(e.get("outlet"))}
        if _iso_date(e.get("date")):
            item["temporalCoverage"] = _iso_date(e.get("date"))
        if _text(e.get("place")):
            item["spatialCoverage"] = {"@type": "Place", "name": _text(e.get("place"))}
        if len(item) > 1:
            out.append(item)
    return out


def _coverage_sentence(view: dict) -> str | None:
    cov = view.get("coverage") or {}
    if not isinstance(cov, dict) or cov.get("articles") is None:
        return None
    return f"Coverage of the claim's place and period: {cov.get('articles')} article(s) from {cov.get('outlets', 0)} outlet(s)."


def claimreview(
    views: list[dict],
    *,
    org_name: str,
    org_url: str | None,
    review_url: str | None = None,
    today: date | None = None,
) -> list[dict]:
    """schema.org ClaimReview JSON-LD objects, one per claim view.

    Args:
        views: claim views (:func:`counterclaim.present.views.check_view`), optionally
            with ``article`` and evidence ``url`` additions (see the module docstring).
        org_name: the reviewing organisation (ClaimReview ``author``).
        org_url: its web site, or None.
        review_url: the review's own URL: a template where ``{id}`` is replaced by the
            claim's id (e.g. ``https://example.org/claims/{id}``); omitted when None.
        today: the review's ``datePublished`` (default: today).

    Returns:
        JSON-ready dicts; every nested object has an ``@type`` and dates are ISO 8601.
    """
    published = (today or date.today()).isoformat()
    author: dict = {"@type": "Organization", "name": _text(org_name) or "counterclaim"}
    if _http_url(org_url):
        author["url"] = _http_url(org_url)
    out = []
    for view in views:
        verdict = view.get("verdict")
        if verdict not in RATING:
            raise ValueError(f"[C601] claim {view.get('id')!r} has no known verdict: {verdict!r} (expected one of {', '.join(VERDICTS)})")
        quote = _text(view.get("quote"))
        explanation = _text(view.get("explanation"))
        claim: dict = {"@type": "Claim"}
        claim_author = _claim_author(view)
        if claim_author:
            claim["author"] = claim_author
        if _iso_date(view.get("said_on")):
            claim["datePublished"] = _iso_date(view.get("said_on"))
        appearance = _appearance(view, quote)
        claim["appearance"] = [appearance]
        first = view.get("first_appearance")
        if isinstance(first, dict):
            claim["firstAppearance"] = _appearance({"article": first}, _text(first.get("text")) or quote)
        rating: dict = {
            "@type": "Rating",
            "ratingValue": RATING[verdict],
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": verdict,
        }
        if explanation:
            rating["ratingExplanation"] = explanation
        coverage = None if explanation and "outlet(s)" in explanation else _coverage_sentence(view)
        body = " ".join(x for x in (explanation, coverage) if x)
        review: dict = {
            "@context": CONTEXT,
            "@type": "ClaimReview",
            "claimReviewed": quote or "",
            "datePublished": published,
            "author": author,
            "itemReviewed": claim,
            "reviewRating": rating,
        }
        if review_url and view.get("id") is not None:
            url = _http_url(review_url.replace("{id}", str(view["id"])))
            if url:
                review["url"] = url
        if body:
            review["reviewBody"] = body
        citations = _citations(view)
        if citations:
            review["citation"] = citations
        out.append(review)
    return out


# Characters JSON leaves raw that other tools take as line breaks (str.splitlines, JavaScript)
# or that end a <script> element: escaped, the JSON means the same and stays on one line.
_ESCAPES = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}
_HTML_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


def _escape(text: str, table: dict[str, str]) -> str:
    return "".join(table.get(ch, ch) for ch in text) if any(ch in text for ch in table) else text


def dumps_jsonld(reviews: list[dict], *, indent: int | None = 2) -> str:
    """ClaimReview objects as JSON text that can also be pasted into an HTML
    ``<script type="application/ld+json">`` element (``<``, ``>``, ``&`` and line
    separators are written as \\u escapes; the JSON is the same)."""
    text = json.dumps(reviews, ensure_ascii=False, indent=indent, default=_json_default)
    return _escape(_escape(text, _ESCAPES), _HTML_ESCAPES)


def jsonl(views: Iterable[dict]) -> str:
    """The views as JSON Lines: one JSON object per line, UTF-8 text, a newline after each.

    Line and paragraph separators inside strings are escaped, so that every reader splits
    the text into exactly one line per view.
    """
    return "".join(_escape(json.dumps(v, ensure_ascii=False, default=_json_default), _ESCAPES) + "\n" for v in views)


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot export a {type(value).__name__} as JSON")


__all__ = ["claimreview", "dumps_jsonld", "jsonl", "RATING", "BEST_RATING", "WORST_RATING"]
