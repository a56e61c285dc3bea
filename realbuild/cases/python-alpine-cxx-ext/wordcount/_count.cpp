// Counts the words of a string with the C++ standard library (std::map, std::string,
// std::istringstream): the module links libstdc++ and libgcc_s.
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <map>
#include <sstream>
#include <string>

static PyObject *count(PyObject *self, PyObject *args) {
    const char *text;
    if (!PyArg_ParseTuple(args, "s", &text))
        return NULL;
    std::map<std::string, long> counts;
    std::istringstream in(text);
    std::string word;
    while (in >> word)
        ++counts[word];
    PyObject *out = PyList_New(0);
    for (const auto &item : counts) {
        PyObject *pair = Py_BuildValue("(sl)", item.first.c_str(), item.second);
        PyList_Append(out, pair);
        Py_DECREF(pair);
    }
    return out;
}

static PyMethodDef methods[] = {
    {"count", count, METH_VARARGS, "Word counts of a string, sorted by word."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_count", NULL, -1, methods};

PyMODINIT_FUNC PyInit__count(void) { return PyModule_Create(&module); }
