"""Translating needs edit permission on what is translated.

wagtail-localize's "Translate" and "Sync translated pages" views check only its global
"submit translation" permission, so an editor of one section could create and overwrite
translations of any page or snippet (the class of Wagtail's CVE-2026-54262). These views
add the check on the source object; they are registered at wagtail-localize's own paths,
ahead of its URLs.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path

from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.views import submit_translations, update_translations


def _require_edit_permission(user, instance):
    if isinstance(instance, Page):
        allowed = instance.permissions_for_user(user).can_edit()
    else:
        allowed = ModelPermissionPolicy(type(instance)).user_has_permission_for_instance(user, "change", instance)
    if not allowed:
        raise PermissionDenied


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    def get_object(self):
        page = super().get_object()
        _require_edit_permission(self.request.user, page)
        return page


class SubmitSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    def get_object(self):
        snippet = super().get_object()
        _require_edit_permission(self.request.user, snippet)
        return snippet


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    def get_object(self):
        source = super().get_object()
        _require_edit_permission(self.request.user, source.get_source_instance())
        return source


urlpatterns = [
    path("localize/submit/page/<int:page_id>/", SubmitPageTranslationView.as_view()),
    path(
        "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        SubmitSnippetTranslationView.as_view(),
    ),
    path("localize/update/<int:translation_source_id>/", UpdateTranslationsView.as_view()),
]
