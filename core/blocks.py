"""StreamField blocks shared by every page type: the body of a page and its parts."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "blockquote"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        help_text=_("Use level 2 for sections, 3 and 4 for sub-sections, so screen readers can navigate."),
    )

    class Meta:
        icon = "title"
        template = "components/streamfield/blocks/heading_block.html"


class FigureBlock(ImageBlock):
    """An image with the alt text Wagtail's ImageBlock asks for, and an optional caption."""

    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        template = "components/streamfield/blocks/figure_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        template = "components/streamfield/blocks/quote_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(required=False, label=_("Link text"), help_text=_("Defaults to the document's title."))

    class Meta:
        icon = "doc-full"
        template = "components/streamfield/blocks/document_block.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Button text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("External link"), help_text=_("Used when no page is chosen."))

    class Meta:
        icon = "link"
        template = "components/streamfield/blocks/call_to_action_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, icon="pilcrow", label=_("Paragraph"))
    image = FigureBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    embed = EmbedBlock(icon="media", label=_("Video or other embed"), max_width=800)
    call_to_action = CallToActionBlock(label=_("Call to action"))

    class Meta:
        template = "components/streamfield/body.html"
