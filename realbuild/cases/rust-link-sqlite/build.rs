// Finds SQLite through pkg-config (libsqlite3-dev) and tells rustc where it is; the
// extern block in main.rs names the library with #[link].  No crates: none can be fetched.
use std::process::Command;

fn main() {
    let out = Command::new("pkg-config")
        .args(["--libs-only-L", "sqlite3"])
        .output()
        .expect("pkg-config");
    for flag in String::from_utf8_lossy(&out.stdout).split_whitespace() {
        if let Some(dir) = flag.strip_prefix("-L") {
            println!("cargo:rustc-link-search=native={}", dir);
        }
    }
    println!("cargo:rerun-if-changed=build.rs");
}
