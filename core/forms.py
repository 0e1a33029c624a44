"""The page editor's form: choices of translatable snippets in the page's own language only."""

from django.forms import ModelChoiceField, ModelMultipleChoiceField
from django.utils.http import urlencode
from django.utils.translation import gettext

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.widgets import AdminSnippetChooser


class LocaleSnippetChooser(AdminSnippetChooser):
    """Wagtail's snippet chooser, opened on the entries of one locale (its chooser has a locale filter)."""

    def __init__(self, model, locale, **kwargs):
        self.locale = locale
        super().__init__(model, **kwargs)

    def get_chooser_modal_url(self):
        return f"{super().get_chooser_modal_url()}?{urlencode({'locale': self.locale.language_code})}"


class LocalisedChoicesPageForm(WagtailAdminPageForm):
    """Thematic areas, work packages and partners exist once per language: a page takes those of its own.

    Listing every locale's entries side by side let editors tag an English page with
    a Bulgarian area; any other locale's entry is now refused with a clear message.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self.instance.locale if self.instance.locale_id else Locale.get_default()
        message = gettext("Choose only entries in the language of this page (%(language)s).") % {
            "language": locale.get_display_name()
        }
        for name, field in self.fields.items():
            model = _translatable_snippet_model(field)
            if model is None:
                continue
            field.queryset = field.queryset.filter(locale=locale)
            field.error_messages["invalid_choice"] = message
            if isinstance(field.widget, AdminSnippetChooser):
                field.widget = LocaleSnippetChooser(model, locale)
            self.initial[name] = _in_locale(model, self.initial.get(name), locale)


def _translatable_snippet_model(field):
    if not isinstance(field, ModelChoiceField | ModelMultipleChoiceField):
        return None
    model = field.queryset.model
    return model if issubclass(model, TranslatableMixin) and not issubclass(model, Page) else None


def _in_locale(model, value, locale):
    """The initial value with each entry replaced by its version in `locale`, where there is one.

    A page translated with wagtail-localize keeps its source's entries; when it is
    edited as a page of its own, the form offers the same entries in its language.
    """
    if value in (None, "", []):
        return value
    many = not isinstance(value, str | int | model)  # a list or a queryset for many-to-many fields
    pks = [getattr(item, "pk", item) for item in (value if many else [value])]
    keys = dict(model.objects.filter(pk__in=pks).values_list("pk", "translation_key"))
    local = dict(
        model.objects.filter(translation_key__in=keys.values(), locale=locale).values_list("translation_key", "pk")
    )
    localised = [local.get(keys.get(pk), pk) for pk in pks]
    return localised if many else localised[0]
