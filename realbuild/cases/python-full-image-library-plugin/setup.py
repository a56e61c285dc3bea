from setuptools import Extension, setup

# MariaDB's client library (libmariadb-dev, of the full image's default-libmysqlclient-dev):
# the module links libmariadb.so.3, whose authentication plugins are files of their own
setup(
    name="authplug",
    version="1.0",
    packages=["authplug"],
    ext_modules=[Extension("authplug._plug", ["authplug/_plug.c"],
                           include_dirs=["/usr/include/mariadb"], libraries=["mariadb"])],
)
