// cgo linking the system's SQLite (libsqlite3-dev in the builder, -lsqlite3) with Ubuntu's
// own golang-go: the binary loads libsqlite3.so.0, which the runner has only through
// libsqlite3-0.
package main

/*
#cgo LDFLAGS: -lsqlite3
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

static char result[64];

static const char *sum_in_memory(void) {
	sqlite3 *db;
	sqlite3_stmt *stmt;
	if (sqlite3_open(":memory:", &db) != SQLITE_OK) return "open failed";
	sqlite3_exec(db, "CREATE TABLE t(n INTEGER); INSERT INTO t VALUES (2), (3), (37);", 0, 0, 0);
	if (sqlite3_prepare_v2(db, "SELECT sum(n), count(*) FROM t", -1, &stmt, 0) != SQLITE_OK)
		return "prepare failed";
	sqlite3_step(stmt);
	snprintf(result, sizeof result, "sum=%d count=%d", sqlite3_column_int(stmt, 0),
	         sqlite3_column_int(stmt, 1));
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return result;
}
*/
import "C"

import (
	"fmt"
	"os"
	"os/exec"
)

func main() {
	fmt.Println("sqlite", C.GoString(C.sqlite3_libversion()) != "")
	fmt.Println(C.GoString(C.sum_in_memory()))
	// git, a package the Dockerfile installs for run time (as the corpus files' go get
	// images keep it), and the CA bundle its Recommends bring
	err := exec.Command("git", "--version").Run()
	fmt.Println("git runs:", err == nil)
	_, err = os.Stat("/etc/ssl/certs/ca-certificates.crt")
	fmt.Println("ca bundle:", err == nil)
	fmt.Println("GOPATH:", os.Getenv("GOPATH"))
}
