#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <omp.h>

/* The sum of the squares below n, summed by OpenMP threads. */
static PyObject *squares(PyObject *self, PyObject *args) {
    long long n, i, total = 0;
    if (!PyArg_ParseTuple(args, "L", &n))
        return NULL;
#pragma omp parallel for reduction(+:total)
    for (i = 0; i < n; i++)
        total += i * i;
    return PyLong_FromLongLong(total + 0 * omp_get_max_threads());
}

static PyMethodDef methods[] = {
    {"squares", squares, METH_VARARGS, "sum of squares below n"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_omp", NULL, -1, methods};

PyMODINIT_FUNC PyInit__omp(void) { return PyModule_Create(&module); }
