"""The site search against the real OpenSearch server: languages, facets, leaks, hostile input, outages."""

import datetime
import subprocess
import sys
from pathlib import Path

from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import override_settings

from wagtail.models import Locale, PageViewRestriction

import pytest

from core.permissions import PARTNERS_GROUP_NAME
from search import engine, services
from search.models import PendingIndexUpdate
from tests.factories.knowledge import (
    DeliverableIndexPageFactory,
    DeliverablePageFactory,
    GoodPracticeIndexPageFactory,
    GoodPracticePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PartnerFactory,
    PartnerIndexPageFactory,
    StandardPageFactory,
    ThematicAreaFactory,
    WorkPackageFactory,
    all_locales,
    new_home_page,
)
from tests.factories.translation import translate
from tests.module_transaction import module_transaction
from tests.search.indexing import index_now
from tests.site_tree import reloaded, sync_locales

REPO = Path(__file__).resolve().parents[2]
SEARCH_SERVER = [sys.executable, str(REPO / "scripts" / "search_server.py")]

BG = {
    "Partners discuss cooperation between clusters": "Партньорите обсъждат сътрудничеството между клъстерите",
    "A policy for cluster cooperation in the region.": "Политиката за сътрудничество на клъстерите в региона.",
    "cooperation": "satrudnichestvo",
}
EL = {
    "Innovation policies for regions": "Πολιτικές καινοτομίας για τις περιφέρειες",
    "Regions exchange their innovation policy experience.": (
        "Οι περιφέρειες ανταλλάσσουν εμπειρία πολιτικής καινοτομίας."
    ),
    "innovation": "kainotomia",
}
HU = {
    "Clusters in cooperation": "Klaszterek együttműködésben",
    "How clusters support innovation.": "Hogyan támogatják a klaszterek az innovációt.",
    "clusters": "klaszterek",
}


def _translator(mapping):
    return lambda text: mapping.get(text, text)


@pytest.fixture(scope="module")
def _kb_of_the_module(request, django_db_setup, django_db_blocker, engine_on_for_the_module):
    """The knowledge base's rows, built once for the module (see tests.module_transaction)."""
    with module_transaction(request, django_db_blocker) as open_:
        assert open_, "the module has a transactional test"
        yield _new_kb(new_home_page(all_locales()))


@pytest.fixture
def kb(_kb_of_the_module, search_engine):
    """A small knowledge base in English, aliased into bg/el/hu, some of it translated, in the search indexes."""
    index_now()
    return reloaded(_kb_of_the_module)


def _new_kb(home_page):
    areas = [ThematicAreaFactory(code=f"WG{n}", name=f"Area {n}") for n in (1, 2)]
    wps = [WorkPackageFactory(code=f"WP{n}", name=f"Work package {n}") for n in (3, 4)]
    news_index = NewsIndexPageFactory(parent=home_page)
    coop = NewsPageFactory(
        parent=news_index,
        title="Partners discuss cooperation between clusters",
        slug="cooperation",
        introduction="A policy for cluster cooperation in the region.",
        date=datetime.date(2013, 3, 1),
        work_package=wps[0],
        thematic_areas=[areas[0]],
    )
    innovation = NewsPageFactory(
        parent=news_index,
        title="Innovation policies for regions",
        slug="innovation",
        introduction="Regions exchange their innovation policy experience.",
        date=datetime.date(2014, 5, 1),
        thematic_areas=[areas[1]],
    )
    clusters = NewsPageFactory(
        parent=news_index,
        title="Clusters in cooperation",
        slug="clusters",
        introduction="How clusters support innovation.",
        date=datetime.date(2012, 9, 1),
        work_package=wps[1],
    )
    deliverable_index = DeliverableIndexPageFactory(parent=home_page)
    deliverable = DeliverablePageFactory(
        parent=deliverable_index,
        title="Cluster policy assessment",
        slug="assessment",
        introduction="An assessment of cluster policy in eleven countries.",
        code="D4.1",
        work_package=wps[1],
        date=datetime.date(2014, 1, 10),
    )
    secret = DeliverablePageFactory(
        parent=deliverable_index,
        title="Confidential cluster budget minutes",
        slug="minutes",
        introduction="Zanzibarquux budget figures of the cluster consortium.",
        code="D1.9",
        work_package=wps[0],
        dissemination_level="CO",
        date=datetime.date(2013, 1, 10),
    )
    practice_index = GoodPracticeIndexPageFactory(parent=home_page)
    practice = GoodPracticePageFactory(
        parent=practice_index,
        title="Cluster vouchers in Slovenia",
        slug="vouchers",
        introduction="Vouchers let cluster members buy innovation services.",
        country="SI",
        start_year=2011,
        thematic_areas=[areas[0]],
    )
    about = StandardPageFactory(parent=home_page, title="About the cluster project", slug="about")
    PartnerIndexPageFactory(parent=home_page)
    PartnerFactory(number=1, name="Marche Cluster Authority", country="IT", description="Lead partner of clusters.")
    sync_locales(["bg", "el", "hu"])
    locales = {code: Locale.objects.get(language_code=code) for code in ("bg", "el", "hu")}
    coop_bg = translate(coop, locales["bg"], _translator(BG))
    innovation_el = translate(innovation, locales["el"], _translator(EL))
    clusters_hu = translate(clusters, locales["hu"], _translator(HU))
    return {
        "coop": coop,
        "coop_bg": coop_bg,
        "innovation": innovation,
        "innovation_el": innovation_el,
        "clusters": clusters,
        "clusters_hu": clusters_hu,
        "deliverable": deliverable,
        "secret": secret,
        "practice": practice,
        "about": about,
        "areas": areas,
        "wps": wps,
    }


