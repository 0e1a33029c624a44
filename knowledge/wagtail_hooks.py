from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from caching.policy import never_shared
from core.permissions import refuse_consortium_content, user_is_partner

from .figures import knowledge_figures
from .models import DeliverablePage, Partner, ThematicArea, WorkPackage


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


hooks.register("register_communication_figures", knowledge_figures)


@hooks.register("before_serve_document")
def keep_restricted_deliverables_to_partners(document, request):
    """The file of a restricted deliverable is as confidential as its page, whoever knows its URL."""
    restricted = (
        DeliverablePage.objects.filter(document=document)
        .exclude(dissemination_level=DeliverablePage.DisseminationLevel.PUBLIC)
        .exists()
    )
    if restricted:
        # Not even a partner's download may be kept by a shared cache.
        never_shared(request)
    if restricted and not user_is_partner(request.user):
        return refuse_consortium_content(request)
