"""The demo content of the ClusterPoliSEE site and its loader (`manage.py load_demo`).

`content` holds the English source, written from the project's seed texts;
`translations_bg` and `translations_hu` hold the Bulgarian and Hungarian seed
texts, aligned with the English paragraph by paragraph; `loader` puts them into
the database through Wagtail and wagtail-localize.
"""
