package org.sifregistry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Prometheus server scrapes from the test server: the Prometheus text that WildFly's micrometer subsystem
 * serves on the management interface (metrics.cli), read into samples a test can compare before and after.
 */
public final class Prometheus {

    /** The management port of the test server, as in {@link Management}. */
    public static final URI SCRAPE = URI.create("http://127.0.0.1:9990/prometheus");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+).*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One line of the scrape: a metric's name, its labels and its value. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private final String text;
    private final List<Sample> samples;

    private Prometheus(String text, List<Sample> samples) {
        this.text = text;
        this.samples = samples;
    }

    public static Prometheus scrape() {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(SCRAPE).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            List<Sample> samples = new ArrayList<>();
            answer.body().lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
                Matcher sample = SAMPLE.matcher(line);
                if (sample.matches()) {
                    Map<String, String> labels = new HashMap<>();
                    Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
                    while (label.find()) {
                        labels.put(label.group(1), label.group(2));
                    }
                    samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
                }
            });
            return new Prometheus(answer.body(), samples);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot scrape " + SCRAPE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted scraping " + SCRAPE, e);
        }
    }

    /** The samples of {@code name} whose labels include {@code labels} (name, value, name, value...). */
    public List<Sample> samples(String name, String... labels) {
        return samples.stream().filter(s -> s.name().equals(name) && hasLabels(s, labels)).toList();
    }

    /** The sum of the samples of {@code name} with {@code labels}; 0 when there is none. */
    public double value(String name, String... labels) {
        return samples(name, labels).stream().mapToDouble(Sample::value).sum();
    }

    /** How far {@code name} with {@code labels} moved since {@code before}. */
    public double since(Prometheus before, String name, String... labels) {
        return value(name, labels) - before.value(name, labels);
    }

    public boolean has(String name) {
        return samples.stream().anyMatch(s -> s.name().equals(name));
    }

    /** The whole scrape, for a failure message. */
    public String text() {
        return text;
    }

    private static boolean hasLabels(Sample sample, String... labels) {
        for (int i = 0; i < labels.length; i += 2) {
            if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
                return false;
            }
        }
        return true;
    }
}
