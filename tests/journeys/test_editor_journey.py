"""A communication officer's first day on a fresh `make run`, in a real browser.

Log in, add a news item with an image (autosave creates the page while the body is
being typed), publish it, translate it into Greek with wagtail-localize's editor,
add an event and a deliverable with a PDF, copy a page. The SQLite database is
written by the web server, the task worker and the scheduler at the same time,
exactly as on a newcomer's machine.
"""

from __future__ import annotations

import json
import re
import struct
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser import DESKTOP
from tests.journeys.stack import LocalStack

pytestmark = pytest.mark.browser

ALL_LOCALES = {code for code, _name in settings.LANGUAGES}
EDIT_URL = re.compile(r"/admin/pages/(\d+)/edit/")
# Autosave is given this long before one more keystroke (see wait_until_autosaved).
NUDGE_AFTER = 20
AUTOSAVE_TIMEOUT = 120
# The machine may be busy: give the server time rather than fail on a slow answer (ms).
SERVER_TIMEOUT = 90_000
# Set by Wagtail's unsaved-changes controller once it has taken its snapshot of the
# form: only edits made after that are seen (and autosaved).
WATCH_EDITS_SCRIPT = "document.addEventListener('w-unsaved:watch-edits', () => { window.watchingEdits = true })"
# A small PDF an editor could upload (the image is made by png()).
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def png(width: int = 64, height: int = 48) -> bytes:
    """A plain red picture, as a PNG file."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xc8\x3c\x28" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


@dataclass
class Editor:
    """The editor's browser tab, and every server error it received."""

    page: Page
    stack: LocalStack
    server_errors: list[str] = field(default_factory=list)

    def goto(self, path: str) -> None:
        self.page.goto(self.stack.url + path)

    def parent_id(self, url_path: str) -> int:
        (page_id,) = self.stack.query("SELECT id FROM wagtailcore_page WHERE url_path = ?", (url_path,))[0]
        return page_id


