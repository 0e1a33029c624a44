"""Members: users with a verified e-mail address and a profile."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import factory
from allauth.account.models import EmailAddress

from accounts.models import Profile


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"member{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def verified(user, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        for name in extracted or ():
            user.groups.add(Group.objects.get_or_create(name=name)[0])


class ProfileFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    display_name = factory.Faker("name")
    organisation = factory.Faker("company")
    country = "BG"
    preferred_language = "en"

    class Meta:
        model = Profile


def member(language="en", groups=(), **profile_fields):
    """A verified member with a profile in the given language."""
    user = UserFactory(groups=groups)
    ProfileFactory(user=user, preferred_language=language, **profile_fields)
    return user
