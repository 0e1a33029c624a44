# ClusterPoliSEE site. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.DEFAULT_GOAL := help
.PHONY: help run stack stack-stop test test-stack bench lint format messages compilemessages load-demo reset-db check-ci

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.runtime $@

# The JavaScript tools of package.json (Biome; axe-core for the browser tests), as the lock file pins them.
node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; }
	npm ci --include=dev --no-audit --no-fund --loglevel=error

gettext:
	@command -v msgfmt >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; }

compilemessages: gettext $(VENV)/.runtime ## Compile the .po catalogues (the .mo files are build output)
	@$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0

run: compilemessages ## Install, migrate, load the demo content once, start the search engine, serve on http://127.0.0.1:8000 (HOST, PORT; SEARCH=db: no engine)
	@mkdir -p var
	$(MANAGE) migrate --no-input -v 0
	$(MANAGE) move_private_uploads
	$(MANAGE) load_demo --if-empty
	@$(MANAGE) ensure_admin
	@scripts/run.sh

stack: compilemessages $(VENV)/.runtime ## The production topology here: PostgreSQL, Redis, 2 gunicorn, 2 workers, 2 search nodes, Varnish (docs/deployment.md)
	@scripts/stack.sh start

stack-stop: ## Stop everything `make stack` started
	@scripts/stack.sh stop

test: lint compilemessages $(VENV)/.dev ## Install everything, run the linters, start the services the tests need, run the whole suite
	@scripts/install-browser.sh
	@scripts/test.sh $(ARGS)

test-stack: compilemessages $(VENV)/.dev ## Fault tests on the production topology (starts its own stack; minutes to start)
	@scripts/test.sh -m stack tests/stack $(ARGS)

bench: compilemessages $(VENV)/.dev ## Print performance figures (listings, search, sending, throughput, the mixed load on the stack; ARGS=a benchmark's name, --long)
	@scripts/test.sh --bench $(ARGS)

lint: $(VENV)/.dev node_modules/.package-lock.json ## Lint and check formatting: ruff (Python), then `npm run lint`: Biome (CSS, JavaScript), djLint (templates)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@npm run --silent lint

format: $(VENV)/.dev node_modules/.package-lock.json ## Format the Python, CSS and JavaScript (templates are linted, not formatted)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	@npm run --silent format

messages: gettext $(VENV)/.runtime ## Update the .po catalogues of all twelve locales from the source
	$(MANAGE) makemessages --all --no-obsolete --ignore=.venv --ignore=node_modules --ignore=var --ignore=tests
	$(MANAGE) makemessages --all --no-obsolete -d djangojs --ignore=.venv --ignore=node_modules --ignore=var

load-demo: $(VENV)/.runtime ## Load the demo content (idempotent)
	$(MANAGE) load_demo

reset-db: $(VENV)/.runtime ## Delete the local database and media, then migrate and load the demo content
	rm -rf var/db.sqlite3 var/media
	$(MANAGE) migrate --no-input -v 0
	$(MANAGE) load_demo
