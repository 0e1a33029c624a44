"""Forum posts (django-machina) in the site search.

A post is indexed only if it and its topic are approved and its forum is readable by
anonymous visitors (`audience: public`) or by the Partners group (`audience: partners`,
the private Steering Committee forum); posts of any other forum are never indexed.
Machina's own search goes through django-haystack, which has no OpenSearch backend.

Each post goes to the index of the language it is written in, told from its text (search/language.py)
with its author's language as the hint, and is shown in every locale (`fallback_for`): a post is not
a translation, so it never carries the "not translated" mark.
"""

from django.apps import apps
from django.conf import settings
from django.db.models import Q
from django.urls import reverse

from accounts.services import member_language
from core.permissions import PARTNERS_GROUP_NAME

from .language import detect_languages


def forums_installed():
    return any(config.label == "forum_conversation" for config in apps.get_app_configs())


def _audiences(forums):
    """{forum id: "public" | "partners" | None} with machina's own permission checks."""
    from django.contrib.auth.models import AnonymousUser

    from machina.apps.forum_permission.handler import PermissionHandler
    from machina.apps.forum_permission.models import GroupForumPermission

    handler = PermissionHandler()
    anonymous = AnonymousUser()
    partner_forums = set(
        GroupForumPermission.objects.filter(
            group__name=PARTNERS_GROUP_NAME, permission__codename="can_read_forum", has_perm=True
        ).values_list("forum_id", flat=True)
    )
    result = {}
    for forum in forums:
        if handler.can_read_forum(forum, anonymous):
            result[forum.pk] = "public"
        elif forum.pk in partner_forums or None in partner_forums:
            result[forum.pk] = "partners"
        else:
            result[forum.pk] = None
    return result


def _thematic_area(forum_keys, forum_id):
    key = forum_keys.get(forum_id, "")
    return [key] if key.startswith("WG") else []


def _body(post):
    return post.content.raw if hasattr(post.content, "raw") else str(post.content or "")


def _authors_words(post):
    """The post's text, and its subject when the author wrote it: a reply's subject is the topic's by
    default ("Re: ..."), and may be in another language than the reply."""
    subject = post.subject or ""
    if post.topic.first_post_id != post.pk and post.topic.subject in subject:
        return _body(post)
    return f"{_body(post)}\n{subject}"


def _author_language(post):
    """The language the author receives the site's e-mails in (chosen at sign-up from the site's language
    then); the default language for a guest's post."""
    return member_language(post.poster) if post.poster_id else settings.LANGUAGE_CODE


def post_documents(object_ids, audiences=None):
    """(documents, ids to delete) for these posts.

    `audiences` ({forum id: audience}, from `_audiences`) spares a rebuild asking machina again for every batch.
    """
    if not forums_installed():
        return [], [f"post-{pk}" for pk in object_ids]
    from machina.apps.forum.models import Forum
    from machina.apps.forum_conversation.models import Post, Topic

    from forums.models import SiteForum

    # Topics and forums once per batch, not joined to every post: the posts of a batch share a few of them.
    posts = list(Post.objects.filter(pk__in=object_ids).select_related("poster__profile").defer("_content_rendered"))
    topics = Topic.objects.only("forum_id", "slug", "subject", "approved", "first_post_id").in_bulk(
        {post.topic_id for post in posts}
    )
    forums = Forum.objects.in_bulk({topic.forum_id for topic in topics.values()})
    for post in posts:
        post.topic = topics[post.topic_id]
        post.topic.forum = forums[post.topic.forum_id]
    if audiences is None:
        audiences = _audiences(forums.values())
    forum_keys = dict(SiteForum.objects.values_list("forum_id", "key"))
    everywhere = [code for code, _name in settings.LANGUAGES]
    found = {post.pk for post in posts}
    deleted = [f"post-{pk}" for pk in object_ids if pk not in found]
    indexed = []
    for post in posts:
        if post.approved and post.topic.approved and audiences.get(post.topic.forum_id):
            indexed.append(post)
        else:
            deleted.append(f"post-{post.pk}")
    languages = detect_languages(
        [_authors_words(post) for post in indexed],
        [_author_language(post) for post in indexed],
    )
    documents = []
    topic_urls = {}
    for post, language in zip(indexed, languages, strict=True):
        topic = post.topic
        if topic.pk not in topic_urls:
            topic_urls[topic.pk] = reverse(
                "forum_conversation:topic", args=[topic.forum.slug, topic.forum_id, topic.slug, topic.pk]
            )
        documents.append(
            {
                "_id": f"post-{post.pk}",
                "kind": "post",
                "object_id": post.pk,
                "content_type": "post",
                "locale": language,
                "language": language,
                "untranslated": False,
                "fallback_for": [code for code in everywhere if code != language],
                "audience": audiences[topic.forum_id],
                "translation_key": "",
                "title": post.subject or topic.subject,
                "introduction": "",
                "body": _body(post),
                "document_text": "",
                "thematic_areas": _thematic_area(forum_keys, topic.forum_id),
                "work_package": [],
                "country": [],
                "year": post.created.year,
                "date": post.created.date().isoformat(),
                "url": f"{topic_urls[topic.pk]}?post={post.pk}#{post.pk}",
            }
        )
    return documents, deleted


