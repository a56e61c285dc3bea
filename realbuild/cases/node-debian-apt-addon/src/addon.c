/* A Node-API addon (C, no node-addon-api package) that runs SQL in an in-memory
   SQLite database through the system's libsqlite3 (libsqlite3-dev): built by node-gyp
   with the headers Debian's libnode-dev installs; the runner needs libsqlite3.so.0. */
#include <node_api.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char *buf; size_t len, cap; } out_t;

static int row(void *arg, int n, char **vals, char **cols) {
    out_t *o = arg;
    for (int i = 0; i < n; i++) {
        const char *v = vals[i] ? vals[i] : "NULL";
        size_t need = strlen(v) + 2;
        if (o->len + need + 1 > o->cap) {
            o->cap = (o->len + need + 1) * 2;
            o->buf = realloc(o->buf, o->cap);
        }
        memcpy(o->buf + o->len, v, strlen(v));
        o->len += strlen(v);
        o->buf[o->len++] = i + 1 < n ? '|' : '\n';
        o->buf[o->len] = 0;
    }
    return 0;
}

static napi_value query(napi_env env, napi_callback_info info) {
    size_t argc = 1;
    napi_value argv[1];
    napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
    char sql[4096];
    size_t len;
    napi_get_value_string_utf8(env, argv[0], sql, sizeof sql, &len);
    sqlite3 *db;
    sqlite3_open(":memory:", &db);
    out_t o = {calloc(1, 1), 0, 1};
    char *err = NULL;
    if (sqlite3_exec(db, sql, row, &o, &err) != SQLITE_OK) {
        napi_throw_error(env, NULL, err);
        sqlite3_free(err);
        sqlite3_close(db);
        free(o.buf);
        return NULL;
    }
    sqlite3_close(db);
    napi_value res;
    napi_create_string_utf8(env, o.buf, o.len, &res);
    free(o.buf);
    return res;
}

static napi_value version(napi_env env, napi_callback_info info) {
    napi_value res;
    napi_create_string_utf8(env, sqlite3_libversion(), NAPI_AUTO_LENGTH, &res);
    return res;
}

static napi_value init(napi_env env, napi_value exports) {
    napi_property_descriptor props[] = {
        {"query", NULL, query, NULL, NULL, NULL, napi_default, NULL},
        {"version", NULL, version, NULL, NULL, NULL, napi_default, NULL},
    };
    napi_define_properties(env, exports, 2, props);
    return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
