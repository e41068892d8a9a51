package org.sifregistry.stats.web;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.sifregistry.stats.application.DailyCount;

/** The Chart.js configuration of a bar chart of pulls per day, as {@code p:chart} takes it. */
final class PullsChart {

    private static final String BAR_COLOUR = "#1f5f8b";

    private PullsChart() {
    }

    /**
     * The configuration as JSON. PrimeFaces writes it into a script element as it is, so {@code <} is escaped:
     * no text in it can close the script, whatever a label holds.
     */
    static String json(List<DailyCount> days, String seriesLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder pulls = Json.createArrayBuilder();
        for (DailyCount day : days) {
            labels.add(day.day().toString());
            pulls.add(day.downloads());
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", seriesLabel)
                .add("data", pulls)
                .add("backgroundColor", BAR_COLOUR);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder()
                                        .add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build()
                .toString()
                .replace("<", "\\u003c");
    }
}
