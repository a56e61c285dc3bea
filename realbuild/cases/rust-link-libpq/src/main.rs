//! What diesel's pq-sys does, without crates (none can be fetched): links the system's
//! libpq with #[link(name = "pq")] (the rust image carries libpq-dev from buildpack-deps,
//! so the Dockerfile installs nothing) and calls it: the library's major version, and what
//! it says when the server it is told to reach is not there (no server, no network).
use std::ffi::{CStr, CString};
use std::os::raw::{c_char, c_int, c_void};

#[link(name = "pq")]
extern "C" {
    fn PQlibVersion() -> c_int;
    fn PQconnectdb(conninfo: *const c_char) -> *mut c_void;
    fn PQstatus(conn: *const c_void) -> c_int;
    fn PQerrorMessage(conn: *const c_void) -> *const c_char;
    fn PQfinish(conn: *mut c_void);
}

fn main() {
    let version = unsafe { PQlibVersion() };
    println!("libpq {}", version / 10000);
    let info = std::env::args().nth(1).unwrap_or_else(|| "host=/nonexistent".to_string());
    let info = CString::new(info).unwrap();
    let conn = unsafe { PQconnectdb(info.as_ptr()) };
    let ok = unsafe { PQstatus(conn) } == 0;
    let message = unsafe { CStr::from_ptr(PQerrorMessage(conn)) }.to_string_lossy().into_owned();
    println!("{}: {}", if ok { "connected" } else { "not connected" }, message.trim());
    unsafe { PQfinish(conn) };
}