def _search(client, language, **params):
    response = client.get(f"/{language}/search/", params)
    assert response.status_code == 200
    return response


def _titles(response):
    return [str(r["title"]) for r in response.context["results"]]


def _urls(response):
    return [r["url"] for r in response.context["results"]]


# --- Languages ----------------------------------------------------------------


def test_bulgarian_query_in_another_inflected_form_finds_the_bulgarian_page(client, kb):
    # The page says "сътрудничеството" and "Политиката"; the visitor types other forms.
    response = _search(client, "bg", q="сътрудничество политики")
    assert kb["coop_bg"].url in _urls(response)
    assert "<mark>" in str(response.content, "utf-8")


def test_greek_query_in_another_inflected_form_finds_the_greek_page(client, kb):
    # The page says "Πολιτικές ... περιφέρειες"; the visitor types the singular and the genitive plural,
    # the first one without its accent.
    response = _search(client, "el", q="πολιτικη περιφερειών")
    assert _urls(response)[0] == kb["innovation_el"].url


def test_hungarian_query_in_another_inflected_form_finds_the_hungarian_page(client, kb):
    # The page says "klaszterek" and "együttműködésben"; the visitor types the base forms.
    response = _search(client, "hu", q="klaszter együttműködés")
    assert kb["clusters_hu"].url in _urls(response)


def test_untranslated_content_appears_in_its_source_language_and_is_marked(client, kb):
    response = _search(client, "bg", q="vouchers")
    results = response.context["results"]
    assert [r["url"] for r in results] == [kb["practice"].get_translation(Locale.objects.get(language_code="bg")).url]
    assert results[0]["other_language"] and results[0]["language"] == "en"
    assert '<span class="badge" lang="bg">' in response.content.decode()


def test_results_default_to_the_visitors_language_and_the_switch_searches_all(client, kb):
    mine = _search(client, "bg", q="клъстерите")
    assert _urls(mine) == [kb["coop_bg"].url]
    everywhere = _search(client, "en", q="cluster", all="1")
    languages = {r["language"] for r in everywhere.context["results"]}
    assert {"en"} <= languages
    assert _search(client, "en", q="klaszterek", all="1").context["results"][0]["url"] == kb["clusters_hu"].url
    # English pages only once: the aliases in bg/el/hu are not repeated.
    assert len(_urls(everywhere)) == len(set(_titles(everywhere)))


def test_deliverable_document_text_is_searchable(client, kb):
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    import docx

    buffer = __import__("io").BytesIO()
    document = docx.Document()
    document.add_paragraph("The benchmarking of Quokkamatic cluster registers across the Danube.")
    document.save(buffer)
    from wagtail.models import Collection

    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    doc = get_document_model().objects.create(
        title="D4.1", file=ContentFile(buffer.getvalue(), name="d41.docx"), collection=collection
    )
    services.extract_document_text(doc.pk)
    kb["deliverable"].document = doc
    kb["deliverable"].save_revision().publish()
    index_now()
    response = _search(client, "en", q="quokkamatic")
    assert _urls(response) == [kb["deliverable"].url]


# --- Facets -------------------------------------------------------------------------


