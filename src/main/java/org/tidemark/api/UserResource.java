package org.tidemark.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tidemark.security.NewUser;
import org.tidemark.security.Roles;
import org.tidemark.security.Users;

/** User management: administrators only. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    private final Users users;

    UserResource(Users users) {
        this.users = users;
    }

    @GET
    public List<Users.UserView> list() {
        return users.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@NotNull @Valid NewUser user) {
        return Response.status(Response.Status.CREATED).entity(users.add(user)).build();
    }
}
