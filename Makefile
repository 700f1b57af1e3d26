# The README's vocabulary. `make help` lists the verbs.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install lock run migrate seed superuser test lint format serve-prod

help: ## List the verbs
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

# The lock files pin every package, dependencies included, with their hashes: pip refuses
# anything that does not match. `make lock` rewrites them after requirements*.txt change.
$(STAMP): requirements-dev.lock
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	touch $(STAMP)

LOCK := $(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	--no-emit-index-url --no-emit-find-links
lock: ## Rewrite requirements.lock (production) and requirements-dev.lock from requirements*.txt, with hashes
	test -x $(BIN)/pip-compile || $(BIN)/pip install --quiet pip-tools==7.6.2
	$(LOCK) --output-file requirements.lock requirements.txt
	$(LOCK) --output-file requirements-dev.lock requirements-dev.txt

# Translations are compiled with polib (core's compile_translations), so no gettext is needed.
CATALOGUES := $(wildcard locale/*/LC_MESSAGES/django.po)
locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po $(STAMP)
	$(BIN)/python manage.py compile_translations

install: $(STAMP) $(CATALOGUES:.po=.mo) ## Create .venv, install the hash-checked lock (requirements-dev.lock), compile translations

migrate: install ## Apply database migrations
	$(BIN)/python manage.py migrate --noinput

seed: migrate ## Build the demo clinic site (idempotent)
	$(BIN)/python manage.py seed_demo

run: seed ## Set up everything and serve the demo site at http://127.0.0.1:8000/ (scheduled pages publish themselves)
	@echo "Admin: http://127.0.0.1:8000/admin/  (no login yet? run: make superuser)"
	$(BIN)/python scripts/beside.py $(BIN)/python manage.py runserver 127.0.0.1:8000

superuser: migrate ## Create an admin login (asks for a name and password)
	$(BIN)/python manage.py createsuperuser

test: install ## Run the whole test suite (PYTEST_ARGS passes options to pytest)
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install ## ruff, djhtml, Django's checks and the migrations check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run --noinput

format: install ## Rewrite code and templates in the house style
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

# Production settings over plain HTTP on this machine; never use these values for real.
PROD_ENV := DJANGO_SETTINGS_MODULE=config.settings.production \
	SECRET_KEY=$${SECRET_KEY:-local-serve-prod-$$(hostname)-not-a-real-secret-0123456789} \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} \
	SITE_URL=$${SITE_URL:-http://127.0.0.1:$${SERVE_PROD_PORT:-8000}} \
	DATABASE_URL=$${DATABASE_URL:-sqlite:///$(CURDIR)/db.sqlite3} \
	RECAPTCHA_PUBLIC_KEY=$${RECAPTCHA_PUBLIC_KEY:-unset} RECAPTCHA_PRIVATE_KEY=$${RECAPTCHA_PRIVATE_KEY:-unset} \
	SECURE_SSL_REDIRECT=false SECURE_HSTS_SECONDS=0 ADMIN_2FA_REQUIRED=$${ADMIN_2FA_REQUIRED:-true}

# nginx (installed from Debian's packages if missing) on :8000 in front of gunicorn on :8001,
# with the scheduled-publishing loop beside them.
serve-prod: install ## The one-server production layout on :8000: nginx front cache, gunicorn, scheduler, collectstatic, migrate
	$(PROD_ENV) $(BIN)/python scripts/beside.py $(BIN)/python scripts/serve_prod.py

# Browser-level and load measurements; they need Debian's chromium, nginx or wrk.
.PHONY: lighthouse bench
node_modules/.bin/lighthouse: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

lighthouse: install node_modules/.bin/lighthouse ## Lighthouse mobile audit of every public page under production settings; fails below 100
	$(BIN)/python scripts/lighthouse.py

bench: install ## Front-cache and app-cache hits against their baselines, queries, render times, bookings under load (docs/performance.md)
	$(BIN)/python bench/run.py

.PHONY: upgrade-check
upgrade-check: ## The non-browser suite on Wagtail 8 (and Django 6.0 where Python allows) in .venv-upgrade; reports, never fails (docs/upgrading.md)
	$(PYTHON) scripts/upgrade_check.py $(UPGRADE_CHECK_ARGS)