def test_facets_count_and_narrow_and_combine_in_the_url(client, kb):
    response = _search(client, "en", q="cluster")
    facets = {f["param"]: {v["value"]: v["count"] for v in f["values"]} for f in response.context["facets"]}
    assert facets["type"]["news"] >= 2 and facets["type"]["deliverable"] == 1
    assert facets["country"] == {"SI": 1, "IT": 1}
    total = response.context["total"]

    news_only = _search(client, "en", q="cluster", type="news")
    assert news_only.context["total"] < total
    assert {r["content_type"] for r in news_only.context["results"]} == {"News"}

    combined = _search(client, "en", q="cluster", type="news", wp="WP3")
    assert _urls(combined) == [kb["coop"].url]
    type_facet = next(f for f in combined.context["facets"] if f["param"] == "type")
    news_value = next(v for v in type_facet["values"] if v["value"] == "news")
    assert news_value["selected"] and "wp=WP3" in news_value["url"] and "type=news" not in news_value["url"]

    past_the_end = _search(client, "en", q="cluster", page="50")
    assert past_the_end.context["page_obj"].number == 1 and len(past_the_end.context["results"]) == total

    by_year = _search(client, "en", q="cluster", year="2011")
    assert _urls(by_year) == [kb["practice"].url]
    by_area = _search(client, "en", q="cluster", area="WG1", sort="date")
    assert _urls(by_area) == [kb["coop"].url, kb["practice"].url]


# --- Typing errors --------------------------------------------------------------------


def test_a_misspelt_word_finds_the_pages_of_the_word_it_resembles_and_suggests_it(client, kb):
    response = _search(client, "en", q="clustr")
    assert response.context["similar_words"] and response.context["total"] >= 3
    assert kb["clusters"].url in _urls(response)
    assert "<mark>Clusters</mark> in cooperation" in _titles(response)
    assert response.context["did_you_mean"] == "cluster"
    content = response.content.decode()
    assert "These results contain similar words." in content
    assert 'Did you mean <a href="?q=cluster">cluster</a>?' in content


def test_a_misspelt_inflected_word_finds_the_page_in_the_visitors_language(client, kb):
    response = _search(client, "hu", q="klaszetrek")
    assert _urls(response)[0] == kb["clusters_hu"].url
    assert response.context["did_you_mean"] == "klaszterek"
    response = _search(client, "bg", q="клъстрите")
    assert _urls(response)[0] == kb["coop_bg"].url
    assert response.context["did_you_mean"] == "клъстерите"


def test_only_the_misspelt_word_of_a_query_is_corrected_and_the_filters_are_kept(client, kb):
    response = _search(client, "en", q="vouchers Slovnia", all="1", type="good_practice")
    assert _urls(response) == [kb["practice"].url]
    assert response.context["did_you_mean"] == "vouchers slovenia"
    assert response.context["did_you_mean_url"] == "?q=vouchers+slovenia&all=1&type=good_practice"


def test_words_found_as_typed_get_no_suggestion(client, kb):
    for query in ("cluster", "vouchers", "innovation policies"):
        response = _search(client, "en", q=query)
        assert response.context["total"] and not response.context.get("did_you_mean"), query
        assert not response.context["similar_words"]
    nonsense = _search(client, "en", q="qqqxxzzv")
    assert nonsense.context["total"] == 0 and not nonsense.context.get("did_you_mean")


def test_a_suggestion_never_reveals_a_word_of_content_the_visitor_may_not_read(client, kb):
    response = _search(client, "en", q="zanzibarqux", all="1")
    assert response.context["total"] == 0 and not response.context.get("did_you_mean")
    assert "anzibarquux" not in response.content.decode().lower()
    partner = User.objects.create_user("partner", password="x")
    partner.groups.add(Group.objects.get_or_create(name=PARTNERS_GROUP_NAME)[0])
    client.force_login(partner)
    response = _search(client, "en", q="zanzibarqux", all="1")
    assert _urls(response) == [kb["secret"].url] and response.context["did_you_mean"] == "zanzibarquux"


def test_suggestions_start_at_the_third_letter(client, kb):
    title = BG["Partners discuss cooperation between clusters"]
    for typed in ("клъ", "сътруд", "партньорите клъст", "Клъстерите"):
        suggestions = client.get("/bg/search/suggest/", {"q": typed}).json()["suggestions"]
        assert [s["title"] for s in suggestions] == [title], typed
    assert client.get("/bg/search/suggest/", {"q": "кл"}).json() == {"suggestions": []}


# --- Leaks -------------------------------------------------------------------------


