from setuptools import Extension, setup

setup(name="greet", version="1.0", package_dir={"": "src"}, packages=["greet"],
      ext_modules=[Extension("greet._speed", ["src/greet/_speed.c"])])
