#!/bin/sh
# PostgreSQL's first start in compose.yaml (docker-entrypoint-initdb.d: runs once, on an empty data
# volume). Creates what README "Database roles" asks a DBA for, with passwords from the environment:
#   hotich_owner  owns the database and its tables; the migration job logs in as it
#   hotich_app    the application's role (the migrations grant its rights; created here first, so
#                 the owner needs no CREATEROLE)
#   hotich        the portal's login, a member of hotich_app: never an owner, never a superuser
# and the two extensions the migrations use, as the superuser.
set -eu
: "${HOTICH_OWNER_PASSWORD:?set HOTICH_OWNER_PASSWORD in .env}"
: "${HOTICH_APP_PASSWORD:?set HOTICH_APP_PASSWORD in .env}"
db="${POSTGRES_DB:-hotich}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$db" \
  -v owner_password="$HOTICH_OWNER_PASSWORD" -v app_password="$HOTICH_APP_PASSWORD" -v db="$db" <<'SQL'
CREATE ROLE hotich_owner LOGIN PASSWORD :'owner_password';
ALTER DATABASE :"db" OWNER TO hotich_owner;
CREATE ROLE hotich_app NOLOGIN;
CREATE ROLE hotich LOGIN PASSWORD :'app_password' IN ROLE hotich_app;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
SQL
