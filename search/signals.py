"""Record every change that affects what the search shows (see services.queue)."""

from django.db.models.signals import post_delete, post_save

from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import services
from .models import PendingIndexUpdate


def _page_saved(sender, instance, **kwargs):
    if isinstance(instance, Page) and not kwargs.get("raw"):
        services.queue_pages([instance], subtree=False)


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        services.queue(PendingIndexUpdate.Kind.PAGE, [instance.pk])


def _page_tree_changed(sender, instance, **kwargs):
    services.queue_pages([instance])


def _page_moved(sender, instance, **kwargs):
    services.queue_pages([Page.objects.get(pk=instance.pk)])


def _restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        services.queue_pages([page])


def _partner_changed(sender, instance, **kwargs):
    # Its translations too: which of them stands in for untranslated languages may change.
    siblings = sender.objects.filter(translation_key=instance.translation_key).values_list("pk", flat=True)
    services.queue(PendingIndexUpdate.Kind.PARTNER, [instance.pk, *siblings])


def _document_saved(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    from django.db import transaction

    from .tasks import extract_document_text

    transaction.on_commit(lambda: extract_document_text.enqueue(instance.pk))


def _taxonomy_changed(sender, instance, **kwargs):
    from knowledge.models import WorkingGroupIndexPage, WorkPackageIndexPage

    model = WorkPackageIndexPage if sender.__name__ == "WorkPackage" else WorkingGroupIndexPage
    services.queue(PendingIndexUpdate.Kind.PAGE, model.objects.values_list("pk", flat=True))


def connect():
    from knowledge.models import Partner, ThematicArea, WorkPackage

    post_save.connect(_page_saved, dispatch_uid="search_page_saved")
    post_delete.connect(_page_deleted, dispatch_uid="search_page_deleted")
    page_published.connect(_page_tree_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(_page_tree_changed, dispatch_uid="search_page_unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="search_page_moved")
    post_save.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_saved")
    post_delete.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_deleted")
    post_save.connect(_partner_changed, sender=Partner, dispatch_uid="search_partner_saved")
    post_delete.connect(_partner_changed, sender=Partner, dispatch_uid="search_partner_deleted")
    for model in (ThematicArea, WorkPackage):
        post_save.connect(_taxonomy_changed, sender=model, dispatch_uid=f"search_{model.__name__}_saved")
        post_delete.connect(_taxonomy_changed, sender=model, dispatch_uid=f"search_{model.__name__}_deleted")
    post_save.connect(_document_saved, sender=get_document_model(), dispatch_uid="search_document_saved")
