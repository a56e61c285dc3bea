"""Directories of the images' file systems the passes reason about."""

#: directories every distribution image with a shell has (the FHS skeleton): a setup
#: RUN may rely on them in any runner
SYSTEM_DIRS = frozenset({"/", "/tmp", "/var", "/var/tmp", "/var/log", "/var/lib", "/var/run",
                         "/run", "/etc", "/usr", "/usr/local", "/usr/local/bin", "/usr/bin",
                         "/usr/sbin", "/usr/local/sbin", "/bin", "/sbin", "/lib", "/opt",
                         "/home", "/root", "/srv", "/mnt", "/usr/share", "/usr/local/share",
                         "/usr/lib", "/usr/local/lib"})
#: shared places that hold more than one program's files (sources, web roots): never
#: "the application's directory", though not every image has them
SHARED_DIRS = frozenset({"/usr/src", "/var/www"})
#: directories only a build reads (headers, sources, toolchains): setup of paths under
#: them before the build prepares the build and is not repeated in the runner
BUILD_ONLY_DIRS = ("/usr/include", "/usr/src", "/go/src", "/go/pkg", "/usr/local/go",
                   "/root/.cargo", "/usr/local/cargo", "/root/.m2", "/root/.gradle")
