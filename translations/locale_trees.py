"""Every page of a source locale has a counterpart in each locale that synchronises from it.

The counterpart (a translation, or the alias wagtail-localize creates until someone
translates the page) sits under the counterpart of the source's parent, and is live
whenever the source is. wagtail-localize keeps this only when a page is created in
the admin; copying and moving go through the hooks here, and `repair_locales` puts
right whatever else slipped through (pages made in code, failed requests).

The repair walks the tree itself rather than calling wagtail-localize's
`synchronize_tree`, whose page index goes wrong once a translated page has been
moved (wagtail-localize #906).
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction

from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization


@dataclass(frozen=True)
class Gap:
    """One locale in which one source page is not as it should be."""

    MISSING = "missing"
    MISPLACED = "under another parent"
    ALIAS_NOT_LIVE = "alias not live"
    TRANSLATION_NOT_LIVE = "translation not published"

    kind: str
    source: Page
    locale: Locale
    counterpart: Page | None = None

    def __str__(self):
        # The source's path below its home page, the same in every locale.
        path = "/" + "".join(f"{slug}/" for slug in self.source.url_path.strip("/").split("/")[1:])
        return f"{self.locale.language_code}  {path}  {self.kind}"


def synchronised_locales():
    """{source locale id: [locales that synchronise from it]}, as configured in wagtail-localize."""
    targets = defaultdict(list)
    for sync in LocaleSynchronization.objects.select_related("locale"):
        targets[sync.sync_from_id].append(sync.locale)
    return targets


def locale_gaps():
    """Every gap in every synchronised locale, in tree order of the source pages."""
    targets = synchronised_locales()
    if not targets:
        return []
    pages = list(Page.objects.filter(depth__gt=1).order_by("path"))
    by_path = {page.path: page for page in pages}
    by_key = {(page.translation_key, page.locale_id): page for page in pages}
    gaps = []
    for source in pages:
        for locale in targets.get(source.locale_id, ()):
            counterpart = by_key.get((source.translation_key, locale.pk))
            kind = _gap_kind(source, counterpart, by_path)
            if kind:
                gaps.append(Gap(kind, source, locale, counterpart))
    return gaps


def _gap_kind(source, counterpart, by_path):
    if counterpart is None:
        return Gap.MISSING
    source_parent = by_path.get(_parent_path(source))
    counterpart_parent = by_path.get(_parent_path(counterpart))
    if source_parent and getattr(counterpart_parent, "translation_key", None) != source_parent.translation_key:
        return Gap.MISPLACED
    if source.live and not counterpart.live:
        return Gap.ALIAS_NOT_LIVE if counterpart.alias_of_id else Gap.TRANSLATION_NOT_LIVE
    return None


def _parent_path(page):
    return page.path[: -Page.steplen]


def repair_locale_trees():
    """Fix every gap that needs no editor; returns the gaps fixed.

    An unpublished translation is left alone: publishing a translator's draft is an
    editorial decision (wagtail-localize #553).

    Missing pages come first, so that misplaced ones have a parent to move to;
    then the moves; then aliases are published with their source's content.
    """
    fixed = []
    for kind, fix in [
        (Gap.MISSING, _create_alias),
        (Gap.MISPLACED, _move_to_source_position),
        (Gap.ALIAS_NOT_LIVE, _publish_aliases),
    ]:
        with transaction.atomic():
            # Found again for each kind: the fixes before may have changed the trees.
            gaps = [gap for gap in locale_gaps() if gap.kind == kind]
            for gap in gaps:
                fix(gap)
            fixed += gaps
    return fixed


def _create_alias(gap):
    if not Page.objects.filter(translation_key=gap.source.translation_key, locale=gap.locale).exists():
        gap.source.specific.copy_for_translation(gap.locale, copy_parents=True, alias=True)


def _move_to_source_position(gap):
    place_like_source(gap.counterpart, gap.source)


def _publish_aliases(gap):
    original = Page.objects.get(pk=gap.counterpart.alias_of_id).specific
    if original.live:
        original.update_aliases()


def create_missing_counterparts(page):
    """Give `page` and its descendants an alias in every locale that synchronises from theirs but lacks one."""
    locales = synchronised_locales().get(page.locale_id)
    if not locales:
        return
    pages = list(Page.objects.descendant_of(page, inclusive=True).order_by("path"))
    existing = set(
        Page.objects.filter(translation_key__in=[p.translation_key for p in pages]).values_list(
            "translation_key", "locale_id"
        )
    )
    with transaction.atomic():
        for source in pages:
            for locale in locales:
                if (source.translation_key, locale.pk) not in existing:
                    source.specific.copy_for_translation(locale, copy_parents=True, alias=True)


def follow_move(page):
    """Move the counterparts of a page that was moved, so that every locale's tree stays the source's.

    Leaving a translation under the old parent is what breaks wagtail-localize's
    synchronisation of a new locale later (#906).
    """
    locales = synchronised_locales().get(page.locale_id)
    if not locales:
        return
    with transaction.atomic():
        create_missing_counterparts(page)
        for counterpart in Page.objects.filter(translation_key=page.translation_key, locale__in=locales):
            place_like_source(counterpart, page)


def place_like_source(counterpart, source):
    """Move `counterpart` under the counterpart of its source's parent, before that of the source's next sibling."""
    parent = source.get_parent().get_translation_or_none(counterpart.locale_id)
    if parent is None:
        return
    following = source.get_next_siblings().values_list("translation_key", flat=True)
    sibling = (
        parent.get_children()
        .filter(translation_key__in=following, locale_id=counterpart.locale_id)
        .exclude(pk=counterpart.pk)
        .order_by("path")
        .first()
    )
    if _already_placed(counterpart, parent, sibling):
        return
    slug = find_available_slug(parent, counterpart.slug, ignore_page_id=counterpart.pk)
    if slug != counterpart.slug:
        counterpart.slug = slug
        counterpart.save(update_fields=["slug", "url_path"], clean=False)
    if sibling is None:
        counterpart.move(parent, pos="last-child")
    else:
        counterpart.move(sibling, pos="left")


def _already_placed(counterpart, parent, sibling):
    counterpart.refresh_from_db(fields=["path", "depth"])
    if _parent_path(counterpart) != parent.path:
        return False
    next_sibling = counterpart.get_next_sibling()
    return (sibling is None and next_sibling is None) or (
        sibling is not None and next_sibling is not None and next_sibling.pk == sibling.pk
    )