def _everything(client, word, language="en"):
    """The text of the result page (results, facets, snippets) and the suggestions, for a word."""
    page = client.get(f"/{language}/search/", {"q": word, "all": "1"}).content.decode()
    suggestions = client.get(f"/{language}/search/suggest/", {"q": word}).content.decode()
    return page + suggestions


def test_restricted_deliverable_reaches_partners_only(client, kb):
    assert "Confidential" not in _everything(client, "zanzibarquux")
    assert "Confidential" not in _everything(client, "confidential")
    response = _search(client, "en", q="cluster")
    assert kb["secret"].url not in _urls(response)
    counts = {v["value"]: v["count"] for f in response.context["facets"] for v in f["values"]}
    assert counts.get("deliverable", 0) == 1  # only the public one

    partner = User.objects.create_user("partner", password="x")
    partner.groups.add(Group.objects.get_or_create(name=PARTNERS_GROUP_NAME)[0])
    client.force_login(partner)
    assert _urls(_search(client, "en", q="zanzibarquux")) == [kb["secret"].url]
    assert "Confidential" in client.get("/en/search/suggest/", {"q": "confid"}).content.decode()


def test_drafts_never_appear(client, kb):
    draft = NewsPageFactory.build(title="Wombatonic draft news", slug="draft", date=datetime.date(2013, 1, 1))
    kb["coop"].get_parent().add_child(instance=draft)
    draft.unpublish()
    draft.save_revision()
    index_now()
    assert "Wombatonic" not in _everything(client, "wombatonic")
    # A published page with newer draft text shows only its published text.
    coop = kb["coop"]
    coop.title = "Platypusian draft title"
    coop.save_revision()
    index_now()
    assert "Platypusian" not in _everything(client, "platypusian")


def test_unpublished_page_disappears_with_its_aliases(client, kb):
    assert _search(client, "en", q="vouchers").context["total"] == 1
    kb["practice"].unpublish()
    index_now()
    for language in ("en", "bg"):
        response = _search(client, language, q="vouchers")
        assert response.context["total"] == 0 and "Cluster vouchers" not in response.content.decode()
        assert client.get(f"/{language}/search/suggest/", {"q": "vouch"}).json() == {"suggestions": []}


def test_view_restricted_pages_and_their_aliases_never_appear(client, kb):
    PageViewRestriction.objects.create(page=kb["about"], restriction_type=PageViewRestriction.LOGIN)
    index_now()
    for language in ("en", "bg"):
        response = _search(client, language, q="about project")
        assert "About the cluster project" not in response.content.decode()
        assert "About the cluster" not in client.get(f"/{language}/search/suggest/", {"q": "about"}).content.decode()


def test_deleted_and_moved_pages_follow_in_the_index(client, kb):
    kb["clusters"].delete()
    index_now()
    assert kb["clusters"].title not in _titles(_search(client, "en", q="clusters cooperation"))
    innovation = kb["innovation"]
    new_parent = StandardPageFactory(parent=innovation.get_parent().get_parent(), title="Archive", slug="archive")
    innovation.move(new_parent, pos="last-child")
    index_now()
    assert _urls(_search(client, "en", q="innovation policies"))[0].startswith("/en/archive/")


# --- Hostile queries --------------------------------------------------------------------

HOSTILE = [
    "",
    "   ",
    '"',
    '"""',
    '"unclosed phrase',
    "cluster AND OR NOT",
    "title:cluster^5 ~2 *",
    "(((((",
    ")]}",
    "\\",
    "a" * 5000,
    "cluster " * 300,
    "<script>alert(1)</script>",
    '{"query": {"match_all": {}}}',
    "' OR 1=1 --",
    "%00\x00\x1f",
    "/regex.*/",
    "😀 🚀",
    "中文 搜索",
    "عربى",
    "ქართული",
    "-cluster +policy |a &b !c",
    "cluster\u200bpolicy",
]


def test_hostile_queries_get_a_normal_page(client, kb):
    for query in HOSTILE:
        for language in ("en", "sr"):
            response = client.get(
                f"/{language}/search/",
                {"q": query, "page": "999999", "year": "x", "type": "<b>", "wp": "WP3' OR", "all": "1"},
            )
            assert response.status_code == 200, query
            assert "<script>alert" not in response.content.decode(), query
            assert not response.context["engine_unavailable"], query
            assert client.get(f"/{language}/search/suggest/", {"q": query}).status_code == 200, query


