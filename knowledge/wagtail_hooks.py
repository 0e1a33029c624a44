from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Partner, ThematicArea, WorkPackage


class ThematicAreaViewSet(SnippetViewSet):
    model = ThematicArea
    icon = "group"
    list_display = ["code", "name", "coordinator"]
    list_filter = ["locale"]
    search_fields = ["name", "code"]


class WorkPackageViewSet(SnippetViewSet):
    model = WorkPackage
    icon = "list-ol"
    list_display = ["code", "name", "leader"]
    list_filter = ["locale"]
    search_fields = ["name", "code"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "home"
    list_display = ["number", "name", "country", "organisation_type"]
    list_filter = ["locale", "country", "organisation_type"]
    search_fields = ["name", "acronym", "city"]


class ProjectStructureGroup(SnippetViewSetGroup):
    menu_label = _("Project structure")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (ThematicAreaViewSet, WorkPackageViewSet, PartnerViewSet)


register_snippet(ProjectStructureGroup)
