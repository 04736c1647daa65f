package org.tidemark.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.tidemark.domain.DomainException;
import org.tidemark.domain.InputErrors;
import org.tidemark.ingest.EventImporter;
import org.tidemark.ingest.EventRecorder;
import org.tidemark.ingest.ImportFormat;
import org.tidemark.ingest.ImportRejected;
import org.tidemark.ingest.ImportReport;
import org.tidemark.ingest.NewVoyageEvent;
import org.tidemark.security.Roles;

/** Recording for analysts: one event through a form, a retraction, a CSV file (checked first). */
@Path("/record")
@RolesAllowed(Roles.ANALYST)
@Produces(MediaType.TEXT_HTML)
public class RecordingResource {

    /** How long a double submission waits for the first one with its key to finish. */
    private static final int KEY_RETRIES = 50;

    private final EventRecorder recorder;
    private final EventImporter importer;
    private final Validator validator;
    private final SecurityIdentity identity;

    RecordingResource(EventRecorder recorder, EventImporter importer, Validator validator, SecurityIdentity identity) {
        this.recorder = recorder;
        this.importer = importer;
        this.validator = validator;
        this.identity = identity;
    }

    @GET
    public TemplateInstance form() {
        return recordPage(EventForm.of(java.util.Map.of()));
    }

    /**
     * Records through {@link EventRecorder} as {@code POST /api/events} does; the form's hidden idempotency key makes a
     * double submission store one event. Then the overview, filtered to the tanker and the day, shows it.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(MultivaluedMap<String, String> submitted) {
        FormState form = EventForm.of(submitted);
        NewVoyageEvent event = EventForm.read(form);
        if (event != null) {
            for (ConstraintViolation<NewVoyageEvent> v : validator.validate(event)) {
                form.fail(InputErrors.field(v), v.getMessage());
            }
        }
        if (event == null || form.failed()) {
            return Response.status(400).entity(recordPage(form)).build();
        }
        String key = form.value("idempotencyKey").isBlank() ? null : form.value("idempotencyKey");
        try {
            EventRecorder.Outcome outcome = recordOnce(event, key);
            LocalDate day = LocalDate.ofInstant(outcome.event().occurredFrom(), ZoneOffset.UTC);
            return Response.seeOther(URI.create("/?tanker=" + URLEncoder.encode(event.tanker(), StandardCharsets.UTF_8)
                    + "&from=" + day + "&to=" + day + "&recorded=" + outcome.event().id() + "#timeline")).build();
        } catch (DomainException e) {
            form.fail(e.field(), e.getMessage());
            return Response.status(e.kind() == DomainException.Kind.INVALID ? 400 : 422).entity(recordPage(form)).build();
        }
    }

    /** A second click while the first is still being stored waits for it, then finds the event it stored. */
    private EventRecorder.Outcome recordOnce(NewVoyageEvent event, String key) {
        for (int attempt = 0; ; attempt++) {
            try {
                return recorder.record(event, viewer().name(), key);
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.CONFLICT || key == null || attempt >= KEY_RETRIES) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Retracts an event with a reason, then shows the voyage page it was retracted from (or the overview). */
    @POST
    @Path("retraction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retract(@FormParam("eventId") long eventId, @FormParam("reason") String reason,
                            @FormParam("voyage") String voyage) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "say why the event is retracted");
        }
        recorder.retract(eventId, reason.strip(), viewer().name());
        String back = voyage == null || voyage.isBlank() ? "/" : "/voyages/" + UUID.fromString(voyage);
        return Response.seeOther(URI.create(back)).build();
    }

    @GET
    @Path("import")
    public TemplateInstance uploadPage() {
        return Pages.upload(viewer(), ImportOutcome.NONE);
    }

    /**
     * A CSV file through {@link EventImporter}, as {@code POST /api/events/import}: a dry run reports without storing;
     * a bad row stores nothing. From the page's script (X-Requested-With) only the report is sent back.
     */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public TemplateInstance upload(@RestForm("file") FileUpload file, @RestForm("dryRun") String dryRun,
                                   @HeaderParam("X-Requested-With") String script) {
        boolean check = !"false".equals(dryRun);
        ImportOutcome outcome;
        if (file == null || file.uploadedFile() == null) {
            outcome = new ImportOutcome(null, check, null, "choose a CSV file first", List.of());
        } else {
            try (InputStream in = Files.newInputStream(file.uploadedFile())) {
                ImportReport report = importer.importEvents(in, ImportFormat.CSV, check, viewer().name());
                outcome = new ImportOutcome(file.fileName(), check, report, null, List.of());
            } catch (ImportRejected e) {
                outcome = new ImportOutcome(file.fileName(), check, null, e.getMessage(), e.errors());
            } catch (DomainException e) {
                outcome = new ImportOutcome(file.fileName(), check, null, e.getMessage(),
                        List.of(new ImportRejected.RowError(0, e.field(), e.getMessage())));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return script != null ? Pages.upload$report(outcome) : Pages.upload(viewer(), outcome);
    }

    private TemplateInstance recordPage(FormState form) {
        return Pages.record(viewer(), form, Choices.load(), UUID.randomUUID().toString(),
                form.otherErrors(EventForm.FIELDS));
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }

    @ServerExceptionMapper
    Response signInFirst(UnauthorizedException e) {
        return PageErrors.signIn();
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        return PageErrors.forbidden(viewer());
    }

    @ServerExceptionMapper
    Response refused(DomainException e) {
        return PageErrors.of(viewer(), e);
    }
}
