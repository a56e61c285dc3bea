"""Directories of the images' file systems the passes reason about."""

#: directories every distribution image with a shell has (the FHS skeleton): a setup
#: RUN may rely on them in any runner
SYSTEM_DIRS = frozenset({"/", "/tmp", "/var", "/var/tmp", "/var/log", "/var/lib", "/var/run",
                         "/run", "/etc", "/usr", "/usr/local", "/usr/local/bin", "/usr/bin",
                         "/usr/sbin", "/usr/local/sbin", "/bin", "/sbin", "/lib", "/opt",
                         "/home", "/root", "/srv", "/mnt", "/usr/share", "/usr/local/share",
                         "/usr/lib", "/usr/local/lib"})
#: what the container runtime puts in every container's /dev, whatever the image holds
#: (the OCI runtime specification: config-linux.md "Default Devices" and runtime-linux.md
#: "Dev symbolic links"): a link a setup RUN makes to one of them (nginx's
#: ``ln -sf /dev/stdout /var/log/nginx/access.log``) finds it in any runner
RUNTIME_DEVICES = frozenset({"/dev/null", "/dev/zero", "/dev/full", "/dev/random",
                             "/dev/urandom", "/dev/tty", "/dev/console", "/dev/ptmx",
                             "/dev/fd", "/dev/stdin", "/dev/stdout", "/dev/stderr"})
#: shared places that hold more than one program's files (sources, web roots): never
#: "the application's directory", though not every image has them
SHARED_DIRS = frozenset({"/usr/src", "/var/www"})
#: directories only a build reads (headers, sources, toolchains): setup of paths under
#: them before the build prepares the build and is not repeated in the runner
BUILD_ONLY_DIRS = ("/usr/include", "/usr/src", "/go/src", "/go/pkg", "/usr/local/go",
                   "/root/.cargo", "/usr/local/cargo", "/root/.m2", "/root/.gradle")
#: files of a build context that a build consumes (sources, project and build files,
#: the container and VCS files): a context holding only these leaves nothing for the
#: program to read at run time.  Anything else (conf/, templates/, static/, *.toml of
#: the app, migrations/) may be read relative to the working directory.
SOURCE_SUFFIXES = (".go", ".rs", ".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".java",
                   ".kt", ".kts", ".scala", ".groovy", ".cs", ".fs", ".vb", ".csproj",
                   ".fsproj", ".vbproj", ".sln", ".props", ".targets", ".mod", ".sum",
                   ".md", ".rst", ".txt", ".lock", ".gradle", ".mk", ".cmake", ".s", ".S",
                   ".pb", ".proto", ".patch", ".diff")
BUILD_FILES = frozenset({"Dockerfile", "Containerfile", ".dockerignore", "Makefile",
                         "makefile", "GNUmakefile", "CMakeLists.txt", "Cargo.toml",
                         "Cargo.lock", "go.mod", "go.sum", "go.work", "pom.xml", "mvnw",
                         "mvnw.cmd", "gradlew", "gradlew.bat", "configure", "configure.ac",
                         "Makefile.am", "Makefile.in", "meson.build", "build.rs", "LICENSE",
                         "COPYING", "NOTICE", "AUTHORS", ".gitignore", ".gitattributes",
                         ".editorconfig", "global.json", "nuget.config", "NuGet.Config",
                         "Directory.Build.props", "rust-toolchain", "rust-toolchain.toml",
                         "glide.yaml", "Gopkg.toml", "vendor.conf", "vendor.json",
                         "Godeps.json"})
#: context directories that, copied by name, hold a compiled program's sources (compiled
#: into the artifact, not read at run time).  Not ``docs``: documentation is no compile
#: input, and a program may serve it (a Docusaurus site reads ../docs, a Go server its
#: API pages); an interpreter reads its program from any of these (``runtime_inputs``)
SOURCE_DIRS = frozenset({"src", "cmd", "pkg", "internal", "include", "proto", "protos",
                         "test", "tests", "testdata", "benches", "examples", "Godeps"})
#: context directories no program reads at run time (VCS metadata, CI, build wrappers,
#: editors' settings)
TOOLING_DIRS = frozenset({".git", ".github", ".gitlab", ".circleci", ".mvn", "gradle", ".idea",
                          ".vscode"})
#: context directories that hold no run-time input of a compiled program: the tooling,
#: and the outputs and dependencies a build makes again.  To an interpreter they may be
#: the program (an Express app's bin/www, a prebuilt build/ it serves, PHP's vendor/)
BUILD_DIRS = TOOLING_DIRS | frozenset({"target", "bin", "obj", "build", "vendor",
                                       "node_modules"})

#: the system's PATH directories, where a RUN puts a program for later use by hand
#: (``curl -o /usr/local/bin/x``: ``multistage.path_programs``)
PROGRAM_DIRS = ("/usr/local/bin", "/usr/local/sbin", "/usr/bin", "/usr/sbin", "/bin", "/sbin")
