from setuptools import setup

setup(name="app", version="1.0", py_modules=["app"],
      install_requires=open("requirements.txt").read().split())
