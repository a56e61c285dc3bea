package com.example.greeter;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** A small greeting service on the JDK's built-in HTTP server. */
public final class Server {
    private static final Properties GREETINGS = new Properties();

    private Server() {
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    public static void main(String[] args) throws IOException {
        try (InputStream in = Server.class.getResourceAsStream("/greetings.properties")) {
            GREETINGS.load(in);
        }
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            if (path.equals("/")) {
                send(ex, 200, "greeter " + GREETINGS.size() + " languages\n");
            } else if (path.startsWith("/greet/")) {
                String greeting = GREETINGS.getProperty(path.substring("/greet/".length()));
                if (greeting == null) {
                    send(ex, 404, "unknown language\n");
                } else {
                    send(ex, 200, greeting + ", world\n");
                }
            } else if (path.equals("/whoami")) {
                send(ex, 200, System.getProperty("user.name") + " in " + System.getProperty("user.dir")
                        + ", java " + Runtime.version().feature() + "\n");
            } else {
                send(ex, 404, "not found\n");
            }
        });
        server.start();
        System.out.println("listening on " + port);
    }
}
