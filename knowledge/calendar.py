"""iCalendar (RFC 5545) export of events, for "add to calendar" and calendar subscriptions."""

from django.http import HttpResponse
from django.utils import timezone

from icalendar import Calendar, Event, vText

from core.links import page_url


def build_calendar(events, request):
    calendar = Calendar()
    calendar.add("prodid", "-//ClusterPoliSEE//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "ClusterPoliSEE")
    for page in events:
        calendar.add_component(_event_component(page, request))
    # VTIMEZONE blocks for every zone used, so clients show the venue's local time correctly.
    calendar.add_missing_timezones()
    return calendar


def _event_component(page, request):
    event = Event()
    event.add("uid", f"{page.translation_key}@clusterpolisee")
    event.add("summary", page.title)
    event.add("dtstamp", timezone.now())
    if page.is_all_day:
        event.add("dtstart", page.start_date)
        event.add("dtend", page.end.date())
    else:
        event.add("dtstart", page.start)
        if page.end:
            event.add("dtend", page.end)
    url = page_url(page, request)
    event.add("url", url)
    description = "\n\n".join(filter(None, [page.introduction, page.online_url, url]))
    event.add("description", description)
    location = ", ".join(filter(None, [page.venue, page.address.replace("\n", ", ")])) or page.online_url
    if location:
        event["location"] = vText(location)
    if page.last_published_at:
        event.add("last-modified", page.last_published_at)
    return event


def calendar_response(events, *, filename, request):
    response = HttpResponse(build_calendar(events, request).to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
