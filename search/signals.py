"""Record every change that affects what the search shows (see tasks.queue)."""

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save

from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic
from machina.apps.forum_permission.models import GroupForumPermission, UserForumPermission

from knowledge.models import Partner, ThematicArea, WorkPackage

from . import engine, tasks
from .models import PendingIndexUpdate
from .sources.pages import taxonomy_pages


def _page_saved(sender, instance, **kwargs):
    if isinstance(instance, Page) and not kwargs.get("raw"):
        tasks.queue_pages([instance], subtree=False)


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and engine.is_enabled():
        # Its translations too: one of them may now stand in for the deleted page's locale.
        siblings = Page.objects.filter(translation_key=instance.translation_key).values_list("pk", flat=True)
        tasks.queue(PendingIndexUpdate.Kind.PAGE, [instance.pk, *siblings])


def _page_tree_changed(sender, instance, **kwargs):
    tasks.queue_pages([instance])


def _page_moved(sender, instance, **kwargs):
    tasks.queue_pages([Page.objects.get(pk=instance.pk)])


def _restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        tasks.queue_pages([page])


def _partner_changed(sender, instance, **kwargs):
    if not engine.is_enabled():
        return
    # Its translations too: which of them stands in for untranslated languages may change.
    siblings = sender.objects.filter(translation_key=instance.translation_key).values_list("pk", flat=True)
    tasks.queue(PendingIndexUpdate.Kind.PARTNER, [instance.pk, *siblings])


def _document_saved(sender, instance, **kwargs):
    if not kwargs.get("raw"):
        transaction.on_commit(lambda: tasks.extract_document_text.enqueue(instance.pk))


def _taxonomy_changed(sender, instance, **kwargs):
    if engine.is_enabled():
        tasks.queue(PendingIndexUpdate.Kind.PAGE, taxonomy_pages(sender.__name__))


# --- Forum posts ---------------------------------------------------------------------------------


def _queue_posts(posts):
    # Lazy: the posts are read only when the engine is in use (services.record).
    tasks.queue(PendingIndexUpdate.Kind.POST, posts.values_list("pk", flat=True))


def _post_changed(sender, instance, **kwargs):
    if not kwargs.get("raw"):
        tasks.queue(PendingIndexUpdate.Kind.POST, [instance.pk])


def _topic_changed(sender, instance, **kwargs):
    if not kwargs.get("raw"):
        _queue_posts(Post.objects.filter(topic_id=instance.pk))


def _forum_changed(sender, instance, **kwargs):
    if not kwargs.get("raw"):
        _queue_posts(Post.objects.filter(topic__forum_id=instance.pk))


def _forum_permission_changed(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    scope = Q(topic__forum_id=instance.forum_id) if instance.forum_id else Q()
    _queue_posts(Post.objects.filter(scope))


# Each handler with the models whose saves and deletes it records.
SAVED_OR_DELETED = [
    (_restriction_changed, [PageViewRestriction]),
    (_partner_changed, [Partner]),
    (_taxonomy_changed, [ThematicArea, WorkPackage]),
    (_post_changed, [Post]),
    (_forum_permission_changed, [GroupForumPermission, UserForumPermission]),
]


def connect():
    post_save.connect(_page_saved, dispatch_uid="search_page_saved")
    post_delete.connect(_page_deleted, dispatch_uid="search_page_deleted")
    page_published.connect(_page_tree_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(_page_tree_changed, dispatch_uid="search_page_unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="search_page_moved")
    post_save.connect(_document_saved, sender=get_document_model(), dispatch_uid="search_document_saved")
    post_save.connect(_topic_changed, sender=Topic, dispatch_uid="search_topic_saved")
    post_save.connect(_forum_changed, sender=Forum, dispatch_uid="search_forum_saved")
    for handler, models in SAVED_OR_DELETED:
        for model in models:
            post_save.connect(handler, sender=model, dispatch_uid=f"search_{model.__name__}_saved")
            post_delete.connect(handler, sender=model, dispatch_uid=f"search_{model.__name__}_deleted")
