// A small HTTP server in the shape of the seed example: net/http (cgo-linked on a
// Debian golang image unless CGO_ENABLED=0) and os/user.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"os/user"
)

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "hello from docker-example-server")
	})
	http.HandleFunc("/whoami", func(w http.ResponseWriter, r *http.Request) {
		u, err := user.Current()
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		wd, _ := os.Getwd()
		fmt.Fprintf(w, "user=%s uid=%s home=%s cwd=%s\n", u.Username, u.Uid, u.HomeDir, wd)
	})
	log.Fatal(http.ListenAndServe("127.0.0.1:"+port, nil))
}
