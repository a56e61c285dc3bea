from setuptools import Extension, setup

setup(
    name="greetpy",
    version="1.0",
    packages=["greetpy"],
    ext_modules=[Extension("greetpy._greet", ["greetpy/_greet.c"], libraries=["greet"])],
)
