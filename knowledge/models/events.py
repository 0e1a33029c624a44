import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from django_countries.fields import CountryField

from core.blocks import BodyBlock
from core.links import page_url
from core.models import BasePage

from ..blocks import AgendaBlock
from ..calendar import calendar_response
from ..feeds import EventFeed, FeedsMixin
from ..filters import EventFilter
from ..selectors import event_listing
from .listing import ListingIndexPage, LocalizedTaxonomyMixin

# The partner countries' zones first: an editor picks the zone of the venue.
EVENT_TIME_ZONES = [
    "Europe/Rome",
    "Europe/Sofia",
    "Europe/Vienna",
    "Europe/Athens",
    "Europe/Budapest",
    "Europe/Bucharest",
    "Europe/Bratislava",
    "Europe/Ljubljana",
    "Europe/Tirane",
    "Europe/Zagreb",
    "Europe/Belgrade",
    "Europe/Brussels",
    "UTC",
]


class EventIndexPage(FeedsMixin, ListingIndexPage):
    template = "pages/event_index_page.html"
    card_images = False
    subpage_types = ["knowledge.EventPage"]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    filterset_class = EventFilter
    listing_selector = event_listing
    feed_class = EventFeed
    feed_formats = ("rss", "atom")

    class Meta:
        verbose_name = _("event index")

    def feed_items(self):
        return self.listing_selector().order_by("-start_date")

    @path("calendar/", name="ical")
    def ical_feed(self, request):
        return calendar_response(self.listing_selector(), filename="clusterpolisee-events.ics", request=request)


class EventPage(LocalizedTaxonomyMixin, RoutablePageMixin, BasePage):
    class EventType(models.TextChoices):
        CONFERENCE = "conference", _("Conference")
        WORKSHOP = "workshop", _("Workshop")
        WEBINAR = "webinar", _("Webinar")
        TRAINING = "training", _("Training")
        STUDY_VISIT = "study-visit", _("Study visit")
        STEERING_COMMITTEE = "steering-committee", _("Steering Committee meeting")
        OTHER = "other", _("Other")

    event_type = models.CharField(_("type"), max_length=30, choices=EventType.choices, default=EventType.WORKSHOP)
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Leave empty for an all-day event.")
    )
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Leave empty for a one-day event."))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=50,
        choices=[(tz, tz) for tz in EVENT_TIME_ZONES],
        default="Europe/Rome",
        help_text=_("The time zone of the venue; times above are local times there."),
    )
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    address = models.TextField(_("address"), blank=True)
    online_url = models.URLField(_("online link"), blank=True, help_text=_("For online and hybrid events."))
    country = CountryField(
        _("country"), blank=True, help_text=_("Where the event takes place; empty for online events.")
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_deadline = models.DateField(_("registration deadline"), null=True, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))
    agenda = StreamField(AgendaBlock(), blank=True, verbose_name=_("agenda"))
    thematic_areas = ParentalManyToManyField(
        "knowledge.ThematicArea", blank=True, related_name="events", verbose_name=_("thematic areas")
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("address"), FieldPanel("country"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("registration_deadline")], heading=_("Registration")
        ),
        FieldPanel("body"),
        FieldPanel("agenda"),
        FieldPanel("thematic_areas"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("venue"),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.FilterField("event_type"),
    ]
    override_translatable_fields = [
        SynchronizedField("start_date"),
        SynchronizedField("start_time"),
        SynchronizedField("end_date"),
        SynchronizedField("end_time"),
        SynchronizedField("time_zone"),
        SynchronizedField("country"),
        SynchronizedField("thematic_areas"),
        SynchronizedField("registration_deadline"),
    ]

    template = "pages/event_page.html"
    parent_page_types = ["knowledge.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The event cannot end before it starts.")})
        if self.end_time and not self.start_time:
            raise ValidationError({"start_time": _("Give a start time when you give an end time.")})
        same_day = (self.end_date or self.start_date) == self.start_date
        if same_day and self.start_time and self.end_time and self.end_time < self.start_time:
            raise ValidationError({"end_time": _("The event cannot end before it starts.")})
        if not (self.venue or self.online_url):
            raise ValidationError({"venue": _("Give a venue, an online link, or both.")})

    @property
    def tzinfo(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def is_all_day(self):
        return self.start_time is None

    @property
    def start(self):
        """The start as an aware datetime in the venue's zone (midnight for all-day events)."""
        return datetime.datetime.combine(self.start_date, self.start_time or datetime.time.min, tzinfo=self.tzinfo)

    @property
    def end(self):
        end_date = self.end_date or self.start_date
        if self.end_time:
            return datetime.datetime.combine(end_date, self.end_time, tzinfo=self.tzinfo)
        if self.is_all_day:
            return datetime.datetime.combine(
                end_date + datetime.timedelta(days=1), datetime.time.min, tzinfo=self.tzinfo
            )
        return None

    @property
    def is_past(self):
        return (self.end_date or self.start_date) < timezone.localdate()

    @property
    def attendance_mode(self):
        if self.venue and self.online_url:
            return "mixed"
        return "online" if self.online_url else "offline"

    @property
    def registration_open(self):
        if not self.registration_url or self.is_past:
            return False
        return self.registration_deadline is None or self.registration_deadline >= timezone.localdate()

    def get_structured_data(self, request):
        modes = {
            "offline": "https://schema.org/OfflineEventAttendanceMode",
            "online": "https://schema.org/OnlineEventAttendanceMode",
            "mixed": "https://schema.org/MixedEventAttendanceMode",
        }
        locations = []
        if self.venue:
            locations.append({"@type": "Place", "name": self.venue, "address": self.address})
        if self.online_url:
            locations.append({"@type": "VirtualLocation", "url": self.online_url})
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.introduction,
            "startDate": self.start_date.isoformat() if self.is_all_day else self.start.isoformat(),
            "eventAttendanceMode": modes[self.attendance_mode],
            "eventStatus": "https://schema.org/EventScheduled",
            "location": locations[0] if len(locations) == 1 else locations,
            "inLanguage": self.locale.language_code,
            "url": page_url(self, request),
            "organizer": {"@type": "Organization", "name": "ClusterPoliSEE"},
        }
        if self.end:
            data["endDate"] = (
                (self.end_date or self.start_date).isoformat() if self.is_all_day else self.end.isoformat()
            )
        return data

    @path("ics/", name="ics")
    def ics(self, request):
        return calendar_response([self], filename=f"{self.slug}.ics", request=request)
