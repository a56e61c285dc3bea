package com.example.wordcount;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts the words of its arguments, skipping the stop words packed in the jar. */
public final class Main {
    private Main() {
    }

    static Set<String> stopWords() throws IOException {
        Set<String> words = new HashSet<>();
        try (InputStream in = Main.class.getResourceAsStream("/stopwords.txt")) {
            if (in == null) {
                throw new IOException("stopwords.txt is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line);
                }
            }
        }
        return words;
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: wordcount TEXT...");
            System.exit(2);
        }
        Set<String> stop = stopWords();
        Map<String, Integer> counts = new TreeMap<>();
        for (String arg : args) {
            for (String word : arg.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty() && !stop.contains(word)) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        counts.forEach((word, n) -> System.out.printf("%-12s %d%n", word, n));
        // the JRE's own time-zone data: the same instant in two zones
        Instant release = Instant.parse("2021-09-14T12:00:00Z");
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);
        System.out.println("java " + Runtime.version().feature() + " released "
                + fmt.format(release.atZone(ZoneId.of("Asia/Tokyo"))) + " / "
                + fmt.format(release.atZone(ZoneId.of("America/New_York"))));
        System.exit(counts.size() > 5 ? 1 : 0);
    }
}
