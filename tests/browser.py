"""Real-browser helpers for end-to-end and accessibility tests.

Its fixtures are loaded for every test (``pytest_plugins`` in ``tests/conftest.py``);
use them with pytest-django's ``live_server``::

    def test_home_is_accessible(live_server, page):
        page.goto(live_server.url + "/")
        violations = axe_violations(page)
        assert not violations, format_violations(violations)

Chromium is Debian's package (``/usr/bin/chromium``, or ``$CHROMIUM_PATH``)
driven by the ``playwright`` Python package; axe-core comes from npm. Both are
installed by ``scripts/install-browser.sh``. Playwright's own browser download
is not used, so pytest-playwright (which expects it) is not used either.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, sync_playwright

# Playwright's sync API keeps an asyncio event loop running in the main thread
# for as long as the browser is open. Django then treats every ORM call made
# from test code (fixtures, factories, assertions) as "called from an async
# context" and raises SynchronousOnlyOperation. The calls really are
# synchronous, so the check is switched off for the test process. Django reads
# the variable at call time, so setting it on import is early enough.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

REPO_ROOT = Path(__file__).resolve().parent.parent
AXE_PATH = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
INSTALL_HINT = "Install it with: bash scripts/install-browser.sh"

PHONE: ViewportSize = {"width": 390, "height": 844}
DESKTOP: ViewportSize = {"width": 1366, "height": 900}
VIEWPORTS: Mapping[str, ViewportSize] = {"phone": PHONE, "desktop": DESKTOP}

# Playwright adds --headless and its own automation flags, and passes a fresh,
# empty --user-data-dir (a temp dir it deletes on close) to every launch(); it
# refuses a --user-data-dir in args. The flags below stop Chromium from trying
# to reach Google services: on a machine without general network access it
# otherwise keeps retrying in the background. --no-sandbox is required when
# running as root (containers, CI).
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Containers often have a tiny /dev/shm; Chromium crashes when it fills.
    "--disable-dev-shm-usage",
)


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def _unavailable(message: str) -> None:
    """Skip locally, but never let CI silently skip browser tests."""
    if _in_ci():
        pytest.fail(f"{message} (CI=true, so this is an error, not a skip)", pytrace=False)
    pytest.skip(message)


def chromium_executable() -> str | None:
    """Path of the Chromium to drive, or None when it is not installed."""
    candidate = os.environ.get("CHROMIUM_PATH") or DEFAULT_CHROMIUM
    if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
        return candidate
    return shutil.which(candidate)


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    """One headless Chromium for the whole test session."""
    executable = chromium_executable()
    if executable is None:
        where = os.environ.get("CHROMIUM_PATH") or DEFAULT_CHROMIUM
        _unavailable(f"Chromium not found at {where}. {INSTALL_HINT}")

    # Point HOME/XDG dirs at a throwaway directory so Chromium's crash-report
    # database and caches land there instead of the user's home directory.
    home = tmp_path_factory.mktemp("chromium-home")
    env: dict[str, str | float | bool] = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable,
            headless=True,
            args=list(CHROMIUM_ARGS),
            env=env,
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page in its own browser context (no cookies or storage shared
    between tests), at desktop size."""
    context = browser.new_context(viewport=DESKTOP)
    try:
        yield context.new_page()
    finally:
        context.close()


# --- accessibility ------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _axe_source() -> str:
    return AXE_PATH.read_text(encoding="utf-8")


def _inject_axe(page: Page) -> None:
    if not AXE_PATH.is_file():
        _unavailable(f"axe-core not found at {AXE_PATH}. {INSTALL_HINT}")
    source = _axe_source()
    # Evaluated through the DevTools protocol rather than added as a <script>
    # tag, so a strict Content-Security-Policy on the site cannot block it.
    # axe also checks same-page iframes, but only those that have axe loaded;
    # a frame without it would make axe.run() wait for its answer.
    for frame in page.frames:
        try:
            frame.evaluate(source)
        except Exception:  # noqa: BLE001 - e.g. an error page or a frame being torn down
            if frame is page.main_frame:
                raise


