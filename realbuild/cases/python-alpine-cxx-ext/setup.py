from setuptools import Extension, setup

setup(
    name="wordcount",
    version="1.0",
    packages=["wordcount"],
    ext_modules=[Extension("wordcount._count", ["wordcount/_count.cpp"], language="c++")],
)
