"""A whole site with one page of every type, written with the longest real words the partners use.

Layout tests need text that is hard to fit on a phone: German compounds, Hungarian
suffix chains, Greek and Bulgarian words of twenty letters and more, codes without
spaces. The English pages carry them, and every other locale shows them through its
aliases, with a Greek and a Bulgarian translation of the taxonomies beside them.
"""

import datetime

from django.conf import settings

from wagtail.models import Locale, Page, Site

from forums.structure import load_forum_structure
from home.models import FundingStatement, SiteSettings
from knowledge.models import WorkingGroupIndexPage, WorkPackageIndexPage
from newsletters.models import NewsletterIndexPage
from tests.factories.forums import PostFactory, site_forum, topic_with_posts
from tests.factories.images import logo, photograph
from tests.factories.knowledge import (
    DeliverableIndexPageFactory,
    DeliverablePageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    GoodPracticeIndexPageFactory,
    GoodPracticePageFactory,
    HomePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PartnerFactory,
    PartnerIndexPageFactory,
    StandardPageFactory,
    ThematicAreaFactory,
    WorkPackageFactory,
)
from tests.factories.newsletters import NewsletterPageFactory
from tests.site_tree import sync_locales

GERMAN = "Wettbewerbsfähigkeitsverbesserungsmaßnahmen"
GERMAN_BODY = "Regionalentwicklungszusammenarbeitsvereinbarung"
HUNGARIAN = "legeslegmegszentségteleníthetetlenebbeskedéseitekért"
GREEK = "Ανταγωνιστικότητα επιχειρηματικών συστάδων στη Νοτιοανατολική Ευρώπη"
GREEK_WORD = "αντιπροσωπευτικότητας"
BULGARIAN = "Конкурентоспособността на високотехнологичните клъстери"
LONG_CODE = "D4.1-ANNEX-MARCHE-IT"

LONG_TITLE = f"{GERMAN}: {GREEK}"
LONG_INTRODUCTION = f"{GERMAN_BODY} {HUNGARIAN}. {BULGARIAN}. {GREEK_WORD}."

AREAS = {
    "WG1": (
        "Innovationsförderungsinstrumentenentwicklung",
        "Καινοτομία και ανταγωνιστικότητα",
        "Иновационноориентираното развитие",
    ),
    "WG2": (
        "Nachhaltigkeitsberichterstattungspflichten",
        "Βιωσιμότητα μέσω συνεργατικών σχηματισμών",
        "Устойчивост чрез клъстерно развитие",
    ),
    "WG3": (
        "Internationalisierungsunterstützungsprogramme",
        "Διεθνοποίηση και δικτύωση συστάδων",
        "Интернационализация на клъстерите",
    ),
}
WORK_PACKAGES = {
    "WP3": "Politikberatungsdienstleistungsangebote",
    "WP4": "Wissenstransferkooperationsvereinbarungen",
}


def _long_page(factory, parent, **fields):
    return factory(parent=parent, title=fields.pop("title", LONG_TITLE), introduction=LONG_INTRODUCTION, **fields)


def default_site():
    """The default site's English home page, in a database that may have been flushed."""
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=locales["en"])
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root, slug="home", introduction=LONG_INTRODUCTION)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="ClusterPoliSEE")
    return home, locales


def _translated_taxonomy(locales):
    areas = {}
    for code, (english, greek, bulgarian) in AREAS.items():
        area = ThematicAreaFactory(code=code, name=english)
        for language, name in (("el", greek), ("bg", bulgarian)):
            translated = area.copy_for_translation(locales[language])
            translated.name = name
            translated.save()
        areas[code] = area
    packages = {code: WorkPackageFactory(code=code, name=name) for code, name in WORK_PACKAGES.items()}
    return areas, packages


def _menu_and_footer(home, locales):
    """The index pages of the main menu, the overviews, the newsletter archive and the footer's legal page."""
    in_menu = {
        "news_index": NewsIndexPageFactory,
        "event_index": EventIndexPageFactory,
        "deliverable_index": DeliverableIndexPageFactory,
        "practice_index": GoodPracticeIndexPageFactory,
        "partner_index": PartnerIndexPageFactory,
    }
    pages = {name: factory(parent=home, show_in_menus=True) for name, factory in in_menu.items()}
    pages["work_packages"] = home.add_child(
        instance=WorkPackageIndexPage(title="Work packages", slug="work-packages", introduction=LONG_INTRODUCTION)
    )
    pages["working_groups"] = home.add_child(
        instance=WorkingGroupIndexPage(title="Working groups", slug="working-groups", introduction=LONG_INTRODUCTION)
    )
    pages["standard"] = _long_page(
        StandardPageFactory, home, slug="legal-notice", body=[("paragraph", f"<p>{HUNGARIAN}</p>")]
    )
    pages["newsletter_index"] = home.add_child(instance=NewsletterIndexPage(title="Newsletter", slug="newsletter"))
    FundingStatement.objects.create(locale=locales["en"], text=f"<p>{LONG_INTRODUCTION}</p>")
    footer = SiteSettings.for_site(Site.objects.get(root_page=home))
    footer.contact_email = "wettbewerbsfaehigkeitsverbesserung@clusterpolisee.example.eu"
    footer.footer_links = [("page", pages["standard"])]
    footer.save()
    return pages


