require "mkmf"
abort "libsqlite3 is missing" unless have_library("sqlite3", "sqlite3_open") && have_header("sqlite3.h")
create_makefile("sqlcount/sqlcount")
