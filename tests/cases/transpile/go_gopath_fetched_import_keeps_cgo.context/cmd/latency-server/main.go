package main

import (
	"database/sql"

	_ "github.com/mattn/go-sqlite3"
	"github.com/example/latency/config"
)

func main() { sql.Open("sqlite3", config.Path) }