def site_frame():
    """What surrounds every page, in all twelve locales: the default site with its main menu (index
    pages without children) and footer, and the forums. Returns the English pages by name.
    """
    home, locales = default_site()
    pages = {"home": home, **_menu_and_footer(home, locales)}
    sync_locales()
    load_forum_structure()
    return pages


def _photographs():
    """Listing images and body figures: three photographs as editors upload them, each used several times."""
    photos = [photograph(title=f"{GERMAN_BODY} {n}", seed=n, width=1600, height=1067) for n in range(3)]

    def figure(photo, alt=GREEK):
        photo.contextual_alt_text, photo.decorative = alt, False
        return ("image", photo)

    return photos, figure


def every_page_type(images=False):
    """One published page of every type under a new default site, aliased into all twelve locales,
    the forums with a topic, and a newsletter issue. Returns the English pages by name.

    With `images`, the pages have listing images and a figure in their body (photographs of
    1600x1067, wider than any rendition), the partners and the footer their logos.
    """
    home, locales = default_site()
    areas, packages = _translated_taxonomy(locales)
    pages = {"home": home, **_menu_and_footer(home, locales)}
    pictures = {}
    if images:
        photos, figure = _photographs()
        pictures = {
            "news": {"listing_image": photos[0], "body": [figure(photos[1]), ("paragraph", f"<p>{HUNGARIAN}</p>")]},
            "event": {"listing_image": photos[1], "body": [figure(photos[2])]},
            "practice": {"listing_image": photos[2], "description": [figure(photos[0])]},
            "newsletter": {"listing_image": photos[0], "body": [("text", f"<p>{GERMAN}</p>"), figure(photos[1])]},
        }
        pages["standard"].listing_image = photos[1]
        pages["standard"].body = [figure(photos[2]), ("paragraph", f"<p>{HUNGARIAN}</p>")]
        pages["standard"].save_revision().publish()
        footer = SiteSettings.for_site(Site.objects.get(root_page=home))
        footer.funding_logos = [("logo", logo(title="Interreg", seed=n)) for n in range(3)]
        footer.save()
    pages["news"] = _long_page(
        NewsPageFactory,
        pages["news_index"],
        work_package=packages["WP3"],
        thematic_areas=list(areas.values()),
        **pictures.get("news", {}),
    )
    pages["event"] = _long_page(
        EventPageFactory,
        pages["event_index"],
        start_date=datetime.date.today() + datetime.timedelta(days=30),
        time_zone="Europe/Athens",
        venue=f"{GERMAN_BODY}, Θεσσαλονίκη",
        thematic_areas=[areas["WG2"]],
        **pictures.get("event", {}),
    )
    pages["deliverable"] = _long_page(
        DeliverablePageFactory, pages["deliverable_index"], code=LONG_CODE, work_package=packages["WP4"]
    )
    pages["practice"] = _long_page(
        GoodPracticePageFactory,
        pages["practice_index"],
        region=GREEK,
        implementing_body=HUNGARIAN,
        thematic_areas=[areas["WG1"]],
        is_featured=True,
        **pictures.get("practice", {}),
    )
    pages["newsletter"] = NewsletterPageFactory(
        parent=pages["newsletter_index"], title=LONG_TITLE, **pictures.get("newsletter", {})
    )
    for number, name in enumerate([f"{GERMAN_BODY} GmbH", f"Περιφέρεια {GREEK_WORD}", BULGARIAN], start=1):
        PartnerFactory(
            number=number, name=name, acronym=LONG_CODE, city="Θεσσαλονίκη", logo=logo(seed=number) if images else None
        )
    sync_locales()

    load_forum_structure()
    topic = topic_with_posts(forum=site_forum("WG1"), subject=f"{GERMAN} {GREEK_WORD}")
    PostFactory(topic=topic, content=f"{LONG_INTRODUCTION}\n\n    {GERMAN_BODY}{HUNGARIAN}")
    pages["topic"] = topic
    return pages
