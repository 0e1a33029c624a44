"""The forum structure and who may do what in it, created idempotently by `load_demo`.

Anonymous visitors read the public forums; members (verified accounts) post, and
their posts wait for approval until a moderator has approved one; partners read and
write the private Steering Committee forum; moderators moderate the public forums,
and each working group's coordinators moderate their group's forum.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.translation import gettext_noop as _

from machina.apps.forum.models import Forum
from machina.apps.forum_permission.models import ForumPermission, GroupForumPermission, UserForumPermission

from accounts.services import ensure_member_groups
from core.permissions import MODERATORS_GROUP_NAME, PARTNERS_GROUP_NAME, coordinators_group_name

from .models import SiteForum

READ = ["can_see_forum", "can_read_forum", "can_download_file"]
POST = [
    *READ,
    "can_start_new_topics",
    "can_reply_to_topics",
    "can_edit_own_posts",
    "can_create_polls",
    "can_vote_in_polls",
    "can_attach_file",
]
TRUSTED = ["can_post_without_approval"]
MODERATE = [
    "can_lock_topics",
    "can_move_topics",
    "can_edit_posts",
    "can_delete_posts",
    "can_approve_posts",
    "can_reply_to_locked_topics",
    "can_post_stickies",
    "can_post_announcements",
    "can_post_without_approval",
]

CATEGORY = _("Mutual learning")
CATEGORY_DESCRIPTION = _("Discussions of the six working groups and of cluster policy learning in South East Europe.")
WORKING_GROUP_FORUMS = [
    ("WG1", _("WG1 – Innovation and R&D-driven cluster development")),
    ("WG2", _("WG2 – Sustainability through cluster development")),
    ("WG3", _("WG3 – International cluster cooperation and networking")),
    ("WG4", _("WG4 – Improving the financial framework (cluster financing)")),
    ("WG5", _("WG5 – Cluster and regional specialisation")),
    ("WG6", _("WG6 – New skills and job creation")),
]
WORKING_GROUP_DESCRIPTION = _("Factors, tools, experience and good practices of this thematic area.")
PILOTS, POLICY_TRANSFER, HELP, STEERING = "pilots", "policy-transfer", "help", "steering"
OTHER_FORUMS = [
    (
        PILOTS,
        _("Pilot initiatives"),
        _("Testing cluster policy learning mechanisms in the regions: plans, progress, results."),
    ),
    (POLICY_TRANSFER, _("Policy transfer"), _("How a practice that worked in one region can work in another.")),
    (HELP, _("General help"), _("Questions about the forums, your account and the site.")),
]
PRIVATE_CATEGORY = _("Partnership")
STEERING_COMMITTEE = _("Steering Committee")
STEERING_COMMITTEE_DESCRIPTION = _("Private forum of the Steering Committee, visible to project partners only.")


def _forum(name, description, parent=None, kind=Forum.FORUM_POST, key=None):
    """The forum with this role (key) or name; renamed or moved forums are found by their key."""
    if key:
        role = SiteForum.objects.select_related("forum").filter(key=key).first()
        if role is not None:
            return role.forum, False
    forum = Forum.objects.filter(name=name, parent=parent).first()
    created = forum is None
    if created:
        forum = Forum.objects.create(name=name, description=description, parent=parent, type=kind)
    if key:
        SiteForum.objects.create(key=key, forum=forum)
    return forum, created


def _grant(forum, codenames, *, group=None, anonymous=False, authenticated=False):
    permissions = ForumPermission.objects.filter(codename__in=codenames)
    for permission in permissions:
        if group is not None:
            GroupForumPermission.objects.get_or_create(
                forum=forum, group=group, permission=permission, defaults={"has_perm": True}
            )
        else:
            UserForumPermission.objects.get_or_create(
                forum=forum,
                permission=permission,
                user=None,
                anonymous_user=anonymous,
                authenticated_user=authenticated,
                defaults={"has_perm": True},
            )


@transaction.atomic
def load_forum_structure():
    """Create what is missing; returns how many forums were created."""
    ensure_member_groups()
    partners = Group.objects.get(name=PARTNERS_GROUP_NAME)
    moderators = Group.objects.get(name=MODERATORS_GROUP_NAME)
    created = 0

    category, new = _forum(CATEGORY, CATEGORY_DESCRIPTION, kind=Forum.FORUM_CAT)
    created += new
    public = [category]
    for code, name in WORKING_GROUP_FORUMS:
        forum, new = _forum(name, WORKING_GROUP_DESCRIPTION, parent=category, key=code)
        created += new
        public.append(forum)
        coordinators = Group.objects.get(name=coordinators_group_name(code))
        _grant(forum, POST + MODERATE, group=coordinators)
    for key, name, description in OTHER_FORUMS:
        forum, new = _forum(name, description, parent=category, key=key)
        created += new
        public.append(forum)
    for forum in public:
        _grant(forum, READ, anonymous=True)
        _grant(forum, POST, authenticated=True)
        _grant(forum, TRUSTED, group=partners)
        _grant(forum, POST + MODERATE, group=moderators)

    private_category, new = _forum(PRIVATE_CATEGORY, "", kind=Forum.FORUM_CAT)
    created += new
    steering, new = _forum(STEERING_COMMITTEE, STEERING_COMMITTEE_DESCRIPTION, parent=private_category, key=STEERING)
    created += new
    for forum in (private_category, steering):
        _grant(forum, POST + TRUSTED, group=partners)
    return created
