#!/bin/sh
# Creates the application's database and an owner that is not a superuser, so that the triggers
# keeping the audit trail append-only cannot be switched off by the application.
set -eu
psql -v ON_ERROR_STOP=1 --username postgres <<SQL
CREATE ROLE pilotbridge LOGIN PASSWORD '${APP_DB_PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE pilotbridge OWNER pilotbridge;
SQL
