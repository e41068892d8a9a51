package org.sifregistry.container.batch;

import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sifregistry.common.batch.JobRuns;

/** Starts {@code parse-image} for one container at one version. */
@ApplicationScoped
public class ParseImageJob {

    public static final String NAME = "parse-image";
    public static final String CONTAINER_ID = "containerId";
    public static final String VERSION = "version";

    @Inject
    private JobRuns runs;

    public long start(long containerId, String version) {
        Properties parameters = new Properties();
        parameters.setProperty(CONTAINER_ID, Long.toString(containerId));
        parameters.setProperty(VERSION, version);
        return runs.start(NAME, parameters);
    }
}
