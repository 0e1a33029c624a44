"""A permission denied to one member on a forum beats the same permission granted to their group.

django-machina resolves user-level before group-level forum permissions (machina issue #168):
a partner whom a moderator has refused one permission on the private Steering Committee forum
loses exactly that, although the Partners group grants it there.
"""

import datetime

from django.utils import timezone

import pytest
from machina.apps.forum_permission.models import ForumPermission, UserForumPermission

from tests.factories.accounts import member
from tests.factories.forums import site_forum
from tests.forums.test_permission_matrix import _attempt, _forum_content

pytestmark = pytest.mark.django_db

DENIED = {
    "read": ["can_read_forum"],
    "reply": ["can_reply_to_topics"],
    "download attachment": ["can_download_file"],
}


def _partner():
    user = member(groups=["Partners"])
    user.date_joined = timezone.now() - datetime.timedelta(days=30)  # no new-member limits apply
    user.save(update_fields=["date_joined"])
    return user


@pytest.mark.parametrize("action", list(DENIED))
def test_a_partner_denied_a_permission_on_the_steering_forum_is_refused_although_their_group_has_it(
    client, forums, action
):
    steering = site_forum("steering")
    place = _forum_content(steering, "private", {})
    refused = _partner()
    for codename in DENIED[action]:
        UserForumPermission.objects.create(
            forum=steering, user=refused, permission=ForumPermission.objects.get(codename=codename), has_perm=False
        )

    client.force_login(refused)
    assert _attempt(client, action, place, "partner") is False

    client.logout()
    client.force_login(_partner())  # the control: the group's grant works for a partner without the denial
    assert _attempt(client, action, place, "partner") is True
