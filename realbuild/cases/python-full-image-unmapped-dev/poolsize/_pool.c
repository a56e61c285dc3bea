#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pthreadpool.h>

/* The thread count of a pool of n threads (libpthreadpool). */
static PyObject *threads(PyObject *self, PyObject *args) {
    long n;
    if (!PyArg_ParseTuple(args, "l", &n))
        return NULL;
    pthreadpool_t pool = pthreadpool_create((size_t) n);
    if (pool == NULL)
        return PyLong_FromLong(-1);
    long got = (long) pthreadpool_get_threads_count(pool);
    pthreadpool_destroy(pool);
    return PyLong_FromLong(got);
}

static PyMethodDef methods[] = {
    {"threads", threads, METH_VARARGS, "thread count of a pool of n threads"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_pool", NULL, -1, methods};

PyMODINIT_FUNC PyInit__pool(void) { return PyModule_Create(&module); }
