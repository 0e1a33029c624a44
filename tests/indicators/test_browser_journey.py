"""The issue's definition of done, in a real browser, through Varnish.

Visitors read a page with and without JavaScript (served from the frontend cache the second time),
one downloads a deliverable; an issue of the newsletter is sent and a member posts in a forum. A
project manager opens Reports → Communication indicators, picks the reporting period, sees every
figure, and downloads an XLSX whose numbers match the database. axe finds no serious violation.
"""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.db.models import Sum

from wagtail.documents import get_document_model

import openpyxl
import pytest

from forums.structure import load_forum_structure
from indicators import counting
from indicators.models import Count
from indicators.report import reporting_periods
from newsletters.models import Campaign
from newsletters.services import campaign_schedule
from tests.browser import axe_violations, format_violations
from tests.caching.test_varnish import varnish_in_front_of
from tests.factories.forums import site_forum, topic_with_posts
from tests.factories.knowledge import DeliverableIndexPageFactory, DeliverablePageFactory, NewsPageFactory
from tests.factories.newsletters import NewsletterIndexPageFactory, NewsletterPageFactory, SubscriberFactory
from tests.indicators.beacons import BROWSER
from tests.ports import free_port

PASSWORD = "a long password for the manager"


def _views(page):
    return Count.objects.filter(kind=Count.Kind.PAGE_VIEW, object_id=page.pk).aggregate(n=Sum("count"))["n"] or 0


@pytest.fixture
def varnish(live_server, monkeypatch):
    monkeypatch.setenv("TEST_VARNISH_PORT", str(free_port()))
    with varnish_in_front_of(live_server.url) as url:
        yield url


@pytest.mark.django_db(transaction=True)
def test_a_project_manager_reports_what_visitors_and_members_did(
    live_server, varnish, browser, redis_cache, home_page, settings
):
    article = NewsPageFactory(parent=home_page, title="Cluster maps of the Danube region")
    document = get_document_model().objects.create(title="D3.2", file=ContentFile(b"%PDF-1.4 report", "d32.pdf"))
    deliverable = DeliverablePageFactory(
        parent=DeliverableIndexPageFactory(parent=home_page), title="Regional cluster policy review", document=document
    )
    load_forum_structure()
    issue = NewsletterPageFactory(parent=NewsletterIndexPageFactory(parent=home_page), title="Spring issue")
    SubscriberFactory(email="reader@example.org")

    # Headless Chromium says so in its user agent, and is not counted (it is on the bots' list): these
    # visitors give the user agent of the browser it is.
    # Two visitors with JavaScript: the second gets the page from Varnish and is counted all the same.
    for cache_status in ("MISS", "HIT"):
        reader = browser.new_context(user_agent=BROWSER)
        tab = reader.new_page()
        with tab.expect_request(lambda request: "/seen?" in request.url and request.method == "POST"):
            answer = tab.goto(varnish + article.url)
        assert answer.headers.get("x-cache", "").startswith(cache_status)
        assert not reader.cookies()
    # ...who downloads the deliverable from its page.
    tab.goto(varnish + deliverable.url)
    with tab.expect_download() as download:
        tab.locator(f"a[href='{document.url}']").first.click()
    assert download.value.path().read_bytes().startswith(b"%PDF")
    reader.close()

    # A visitor without JavaScript: the <noscript> image counts the view.
    plain = browser.new_context(java_script_enabled=False, user_agent=BROWSER)
    with plain.new_page() as quiet_tab, quiet_tab.expect_response(lambda r: "/seen?" in r.url) as pixel:
        quiet_tab.goto(varnish + article.url)
    assert pixel.value.status == 200
    plain.close()

    campaign_schedule(issue)
    topic_with_posts(forum=site_forum("WG3"), replies=1)
    counting.flush()
    assert _views(article) == 3
    assert _views(deliverable) == 1
    assert Campaign.objects.get().status == Campaign.Status.DONE

    manager = get_user_model().objects.create_user("manager", "manager@example.org", PASSWORD)
    manager.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "view_all_figures"]))
    office = browser.new_context(accept_downloads=True)
    admin = office.new_page()
    admin.goto(live_server.url + "/admin/login/")
    admin.fill("input[name=username]", "manager")
    admin.fill("input[name=password]", PASSWORD)
    admin.click("button[type=submit]")
    admin.goto(live_server.url + "/admin/reports/communication-indicators/")
    number, _start, _end = reporting_periods()[-1]
    admin.select_option("select[name=period]", str(number))
    admin.get_by_role("button", name="Show").click()

    def shown(key):
        return int(admin.locator(f'[data-figure="{key}"] dd').inner_text())

    assert shown("website.page_views") == 4  # the article three times, the deliverable's page once
    assert shown("downloads.documents") == 1
    assert shown("deliverables.downloads") == 1
    assert shown("newsletter.issues_sent") == 1
    assert shown("newsletter.recipients") == 1
    assert shown("forums.topics") == 1
    assert shown("forums.posts") == 2

    with admin.expect_download() as export:
        admin.get_by_role("link", name="Download as XLSX").click()
    sheet = openpyxl.load_workbook(io.BytesIO(export.value.path().read_bytes())).active
    exported = {(row[0], row[1]): row[4] for row in sheet.iter_rows(min_row=3, values_only=True) if not row[2]}
    counted = Count.objects.filter(kind=Count.Kind.PAGE_VIEW).aggregate(n=Sum("count"))["n"]
    downloads = Count.objects.filter(kind=Count.Kind.DOCUMENT_DOWNLOAD).aggregate(n=Sum("count"))["n"]
    assert exported[("Website", "Page views")] == counted == 4
    assert exported[("Downloads", "Document downloads")] == downloads == 1
    assert exported[("Newsletter", "Issues sent")] == Campaign.objects.filter(status=Campaign.Status.DONE).count()
    assert exported[("Forums", "Posts")] == 2

    violations = axe_violations(admin)
    assert not violations, format_violations(violations)
    office.close()
