/* A CPython extension around Jansson (libjansson-dev): canonical JSON with sorted keys.
   Built from source with setup.py; the installed module links libjansson.so.4. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <jansson.h>

static PyObject *canonical(PyObject *self, PyObject *args) {
    const char *text;
    if (!PyArg_ParseTuple(args, "s", &text))
        return NULL;
    json_error_t err;
    json_t *doc = json_loads(text, 0, &err);
    if (!doc) {
        PyErr_Format(PyExc_ValueError, "line %d: %s", err.line, err.text);
        return NULL;
    }
    char *out = json_dumps(doc, JSON_SORT_KEYS | JSON_COMPACT);
    json_decref(doc);
    PyObject *res = PyUnicode_FromString(out);
    free(out);
    return res;
}

static PyObject *version(PyObject *self, PyObject *noargs) {
    return PyUnicode_FromString(JANSSON_VERSION);
}

static PyMethodDef methods[] = {
    {"canonical", canonical, METH_VARARGS, "JSON text with sorted keys, compact."},
    {"version", version, METH_NOARGS, "Jansson's version at build time."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_jansson", NULL, -1, methods};

PyMODINIT_FUNC PyInit__jansson(void) { return PyModule_Create(&module); }
