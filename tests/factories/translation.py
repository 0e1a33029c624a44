"""Translate a page or snippet the way an editor does in wagtail-localize's editor."""

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def translate(instance, locale, translate_text, *, publish=True):
    """Create the `locale` translation of `instance` with wagtail-localize and return it.

    `translate_text(source_text)` gives the translated text of each segment (title,
    slug, paragraphs, …), as a translator would type it in the translation editor.
    """
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": translate_text(segment.string.data), "translation_type": "manual"},
        )
    translation.save_target(publish=publish)
    return instance.get_translation(locale)
