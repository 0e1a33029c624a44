"""Which pages anonymous visitors may see in listings, feeds, sitemaps and search.

Wagtail's `PageQuerySet.public()` looks only at each page's own path, but an
alias (the untranslated copy that wagtail-localize puts in every locale) takes
its privacy from its source page. Listing the alias of a private page would leak
its title, so everything public goes through here.
"""

from django.db.models import Q

from wagtail.models import PageViewRestriction

from core import fragments


def restricted_q():
    """A Q matching pages under a view restriction, directly or through the page they alias."""
    condition = Q()
    for path in _restricted_paths():
        condition |= Q(path__startswith=path) | Q(alias_of__path__startswith=path)
    return condition


def _restricted_paths():
    # Asked by every listing and menu of every page; restrictions change with pages, which replaces the copy.
    return fragments.cached(
        ("restricted-paths",), lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True))
    )


def public_pages(queryset):
    """Live pages of `queryset` that anyone may read."""
    condition = restricted_q()
    queryset = queryset.live()
    return queryset.exclude(condition) if condition else queryset
