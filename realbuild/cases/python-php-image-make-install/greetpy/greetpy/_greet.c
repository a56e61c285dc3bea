#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <greet.h>

static PyObject *py_greet(PyObject *self, PyObject *args) {
    const char *name;
    char out[256];
    if (!PyArg_ParseTuple(args, "s", &name))
        return NULL;
    greet(name, out, sizeof out);
    return PyUnicode_FromString(out);
}

static PyMethodDef methods[] = {
    {"greet", py_greet, METH_VARARGS, "The greeting for a name."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_greet", NULL, -1, methods};

PyMODINIT_FUNC PyInit__greet(void) { return PyModule_Create(&module); }
