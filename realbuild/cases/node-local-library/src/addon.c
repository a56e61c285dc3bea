/* A Node-API addon calling libgreet, a library built from source and installed into
   /usr/local/lib with make install (as librtlsdr is): the runner needs libgreet.so.1
   where its loader finds it. */
#include <node_api.h>

int greet(const char *name, char *out, int size);

static napi_value hello(napi_env env, napi_callback_info info) {
    size_t argc = 1;
    napi_value argv[1], result;
    char name[64], out[128];
    size_t len;
    napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
    napi_get_value_string_utf8(env, argv[0], name, sizeof name, &len);
    greet(name, out, sizeof out);
    napi_create_string_utf8(env, out, NAPI_AUTO_LENGTH, &result);
    return result;
}

NAPI_MODULE_INIT() {
    napi_value fn;
    napi_create_function(env, "hello", NAPI_AUTO_LENGTH, hello, NULL, &fn);
    napi_set_named_property(env, exports, "hello", fn);
    return exports;
}
