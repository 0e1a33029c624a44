"""machina's own strings that our pages show, so that our catalogue translates them.

machina ships no Bulgarian, Slovak, Albanian, Croatian or Serbian translation, and files its
Slovenian one as sl_SI, which the site (sl) never reads; listing its messages, form labels and
choices here puts them in forums/locale, which Django consults before machina's catalogue (our
app comes first in INSTALLED_APPS). In Greek, Hungarian, Italian and Romanian an entry is absent,
empty or exactly machina's text, so machina's translation applies; German re-translates machina
on purpose (see tests/test_translations_libraries.py).
"""

from django.utils.translation import gettext_noop as _

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
    # Form fields
    _("Subject"),
    _("Content"),
    _("Attach a signature"),
    _("Update reason"),
    _("File"),
    _("Comment"),
    _("Poll question"),
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
    _("Select a destination forum"),
    _("Default topic"),
    _("Sticky"),
    _("Announce"),
]
