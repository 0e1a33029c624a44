"""Forum posts in the site search, once django-machina's apps are installed.

Until then these functions index nothing, so the rest of the search works alone.
"""

from django.apps import apps


def forums_installed():
    return any(config.label == "forum_conversation" for config in apps.get_app_configs())


def post_documents(object_ids):
    """Nothing is indexed yet: any stray post document is removed."""
    return [], [f"post-{pk}" for pk in object_ids]


def iter_post_documents(batch_size):
    return iter(())


def count_posts():
    return 0
