"""Partners in the site search: each is shown on the partner directory of its locale."""

from django.conf import settings

from knowledge.models import Partner, PartnerIndexPage

from ..documents import SearchDocument, document_id, gone, site_locales

KIND = "partner"


def _directory_urls():
    """{locale code: the address of its partner directory}."""
    urls = {}
    for index_page in PartnerIndexPage.objects.live().public().select_related("locale"):
        urls.setdefault(index_page.locale.language_code, index_page.get_url())
    return urls


def _translated_into(partners):
    """{translation key: the locales a partner of `partners` has a version in}."""
    keys = {p.translation_key for p in partners}
    translated = {}
    for key, code in Partner.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "locale__language_code"
    ):
        translated.setdefault(key, set()).add(code)
    return translated


def _documents(partners):
    directory_urls = _directory_urls()
    translated = _translated_into(partners)
    documents, deleted = [], []
    for partner in partners:
        code = partner.locale.language_code
        url = directory_urls.get(code)
        if not url:
            deleted.append(document_id(KIND, partner.pk))
            continue
        fallback_for = []
        if code == settings.LANGUAGE_CODE:
            # Shown, in English, to visitors of languages it has no translation in.
            fallback_for = [lang for lang in site_locales() if lang not in translated.get(partner.translation_key, ())]
        anchor = f"#country-{str(partner.country).lower()}" if partner.country else ""
        document = SearchDocument(
            kind=KIND,
            object_id=partner.pk,
            content_type="partner",
            language=code,
            fallback_for=fallback_for,
            translation_key=str(partner.translation_key),
            title=f"{partner.name} ({partner.acronym})" if partner.acronym else partner.name,
            introduction=partner.city or "",
            body=partner.description or "",
            country=[str(partner.country)] if partner.country else [],
            url=url + anchor,
            locale_urls={lang: directory_urls[lang] + anchor for lang in fallback_for if lang in directory_urls},
        )
        documents.append(document.as_indexed())
    return documents, deleted


def documents(object_ids):
    """(documents, ids to delete) for the partners `object_ids`."""
    partners = list(Partner.objects.filter(pk__in=object_ids).select_related("locale"))
    found, deleted = _documents(partners)
    return found, deleted + gone(KIND, object_ids, {p.pk for p in partners})


def batches(batch_size):
    """Every partner's document, in one batch: a project has a few dozen partners."""
    yield _documents(list(Partner.objects.select_related("locale").order_by("pk")))[0]


def count():
    return Partner.objects.count()