def test_html_in_content_is_escaped_in_snippets(client, kb):
    page = kb["about"]
    page.title = "<i onmouseover=alert(2)>kiwifruitology</i> & more"
    page.introduction = "Escaping <img src=x onerror=alert(1)> check kiwifruitology \ue001</mark><b>"
    page.save_revision().publish()
    index_now()
    body = _search(client, "en", q="kiwifruitology").content.decode()
    assert "<img src=x" not in body and "&lt;img" in body and "<mark>kiwifruitology</mark>" in body
    assert "<i onmouseover" not in body and "&lt;i onmouseover=alert(2)&gt;<mark>kiwifruitology</mark>" in body
    assert "</mark><b>" not in body and "&lt;/mark&gt;&lt;b&gt;" in body


# --- Outages -------------------------------------------------------------------------------


def test_server_unreachable_publishing_works_page_answers_and_index_catches_up(client, kb, settings):
    reachable = settings.SEARCH_URL
    settings.SEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    page = kb["about"]
    page.title = "Echidnaphobic standard page"
    page.save_revision().publish()  # publishing does not wait for the engine
    assert not services.process_pending()
    assert PendingIndexUpdate.objects.filter(object_id=page.pk).exists()
    response = _search(client, "en", q="echidnaphobic")
    assert response.context["engine_unavailable"]
    assert "not available at the moment" in response.content.decode()
    assert client.get("/en/search/suggest/", {"q": "echid"}).status_code == 200

    settings.SEARCH_URL = reachable
    index_now()
    response = _search(client, "en", q="echidnaphobic")
    assert not response.context["engine_unavailable"]
    assert _urls(response) == [page.url]
    assert not PendingIndexUpdate.objects.exists()


def _skip_unless_started_by_the_script():
    # The outage tests stop and freeze the server; one the script did not start (SEARCH_URL) is left alone.
    if subprocess.run([*SEARCH_SERVER, "status"], cwd=REPO, capture_output=True).returncode:
        pytest.skip("the search server was not started by scripts/search_server.py")


@pytest.mark.exclusive
def test_server_stopped_mid_test_then_resumed(client, kb, settings):
    """The server is frozen (SIGSTOP) in the middle of the test: slow, then back."""
    settings.SEARCH_TIMEOUT = 1.0
    _skip_unless_started_by_the_script()
    subprocess.run([*SEARCH_SERVER, "pause"], check=True, cwd=REPO)
    try:
        page = kb["about"]
        page.title = "Axolotlian page published during the outage"
        page.save_revision().publish()
        with override_settings(SEARCH_TIMEOUT=1.0):
            response = _search(client, "en", q="axolotlian")
        assert response.context["engine_unavailable"]
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(engine, "client", lambda timeout=None: engine._client(settings.SEARCH_URL, 1))
            assert not services.process_pending()
    finally:
        subprocess.run([*SEARCH_SERVER, "resume"], check=True, cwd=REPO)
    index_now()
    assert _urls(_search(client, "en", q="axolotlian")) == [kb["about"].url]


# --- Rebuild ------------------------------------------------------------------------------------


def test_rebuild_fills_new_indexes_and_swaps_the_aliases(client, kb, search_engine):
    before = engine.current_indexes(search_engine)
    call_command("rebuild_search_index", verbosity=0)
    after = engine.current_indexes(search_engine)
    assert set(after) == set(before) and all(after[lang] != before[lang] for lang in after)
    assert not search_engine.indices.exists(index=before["en"])
    assert _urls(_search(client, "bg", q="сътрудничество")) == [kb["coop_bg"].url]
    assert _search(client, "en", q="cluster").context["total"] >= 5


def test_rebuilt_indexes_go_back_to_refreshing_and_durable_writes(kb, search_engine, settings):
    # A rebuild fills its indexes without refreshes and with the transaction log synced in the background;
    # left so, the changes written to them afterwards would never become searchable.
    services.rebuild()
    indexes = ",".join(engine.current_indexes(search_engine).values())
    for found in search_engine.indices.get_settings(index=indexes, flat_settings=True).values():
        index_settings = found["settings"]
        assert index_settings.get("index.refresh_interval", "1s") != "-1"
        assert index_settings.get("index.translog.durability", "request") == "request"
        assert index_settings["index.number_of_replicas"] == str(settings.SEARCH_REPLICAS)


# --- Translation flow, partners, query counts --------------------------------------------------


