package org.pilotbridge.proposal;

/**
 * The outcome of saving a working copy, for an autosaving form.
 *
 * @param version the new version, to pass with the next save
 * @param checklist what is still missing for a submission
 * @param changedSinceSubmission whether the working copy now differs from the latest
 * submitted version
 */
public record DraftSaved(int version, Checklist checklist, boolean changedSinceSubmission) {
}
