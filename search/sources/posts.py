"""Forum posts (django-machina) in the site search.

A post is indexed only if it and its topic are approved and its forum is readable by
anonymous visitors (`audience: public`) or by the Partners group (`audience: partners`,
the private Steering Committee forum); posts of any other forum are never indexed.
Machina's own search goes through django-haystack, which has no OpenSearch backend.

Each post goes to the index of the language it is written in, told from its text (search/language.py)
with its author's language as the hint, and is shown in every locale (`fallback_for`): a post is not
a translation, so it never carries the "not translated" mark.
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic
from machina.apps.forum_permission.handler import PermissionHandler
from machina.apps.forum_permission.models import GroupForumPermission

from accounts.services import member_language
from core.permissions import PARTNERS_GROUP_NAME
from forums.models import SiteForum

from ..documents import SearchDocument, document_id, gone, site_locales
from ..language import detect_languages

KIND = "post"


def _audiences(forums):
    """{forum id: "public" | "partners" | None} with machina's own permission checks."""
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


def documents(object_ids, audiences=None):
    """(documents, ids to delete) for the posts `object_ids`.

    `audiences` ({forum id: audience}, from `_audiences`) spares a rebuild asking machina again for every batch.
    """
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
    deleted = gone(KIND, object_ids, {post.pk for post in posts})
    indexed = []
    for post in posts:
        if post.approved and post.topic.approved and audiences.get(post.topic.forum_id):
            indexed.append(post)
        else:
            deleted.append(document_id(KIND, post.pk))
    languages = detect_languages(
        [_authors_words(post) for post in indexed],
        [_author_language(post) for post in indexed],
    )
    built = []
    topic_urls = {}
    for post, language in zip(indexed, languages, strict=True):
        topic = post.topic
        if topic.pk not in topic_urls:
            topic_urls[topic.pk] = reverse(
                "forum_conversation:topic", args=[topic.forum.slug, topic.forum_id, topic.slug, topic.pk]
            )
        document = SearchDocument(
            kind=KIND,
            object_id=post.pk,
            content_type="post",
            language=language,
            fallback_for=[code for code in site_locales() if code != language],
            audience=audiences[topic.forum_id],
            title=post.subject or topic.subject,
            body=_body(post),
            thematic_areas=_thematic_area(forum_keys, topic.forum_id),
            date=post.created.date(),
            url=f"{topic_urls[topic.pk]}?post={post.pk}#{post.pk}",
        )
        built.append(document.as_indexed())
    return built, deleted


def batches(batch_size):
    """The documents of every approved post, a batch at a time (machina asked for the forums' audiences once)."""
    audiences = _audiences(Forum.objects.all())
    last = 0
    while ids := list(
        Post.objects.filter(pk__gt=last, approved=True).order_by("pk").values_list("pk", flat=True)[:batch_size]
    ):
        last = ids[-1]
        yield documents(ids, audiences)[0]


def count():
    return Post.objects.filter(approved=True).count()