def axe_violations(
    page: Page,
    impacts: Iterable[str] | None = ("serious", "critical"),
    *,
    context: Any = None,
    options: Mapping[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Run axe-core on the page as it is now and return its violations.

    ``impacts`` limits the result to those impact levels (axe uses "minor",
    "moderate", "serious", "critical"); pass None for all. ``context`` and
    ``options`` are handed to ``axe.run`` unchanged, e.g.
    ``context={"exclude": [[".third-party-widget"]]}`` or
    ``options={"runOnly": ["wcag2a", "wcag2aa"]}``.

    Each violation is a dict with ``id``, ``impact``, ``help``, ``helpUrl`` and
    ``nodes``: one dict per failing element with ``target`` (axe's selector
    list: one entry per iframe level, nested lists for shadow DOM),
    ``selector`` (the same as one readable string), ``html`` and ``summary``.
    """
    _inject_axe(page)
    run_options = {"resultTypes": ["violations"], **(options or {})}
    results = page.evaluate(
        "([context, options]) => axe.run(context || document, options)",
        [context, run_options],
    )
    wanted = None if impacts is None else set(impacts)
    return [
        {
            "id": violation["id"],
            "impact": violation.get("impact"),
            "help": violation.get("help", ""),
            "helpUrl": violation.get("helpUrl", ""),
            "nodes": [
                {
                    "target": node.get("target", []),
                    "selector": _selector(node.get("target", [])),
                    "html": node.get("html", ""),
                    "summary": node.get("failureSummary", ""),
                }
                for node in violation.get("nodes", [])
            ],
        }
        for violation in results["violations"]
        if wanted is None or violation.get("impact") in wanted
    ]


def _selector(target: list[Any]) -> str:
    # axe gives one selector per document: the iframe chain, then the element;
    # a part that is itself a list walks into shadow roots.
    parts = (" >>> ".join(p) if isinstance(p, list) else str(p) for p in target)
    return " >> ".join(parts)


def format_violations(violations: list[dict[str, Any]], max_nodes: int = 5) -> str:
    """Human-readable summary of axe_violations() output for assert messages."""
    if not violations:
        return "no accessibility violations"
    lines = [f"{len(violations)} accessibility violation(s):"]
    for violation in violations:
        lines.append(f"- [{violation['impact']}] {violation['id']}: {violation['help']} ({violation['helpUrl']})")
        nodes = violation["nodes"]
        for node in nodes[:max_nodes]:
            lines.append(f"    at {node['selector']}")
            html = " ".join(node["html"].split())
            if html:
                lines.append(f"       {html[:200]}")
        if len(nodes) > max_nodes:
            lines.append(f"    ... and {len(nodes) - max_nodes} more element(s)")
    return "\n".join(lines)


# --- screenshots --------------------------------------------------------------


def take_screenshots(
    page: Page,
    directory: str | os.PathLike[str],
    name: str,
    *,
    full_page: bool = True,
    viewports: Mapping[str, ViewportSize] = VIEWPORTS,
) -> dict[str, Path]:
    """Screenshot the current page at each viewport (phone 390x844 and
    desktop 1366x900 by default) as ``<directory>/<name>-<label>.png``.

    Only the viewport size changes, which is what CSS media queries see; the
    page is not reloaded, and the original size is restored afterwards.
    Returns ``{label: path}``.
    """
    out_dir = Path(directory)
    out_dir.mkdir(parents=True, exist_ok=True)
    safe_name = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") or "page"
    original = page.viewport_size
    paths: dict[str, Path] = {}
    try:
        for label, size in viewports.items():
            page.set_viewport_size({"width": size["width"], "height": size["height"]})
            path = out_dir / f"{safe_name}-{label}.png"
            page.screenshot(path=path, full_page=full_page)
            paths[label] = path
    finally:
        if original:
            page.set_viewport_size(original)
    return paths


# --- content built once per module ---------------------------------------------


@contextmanager
def live_site(django_db_blocker: Any, build: Callable[[], Any]) -> Iterator[tuple[str, Any]]:
    """Build content once and serve it for a whole module: yields (server URL, what `build` returned).

    pytest-django's ``live_server`` flushes the database after every test, so a
    module that visits the same pages in every locale would rebuild its content
    for each of them. Here the content is committed once, a server of its own
    serves it, and when the module is done the database is put back as the
    migrations left it (the default locale, the root page and collection, the
    groups): the tests that run after it expect those rows. Tests using it are
    marked ``django_db`` (so that pytest-django sets the test database up) and
    do not request ``live_server``.
    """
    from django.db import connection

    from pytest_django.live_server_helper import LiveServer

    from tests import migrated_rows

    with django_db_blocker.unblock():
        server = None
        try:
            content = build()
            server = LiveServer("localhost")
            server._live_server_modified_settings.enable()
            yield server.url, content
        finally:
            if server is not None:
                server._live_server_modified_settings.disable()
                server.stop()
            migrated_rows.restore(connection)


__all__ = [
    "AXE_PATH",
    "CHROMIUM_ARGS",
    "DESKTOP",
    "PHONE",
    "VIEWPORTS",
    "axe_violations",
    "browser",
    "chromium_executable",
    "format_violations",
    "live_site",
    "page",
    "take_screenshots",
]
