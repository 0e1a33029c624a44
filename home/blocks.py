"""StreamField blocks of the home page: the shared body and the project's results."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from core.blocks import BodyBlock

from .choices import RESULT_FIGURES


class ResultsBlock(blocks.StructBlock):
    """Chosen figures of the communication indicators, renewed every day, in the visitor's language."""

    heading = blocks.CharBlock(required=False, label=_("Heading"), help_text=_("Defaults to “Results”."))
    figures = blocks.MultipleChoiceBlock(
        choices=RESULT_FIGURES, default=[key for key, _label in RESULT_FIGURES[:4]], label=_("Figures to show")
    )

    class Meta:
        icon = "table"
        label = _("Results")
        template = "components/streamfield/blocks/results_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        labels = dict(RESULT_FIGURES)
        context["chosen"] = [(key, labels[key]) for key in value["figures"] if key in labels]
        return context


class HomeBodyBlock(BodyBlock):
    results = ResultsBlock()

    class Meta:
        template = "components/streamfield/body.html"
