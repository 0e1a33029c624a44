"""Factories for the knowledge base: used by the tests and by the benchmarks."""

import datetime

from django.conf import settings

from wagtail.models import Locale, Page, Site

import factory
import wagtail_factories

from home.models import HomePage, StandardPage
from knowledge.models import (
    DeliverableIndexPage,
    DeliverablePage,
    EventIndexPage,
    EventPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    NewsIndexPage,
    NewsPage,
    Partner,
    PartnerIndexPage,
    ThematicArea,
    WorkPackage,
)


class DefaultLocaleMixin(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True


class ThematicAreaFactory(DefaultLocaleMixin):
    code = factory.Sequence(lambda n: f"WG{n + 1}")
    name = factory.Faker("catch_phrase")

    class Meta:
        model = ThematicArea
        django_get_or_create = ("code", "locale")


class WorkPackageFactory(DefaultLocaleMixin):
    code = factory.Sequence(lambda n: f"WP{n}")
    name = factory.Faker("bs")

    class Meta:
        model = WorkPackage
        django_get_or_create = ("code", "locale")


class PartnerFactory(DefaultLocaleMixin):
    number = factory.Sequence(lambda n: n + 1)
    name = factory.Faker("company")
    country = factory.Iterator(["IT", "BG", "AT", "GR", "HU", "RO", "SK", "SI", "AL", "HR", "RS"])
    organisation_type = Partner.OrganisationType.PUBLIC_AUTHORITY

    class Meta:
        model = Partner


class BasePageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=5)
    introduction = factory.Faker("paragraph")

    class Meta:
        abstract = True


class HomePageFactory(BasePageFactory):
    title = "ClusterPoliSEE"
    tagline = "Smarter cluster policies for South East Europe"

    class Meta:
        model = HomePage


class StandardPageFactory(BasePageFactory):
    class Meta:
        model = StandardPage


class NewsIndexPageFactory(BasePageFactory):
    title = "News"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(BasePageFactory):
    date = factory.Faker("date_between", start_date=datetime.date(2012, 5, 1), end_date=datetime.date(2014, 10, 30))

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    @factory.post_generation
    def thematic_areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.thematic_areas.set(extracted)
            self.save_revision().publish()


class EventIndexPageFactory(BasePageFactory):
    title = "Events"
    slug = "events"

    class Meta:
        model = EventIndexPage


class EventPageFactory(BasePageFactory):
    start_date = factory.Faker("date_between", start_date="+1d", end_date="+300d")
    start_time = datetime.time(9, 30)
    end_time = datetime.time(17, 0)
    venue = factory.Faker("city")
    event_type = EventPage.EventType.WORKSHOP

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    @factory.post_generation
    def thematic_areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.thematic_areas.set(extracted)
            self.save_revision().publish()


class DeliverableIndexPageFactory(BasePageFactory):
    title = "Deliverables"
    slug = "deliverables"

    class Meta:
        model = DeliverableIndexPage


class DeliverablePageFactory(BasePageFactory):
    code = factory.Sequence(lambda n: f"D{n % 7}.{n}")
    date = factory.Faker("date_between", start_date=datetime.date(2012, 5, 1), end_date=datetime.date(2014, 10, 30))
    work_package = factory.SubFactory(WorkPackageFactory)
    deliverable_type = DeliverablePage.DeliverableType.REPORT

    class Meta:
        model = DeliverablePage


class GoodPracticeIndexPageFactory(BasePageFactory):
    title = "Good practices"
    slug = "good-practices"

    class Meta:
        model = GoodPracticeIndexPage


class GoodPracticePageFactory(BasePageFactory):
    country = factory.Iterator(["IT", "BG", "AT", "GR", "HU", "RO", "SK", "SI", "AL", "HR", "RS"])
    region = factory.Faker("state")
    policy_instrument = GoodPracticePage.PolicyInstrument.VOUCHER
    start_year = 2010

    class Meta:
        model = GoodPracticePage
        skip_postgeneration_save = True

    @factory.post_generation
    def thematic_areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.thematic_areas.set(extracted)
            self.save_revision().publish()


class PartnerIndexPageFactory(BasePageFactory):
    title = "Partners"
    slug = "partners"

    class Meta:
        model = PartnerIndexPage


def all_locales():
    """All twelve site locales, English first."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


def new_home_page(locales):
    """An English home page as the root of the default site, replacing Wagtail's welcome page."""
    # A transactional test (live_server) flushes the tables, taking Wagtail's root page with it.
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=locales["en"])
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="ClusterPoliSEE")
    return home
