"""The fixed lists editors choose from on the home page and in the site settings."""

from django.utils.translation import gettext_lazy as _

# The project's figures a home page may show, counted since the project's start (indicators/).
RESULT_FIGURES = [
    ("website.page_views", _("Page views")),
    ("downloads.documents", _("Document downloads")),
    ("deliverables.downloads", _("Deliverable downloads")),
    ("newsletter.subscribers", _("Newsletter subscribers")),
    ("forums.members", _("Forum members")),
    ("events.held", _("Events held")),
]

# Brand names: the same in every language.
SOCIAL_PLATFORMS = [
    ("linkedin", "LinkedIn"),
    ("mastodon", "Mastodon"),
    ("bluesky", "Bluesky"),
    ("facebook", "Facebook"),
    ("youtube", "YouTube"),
    ("x", "X"),
]
