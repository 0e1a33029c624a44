"""StreamField blocks of the knowledge pages: an event's agenda."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(required=False, label=_("Time"))
    title = blocks.CharBlock(label=_("Session"))
    speaker = blocks.CharBlock(required=False, label=_("Speaker or moderator"))
    description = blocks.TextBlock(required=False, label=_("Description"))

    class Meta:
        icon = "time"
        template = "components/streamfield/blocks/agenda_item_block.html"


class AgendaBlock(blocks.StreamBlock):
    item = AgendaItemBlock()

    class Meta:
        template = "components/streamfield/agenda.html"
