"""Members report posts; the moderators of the forum see and handle the reports."""

from django.urls import reverse

import pytest

from forums.models import PostReport
from tests.factories.accounts import member
from tests.factories.forums import site_forum, topic_with_posts

pytestmark = pytest.mark.django_db


def test_a_reported_post_reaches_the_moderators_who_mark_it_handled(client, forums):
    topic = topic_with_posts(forum=site_forum("WG4"), subject="Spam offer")
    post = topic.posts.get()
    reporter = member()
    client.force_login(reporter)
    assert client.get(reverse("forums_report_post", args=[post.pk])).status_code == 200
    response = client.post(reverse("forums_report_post", args=[post.pk]), {"reason": "Advertising."})
    assert response.status_code == 302
    client.post(reverse("forums_report_post", args=[post.pk]), {"reason": "Again."})
    assert PostReport.objects.filter(post=post).count() == 1
    assert client.get(reverse("forums_post_reports")).status_code == 404  # members do not see reports

    client.force_login(member(groups=["WG4 coordinators"]))
    page = client.get(reverse("forums_post_reports")).content.decode()
    assert "Spam offer" in page and "Advertising." in page
    report = PostReport.objects.get()
    client.post(reverse("forums_post_reports"), {"report": report.pk})
    report.refresh_from_db()
    assert report.resolved_at is not None
    client.force_login(member(groups=["WG1 coordinators"]))
    assert "Spam offer" not in client.get(reverse("forums_post_reports")).content.decode()


def test_private_posts_cannot_be_reported_by_outsiders(client, forums):
    topic = topic_with_posts(forum=site_forum("steering"), poster=member(groups=["Partners"]))
    client.force_login(member())
    assert client.get(reverse("forums_report_post", args=[topic.posts.get().pk])).status_code == 404
