from setuptools import setup; setup(name='greet', py_modules=['greet'])
