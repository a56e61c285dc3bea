#include <ruby.h>
#include <sqlite3.h>

/* Sqlcount.rows(sql): how many rows the query returns on an in-memory database */
static int count_row(void *n, int cols, char **values, char **names) {
    (void)cols; (void)values; (void)names;
    ++*(long *)n;
    return 0;
}

static VALUE rows(VALUE self, VALUE sql) {
    sqlite3 *db;
    char *error = NULL;
    long n = 0;
    (void)self;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK)
        rb_raise(rb_eRuntimeError, "cannot open an in-memory database");
    if (sqlite3_exec(db, StringValueCStr(sql), count_row, &n, &error) != SQLITE_OK) {
        VALUE message = rb_str_new_cstr(error ? error : "error");
        sqlite3_free(error);
        sqlite3_close(db);
        rb_raise(rb_eArgError, "%s", StringValueCStr(message));
    }
    sqlite3_close(db);
    return LONG2NUM(n);
}

static VALUE version(VALUE self) {
    (void)self;
    return rb_str_new_cstr(sqlite3_libversion());
}

void Init_sqlcount(void) {
    VALUE m = rb_define_module("Sqlcount");
    rb_define_module_function(m, "rows", rows, 1);
    rb_define_module_function(m, "sqlite_version", version, 0);
}
