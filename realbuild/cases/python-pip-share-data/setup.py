from setuptools import setup

# data_files relative to the install prefix: /usr/local/share/sharegreet on the
# official python images, where the program reads it at run time
setup(name="sharegreet", version="1.0", py_modules=["sharegreet"],
      data_files=[("share/sharegreet", ["greeting.txt"])],
      entry_points={"console_scripts": ["sharegreet=sharegreet:main"]})
