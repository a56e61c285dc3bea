from setuptools import Extension, setup

# links libpthreadpool, whose runtime package no table names; the full image lacks it
setup(
    name="poolsize",
    version="1.0",
    packages=["poolsize"],
    ext_modules=[Extension("poolsize._pool", ["poolsize/_pool.c"], libraries=["pthreadpool"])],
)
