"""The e-mail version of an issue: responsive HTML (MJML through mrml) and plain text, in one language.

An issue is rendered once per language with placeholders; each subscriber's copy
only fills in their greeting and links, so rendering 10,000 messages costs one
template pass per language plus string replacements.
"""

import datetime
import re
from dataclasses import dataclass

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext as _

import mrml

from core.links import absolute_url, page_url, site_root_url

from .blocks import block_items
from .models import NewsletterPage

GREETING = "%%GREETING%%"
PREFERENCES_URL = "%%PREFERENCES_URL%%"
UNSUBSCRIBE_URL = "%%UNSUBSCRIBE_URL%%"

_ROOT_RELATIVE = re.compile(r'(href|src)="/(?!/)')


@dataclass
class RenderedIssue:
    issue: NewsletterPage
    language: str
    is_fallback: bool
    subject: str
    html: str
    text: str
    greeting_named: str
    greeting_anonymous: str

    def personalise(self, subscriber, preferences_url, unsubscribe_url):
        if subscriber.name:
            greeting = self.greeting_named.replace("%(name)s", subscriber.name)
        else:
            greeting = self.greeting_anonymous
        html = (
            self.html.replace(GREETING, escape(greeting))
            .replace(PREFERENCES_URL, escape(preferences_url))
            .replace(UNSUBSCRIBE_URL, escape(unsubscribe_url))
        )
        text = (
            self.text.replace(GREETING, greeting)
            .replace(PREFERENCES_URL, preferences_url)
            .replace(UNSUBSCRIBE_URL, unsubscribe_url)
        )
        return html, text


def issue_in_language(source, language):
    """The live translation of `source` into `language`, or the source itself (the second value says so)."""
    if source.locale.language_code == language:
        return source, False
    translated = (
        NewsletterPage.objects.live()
        .filter(translation_key=source.translation_key, locale__language_code=language, alias_of__isnull=True)
        .first()
    )
    return (translated, False) if translated else (source, True)


def _absolute(html, root):
    return _ROOT_RELATIVE.sub(lambda m: f'{m.group(1)}="{root}/', html)


def _sections(issue, root):
    sections = []
    for block in issue.body:
        if block.block_type in ("news", "events", "deliverables"):
            items = [
                {
                    "title": page.title,
                    "url": page_url(page),
                    "summary": page.introduction,
                    "date": getattr(page, "date", None) or getattr(page, "start_date", None),
                }
                for page in block_items(block, issue.locale)
            ]
            if items:
                default_heading = {"news": _("News"), "events": _("Events"), "deliverables": _("Deliverables")}
                sections.append(
                    {
                        "kind": "list",
                        "heading": block.value.get("heading") or default_heading[block.block_type],
                        "items": items,
                    }
                )
        elif block.block_type == "text":
            sections.append({"kind": "text", "html": _absolute(str(block.value), root), "text": block.value.source})
        elif block.block_type == "image":
            image = block.value
            rendition = image.get_rendition("width-1200")
            src = absolute_url(rendition.url)
            sections.append({"kind": "image", "src": src, "alt": image.contextual_alt_text or "", "width": 600})
    return sections


def _plain(html):
    text = re.sub(r"<br\s*/?>|</p>|</li>|</h\d>", "\n", html)
    return re.sub(r"\n{3,}", "\n\n", strip_tags(text)).strip()


def render_issue(source, language):
    """Render `source` (or its translation) for readers of `language`."""
    issue, is_fallback = issue_in_language(source, language)
    root = site_root_url()
    with translation.override(language):
        sections = _sections(issue, root)
        for section in sections:
            if section["kind"] == "text":
                section["text"] = _plain(section["html"])
        context = {
            "issue": issue,
            "language": language,
            "is_fallback": is_fallback,
            "sections": sections,
            "web_url": page_url(issue),
            "root_url": root,
            "footer_html": _absolute(str(issue.footer), root) if issue.footer else "",
            "greeting": GREETING,
            "preferences_url": PREFERENCES_URL,
            "unsubscribe_url": UNSUBSCRIBE_URL,
            "year": datetime.date.today().year,
        }
        mjml = render_to_string("newsletters/email/issue.mjml", context)
        text = render_to_string("newsletters/email/issue.txt", context)
        greeting_named = _("Dear %(name)s,")
        greeting_anonymous = _("Hello,")
    html = mrml.to_html(mjml).content
    return RenderedIssue(
        issue=issue,
        language=language,
        is_fallback=is_fallback,
        subject=issue.get_subject(),
        html=html,
        text=text,
        greeting_named=greeting_named,
        greeting_anonymous=greeting_anonymous,
    )


def default_language():
    return settings.LANGUAGE_CODE
