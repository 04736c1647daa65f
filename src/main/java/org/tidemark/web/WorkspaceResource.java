package org.tidemark.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.tidemark.brief.BriefRenderer;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.PublishedBrief;
import org.tidemark.publication.BriefChanges;
import org.tidemark.publication.Publications;
import org.tidemark.query.FilterResolver;
import org.tidemark.query.TimelineFilter;
import org.tidemark.query.VoyageView;
import org.tidemark.security.Roles;
import org.tidemark.voyage.VoyageQueries;

/**
 * The read-only workspace: the overview of a filter, a voyage's page, published briefs (and publishing one, for
 * analysts), and signing in and out.
 */
@Path("/")
@RolesAllowed(Roles.VIEWER)
@Produces(MediaType.TEXT_HTML)
public class WorkspaceResource {

    private final Workspace workspace;
    private final FilterResolver filters;
    private final Publications publications;
    private final BriefChanges changes;
    private final SecurityIdentity identity;
    private final String defaultFrom;
    private final String defaultTo;
    private final String sessionCookie;

    WorkspaceResource(Workspace workspace, FilterResolver filters, Publications publications, BriefChanges changes,
                      SecurityIdentity identity,
                      @ConfigProperty(name = "tidemark.web.default-from") String defaultFrom,
                      @ConfigProperty(name = "tidemark.web.default-to") String defaultTo,
                      @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.workspace = workspace;
        this.filters = filters;
        this.publications = publications;
        this.changes = changes;
        this.identity = identity;
        this.defaultFrom = defaultFrom;
        this.defaultTo = defaultTo;
        this.sessionCookie = sessionCookie;
    }

    @GET
    public TemplateInstance overview(@Context UriInfo uri, @QueryParam("cursor") String cursor,
                                     @QueryParam("recorded") String recorded) {
        WorkspaceFilter form = WorkspaceFilter.of(uri.getQueryParameters(), defaultFrom, defaultTo);
        String error = null;
        TimelineFilter filter;
        try {
            filter = form.resolve(filters);
        } catch (DomainException e) {
            error = (e.field() == null ? "" : e.field() + ": ") + e.getMessage();
            form = WorkspaceFilter.of(java.util.Map.of(), defaultFrom, defaultTo);
            filter = form.resolve(filters);
        }
        Workspace.Overview overview = workspace.overview(filter, cursor, form.stepLinks());
        String next = overview.page().nextCursor() == null ? null
                : "/?" + form.query() + "&cursor=" + java.net.URLEncoder.encode(overview.page().nextCursor(),
                java.nio.charset.StandardCharsets.UTF_8) + "#timeline";
        return Pages.overview(viewer(), form, overview, Choices.load(), error, recorded == null ? "" : recorded, next);
    }

    /**
     * The voyages a filter holds, loaded in its range: where a step of the cumulative chart links, with the step's
     * days as the range. A bad filter is refused with the API's message (400), as a page.
     */
    @GET
    @Path("voyages")
    public TemplateInstance voyages(@Context UriInfo uri, @QueryParam("cursor") String cursor) {
        WorkspaceFilter form = WorkspaceFilter.of(uri.getQueryParameters(), defaultFrom, defaultTo);
        TimelineFilter filter = form.resolve(filters);
        Workspace.VoyageList list = workspace.voyages(filter, cursor);
        String next = list.page().nextCursor() == null ? null
                : "/voyages?" + form.query() + "&cursor=" + java.net.URLEncoder.encode(list.page().nextCursor(),
                java.nio.charset.StandardCharsets.UTF_8);
        return Pages.voyages(viewer(), form, list, next);
    }

    /**
     * A voyage; an id that re-derivation replaced moves (301) to its successor or is gone (410) with the reason. The
     * successor's page, reached with {@code replaced} naming the old id, says which link was followed and why it moved.
     */
    @GET
    @Path("voyages/{id}")
    public Response voyage(@PathParam("id") String id, @QueryParam("replaced") String replacedId) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("there is no voyage '" + id + "'");
        }
        java.util.Optional<VoyageView> voyage = workspace.voyage(uuid);
        if (voyage.isPresent()) {
            return Response.ok(Pages.voyage(viewer(), voyage.get(), workspace.retractedAround(voyage.get()),
                    workspace.movedHere(replacedId, uuid).orElse(null), workspace.amendmentsBehind(voyage.get()),
                    workspace.voyageMap(voyage.get())))
                    .build();
        }
        VoyageQueries.Replacement replaced = workspace.replacement(uuid)
                .orElseThrow(() -> DomainException.notFound("there is no voyage " + id));
        if (replaced.successor() == null) {
            throw DomainException.gone("voyage " + id + " no longer exists: " + replaced.reason());
        }
        return Response.status(Response.Status.MOVED_PERMANENTLY)
                .location(URI.create("/voyages/" + replaced.successor() + "?replaced=" + uuid)).build();
    }

    /** Every published brief, the latest first. */
    @GET
    @Path("briefs")
    public TemplateInstance briefs() {
        return Pages.briefs(viewer(), publications.list());
    }

    /**
     * Publishes the brief of the overview's filter (the form posts to {@code /briefs?<the view's query>}) and
     * shows it at its permanent address.
     */
    @POST
    @Path("briefs")
    @RolesAllowed(Roles.ANALYST)
    public Response publish(@Context UriInfo uri) {
        WorkspaceFilter form = WorkspaceFilter.of(uri.getQueryParameters(), defaultFrom, defaultTo);
        Publications.Summary published = publications.publish(form.resolve(filters),
                Publications.describe(form.apiParameters()), BriefRenderer.Paper.A4, viewer().name());
        return Response.seeOther(URI.create(published.page())).build();
    }

    /** A published brief: its HTML exactly as published (the same bytes as the API's). */
    @GET
    @Path("briefs/{id}")
    public Response publishedBrief(@PathParam("id") String id) {
        PublishedBrief p = publications.find(id);
        return Response.ok(p.html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8").tag(p.htmlSha256)
                .build();
    }

    /** A published brief's PDF exactly as published. */
    @GET
    @Path("briefs/{id}/pdf")
    @Produces("application/pdf")
    public Response publishedPdf(@PathParam("id") String id) {
        PublishedBrief p = publications.find(id);
        return Response.ok(p.pdf, "application/pdf").tag(p.pdfSha256)
                .header("Content-Disposition", "inline; filename=\"tidemark-brief-" + p.id + ".pdf\"").build();
    }

    /** What changed in the data since a brief was published, for its filter. */
    @GET
    @Path("briefs/{id}/changes")
    public TemplateInstance briefChanges(@PathParam("id") String id) {
        return Pages.briefChanges(viewer(), publications.summary(id), changes.since(id));
    }

    @GET
    @Path("signin")
    @PermitAll
    public TemplateInstance signIn(@QueryParam("failed") @DefaultValue("false") boolean failed,
                                   @QueryParam("signedOut") @DefaultValue("false") boolean signedOut) {
        return Pages.signin(viewer(), failed, signedOut);
    }

    /** Forgets the session cookie in this browser (a form post, so it carries the CSRF token). */
    @POST
    @Path("signout")
    @PermitAll
    public Response signOut() {
        return Response.seeOther(URI.create("/signin?signedOut=true"))
                .cookie(new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
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
