"""Pages in the site search: every live, unrestricted page of a type that declares its search facts.

The search names no page type: each type says what the search files it under, on its class.
- `search_content_type`: its value of the content-type facet; a type without it is not searched.
- `search_facts()` (optional): {"date": date, "year": int, "work_package": [codes], "country": [codes]}.
- `search_taxonomy` (optional): the taxonomy model ("WorkPackage", "ThematicArea") whose translated
  names and descriptions are the page's text, in place of its own search fields.
- `search_attachment` (optional): the document field whose extracted text is searched with the page.
- `search_partners_only` (optional): a Q of the pages of the type that only partners may find.
- `search_related` (optional): the relations `search_facts` reads, fetched with a rebuild's batches.
A `thematic_areas` relation gives the thematic-area facet. Content apps never import the search.
"""

from django.conf import settings

from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from knowledge.selectors import localized_taxonomy

from ..documents import SearchDocument, document_id, gone, site_locales
from ..models import DocumentText

KIND = "page"


def indexed_models():
    return [model for model in get_page_models() if getattr(model, "search_content_type", None)]


def content_types():
    return {model.search_content_type for model in indexed_models()}


def partners_only_ids(model, ids):
    """The pages of `ids` of type `model` that only partners may find (one query, or none)."""
    restriction = getattr(model, "search_partners_only", None)
    if restriction is None:
        return set()
    return set(model.objects.filter(restriction, pk__in=ids).values_list("pk", flat=True))


def attachment_pages(document):
    """The live and draft pages whose searched text includes the uploaded `document`'s."""
    return [
        page
        for model in indexed_models()
        if getattr(model, "search_attachment", None)
        for page in model.objects.filter(**{model.search_attachment: document})
    ]


def taxonomy_pages(model_name):
    """The ids of the pages whose text is the taxonomy `model_name` lists."""
    return [
        pk
        for model in indexed_models()
        if getattr(model, "search_taxonomy", None) == model_name
        for pk in model.objects.values_list("pk", flat=True)
    ]


def _restricted_paths():
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def _is_restricted(page, paths):
    own = page.path
    source = page.alias_of.path if page.alias_of_id and page.alias_of else None
    return any(own.startswith(p) or (source and source.startswith(p)) for p in paths)


def _text_of(obj, exclude=("title", "introduction", "code")):
    """The searchable text of the model's own search fields (StreamField and rich text as plain text)."""
    parts = []
    for field in obj.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name not in exclude:
            value = field.get_value(obj)
            if isinstance(value, (list, tuple)):
                parts.extend(str(v) for v in value if v)
            elif value:
                parts.append(str(value))
    return "\n".join(parts)


def _taxonomy_text(page):
    items = localized_taxonomy(page.search_taxonomy, page.locale).values()
    return "\n".join(f"{item.code} {item.name} {get_text_for_indexing(item.description)}" for item in items)


def _translation_groups(pages):
    """{translation_key: {locale code: [live pages]}} for the groups of `pages` (one query)."""
    keys = {p.translation_key for p in pages}
    groups = {}
    rows = (
        Page.objects.live()
        .filter(translation_key__in=keys)
        .values_list("pk", "translation_key", "locale__language_code", "alias_of_id")
    )
    for pk, key, code, alias_of in rows:
        groups.setdefault(key, {}).setdefault(code, []).append((pk, alias_of))
    return groups


def _fallback_for(page, group, restricted_pages):
    """Locales with no visible version of this page, if this page is the one to show there.

    The default locale's original (or, failing that, the oldest original) stands in
    for every locale that has neither a translation nor an alias of it.
    """
    if page.alias_of_id:
        return []
    originals = sorted((pk, code) for code, items in group.items() for pk, alias_of in items if alias_of is None)
    default = settings.LANGUAGE_CODE
    canonical = next((pk for pk, code in originals if code == default), originals[0][0] if originals else None)
    if canonical != page.pk:
        return []
    present = {code for code, items in group.items() if any(pk not in restricted_pages for pk, _a in items)}
    return [code for code in site_locales() if code not in present]


def _area_codes(page):
    return sorted({area.code for area in page.thematic_areas.all()}) if hasattr(page, "thematic_areas") else []


def _partners_only(pages):
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page.pk)
    return set().union(*(partners_only_ids(model, ids) for model, ids in by_model.items()))


def _attachment_texts(pages):
    ids = {getattr(page, f"{page.search_attachment}_id") for page in pages if getattr(page, "search_attachment", None)}
    ids.discard(None)
    return dict(DocumentText.objects.filter(document_id__in=ids).values_list("document_id", "text"))


def _document(page, group, restricted_pages, partners_only, attachment_texts):
    source = page.alias_of.specific if page.alias_of_id else page
    facts = getattr(page, "search_facts", dict)()
    attachment = getattr(page, "search_attachment", None)
    return SearchDocument(
        kind=KIND,
        object_id=page.pk,
        content_type=page.search_content_type,
        locale=page.locale.language_code,
        language=source.locale.language_code,
        untranslated=bool(page.alias_of_id),
        fallback_for=_fallback_for(page, group, restricted_pages),
        audience="partners" if page.pk in partners_only else "public",
        translation_key=str(page.translation_key),
        title=source.title,
        introduction=getattr(source, "introduction", "") or "",
        body=_taxonomy_text(source) if getattr(page, "search_taxonomy", None) else _text_of(source),
        document_text=attachment_texts.get(getattr(page, f"{attachment}_id"), "") if attachment else "",
        thematic_areas=_area_codes(page),
        url=page.get_url(),
        **facts,
    )


def _documents(pages):
    """Index documents for `pages` (specific instances); returns (documents, ids to delete)."""
    paths = _restricted_paths()
    pages = list(pages)
    groups = _translation_groups(pages)
    restricted_pages = {p.pk for p in pages if _is_restricted(p, paths)}
    shown, deleted = [], []
    for page in pages:
        if (
            getattr(page, "search_content_type", None)
            and page.live
            and page.pk not in restricted_pages
            and page.url_path
        ):
            shown.append(page)
        else:
            deleted.append(document_id(KIND, page.pk))
    partners_only = _partners_only(shown)
    attachment_texts = _attachment_texts(shown)
    documents = []
    for page in shown:
        group = groups.get(page.translation_key, {})
        document = _document(page, group, restricted_pages, partners_only, attachment_texts)
        if document.url:
            documents.append(document.as_indexed())
        else:
            deleted.append(document_id(KIND, page.pk))
    return documents, deleted


def documents(object_ids):
    """(documents, ids to delete) for the pages `object_ids`."""
    pages = list(Page.objects.filter(pk__in=object_ids).specific())
    found, deleted = _documents(pages)
    return found, deleted + gone(KIND, object_ids, {page.pk for page in pages})


def _queryset(model):
    related = ["thematic_areas"] if hasattr(model, "thematic_areas") else []
    return (
        model.objects.live()
        .select_related("locale", "alias_of", "alias_of__locale", *getattr(model, "search_related", []))
        .prefetch_related(*related)
        .order_by("pk")
    )


def batches(batch_size):
    """The documents of every live page, a batch at a time (each type's pages in one query a batch)."""
    for model in indexed_models():
        queryset = _queryset(model)
        last = 0
        while batch := list(queryset.filter(pk__gt=last)[:batch_size]):
            last = batch[-1].pk
            yield _documents(batch)[0]


def count():
    return sum(model.objects.live().count() for model in indexed_models())
