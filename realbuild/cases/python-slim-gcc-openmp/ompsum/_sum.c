#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <omp.h>

/* 1 + 2 + ... + n, summed by an OpenMP parallel loop (libgomp). */
static PyObject *total(PyObject *self, PyObject *args) {
    long n, i;
    long long sum = 0;
    if (!PyArg_ParseTuple(args, "l", &n))
        return NULL;
#pragma omp parallel for reduction(+:sum)
    for (i = 1; i <= n; i++)
        sum += i;
    return PyLong_FromLongLong(sum);
}

static PyMethodDef methods[] = {
    {"total", total, METH_VARARGS, "1 + 2 + ... + n, summed in parallel"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_sum", NULL, -1, methods};

PyMODINIT_FUNC PyInit__sum(void) { return PyModule_Create(&module); }
