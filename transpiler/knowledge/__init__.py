"""What the transpiler knows about images and packages, each fact written once:
image families (``images``: ``image_facts(reference)`` is the one lookup), distributions
and their package managers (``distributions``), releases and how tags name them
(``releases``), -dev -> runtime package names (``runtime_packages``: generated from
the Debian and Ubuntu package indexes; ``package_maps``: the hand tables of Alpine, RHEL
and the archived releases the data lacks; both read through ``packages``), user tools and BusyBox (``user_tools``), and file-system directories
(``filesystem``).  Imported only by the transpile side, never on the ``--fmt`` path."""
