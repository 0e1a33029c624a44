"""machina's own strings that our pages show, so that our catalogue translates them.

Our templates in forums/templates/machina override machina's where we changed something; their
strings are extracted with the rest of the app. The strings listed here are the others: machina's
Python (messages, form labels …) and the templates machina ships that our pages render as they are
(tests/test_translations_libraries.py reads those installed templates and fails on a message
missing here, so an upgrade of machina that adds one shows up).

machina ships no Bulgarian, Slovak, Albanian, Croatian or Serbian translation, and files its
Slovenian one as sl_SI; listing its messages, form labels, placeholders, help texts, choices and
validation errors here puts them in forums/locale, which Django consults before machina's catalogue
(our app comes first in INSTALLED_APPS). Python's gettext also finds sl_SI for the site's sl, so our
Slovenian keeps its wording where it fits (a translator comment says why where it does not). In
Greek, Hungarian, Italian and Romanian an entry is absent, empty or exactly machina's text, so
machina's translation applies; German re-translates machina on purpose (see
tests/test_translations_libraries.py). tests/forums/test_machina_in_every_language.py reads the
forum pages in every language for machina's English.

Left out: machina's search and feeds (forums/urls.py routes neither), avatars
(MACHINA_PROFILE_AVATARS_ENABLED is off), anonymous posting (the username field and its errors),
model names and fields that only machina's admin and dashboard show.
"""

from django.utils.translation import gettext_noop as _


def ngettext(singular, plural):
    """Marks a plural message for `makemessages` (xgettext knows this name), as gettext_noop does a singular."""
    return singular


MACHINA_STRINGS = [
    # Messages after actions
    _("Forums have been marked read."),
    _("The profile has been edited successfully."),
    _("This message has been deleted successfully."),
    _("This message has been edited successfully."),
    _("This message has been posted successfully."),
    _("This message will be validated before appearing on the forum."),
    _("This post has been approved successfully."),
    _("This post has been disapproved successfully."),
    _("This topic has been deleted successfully."),
    _("This topic has been locked successfully."),
    _("This topic has been moved successfully."),
    _("This topic has been unlocked successfully."),
    _("This topic type has been changed successfully."),
    _("Topics have been marked read."),
    _("You subscribed to this topic successfully."),
    _("You unsubscribed from this topic successfully."),
    _("Your vote has been cast."),
    _("There are some errors in the attachments you submitted."),
    _("There are some errors in the poll options you submitted."),
    # Form fields: labels, placeholders and help texts
    _("Subject"),
    _("Enter your subject"),
    _("Message"),
    _("Enter your message"),
    _("Content"),
    _("Attach a signature"),
    _("Update reason"),
    _("File"),
    _("Comment"),
    _("Poll question"),
    _("Enter a question to associate a poll with the topic or leave blank to not create a poll."),
    _("Post topic as"),
    _("Lock topic"),
    _("Maximum number of poll options per user"),
    _("This is the number of options each user may select when voting."),
    _("For how many days the poll should be run?"),
    _("Enter 0 or leave blank for a never ending poll."),
    _("Hide results?"),
    _("If enabled results are hidden to everyone except topic creator."),
    _("Allow re-voting?"),
    _("If enabled users are able to change their vote."),
    _("Enter a poll option"),
    _("Signature"),
    _("Select a destination forum"),
    _("Default topic"),
    _("Sticky"),
    _("Announce"),
    # Validation errors
    _("You must set the maximum number of poll options per user when creating polls"),
    _("You must specify an option when voting."),
    _("You have tried to vote for too many options."),
    # Questions of the moderation pages that change a topic's type
    _("Would you want to change this topic to a default topic?"),
    _("Would you want to change this topic to a sticky topic?"),
    _("Would you want to change this topic to an announce?"),
    # machina's installed templates rendered as they are: the poll of a topic, its vote form, the
    # links to a topic's pages, and the label of an optional form field
    _("You may select <b>1</b> option"),
    _("You may select up to <b>%(max_options)s</b> options"),
    _("Vote"),
    _("Change your vote"),
    _("Submit"),
    _("View results"),
    _("Go to the page:"),
    _("(optional)"),
    # machina's moderation, subscription, read-marking and profile pages, rendered as they ship
    ngettext("%(counter)s post found", "%(counter)s posts found"),
    _("%(topic_length)s posts found"),
    _("%(username)s's posts"),
    _("<b>1</b> option may be selected"),
    _("Anonymous user"),
    _("Approve"),
    _("Approve post"),
    _("Are you sure you want to approve this post?"),
    _("Are you sure you want to delete this post?"),
    _("Are you sure you want to delete this topic?"),
    _("Are you sure you want to disapprove this post? This post will be deleted."),
    _("Are you sure you want to lock this topic?"),
    _("Are you sure you want to mark forums read?"),
    _("Are you sure you want to mark topics read?"),
    _("Are you sure you want to unlock this topic?"),
    _("By: %(poster_username)s on %(creation_date)s"),
    _('By: <a href="%(poster_url)s">%(username)s</a> on %(creation_date)s'),
    _("Change topic type"),
    _("Delete post"),
    _("Delete topic"),
    _("Disapprove"),
    _("Disapprove post"),
    _("Edit forum profile"),
    _("Forum"),
    _("Mark forums read"),
    _("Mark topics read"),
    _("Moderation queue"),
    _("Move topic"),
    _("My messages"),
    _("New post"),
    _("New topic"),
    _("No posts awaiting approval."),
    _("No posts found"),
    _("No, take me back"),
    _("Posts:"),
    _("Subscribe to topic"),
    _("Topic"),
    _("Topic review"),
    _("Unlock topic"),
    _("Unsubscribe from topic"),
    _("Up to <b>%(max_options)s</b> options may be selected"),
    _("Would you like to subscribe to this topic?"),
    _("Would you like to unsubscribe from this topic?"),
    _("Yes, I'm sure"),
]
