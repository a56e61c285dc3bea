package com.example.agenda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Reads an agenda file at run time (one "zone;ISO local time;title" a line), prints each
 * entry in UTC and in its zone, with the titles' accented characters: the output's bytes
 * depend on the JVM's default charset (the image's locale) and on its zone rules.
 */
public class Main {
    public static void main(String[] args) throws IOException {
        Path path = Path.of(args.length > 0 ? args[0] : "conf/agenda.txt");
        List<String> lines = Files.readAllLines(path);
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz");
        int n = 0;
        for (String line : lines) {
            String[] f = line.split(";", 3);
            if (f.length < 3) continue;
            ZonedDateTime at = java.time.LocalDateTime.parse(f[1]).atZone(ZoneId.of(f[0]));
            System.out.println(f[2] + ": " + at.format(fmt) + " = "
                    + at.withZoneSameInstant(ZoneId.of("UTC")).format(fmt));
            n++;
        }
        System.out.println(n + " entries, charset " + System.getProperty("stdout.encoding",
                java.nio.charset.Charset.defaultCharset().name()));
        System.exit(n == 3 ? 0 : 1);
    }
}
