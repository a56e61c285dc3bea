//! Counts words of its arguments in an in-memory SQLite database, through the C API of
//! the system's libsqlite3 (dynamically linked: the runner needs libsqlite3.so.0).
use std::ffi::{CStr, CString};
use std::os::raw::{c_char, c_int, c_void};

#[link(name = "sqlite3")]
extern "C" {
    fn sqlite3_libversion_number() -> c_int;
    fn sqlite3_open(filename: *const c_char, db: *mut *mut c_void) -> c_int;
    fn sqlite3_exec(
        db: *mut c_void,
        sql: *const c_char,
        callback: Option<extern "C" fn(*mut c_void, c_int, *mut *mut c_char, *mut *mut c_char) -> c_int>,
        arg: *mut c_void,
        errmsg: *mut *mut c_char,
    ) -> c_int;
    fn sqlite3_close(db: *mut c_void) -> c_int;
}

extern "C" fn row(_: *mut c_void, n: c_int, values: *mut *mut c_char, _: *mut *mut c_char) -> c_int {
    let cols: Vec<String> = (0..n as isize)
        .map(|i| unsafe { CStr::from_ptr(*values.offset(i)).to_string_lossy().into_owned() })
        .collect();
    println!("{}", cols.join(" "));
    0
}

fn exec(db: *mut c_void, sql: &str, print: bool) {
    let sql = CString::new(sql).unwrap();
    let rc = unsafe {
        sqlite3_exec(db, sql.as_ptr(), if print { Some(row) } else { None },
                     std::ptr::null_mut(), std::ptr::null_mut())
    };
    if rc != 0 {
        eprintln!("sqlite error {}", rc);
        std::process::exit(2);
    }
}

fn main() {
    let version = unsafe { sqlite3_libversion_number() };
    println!("sqlite {}.x", version / 1_000_000);
    let mut db: *mut c_void = std::ptr::null_mut();
    let name = CString::new(":memory:").unwrap();
    unsafe { sqlite3_open(name.as_ptr(), &mut db) };
    exec(db, "CREATE TABLE w (word TEXT)", false);
    for arg in std::env::args().skip(1) {
        for word in arg.split_whitespace() {
            let word = word.replace('\'', "''").to_lowercase();
            exec(db, &format!("INSERT INTO w VALUES ('{}')", word), false);
        }
    }
    exec(db, "SELECT word, count(*) FROM w GROUP BY word ORDER BY 2 DESC, 1 LIMIT 3", true);
    unsafe { sqlite3_close(db) };
}
