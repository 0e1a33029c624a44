"""Puts the demo site into the database: locales, groups and workflow, pages, snippets, settings and translations.

Idempotent: every object is looked up by a stable key (a page's slug under its
parent, a taxonomy code, a partner number, a name) and only created when it is
missing, so a second run changes nothing and leaves editors' changes alone.

Translations go through wagtail-localize as an editor's would: a translation
source for the English object, a `Translation` into the target locale, one
`StringTranslation` per source string, then the target saved from them. Editors
therefore find them in the translation editor, and pages that nobody has
translated are aliases of the English ones, synchronised by wagtail-localize.
"""

import uuid
from collections import Counter, defaultdict
from contextlib import contextmanager
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_save

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.search import index as search_index
from wagtail.search.signal_handlers import post_save_signal_handler as index_saved_object
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import (
    LocaleSynchronization,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from core.permissions import PARTNERS_GROUP_NAME
from home.models import FundingStatement, HomePage, ProjectFacts, SiteSettings
from knowledge.models import Partner, ThematicArea, WorkPackage
from translations.locale_trees import repair_locale_trees

from . import content

# One module of translations per site language: home/demo/translations_<language code>.py.
TRANSLATIONS = {
    code: import_module(f"{__package__}.translations_{code}")
    for code, _name in settings.LANGUAGES
    if code != settings.LANGUAGE_CODE
}

EDITORS_GROUP_NAME = "Editors"
PROJECT_MANAGERS_GROUP_NAME = "Project managers"
WORKFLOW_NAME = "Project manager approval"
APPROVAL_TASK_NAME = "Approval by a project manager"
# What Wagtail's own migrations create; the loader renames them rather than adding look-alikes.
WAGTAIL_MODERATORS_GROUP_NAME = "Moderators"
WAGTAIL_WORKFLOW_NAME = "Moderators approval"

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MANAGER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "delete_page"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
SNIPPET_MODELS = [ThematicArea, WorkPackage, Partner, FundingStatement]
SETTINGS_MODELS = [SiteSettings, ProjectFacts]

PAGE_TEXT_FIELDS = ("title", "seo_title", "slug", "tagline", "introduction")
# StreamField block ids derive from the page's key, so that the English page and
# its translations can be lined up block by block.
BLOCK_ID_NAMESPACE = uuid.UUID("5b0f8d1e-4c1a-4d55-9a43-9d2b1c7e6a10")


class MisalignedTranslationError(ValueError):
    """A translation module does not have the same paragraphs, list items or fields as the English source."""


def site_has_home_page():
    return HomePage.objects.exists()


def load_demo(today):
    """Load whatever of the demo site is missing, in one transaction; returns how many were created, by kind.

    Neither the reference index nor the database search index is updated object by
    object (about a quarter of the load's time): `rebuild_indexes()` rebuilds both afterwards.
    """
    loader = DemoLoader(today)
    with transaction.atomic(), disable_reference_index_auto_update(), _search_index_auto_update_disabled():
        loader.run()
    return +loader.created


@contextmanager
def _search_index_auto_update_disabled():
    """Wagtail indexes each saved object in its database search backend; the bulk load leaves that to its rebuild."""
    models = [model for model in search_index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(index_saved_object, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(index_saved_object, sender=model)


def rebuild_indexes():
    """Rebuild the search index and the reference index, as after any bulk load."""
    call_command("update_index", verbosity=0)
    call_command("rebuild_references_index", verbosity=0)


class DemoLoader:
    def __init__(self, today):
        self.today = today
        self.created = Counter()
        self.pages = {}
        self.page_specs = {}
        self.partners = {}
        self.thematic_areas = {}
        self.work_packages = {}

    def run(self):
        self.locales = self.ensure_locales()
        self.source_locale = self.locales[settings.LANGUAGE_CODE]
        self.ensure_groups_and_workflow()
        self.ensure_home_page()
        self.ensure_locale_synchronisation()
        self.ensure_snippets()
        for spec in content.PAGES + content.example_pages(self.today):
            self.ensure_page(spec)
        self.ensure_settings()
        self.synchronise_trees()
        self.translate()

    # Locales, groups, workflow -------------------------------------------------

    def ensure_locales(self):
        locales = {}
        for code, _name in settings.LANGUAGES:
            locales[code], created = Locale.objects.get_or_create(language_code=code)
            self.created["locales"] += created
        return locales

    def ensure_groups_and_workflow(self):
        managers, _changed = self._renamed(Group, WAGTAIL_MODERATORS_GROUP_NAME, PROJECT_MANAGERS_GROUP_NAME)
        editors = self._named(Group, EDITORS_GROUP_NAME)
        # Partners read consortium-only content on the public site; they get no admin permission.
        self._named(Group, PARTNERS_GROUP_NAME)

        editor_permissions = [
            _permission("wagtailadmin", "access_admin"),
            _permission("wagtail_localize", "submit_translation"),
        ]
        editor_permissions += _model_permissions(SNIPPET_MODELS, ["add", "change"])
        editors.permissions.add(*editor_permissions)
        managers.permissions.add(
            *editor_permissions,
            *_model_permissions(SNIPPET_MODELS, ["delete"]),
            *_model_permissions(SETTINGS_MODELS, ["change"]),
            # Reports → Communication indicators in full; editors see the figures of their own pages.
            _permission("indicators", "view_all_figures"),
        )

        # Permissions on the root page cover the page trees of every locale.
        root = Page.get_first_root_node()
        root_collection = Collection.get_first_root_node()
        for group, page_codenames in [(editors, EDITOR_PAGE_PERMISSIONS), (managers, MANAGER_PAGE_PERMISSIONS)]:
            for codename in page_codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=_permission("wagtailcore", codename)
                )
            for app_label, codename in COLLECTION_PERMISSIONS:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=_permission(app_label, codename)
                )

        workflow, _changed = self._renamed(Workflow, WAGTAIL_WORKFLOW_NAME, WORKFLOW_NAME)
        task, changed = self._renamed(GroupApprovalTask, WAGTAIL_WORKFLOW_NAME, APPROVAL_TASK_NAME)
        if changed:
            task.groups.set([managers])
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        # On the root page, the workflow covers the pages of every locale.
        WorkflowPage.objects.get_or_create(page=root, defaults={"workflow": workflow})

    def _named(self, model, name):
        return self._renamed(model, name, name)[0]

    def _renamed(self, model, old_name, name):
        """The instance called `name`, else Wagtail's default one renamed, else a new one; and whether it changed."""
        instance = model.objects.filter(name=name).first() or model.objects.filter(name=old_name).first()
        if instance is not None and instance.name == name:
            return instance, False
        if instance is None:
            instance = model(name=name)
            self.created[str(model._meta.verbose_name_plural)] += 1
        instance.name = name
        instance.save()
        return instance, True

    # Site, pages, snippets, settings ---------------------------------------------

    def ensure_home_page(self):
        spec = content.HOME_PAGE
        self.page_specs[spec["key"]] = spec
        home = HomePage.objects.filter(locale=self.source_locale).first()
        if home is None:
            # Wagtail's migrations create a welcome page under the root, with a site for it;
            # the home page takes their place (deleting the page deletes its site too).
            Page.objects.exact_type(Page).filter(depth=2, numchild=0).delete()
            home = HomePage(**self._page_text(spec))
            Page.get_first_root_node().add_child(instance=home)
            home.save_revision().publish()
            self.created["pages"] += 1
        if not Site.objects.filter(root_page=home).exists():
            Site.objects.filter(is_default_site=True).update(is_default_site=False)
            Site.objects.update_or_create(
                hostname="localhost",
                port=80,
                defaults={"root_page": home, "is_default_site": True, "site_name": settings.WAGTAIL_SITE_NAME},
            )
        self.pages[spec["key"]] = home
        self.home = home

    def ensure_locale_synchronisation(self):
        for locale in self.locales.values():
            if locale != self.source_locale:
                _sync, created = LocaleSynchronization.objects.get_or_create(
                    locale=locale, defaults={"sync_from": self.source_locale}
                )
                self.created["locale synchronisations"] += created

    def ensure_snippets(self):
        for spec in content.PARTNERS:
            self.partners[spec["number"]] = self._snippet(Partner, {"number": spec["number"]}, spec)
        for spec in content.THEMATIC_AREAS:
            values = {key: value for key, value in spec.items() if key != "coordinator"}
            values["coordinator"] = self.partners.get(spec.get("coordinator"))
            self.thematic_areas[spec["code"]] = self._snippet(ThematicArea, {"code": spec["code"]}, values)
        for spec in content.WORK_PACKAGES:
            values = {key: value for key, value in spec.items() if key != "leader"}
            values["leader"] = self.partners.get(spec.get("leader"))
            self.work_packages[spec["code"]] = self._snippet(WorkPackage, {"code": spec["code"]}, values)
        self.funding_statement = self._snippet(FundingStatement, {}, {"text": content.FUNDING_STATEMENT})

    def _snippet(self, model, lookup, values):
        instance = model.objects.filter(locale=self.source_locale, **lookup).first()
        if instance is None:
            instance = model(locale=self.source_locale, **values)
            instance.full_clean()
            instance.save()
            self.created["snippets"] += 1
        return instance

    def ensure_page(self, spec):
        self.page_specs[spec["key"]] = spec
        parent = self.pages[spec.get("parent", "home")]
        model = apps.get_model(spec["type"])
        page = model.objects.child_of(parent).filter(slug=spec["slug"]).first()
        if page is None:
            page = model(
                **self._page_text(spec),
                **spec.get("fields", {}),
                show_in_menus=spec.get("show_in_menus", False),
            )
            if "work_package" in spec:
                page.work_package = self.work_packages[spec["work_package"]]
            if "thematic_areas" in spec:
                page.thematic_areas.set([self.thematic_areas[code] for code in spec["thematic_areas"]])
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created["pages"] += 1
        self.pages[spec["key"]] = page

    def ensure_settings(self):
        site_settings = SiteSettings.for_site(Site.objects.get(root_page=self.home))
        if not site_settings.footer_links:
            site_settings.footer_links = [
                {"type": "page", "value": self.pages[key].pk, "id": _block_id("footer", key)}
                for key in content.FOOTER_LINKS
            ]
            site_settings.save()
            self.created["settings"] += 1
        facts = ProjectFacts.load()
        if not facts.reference:
            for field, value in content.PROJECT_FACTS.items():
                setattr(facts, field, value)
            facts.full_clean()
            facts.save()
            self.created["settings"] += 1

    def _page_text(self, spec, translated=None):
        """The translatable fields of a page: from the English spec, or from a translation module's entry."""
        texts = spec if translated is None else translated
        values = {field: texts[field] for field in PAGE_TEXT_FIELDS if field in texts}
        if "body" in spec:
            translated_body = None if translated is None else translated.get("body", [])
            values[spec.get("body_field", "body")] = self._stream(spec, translated_body)
        return values

    def _stream(self, spec, translated_values=None):
        blocks = spec["body"]
        if translated_values is not None and len(translated_values) != len(blocks):
            raise MisalignedTranslationError(
                f"{spec['key']}: {len(translated_values)} translated blocks for {len(blocks)} English ones"
            )
        stream = []
        for index, (block_type, value) in enumerate(blocks):
            text = value[0] if block_type == "call_to_action" else value
            if translated_values is not None:
                text = translated_values[index]
            if block_type == "heading":
                raw = {"text": text, "level": "h2"}
            elif block_type == "call_to_action":
                raw = {"text": text, "page": self.pages[value[1]].pk, "url": ""}
            else:
                raw = text
            stream.append({"type": block_type, "value": raw, "id": _block_id(spec["key"], index)})
        return stream

    # Locale trees and translations ---------------------------------------------------

    def synchronise_trees(self):
        """Give every page an alias in each synchronised locale, as wagtail-localize does when a locale is added."""
        pages_before = Page.objects.count()
        repair_locale_trees()
        self.created["aliases"] += Page.objects.count() - pages_before

    def translate(self):
        for language, module in TRANSLATIONS.items():
            locale = self.locales[language]
            self.keys_with_strings_in_english = _keys_with_strings_in_english(locale)
            for key, translated in module.PAGES.items():
                spec = self.page_specs[key]
                model = type(self.pages[key])
                self._translate(
                    self.pages[key],
                    locale,
                    model(**self._page_text(spec)),
                    model(**self._page_text(spec, translated)),
                )
            for snippets, specs, key_field, translations in [
                (self.work_packages, content.WORK_PACKAGES, "code", getattr(module, "WORK_PACKAGES", {})),
                (self.thematic_areas, content.THEMATIC_AREAS, "code", getattr(module, "THEMATIC_AREAS", {})),
                (self.partners, content.PARTNERS, "number", getattr(module, "PARTNERS", {})),
            ]:
                for spec in specs:
                    if spec[key_field] in translations:
                        source = snippets[spec[key_field]]
                        self._translate(
                            source,
                            locale,
                            _unsaved(type(source), spec),
                            _unsaved(type(source), translations[spec[key_field]]),
                        )
            self._translate(
                self.funding_statement,
                locale,
                FundingStatement(text=content.FUNDING_STATEMENT),
                FundingStatement(text=module.FUNDING_STATEMENT),
            )

    def _translate(self, source_object, locale, english, translated):
        """Translate `source_object` into `locale`, pairing the strings of `english` with those of `translated`.

        `english` and `translated` are unsaved instances holding the source content
        and its translation; wagtail-localize extracts the strings of both the same
        way as it does for the real object, so each string finds its translation.

        An object translated before keeps its translation, except for strings that
        still read as the English source where the module now has a translation
        (an earlier demo kept the Bulgarian home page's browser title in English).
        """
        strings = _aligned_strings(english, translated, label=f"{locale.language_code} {source_object}")
        if _is_translated(source_object, locale):
            if source_object.translation_key not in self.keys_with_strings_in_english:
                return
            translation = (
                Translation.objects.filter(source__object_id=source_object.translation_key, target_locale=locale)
                .select_related("source")
                .first()
            )
            if translation is not None and _store_strings(translation, strings, keep_translated=True):
                _save_target(translation)
                self.created["updated translations"] += 1
            return
        source, _created = TranslationSource.update_or_create_from_instance(source_object)
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        _store_strings(translation, strings, keep_translated=False)
        _save_target(translation)
        self.created["translations"] += 1


def _keys_with_strings_in_english(locale):
    """The translation keys of objects whose translation into `locale` has a string that reads as its source."""
    return set(
        StringSegment.objects.filter(
            string__translations__locale=locale, string__translations__data=F("string__data")
        ).values_list("source__object_id", flat=True)
    )


def _store_strings(translation, strings, keep_translated):
    """Store the translation of each of the source's strings; returns how many changed.

    With `keep_translated`, a string keeps a stored translation that differs from
    the source string: an editor may have written it.
    """
    locale = translation.target_locale
    stored = {
        (string.translation_of_id, string.context_id): string
        for string in StringTranslation.objects.filter(
            locale=locale, translation_of__segments__source=translation.source
        ).distinct()
    }
    changed = 0
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context"):
        data = strings.get((segment.context.path, segment.string.data))
        current = stored.get((segment.string_id, segment.context_id))
        if data is None or (current is not None and current.data == data):
            continue
        if keep_translated and current is not None and current.data != segment.string.data:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": data, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
        changed += 1
    return changed


def _save_target(translation):
    """Save the translated object from its strings, as `Translation.save_target()` does.

    `save_target()` publishes a page when the transaction commits; this publishes it
    at once, so that the whole load is one transaction and the aliases, menus and
    tests that follow in it see the published translation.
    """
    source = translation.source
    is_page = issubclass(source.specific_content_type.model_class(), Page)
    target, _created = source.create_or_update_translation(
        translation.target_locale, publish=not is_page, copy_parent_pages=True, fallback=True
    )
    if is_page:
        target.get_latest_revision().publish()


def _is_translated(instance, locale):
    translations = type(instance).objects.filter(translation_key=instance.translation_key, locale=locale)
    if isinstance(instance, Page):
        translations = translations.filter(alias_of__isnull=True)
    return translations.exists()


def _aligned_strings(english, translated, label):
    """{(content path, English string): translated string}, checking both have the same strings in each place."""
    source_strings, target_strings = _strings_by_path(english), _strings_by_path(translated)
    mismatched = sorted(
        path
        for path in source_strings.keys() | target_strings.keys()
        if len(source_strings.get(path, [])) != len(target_strings.get(path, []))
    )
    if mismatched:
        raise MisalignedTranslationError(f"{label}: the strings of {', '.join(mismatched)} do not line up")
    return {
        (path, source_string): target_string
        for path, strings in source_strings.items()
        for source_string, target_string in zip(strings, target_strings[path], strict=True)
    }


def _strings_by_path(instance):
    strings = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
    return strings


def _unsaved(model, values):
    """An unsaved instance of `model` with the given values of its own (non-relation) fields."""
    fields = {field.name for field in model._meta.concrete_fields if not field.is_relation}
    return model(**{name: value for name, value in values.items() if name in fields})


def _block_id(key, index):
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{key}:{index}"))


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _model_permissions(models, actions):
    return [
        _permission(model._meta.app_label, f"{action}_{model._meta.model_name}")
        for model in models
        for action in actions
    ]
