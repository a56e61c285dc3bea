/* Loads a client authentication plugin of MariaDB's Connector/C by name, as the library
 * does when a server asks for that authentication (MySQL 8's default is
 * caching_sha2_password): "loaded", or the library's error. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <mysql.h>

/* of <mysql/client_plugin.h>, which Debian's libmariadb-dev ships without the
 * ma_compress.h it includes */
#define MYSQL_CLIENT_AUTHENTICATION_PLUGIN 2
struct st_mysql_client_plugin;
struct st_mysql_client_plugin *mysql_load_plugin(struct st_mysql *mysql, const char *name,
                                                 int type, int argc, ...);

static PyObject *load(PyObject *self, PyObject *args) {
    const char *name;
    MYSQL *conn;
    PyObject *out;
    if (!PyArg_ParseTuple(args, "s", &name))
        return NULL;
    conn = mysql_init(NULL);
    if (conn == NULL)
        return PyErr_NoMemory();
    if (mysql_load_plugin(conn, name, MYSQL_CLIENT_AUTHENTICATION_PLUGIN, 0) != NULL)
        out = PyUnicode_FromString("loaded");
    else
        out = PyUnicode_FromString(mysql_error(conn));
    mysql_close(conn);
    return out;
}

static PyMethodDef methods[] = {
    {"load", load, METH_VARARGS, "Load a client authentication plugin by name."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_plug", NULL, -1, methods};

PyMODINIT_FUNC PyInit__plug(void) { return PyModule_Create(&module); }
