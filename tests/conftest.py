"""Shared fixtures for the ingest, ledger, CLI and benchmark-rule tests.

- ``ledger``: a real SQLite ledger file in the test's tmp_path.
- ``examples_dir``: the bundled sample articles (examples/).
- ``shared_dir``: the read-only ../shared folder beside the repo; tests that need it skip
  with "../shared is absent: ..." when it is not there. The ``needs_shared`` marker does
  the same for a whole test.
- ``article_text``: article_text(n) gives a distinct small self-written article.
- ``write_article``: writes a small, self-written article file and returns its path.
- ``assert_ledger_consistent``: no report, claim or place row without its article row.

The spaCy pipeline is not a fixture here: tests that need it call
``counterclaim.analyze.get_nlp()``, which loads it once per process.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from counterclaim.ledger import Ledger, articles_t, claims_t, places_t, reports_t

REPO_ROOT = Path(__file__).resolve().parents[1]
EXAMPLES_DIR = REPO_ROOT / "examples"
SHARED_DIR = REPO_ROOT.parent / "shared"
SHARED_ABSENT = f"../shared is absent: {SHARED_DIR} does not exist (it is laid beside the repo for developers and CI)"


def pytest_configure(config):
    config.addinivalue_line("markers", "needs_shared: the test reads ../shared (skipped when it is absent)")


def pytest_runtest_setup(item):
    if item.get_closest_marker("needs_shared") and not SHARED_DIR.is_dir():
        pytest.skip(SHARED_ABSENT)


@pytest.fixture
def ledger(tmp_path):
    """A real SQLite ledger file under tmp_path."""
    led = Ledger(tmp_path / "ledger.db")
    yield led
    led.close()


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    if not EXAMPLES_DIR.is_dir():
        pytest.fail(f"the sample articles are missing: {EXAMPLES_DIR}")
    return EXAMPLES_DIR


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared relative to the repo root; skips the test when it is absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip(SHARED_ABSENT)
    return SHARED_DIR


@pytest.fixture(scope="session")
def seed_article(shared_dir) -> Path:
    """The reference article in ../shared/seeds (read-only; never copied into the repo)."""
    path = shared_dir / "seeds" / "000_f589b0ffa91b9a19.txt"
    if not path.is_file():
        pytest.skip(f"../shared is absent: the reference article {path} is not there")
    return path


# Self-written sentences (not news copy), each a complete small article with an incident.
_PLACES = ["Homs", "Idlib", "Hama", "Aleppo", "Deir ez-Zor", "Raqqa", "Daraa", "Latakia"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _article_text(n: int) -> str:
    """A distinct small article (n picks place, day and figures)."""
    place = _PLACES[n % len(_PLACES)]
    day = _WEEKDAYS[n % len(_WEEKDAYS)]
    killed = 3 + n
    return (
        f"Shelling reported in {place} (test item {n})\n\n"
        f"Artillery shells landed on a residential street in {place} on {day}, killing {killed} people, "
        f"a local monitoring group said.\n\n"
        f"Residents said the shelling went on for about {n + 2} hours and damaged a school and a water station.\n\n"
        f"A Syrian army spokesman said the army had not shelled {place} on {day}.\n"
    )


@pytest.fixture
def article_text():
    """article_text(n) -> the text of a distinct small self-written article."""
    return _article_text


@pytest.fixture
def write_article(tmp_path):
    """write_article(name, n=0, folder=tmp_path) -> Path of a small UTF-8 article file."""

    def write(name: str = "good.txt", n: int = 0, folder: Path | None = None) -> Path:
        path = (folder or tmp_path) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_article_text(n), encoding="utf-8")
        return path

    return write


@pytest.fixture
def assert_ledger_consistent():
    """assert_ledger_consistent(ledger): every report/claim/place row has its article row."""

    def check(led: Ledger) -> None:
        with led.engine.connect() as conn:
            ids = select(articles_t.c.id)
            for table in (reports_t, claims_t, places_t):
                orphans = conn.execute(
                    select(func.count()).select_from(table).where(table.c.article_id.not_in(ids))
                ).scalar()
                assert orphans == 0, f"{orphans} {table.name} row(s) without their article"
        rows = led.articles()
        for row in rows:
            assert len(led.reports(row.id)) == row.reports
            assert len(led.claims(row.id)) == row.claims
        stats = led.stats()
        assert stats["articles"] == len(rows)
        assert stats["reports"] == sum(r.reports for r in rows)
        assert stats["claims"] == sum(r.claims for r in rows)

    return check


BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _import_benchmark(name: str):
    """Import ``benchmarks/<name>.py`` as a module (its ``_common`` on the path meanwhile), for
    tests of a benchmark's scoring rules."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location(f"{name}_benchmark", BENCHMARKS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.fixture(scope="session")
def load_benchmark():
    """A function that imports ``benchmarks/<name>.py`` as a module."""
    return _import_benchmark
