"""Forum URLs a visitor can type never answer with a server error, and a private forum answers
exactly like a missing one, without a redirect that names it."""

from django.urls import reverse

import pytest

from tests.factories.accounts import member
from tests.factories.forums import site_forum

pytestmark = pytest.mark.django_db

MISSING_ID = 987654


@pytest.mark.parametrize("who", ["anonymous", "member"])
@pytest.mark.parametrize("pk", ["abc", "1e3", "-1", "%00", "9" * 30, str(MISSING_ID)])
@pytest.mark.parametrize("page", ["profile/{}/", "profile/{}/posts/"])
def test_member_pages_with_a_bad_or_missing_id_answer_404(client, forums, who, pk, page):
    if who == "member":
        client.force_login(member())
    assert client.get("/en/forum/member/" + page.format(pk)).status_code == 404


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("route", ["forum_tracking:mark_topics_read", "forum_tracking:mark_subforums_read"])
def test_marking_a_private_forum_read_answers_like_a_missing_forum_and_names_nothing(client, forums, method, route):
    steering = site_forum("steering")
    client.force_login(member())
    private = getattr(client, method)(reverse(route, args=[steering.pk]))
    missing = getattr(client, method)(reverse(route, args=[MISSING_ID]))
    assert private.status_code == missing.status_code == 404
    for response in (private, missing):
        assert steering.slug not in response.get("Location", "")
        assert steering.slug not in response.content.decode() and "Steering" not in response.content.decode()


@pytest.mark.parametrize("route", ["forum_tracking:mark_topics_read", "forum_tracking:mark_subforums_read"])
def test_partners_still_mark_the_private_forum_read(client, forums, route):
    steering = site_forum("steering")
    client.force_login(member(groups=["Partners"]))
    response = client.post(reverse(route, args=[steering.pk]))
    assert response.status_code == 302 and response["Location"].endswith(f"/{steering.slug}-{steering.pk}/")
