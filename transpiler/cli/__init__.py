"""The command line (``main``), safe file reading and writing (``files``), project
configuration (``config``) and progress output (``progress``)."""
