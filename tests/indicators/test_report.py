"""Reports → Communication indicators: every figure of a period for project managers, own pages for editors."""

import csv
import datetime
import io
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Sum

from wagtail.users.models import UserProfile

import openpyxl
import pytest

from indicators import counting
from indicators.models import Count
from indicators.report import reporting_periods
from tests.factories.forums import site_forum, topic_with_posts
from tests.factories.knowledge import EventIndexPageFactory, EventPageFactory, NewsPageFactory

TODAY = datetime.date.today()
URL = "/admin/reports/communication-indicators/"


@pytest.fixture
def manager():
    user = get_user_model().objects.create_user("manager", "manager@example.org", "pw")
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "view_all_figures"]))
    return user


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user("editor", "editor@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def counted(page, views, language="en", kind=Count.Kind.PAGE_VIEW, label=""):
    counting._add([((TODAY, kind, page.pk, language, label), views)])


def figure(html, key):
    start = html.index(f'data-figure="{key}"')
    value = html[html.index("<dd>", start) + 4 : html.index("</dd>", start)]
    return int(value)


def test_the_reporting_periods_are_six_months_from_the_project_start():
    periods = reporting_periods(today=datetime.date(2013, 5, 2))
    assert periods == [
        (1, datetime.date(2012, 5, 1), datetime.date(2012, 10, 31)),
        (2, datetime.date(2012, 11, 1), datetime.date(2013, 4, 30)),
        (3, datetime.date(2013, 5, 1), datetime.date(2013, 10, 31)),
    ]


@pytest.mark.django_db
def test_a_project_manager_sees_every_figure_of_the_current_period(client, manager, home_page, forums):
    article = NewsPageFactory(parent=home_page, title="Cluster maps")
    counted(article, 12)
    counted(article, 5, language="de")
    counted(article, 3, kind=Count.Kind.REFERRER, label="example.org")
    events = EventIndexPageFactory(parent=home_page)
    EventPageFactory(parent=events, start_date=TODAY, country="RO", venue="Bucharest", online_url="")
    topic_with_posts(forum=site_forum("WG2"), replies=2)
    client.force_login(manager)

    html = client.get(URL).content.decode()

    assert re.search(r"<h1[^>]*>(?:(?!</h1>).)*Communication indicators\s*</h1>", html, re.DOTALL)
    assert figure(html, "website.page_views") == 17
    assert figure(html, "website.referrers") == 3
    assert figure(html, "events.held") == 1
    assert figure(html, "forums.topics") == 1
    assert figure(html, "forums.posts") == 3
    assert figure(html, "newsletter.issues_sent") == 0
    assert "Romania" in html and "Deutsch" in html and "<svg" in html


@pytest.mark.django_db
def test_an_editor_sees_the_views_of_their_own_pages_only(client, editor, home_page):
    own = NewsPageFactory(parent=home_page, title="Mine", owner=editor)
    other = NewsPageFactory(parent=home_page, title="Not mine")
    counted(own, 4)
    counted(other, 40)
    client.force_login(editor)

    html = client.get(URL).content.decode()

    assert figure(html, "website.page_views") == 4
    assert "Not mine" not in html
    assert 'data-figure="newsletter.' not in html and 'data-figure="forums.' not in html


@pytest.mark.django_db
def test_a_range_that_ends_before_it_starts_is_refused_with_a_message(client, manager):
    client.force_login(manager)
    answer = client.get(URL, {"period": "custom", "start": "2013-02-01", "end": "2013-01-01"})
    assert answer.status_code == 200
    assert "The range cannot end before it starts." in answer.content.decode()


@pytest.mark.django_db
def test_the_xlsx_export_matches_the_database(client, manager, home_page):
    article = NewsPageFactory(parent=home_page)
    counted(article, 7)
    counted(article, 2, language="it")
    client.force_login(manager)

    answer = client.get(
        URL, {"period": "custom", "start": TODAY.isoformat(), "end": TODAY.isoformat(), "export": "xlsx"}
    )

    sheet = openpyxl.load_workbook(io.BytesIO(answer.content)).active
    rows = {(row[1], row[2], row[3]): row[4] for row in sheet.iter_rows(min_row=3, values_only=True)}
    total = Count.objects.filter(kind=Count.Kind.PAGE_VIEW).aggregate(n=Sum("count"))["n"]
    assert rows[("Page views", None, None)] == total == 9
    assert rows[("Page views", "Per language", "Italiano")] == 2


@pytest.mark.django_db
def test_the_csv_export_is_in_the_editors_language(client, manager, home_page):
    counted(NewsPageFactory(parent=home_page), 3)
    profile = UserProfile.get_for_user(manager)
    profile.preferred_language = "de"
    profile.save()
    client.force_login(manager)

    answer = client.get(URL, {"export": "csv"})

    assert answer["Content-Type"] == "text/csv; charset=utf-8"
    lines = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert lines[0][0] == "Kommunikationsindikatoren"
    assert ["Website", "Seitenaufrufe", "", "", "3"] in lines
