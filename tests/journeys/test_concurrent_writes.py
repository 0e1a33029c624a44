"""Three processes writing one SQLite file on `make run`: the web server (editors creating
and publishing pages, each with eleven aliases), the task worker (index updates and
e-mails) and a process queueing more tasks. None may meet "database is locked"."""

from __future__ import annotations

import subprocess
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings

from tests.journeys.admin_client import AdminSession
from tests.journeys.stack import LOCKED, PYTHON, REPO_ROOT, LocalStack

ALL_LOCALES = {code for code, _name in settings.LANGUAGES}
EDITORS = 2
PAGES_PER_EDITOR = 3
# The editor's JavaScript renders the body's blocks and their count; a news item without blocks.
EMPTY_BODY = {"body-count": "0"}


def create_and_publish(stack: LocalStack, editor: int) -> list[tuple[int, int, int]]:
    """Create news items the way autosave does (a JSON request), then publish each one.

    Returns (page id, status of the creation, status of the publication) per item.
    """
    admin = AdminSession(stack.url, "admin", stack.admin_password)
    (news_index_id,) = stack.query("SELECT id FROM wagtailcore_page WHERE url_path = '/home/news/'")[0]
    add_path = f"/admin/pages/add/knowledge/newspage/{news_index_id}/"
    results = []
    for number in range(PAGES_PER_EDITOR):
        title = f"Concurrent news {editor}-{number}"
        fields = admin.page_form(add_path) | {"title": title, "slug": f"concurrent-news-{editor}-{number}"}
        created = admin.post(add_path, fields | {"date": "2026-12-01"} | EMPTY_BODY, Accept="application/json")
        page_id = created.json().get("pk") if created.status_code == 200 else None
        if page_id is None:
            results.append((0, created.status_code, 0))
            continue
        edit_path = f"/admin/pages/{page_id}/edit/"
        publish = admin.page_form(edit_path) | EMPTY_BODY | {"action-publish": "action-publish"}
        published = admin.post(edit_path, publish)
        results.append((page_id, created.status_code, published.status_code))
    return results


def tasks_finished_since(stack: LocalStack, moment: str) -> dict[str, int]:
    """How many tasks the worker finished since `moment` (UTC, as stored), by outcome."""
    rows = stack.query(
        "SELECT status, count(*) FROM django_tasks_database_dbtaskresult WHERE finished_at >= ? GROUP BY status",
        (moment,),
    )
    return dict(rows)


def test_pages_created_and_published_while_tasks_are_written_never_meet_a_locked_database(local_stack, tmp_path):
    log_start = local_stack.log_size()
    (test_start,) = local_stack.query("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')")[0]
    stop_file = tmp_path / "stop"
    writer = subprocess.Popen(  # noqa: S603 - a module of the test suite
        [PYTHON, "-m", "tests.journeys.task_writer", str(stop_file)],
        cwd=REPO_ROOT,
        env=local_stack.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        with ThreadPoolExecutor(EDITORS) as pool:
            results = [
                item
                for items in pool.map(lambda n: create_and_publish(local_stack, n), range(EDITORS))
                for item in items
            ]
    finally:
        stop_file.touch()
        writer_output, _ = writer.communicate(timeout=300)

    assert writer.returncode == 0, writer_output[-3000:]
    rounds = writer_output.count(" queued")
    assert rounds > 0
    assert [(created, published) for _page, created, published in results] == [(200, 302)] * EDITORS * PAGES_PER_EDITOR

    problems = local_stack.problems_in_log(log_start)
    assert not [line for line in problems if LOCKED in line], "\n".join(problems[:20])
    assert not problems, "\n".join(problems[:20])
    # The worker wrote all along (index updates, e-mails), and no task failed.
    assert tasks_finished_since(local_stack, test_start).keys() == {"SUCCESSFUL"}

    for page_id, _created, _published in results:
        assert local_stack.locales_of(page_id, live_only=True) == ALL_LOCALES, page_id
