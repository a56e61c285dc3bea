// The seed's program (ggicci/docker-example-server): an HTTP server of the standard
// library; no import "C", so the sources say it needs no cgo.
package main

import (
	"fmt"
	"net/http"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "hello") })
	http.ListenAndServe(":8080", nil)
}
