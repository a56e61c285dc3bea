from setuptools import setup

# installed with `python setup.py install` (no pip, so no RECORD): setuptools 80 puts
# data_files under the install prefix, /usr/local/share/setupgreet on the official
# python images, where the program reads it at run time
setup(name="setupgreet", version="1.0", py_modules=["setupgreet"],
      data_files=[("share/setupgreet", ["greeting.txt"])],
      entry_points={"console_scripts": ["setupgreet=setupgreet:main"]})
