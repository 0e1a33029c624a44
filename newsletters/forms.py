from django import forms
from django.conf import settings
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from knowledge.models import ThematicArea


def topic_choices():
    """The six thematic areas by code, named in the visitor's language where a translation exists."""
    names = {}
    for area in ThematicArea.objects.filter(locale__language_code__in=[settings.LANGUAGE_CODE, get_language()]):
        if area.code not in names or area.locale.language_code == get_language():
            names[area.code] = area.name
    return sorted(names.items())


class ChoicesForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=settings.LANGUAGES)
    topics = forms.MultipleChoiceField(
        label=pgettext_lazy("areas of interest", "Topics"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose none to receive every issue."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].choices = topic_choices()
        if not self.is_bound and "language" not in self.initial:
            self.initial["language"] = get_language()


class SubscribeForm(ChoicesForm):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    name = forms.CharField(label=_("Name (optional)"), max_length=100, required=False)
    # A field people never see: bots that fill every field in are answered as if subscribed.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    field_order = ["email", "name", "language", "topics", "website"]

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if any(ch in name for ch in "<>\r\n\x00") or "://" in name:
            raise forms.ValidationError(_("Please enter a name without links or special characters."))
        return name

    @property
    def is_bot(self):
        return bool(self.data.get("website"))


class PreferencesForm(ChoicesForm):
    pass


class MemberForm(ChoicesForm):
    subscribed = forms.BooleanField(label=_("Send me the newsletter"), required=False)

    field_order = ["subscribed", "language", "topics"]
