from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "pages/search_page.html",
        {
            "search_query": query,
            "page_obj": page_obj,
            "items": page_obj.object_list,
            "filter_query": urlencode({"q": query}),
        },
    )
