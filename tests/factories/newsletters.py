"""Factories for newsletters: used by the tests and by the benchmark."""

import factory
import wagtail_factories

from newsletters.models import NewsletterIndexPage, NewsletterPage, Subscriber


class SubscriberFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    name = factory.Faker("name")
    language = "en"
    status = Subscriber.Status.CONFIRMED

    class Meta:
        model = Subscriber


class NewsletterIndexPageFactory(wagtail_factories.PageFactory):
    title = "Newsletter"
    slug = "newsletter"

    class Meta:
        model = NewsletterIndexPage


class NewsletterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Newsletter no. {n + 1}")
    introduction = "What the clusters of South East Europe learnt this season."
    body = factory.LazyFunction(
        lambda: [
            ("text", "<p>Policy makers from eleven countries met in Ancona.</p>"),
            ("news", {"heading": "", "pages": [], "latest": 3}),
            ("events", {"heading": "", "pages": [], "latest": 3}),
        ]
    )

    class Meta:
        model = NewsletterPage
        skip_postgeneration_save = True

    @factory.post_generation
    def thematic_areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.thematic_areas.set(extracted)
            self.save_revision().publish()
