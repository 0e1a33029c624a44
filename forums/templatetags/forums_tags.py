from django import template
from django.utils.translation import gettext

from accounts.services import member_display_name
from forums.models import ForumSubscription, PageTopic
from forums.services import discussion_forum_key

register = template.Library()


@register.filter
def forum_text(text):
    """Names and descriptions of the forums the site sets up are strings of our catalogue."""
    return gettext(str(text)) if text else ""


@register.filter
def member_name(user):
    return member_display_name(user)


@register.simple_tag
def forum_groups(forum_contents):
    """The visible forums as (category name, forums) pairs; forums outside any category come first."""
    groups, loose = [], []
    for node in forum_contents.top_nodes:
        if node.obj.is_category:
            if node.children:
                groups.append((node.obj.name, node.children))
        else:
            loose.append(node)
    return ([("", loose)] if loose else []) + groups


@register.simple_tag
def follows_forum(forum, user):
    return user.is_authenticated and ForumSubscription.objects.filter(user=user, forum=forum).exists()


@register.filter
def is_discussable(page):
    return discussion_forum_key(page.specific) is not None


@register.simple_tag
def discussed_page(topic):
    """The knowledge page a topic discusses, in the visitor's language where it exists."""
    link = PageTopic.objects.filter(topic=topic).select_related("page").first()
    return link.page.localized if link else None
