from django import forms
from django.contrib.auth.hashers import make_password
from django.utils.translation import gettext_lazy as _

from allauth.account.forms import SignupForm as AllauthSignupForm

from .models import Profile
from .services import profile_create


class SignupForm(AllauthSignupForm):
    display_name = forms.CharField(
        label=_("Display name"),
        max_length=80,
        help_text=_("The name other members see next to your posts."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        honeypot = self.fields.get("homepage")
        if honeypot is not None:
            # allauth hides its honeypot with an inline style, which our CSP blocks; a class does the same.
            honeypot.widget.attrs = {"class": "honeypot", "tabindex": "-1", "autocomplete": "off"}

    def try_save(self, request):
        if self.account_already_exists:
            # A new account's password is hashed before it is stored; hashing this one too
            # (and throwing it away) makes a registered address answer as slowly as a new one.
            make_password(self.cleaned_data["password1"])
        return super().try_save(request)

    def save(self, request):
        user = super().save(request)
        if user is not None:
            profile_create(user, display_name=self.cleaned_data["display_name"], language=request.LANGUAGE_CODE)
        return user


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["display_name", "organisation", "country", "role", "preferred_language", "avatar", "bio"]
        widgets = {"bio": forms.Textarea(attrs={"rows": 5, "maxlength": 500})}


class AccountDeleteForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that my account and personal data will be deleted and cannot be restored."),
        required=True,
    )
