package org.sifregistry.container.batch;

import java.util.Properties;

import jakarta.batch.runtime.BatchRuntime;

/** Starts {@code parse-image} for one container at one version. */
public final class ParseImageJob {

    public static final String NAME = "parse-image";
    public static final String CONTAINER_ID = "containerId";
    public static final String VERSION = "version";

    private ParseImageJob() {
    }

    public static long start(long containerId, String version) {
        Properties parameters = new Properties();
        parameters.setProperty(CONTAINER_ID, Long.toString(containerId));
        parameters.setProperty(VERSION, version);
        return BatchRuntime.getJobOperator().start(NAME, parameters);
    }
}
