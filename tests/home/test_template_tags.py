from decimal import Decimal

from django.utils import translation

import pytest

from home.templatetags.site_tags import grouped_number


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "5,186,352"), ("de", "5.186.352"), ("bg", "5\N{NO-BREAK SPACE}186\N{NO-BREAK SPACE}352")],
)
def test_budget_is_grouped_by_thousands_in_the_visitors_convention(language, expected):
    with translation.override(language):
        assert grouped_number(Decimal("5186352.00")) == expected


def test_small_and_missing_amounts():
    assert grouped_number(Decimal("950")) == "950"
    assert grouped_number(None) == ""
