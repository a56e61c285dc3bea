from setuptools import Extension, setup

setup(
    name="mdnative",
    version="1.0",
    packages=["mdnative"],
    ext_modules=[Extension("mdnative._cmark", ["mdnative/_cmark.c"], libraries=["cmark"])],
)
