"""allauth, adapted: e-mail goes out through the task worker, and limits count the real client."""

from django.contrib.sites.shortcuts import get_current_site

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context

from core.ratelimit import client_address

from .tasks import send_email


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        """Render the message now, in the visitor's language, and let the worker send it.

        No answer waits for the mail server, so a sign-up or password reset for a
        registered address (one "account exists" mail) takes as long as for a new one.
        """
        request = allauth_context.request
        ctx = {"request": request, "email": email, "current_site": get_current_site(request), **context}
        send_email.enqueue(message_data(self.render_mail(template_prefix, email, ctx)))

    def get_client_ip(self, request):
        return client_address(request)


def message_data(message):
    """An e-mail message as the JSON a task accepts."""
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": message.to,
        "headers": message.extra_headers,
        "alternatives": [[content, mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "content_subtype": message.content_subtype,
    }
