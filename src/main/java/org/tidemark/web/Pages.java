package org.tidemark.web;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.tidemark.publication.BriefChanges;
import org.tidemark.publication.Publications;
import org.tidemark.query.TimelineEntry;
import org.tidemark.query.VoyageView;
import org.tidemark.registry.RegistryHistory;

/** The workspace's Qute templates (src/main/resources/templates), checked against these parameters at build time. */
@CheckedTemplate
final class Pages {

    private Pages() {
    }

    static native TemplateInstance overview(Viewer viewer, WorkspaceFilter filter, Workspace.Overview overview,
            Choices choices, String error, String recorded, String nextPage);

    static native TemplateInstance voyage(Viewer viewer, VoyageView voyage, List<TimelineEntry> retracted,
            Workspace.Moved moved, List<RegistryHistory.Entry> amendments, String map);

    static native TemplateInstance voyages(Viewer viewer, WorkspaceFilter filter, Workspace.VoyageList list,
            String nextPage);

    static native TemplateInstance message(Viewer viewer, String title, String text);

    static native TemplateInstance record(Viewer viewer, FormState form, Choices choices, String idempotencyKey,
            List<String> otherErrors);

    static native TemplateInstance upload(Viewer viewer, ImportOutcome outcome);

    static native TemplateInstance upload$report(ImportOutcome outcome);

    static native TemplateInstance briefs(Viewer viewer, List<Publications.Summary> briefs);

    static native TemplateInstance briefChanges(Viewer viewer, Publications.Summary brief, BriefChanges.Changes changes);

    static native TemplateInstance signin(Viewer viewer, boolean failed, boolean signedOut);
}