def test_translating_a_page_replaces_its_alias_in_that_language(client, kb):
    bg = Locale.objects.get(language_code="bg")
    before = _search(client, "bg", q="innovation policies")
    assert before.context["results"][0]["other_language"]
    translate(kb["innovation"], bg, _translator({"Innovation policies for regions": "Иновационни политики"}))
    index_now()
    after = _search(client, "bg", q="иновационни политики")
    assert _urls(after) == [kb["innovation"].get_translation(bg).url]
    assert not after.context["results"][0]["other_language"]
    # The English alias is gone from the Bulgarian results: only the translation (of which the
    # translator left the introduction in English) is found.
    english = _search(client, "bg", q="regions exchange experience")
    assert _urls(english) == [kb["innovation"].get_translation(bg).url]
    assert not english.context["results"][0]["other_language"]


def test_partners_without_translation_appear_in_english_for_other_languages(client, kb):
    response = _search(client, "hu", q="Marche")
    assert [r["url"] for r in response.context["results"]] == ["/hu/partners/#country-it"]
    assert response.context["results"][0]["other_language"]


def test_search_page_query_count_does_not_grow_with_results(client, kb, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _search(client, "en", q="warm-up")  # per-process caches (site root paths, locales) fill on the first request
    counts = []
    for query in ("vouchers", "cluster"):
        with CaptureQueriesContext(connection) as captured:
            response = _search(client, "en", q=query)
        counts.append((response.context["total"], len(captured)))
    (few, few_queries), (many, many_queries) = counts
    assert few < many
    assert few_queries == many_queries


# --- The background task path (signals → after commit → django-tasks) -------------------------------


def test_publishing_and_uploading_update_the_index_through_the_background_task(
    client, kb, search_engine, django_capture_on_commit_callbacks
):
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model
    from wagtail.models import Collection

    from .test_extraction import make_pdf

    page = kb["about"]
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "Quetzalcoatlian about page"
        page.save_revision().publish()
    search_engine.indices.refresh(index=engine.all_aliases())
    assert _urls(_search(client, "en", q="quetzalcoatlian")) == [page.url]

    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    with django_capture_on_commit_callbacks(execute=True):
        document = get_document_model().objects.create(
            title="D4.1", file=ContentFile(make_pdf("Narwhalesque registers"), name="d41.pdf"), collection=collection
        )
        deliverable = kb["deliverable"]
        deliverable.document = document
        deliverable.save_revision().publish()
    search_engine.indices.refresh(index=engine.all_aliases())
    response = _search(client, "en", q="narwhalesque")
    assert _urls(response) == [deliverable.url]
    assert "<mark>Narwhalesque</mark>" in response.content.decode()
    assert not PendingIndexUpdate.objects.exists()


@pytest.mark.exclusive
def test_server_shut_down_and_restarted_mid_test(client, kb, settings):
    """A real shutdown of the search server in the middle of the test, then a restart on its data."""
    import os
    from urllib.parse import urlparse

    _skip_unless_started_by_the_script()
    port = urlparse(settings.SEARCH_URL).port
    subprocess.run([*SEARCH_SERVER, "stop", "--keep-data"], check=True, cwd=REPO, capture_output=True)
    try:
        page = kb["about"]
        page.title = "Capybaran page published while the server was down"
        page.save_revision().publish()
        assert not services.process_pending()
        response = _search(client, "en", q="capybaran")
        assert response.context["engine_unavailable"]
        assert client.get("/en/search/suggest/", {"q": "capy"}).status_code == 200
    finally:
        env = {**os.environ, "CLUSTERPOLISEE_SEARCH_PORT": str(port)}
        subprocess.run([*SEARCH_SERVER, "start", "--keep-data"], check=True, cwd=REPO, env=env, capture_output=True)
    index_now()
    assert _urls(_search(client, "en", q="capybaran")) == [kb["about"].url]
    assert _urls(_search(client, "bg", q="сътрудничество")) == [kb["coop_bg"].url]  # the old index survived


def test_a_change_during_a_rebuild_reaches_the_new_indexes(client, kb):
    news = kb["coop"]
    changed = []

    def progress(count):
        # After the news batch was read: the worker applies a new change to the old indexes meanwhile.
        if not changed:
            news.title = "Okapian news changed during the rebuild"
            news.save_revision().publish()
            assert not services.process_pending(refresh=True)  # applied, but kept for the new indexes
            changed.append(count)

    services.rebuild(progress=progress)
    assert changed
    assert _urls(_search(client, "en", q="okapian")) == [news.url]
    assert not PendingIndexUpdate.objects.exists()
