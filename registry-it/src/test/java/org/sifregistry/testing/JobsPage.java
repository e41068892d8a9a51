package org.sifregistry.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin page of job runs (admin/jobs.xhtml) as an admin reads it from one node: each job's latest runs with
 * their status and the node that ran them. The job repository is shared, so every node lists the same runs.
 */
public final class JobsPage {

    private static final Pattern ROW = Pattern.compile("<tr[^>]*data-ri=.*?</tr>", Pattern.DOTALL);
    private static final Pattern EXECUTION = Pattern.compile("class=\"job-execution\">(\\d+)<");
    private static final Pattern STATUS = Pattern.compile("job-status-([A-Z]+)\"");
    private static final Pattern NODE = Pattern.compile("class=\"job-node\">([^<]*)<");

    /** One run as the page lists it; {@code node} is empty for a run started from jboss-cli. */
    public record Run(long execution, String status, String node) {
    }

    private final Api api;

    public JobsPage(Cluster.Node node) {
        this.api = new Api(node.base());
    }

    /** The job's latest runs, newest first. */
    public List<Run> runs(String job) {
        String page = api.send(api.at("admin/jobs.xhtml").header("Authorization", TestUser.ROOT.basicAuthorization()))
                .expect(200).text();
        int start = page.indexOf("id=\"job-" + job + "\"");
        if (start < 0) {
            throw new AssertionError("The job page does not list " + job);
        }
        int end = page.indexOf("<h2", start + 1);
        String section = page.substring(start, end < 0 ? page.length() : end);
        List<Run> runs = new ArrayList<>();
        Matcher row = ROW.matcher(section);
        while (row.find()) {
            Matcher execution = EXECUTION.matcher(row.group());
            if (execution.find()) {
                runs.add(new Run(Long.parseLong(execution.group(1)), find(STATUS, row.group()),
                        find(NODE, row.group())));
            }
        }
        return runs;
    }

    /** The job's runs newer than {@code execution}, newest first. */
    public List<Run> runsAfter(String job, long execution) {
        return runs(job).stream().filter(run -> run.execution() > execution).toList();
    }

    /** The id of the job's latest run, 0 if it has none. */
    public long latest(String job) {
        return runs(job).stream().mapToLong(Run::execution).max().orElse(0);
    }

    private static String find(Pattern pattern, String row) {
        Matcher matcher = pattern.matcher(row);
        return matcher.find() ? matcher.group(1) : "";
    }
}
