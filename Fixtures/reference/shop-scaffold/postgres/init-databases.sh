#!/usr/bin/env bash
# Database per service: creates one PostgreSQL role and one database per Shop service, each owned by
# its role, with every privilege PUBLIC has by default (CONNECT, TEMPORARY) revoked, so that no service's role can
# connect to another service's database. Passwords come from the environment (`.env`), never from this file.
#
# docker compose runs it once, when the postgres volume is first initialised (/docker-entrypoint-initdb.d). To run it
# against another server as its superuser: PGHOST=… PGUSER=postgres ORDER_DB_PASSWORD=… bash postgres/init-databases.sh
set -euo pipefail

create() { # database and role name, the environment variable holding the role's password
    local name=$1 variable=$2
    local password=${!variable:-}
    if [[ -z "$password" ]]; then
        echo "init-databases: $variable is not set (copy .env.example to .env and give every password)" >&2
        exit 1
    fi
    # psql quotes the variables itself (:"name" as an identifier, :'password' as a literal).
    psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet --username "${POSTGRES_USER:-${PGUSER:-postgres}}" --dbname postgres \
        -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
    echo "init-databases: created the role and database $name"
}

create customer CUSTOMER_DB_PASSWORD
create order ORDER_DB_PASSWORD
create product PRODUCT_DB_PASSWORD
