/* Markdown to HTML through libcmark (Debian's libcmark-dev): no table maps that -dev
   package to its runtime package, so the runner learns it from the ELF scan. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <cmark.h>
#include <stdlib.h>

static PyObject *to_html(PyObject *self, PyObject *args) {
    const char *text;
    Py_ssize_t len;
    if (!PyArg_ParseTuple(args, "s#", &text, &len))
        return NULL;
    char *html = cmark_markdown_to_html(text, (size_t)len, CMARK_OPT_DEFAULT);
    PyObject *out = PyUnicode_FromString(html);
    free(html);
    return out;
}

static PyObject *version(PyObject *self, PyObject *args) {
    return PyUnicode_FromString(cmark_version_string());
}

static PyMethodDef methods[] = {
    {"to_html", to_html, METH_VARARGS, "Markdown to HTML."},
    {"version", version, METH_NOARGS, "libcmark's version."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_cmark", NULL, -1, methods};

PyMODINIT_FUNC PyInit__cmark(void) { return PyModule_Create(&module); }