def iter_post_documents(batch_size):
    if not forums_installed():
        return
    from machina.apps.forum.models import Forum
    from machina.apps.forum_conversation.models import Post

    audiences = _audiences(Forum.objects.all())
    last = 0
    while True:
        ids = list(
            Post.objects.filter(pk__gt=last, approved=True).order_by("pk").values_list("pk", flat=True)[:batch_size]
        )
        if not ids:
            return
        last = ids[-1]
        yield post_documents(ids, audiences)[0]


def count_posts():
    if not forums_installed():
        return 0
    from machina.apps.forum_conversation.models import Post

    return Post.objects.filter(approved=True).count()


# --- Recording changes (connected in signals.connect) -------------------------------------


def _queue_posts(queryset):
    from . import engine, services
    from .models import PendingIndexUpdate

    if engine.is_enabled():
        services.queue(PendingIndexUpdate.Kind.POST, queryset.values_list("pk", flat=True))


def _post_changed(sender, instance, **kwargs):
    from . import engine, services
    from .models import PendingIndexUpdate

    if engine.is_enabled() and not kwargs.get("raw"):
        services.queue(PendingIndexUpdate.Kind.POST, [instance.pk])


def _topic_changed(sender, instance, **kwargs):
    from machina.apps.forum_conversation.models import Post

    if not kwargs.get("raw"):
        _queue_posts(Post.objects.filter(topic_id=instance.pk))


def _forum_changed(sender, instance, **kwargs):
    from machina.apps.forum_conversation.models import Post

    if not kwargs.get("raw"):
        _queue_posts(Post.objects.filter(topic__forum_id=instance.pk))


def _permission_changed(sender, instance, **kwargs):
    from machina.apps.forum_conversation.models import Post

    if kwargs.get("raw"):
        return
    scope = Q(topic__forum_id=instance.forum_id) if instance.forum_id else Q()
    _queue_posts(Post.objects.filter(scope))


def connect():
    if not forums_installed():
        return
    from django.db.models.signals import post_delete, post_save

    from machina.apps.forum.models import Forum
    from machina.apps.forum_conversation.models import Post, Topic
    from machina.apps.forum_permission.models import GroupForumPermission, UserForumPermission

    post_save.connect(_post_changed, sender=Post, dispatch_uid="search_post_saved")
    post_delete.connect(_post_changed, sender=Post, dispatch_uid="search_post_deleted")
    post_save.connect(_topic_changed, sender=Topic, dispatch_uid="search_topic_saved")
    post_save.connect(_forum_changed, sender=Forum, dispatch_uid="search_forum_saved")
    for model in (GroupForumPermission, UserForumPermission):
        post_save.connect(_permission_changed, sender=model, dispatch_uid=f"search_{model.__name__}_saved")
        post_delete.connect(_permission_changed, sender=model, dispatch_uid=f"search_{model.__name__}_deleted")
