from setuptools import Extension, setup

setup(
    name="condalib",
    version="2.0",
    packages=["condalib"],
    ext_modules=[Extension("condalib._speed", ["condalib/_speed.c"])],
)
