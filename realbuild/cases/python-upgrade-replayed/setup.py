from setuptools import Extension, setup

setup(
    name="jsonnorm",
    version="1.0",
    packages=["jsonnorm"],
    ext_modules=[Extension("jsonnorm._jansson", ["jsonnorm/_jansson.c"], libraries=["jansson"])],
)