@pytest.fixture
def editor(browser: Browser, local_stack: LocalStack) -> Iterator[Editor]:
    context = browser.new_context(viewport=DESKTOP)
    context.set_default_timeout(SERVER_TIMEOUT)
    context.add_init_script(WATCH_EDITS_SCRIPT)
    page = context.new_page()
    editor = Editor(page, local_stack)
    page.on(
        "response",
        lambda response: (
            editor.server_errors.append(f"{response.request.method} {response.url} {response.status}")
            if response.status >= 500
            else None
        ),
    )
    page.goto(f"{local_stack.url}/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", local_stack.admin_password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    try:
        yield editor
    finally:
        context.close()


# --- what an editor does ----------------------------------------------------------


def open_add_form(editor: Editor, model: str, parent_path: str) -> None:
    editor.goto(f"/admin/pages/add/knowledge/{model}/{editor.parent_id(parent_path)}/")
    editor.page.wait_for_function("window.watchingEdits === true")


def type_into(editor: Editor, selector: str, text: str) -> None:
    field_ = editor.page.locator(selector)
    field_.click()
    field_.press_sequentially(text)
    field_.press("Tab")


def add_paragraph(editor: Editor, stream_field: str, text: str) -> None:
    section = editor.page.locator(f"#panel-child-content-{stream_field}-section")
    section.locator(".c-sf-add-button").last.click()
    editor.page.get_by_role("option", name="Paragraph").click()
    section.locator(".DraftEditor-root [contenteditable=true]").last.click()
    editor.page.keyboard.type(text)


def type_rich_text(editor: Editor, field_name: str, text: str) -> None:
    editor.page.locator(f"#panel-child-content-{field_name}-section [contenteditable=true]").click()
    editor.page.keyboard.type(text)


def upload_in_chooser(editor: Editor, kind: str, file: Path, title: str, **fields: str) -> None:
    """Upload a file in the image or document chooser that is open, which then chooses it."""
    modal = editor.page.locator(".modal")
    modal.locator("#tab-label-upload").click()
    modal.locator(f"input[name={kind}-chooser-upload-file]").set_input_files(file)
    modal.locator(f"input[name={kind}-chooser-upload-title]").fill(title)
    for name, value in fields.items():
        modal.locator(f"input[name={kind}-chooser-upload-{name}]").fill(value)
    modal.get_by_role("button", name="Upload").click()
    modal.wait_for(state="detached")


def add_image_block(editor: Editor, image: Path, description: str) -> None:
    section = editor.page.locator("#panel-child-content-body-section")
    section.locator(".c-sf-add-button").last.click()
    editor.page.get_by_role("option", name="Image").click()
    section.get_by_role("button", name="Choose an image").click()
    upload_in_chooser(editor, "image", image, "Kick-off meeting", description=description)


def wait_until_autosaved(editor: Editor, *typed: str) -> int:
    """Wait until autosave has created the page and stored everything typed; return its id."""
    started = time.monotonic()
    deadline = started + AUTOSAVE_TIMEOUT
    nudged = False
    while time.monotonic() < deadline:
        match = EDIT_URL.search(editor.page.url)
        if match:
            page_id = int(match.group(1))
            rows = editor.stack.query(
                "SELECT content FROM wagtailcore_revision WHERE object_id = ? AND base_content_type_id = "
                "(SELECT id FROM django_content_type WHERE app_label = 'wagtailcore' AND model = 'page') "
                "ORDER BY id DESC LIMIT 1",
                (str(page_id),),
            )
            if rows and all(text in rows[0][0] for text in typed):
                return page_id
            # Wagtail's autosave can miss what was typed while its first request (the one that creates
            # the page) was under way, until the next edit: seen once in about ten runs, with the indicator
            # saying "saved". The editor's next keystroke saves it; publishing sends every field anyway,
            # and the test checks the live pages hold everything typed.
            if not nudged and time.monotonic() > started + NUDGE_AFTER:
                editor.page.locator("#id_title").press("End")
                editor.page.locator("#id_title").press_sequentially(" ")
                nudged = True
        editor.page.wait_for_timeout(500)
    indicator = editor.page.locator("#w-autosave-indicator")
    raise AssertionError(
        f"Autosave did not store the page within {AUTOSAVE_TIMEOUT} s (at {editor.page.url}); "
        f"the indicator says {indicator.get_attribute('data-w-autosave-state-value')!r}: "
        f"{indicator.get_attribute('data-w-tooltip-content-value')!r}. "
        f"Server errors: {editor.server_errors}; server log: {editor.stack.problems_in_log()[:10]}"
    )


def publish(editor: Editor) -> None:
    editor.page.locator("footer .w-dropdown__toggle").first.click()
    editor.page.locator("button[name=action-publish]").click()
    expect(editor.page.locator(".messages")).to_contain_text("has been published", timeout=SERVER_TIMEOUT)


def open_page_actions(editor: Editor, page_id: int, action: str) -> None:
    """Choose an action from the "…" menu at the top of the page's edit view."""
    editor.goto(f"/admin/pages/{page_id}/edit/")
    editor.page.locator("[data-controller=w-dropdown] > button.w-h-slim-header").first.click()
    editor.page.get_by_role("link", name=action, exact=True).click()


def add_news_item(editor: Editor, image: Path) -> int:
    open_add_form(editor, "newspage", "/home/news/")
    # Typing the title makes autosave create the page in the background while the
    # editor goes on typing the rest.
    type_into(editor, "#id_title", "Cluster managers meet in Sofia")
    type_into(editor, "#id_date", "2026-11-20")
    type_into(editor, "#id_introduction", "Managers of twenty clusters met to plan the pilots.")
    add_paragraph(editor, "body", "Twenty cluster managers agreed on three pilot actions.")
    add_image_block(editor, image, "Cluster managers around a table")
    news_id = wait_until_autosaved(editor, "Twenty cluster managers agreed", "plan the pilots")
    publish(editor)
    return news_id


def translate_into_greek(editor: Editor, page_id: int, translations: dict[str, str]) -> None:
    """Submit the page for translation into Greek, translate each source text in
    wagtail-localize's editor, and publish the translation."""
    open_page_actions(editor, page_id, "Translate this page")
    editor.page.get_by_label("Ελληνικά").check()
    editor.page.get_by_role("button", name="Submit").click()
    editor.page.wait_for_url(EDIT_URL)
    for source, text in translations.items():
        segment = editor.page.locator("li.incomplete", has_text=source)
        segment.get_by_role("button", name="Translate", exact=True).click()
        segment.locator("textarea").fill(text)
        # The editor shows the segment as done before the server has stored it.
        with editor.page.expect_response(lambda response: response.request.method == "PUT") as saved:
            segment.get_by_role("button", name="Save", exact=True).click()
        assert saved.value.ok, saved.value.status
    editor.page.get_by_role("button", name="Publish in Ελληνικά").click()
    expect(editor.page.locator(".messages")).to_contain_text("Published", timeout=SERVER_TIMEOUT)


def add_event(editor: Editor) -> int:
    open_add_form(editor, "eventpage", "/home/events/")
    type_into(editor, "#id_title", "Workshop on cluster internationalisation")
    type_into(editor, "#id_start_date", "2027-03-10")
    type_into(editor, "#id_venue", "Chamber of Commerce, Thessaloniki")
    add_paragraph(editor, "body", "A day of exchange on entering foreign markets together.")
    event_id = wait_until_autosaved(editor, "entering foreign markets", "Chamber of Commerce")
    publish(editor)
    return event_id


def add_deliverable(editor: Editor, pdf: Path) -> int:
    open_add_form(editor, "deliverablepage", "/home/deliverables/")
    type_into(editor, "#id_title", "Report on regional cluster policies")
    # Autosave waits (paused, "validation errors") until the work package is chosen.
    editor.page.get_by_role("button", name="Choose work package").click()
    editor.page.locator(".modal").get_by_role("link", name=re.compile(r"^WP3 ")).click()
    type_into(editor, "#id_code", "D3.1")
    type_into(editor, "#id_date", "2026-10-31")
    editor.page.select_option("#id_deliverable_type", "report")
    type_rich_text(editor, "summary", "Twelve regional policies compared side by side.")
    editor.page.get_by_role("button", name="Choose a document").click()
    upload_in_chooser(editor, "document", pdf, "Report on regional cluster policies (PDF)")
    deliverable_id = wait_until_autosaved(editor, "Twelve regional policies compared", "D3.1")
    publish(editor)
    return deliverable_id


def copy_page(editor: Editor, page_id: int, title: str, slug: str) -> int:
    open_page_actions(editor, page_id, "Copy")
    editor.page.fill("#id_new_title", title)
    editor.page.fill("#id_new_slug", slug)
    editor.page.get_by_label("Publish copied page").check()
    editor.page.get_by_role("button", name="Copy this page").click()
    expect(editor.page.locator(".messages")).to_contain_text("copied", timeout=SERVER_TIMEOUT)
    (copy_id,) = editor.stack.query(
        "SELECT id FROM wagtailcore_page WHERE slug = ? AND alias_of_id IS NULL AND locale_id = "
        "(SELECT id FROM wagtailcore_locale WHERE language_code = 'en')",
        (slug,),
    )[0]
    return copy_id


# --- what the test checks -------------------------------------------------------


def live_field(stack: LocalStack, table: str, column: str, page_id: int) -> str:
    return stack.query(f"SELECT {column} FROM {table} WHERE page_ptr_id = ?", (page_id,))[0][0]  # noqa: S608


def greek_counterpart(stack: LocalStack, page_id: int) -> int:
    (greek_id,) = stack.query(
        "SELECT id FROM wagtailcore_page WHERE alias_of_id IS NULL AND translation_key = "
        "(SELECT translation_key FROM wagtailcore_page WHERE id = ?) AND locale_id = "
        "(SELECT id FROM wagtailcore_locale WHERE language_code = 'el')",
        (page_id,),
    )[0]
    return greek_id


# Alone: Wagtail's autosave answers within its timeouts on a busy machine, but not when every core is taken.
@pytest.mark.exclusive
def test_editor_creates_translates_and_copies_pages_on_the_make_run_stack(editor, local_stack, tmp_path):
    log_start = local_stack.log_size()
    image, pdf = tmp_path / "kick-off.png", tmp_path / "regional-policies.pdf"
    image.write_bytes(png())
    pdf.write_bytes(PDF)
    greek = {
        "Cluster managers meet in Sofia": "Διαχειριστές συστάδων συναντιούνται στη Σόφια",
        "Twenty cluster managers agreed on three pilot actions.": "Είκοσι διαχειριστές συμφώνησαν σε τρεις δράσεις.",
        "Cluster managers around a table": "Διαχειριστές συστάδων γύρω από ένα τραπέζι",
    }

    news_id = add_news_item(editor, image)
    translate_into_greek(editor, news_id, greek)
    event_id = add_event(editor)
    deliverable_id = add_deliverable(editor, pdf)
    copy_id = copy_page(
        editor, news_id, "Cluster managers meet in Sofia (second group)", "cluster-managers-second-group"
    )

    assert not editor.server_errors, editor.server_errors
    assert not local_stack.problems_in_log(log_start), "\n".join(local_stack.problems_in_log(log_start)[:20])

    for page_id in (news_id, event_id, deliverable_id):
        assert local_stack.locales_of(page_id, live_only=True) == ALL_LOCALES, page_id

    # Nothing typed is lost: the live pages hold the text, the image and the document.
    body = json.loads(live_field(local_stack, "knowledge_newspage", "body", news_id))
    assert [block["type"] for block in body] == ["paragraph", "image"]
    assert "Twenty cluster managers agreed on three pilot actions." in body[0]["value"]
    assert body[1]["value"]["alt_text"] == "Cluster managers around a table"
    (image_file,) = local_stack.query(
        "SELECT file FROM wagtailimages_image WHERE id = ?", (body[1]["value"]["image"],)
    )[0]
    assert (local_stack.var_dir / "media" / image_file).read_bytes() == image.read_bytes()
    assert "plan the pilots" in live_field(local_stack, "knowledge_newspage", "introduction", news_id)

    greek_id = greek_counterpart(local_stack, news_id)
    (greek_title,) = local_stack.query("SELECT title FROM wagtailcore_page WHERE id = ?", (greek_id,))[0]
    assert greek_title == greek["Cluster managers meet in Sofia"]
    greek_body = json.loads(live_field(local_stack, "knowledge_newspage", "body", greek_id))
    assert greek["Twenty cluster managers agreed on three pilot actions."] in greek_body[0]["value"]
    assert greek_body[1]["value"]["alt_text"] == greek["Cluster managers around a table"]

    assert "foreign markets" in live_field(local_stack, "knowledge_eventpage", "body", event_id)
    assert "Twelve regional policies" in live_field(local_stack, "knowledge_deliverablepage", "summary", deliverable_id)
    document_id = live_field(local_stack, "knowledge_deliverablepage", "document_id", deliverable_id)
    (document_file,) = local_stack.query("SELECT file FROM wagtaildocs_document WHERE id = ?", (document_id,))[0]
    download = editor.page.request.get(f"{local_stack.url}/documents/{document_id}/{Path(document_file).name}")
    assert download.ok and download.body() == PDF

    # Visitors see the pages: the English news item with its image, the Greek translation.
    english = editor.page.request.get(f"{local_stack.url}/en/news/cluster-managers-meet-in-sofia/")
    assert english.ok and "Twenty cluster managers agreed" in english.text() and "<img" in english.text()
    # The Greek page lives under the Greek news index's own slug: follow the page's hreflang link to it.
    greek_url = re.search(r'<link rel="alternate" hreflang="el" href="([^"]+)"', english.text()).group(1)
    translated = editor.page.request.get(local_stack.url + urlsplit(greek_url).path)
    assert translated.ok and greek["Twenty cluster managers agreed on three pilot actions."] in translated.text()

    # Last, because the admin's Copy action creating no aliases is its own defect (issue 8, item 2).
    assert local_stack.locales_of(copy_id, live_only=True) == ALL_LOCALES, "the copied page is missing in some locales"
