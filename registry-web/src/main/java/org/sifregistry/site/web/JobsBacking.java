package org.sifregistry.site.web;

import java.text.MessageFormat;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.Caller;
import org.sifregistry.common.batch.JobHistory;
import org.sifregistry.common.batch.JobRun;

/** The admin page of job runs: each job's latest runs with their outcome and counts, and restarting a failed one. */
@Named
@RequestScoped
public class JobsBacking {

    /** Runs shown per job. */
    static final int RECENT_RUNS = 20;

    @Inject
    private JobHistory history;

    @Inject
    private Caller caller;

    /** A job and its latest runs, for one table of the page. */
    public record JobSection(String name, List<JobRun> runs) {
    }

    public List<JobSection> getJobs() {
        return history.jobs().stream()
                .map(name -> new JobSection(name, history.recent(name, RECENT_RUNS, caller)))
                .toList();
    }

    public void restart(long executionId) {
        long restarted = history.restart(executionId, caller);
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString("jobs.restarted");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(text, executionId, restarted), null));
    }
}
