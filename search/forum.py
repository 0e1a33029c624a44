"""Forum posts in the site search, once django-machina's apps are installed.

Until then these functions index nothing, so the rest of the search works alone.
"""

from django.apps import apps


def forums_installed():
    return apps.is_installed("machina.apps.forum_conversation") or apps.is_installed(
        "machina.apps.forum_conversation.apps.ForumConversationAppConfig"
    )


def post_documents(object_ids):
    if not forums_installed():
        return [], [f"post-{pk}" for pk in object_ids]
    raise NotImplementedError


def iter_post_documents(batch_size):
    return iter(())


def count_posts():
    return 0
