// A tiny HTTP server on std only: serves static/index.html (a runtime file) on "/",
// "pong" on "/ping", 404 otherwise.  Listens on 127.0.0.1:$PORT.
use std::env;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

fn main() {
    let port = env::var("PORT").unwrap_or_else(|_| "8000".to_string());
    let listener = TcpListener::bind(format!("127.0.0.1:{}", port)).expect("bind");
    for stream in listener.incoming() {
        let mut stream = match stream { Ok(s) => s, Err(_) => continue };
        let mut line = String::new();
        if BufReader::new(&stream).read_line(&mut line).is_err() { continue; }
        let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
        let (status, body) = match path.as_str() {
            "/" => match fs::read_to_string("static/index.html") {
                Ok(b) => ("200 OK", b),
                Err(e) => ("500 Internal Server Error", format!("{}\n", e)),
            },
            "/ping" => ("200 OK", "pong\n".to_string()),
            _ => ("404 Not Found", "not found\n".to_string()),
        };
        let _ = write!(stream, "HTTP/1.1 {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
                       status, body.len(), body);
    }
}
