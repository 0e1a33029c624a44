"""The forums' figures for the communication indicators (registered in wagtail_hooks)."""

from django.contrib.auth import get_user_model
from django.db.models import Count
from django.utils.translation import gettext as _

from allauth.account.models import EmailAddress
from machina.apps.forum_conversation.models import Post, Topic

from core.permissions import WORKING_GROUP_CODES

from .models import SiteForum


def forum_figures(period):
    groups = dict(SiteForum.objects.filter(key__in=WORKING_GROUP_CODES).values_list("forum_id", "key").order_by("key"))
    in_period = {"created__gte": period.start_at, "created__lt": period.end_at, "approved": True}

    def per_working_group(queryset, forum_field):
        found = dict(queryset.values_list(forum_field).annotate(n=Count("pk")).values_list(forum_field, "n"))
        rows = [(code, found.get(forum_id, 0)) for forum_id, code in sorted(groups.items(), key=lambda g: g[1])]
        others = sum(n for forum_id, n in found.items() if forum_id not in groups)
        return rows + [(_("Other forums"), others)]

    topics = Topic.objects.filter(**in_period)
    posts = Post.objects.filter(**in_period)
    members = get_user_model().objects.filter(
        is_active=True, pk__in=EmailAddress.objects.filter(verified=True).values("user_id")
    )
    return [
        {
            "key": "forums",
            "title": _("Forums"),
            "figures": [
                {
                    "key": "members",
                    "label": _("Members at the end of the period"),
                    "value": members.filter(date_joined__lt=period.end_at).count(),
                },
                {
                    "key": "new_members",
                    "label": _("New members"),
                    "value": members.filter(date_joined__gte=period.start_at, date_joined__lt=period.end_at).count(),
                },
                {
                    "key": "topics",
                    "label": _("New topics"),
                    "value": topics.count(),
                    "breakdowns": [{"title": _("Per working group"), "rows": per_working_group(topics, "forum_id")}],
                },
                {
                    "key": "posts",
                    "label": _("Posts"),
                    "value": posts.count(),
                    "breakdowns": [
                        {"title": _("Per working group"), "rows": per_working_group(posts, "topic__forum_id")}
                    ],
                },
            ],
        }
    ]
