from setuptools import setup; setup(name='greet')
