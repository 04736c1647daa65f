package org.tidemark.security;

import java.util.List;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tidemark.domain.DomainException;
import org.tidemark.domain.RegistryChange;
import org.tidemark.registry.RegistryHistory;

/** User management, for administrators. */
@ApplicationScoped
@Transactional
public class Users {

    private final RegistryHistory history;

    Users(RegistryHistory history) {
        this.history = history;
    }

    /** A user as shown to administrators: never the password hash. */
    public record UserView(long id, String username, String role) {
        static UserView of(User u) {
            return new UserView(u.id, u.username, u.role);
        }
    }

    public UserView add(NewUser in) {
        if (User.findByUsername(in.username()).isPresent()) {
            throw DomainException.conflict("username", "user '" + in.username() + "' exists already");
        }
        UserView added = UserView.of(User.add(in.username(), in.password(), in.role()));
        history.record(RegistryChange.Kind.USER, added.id(), "CREATED", null, added);
        return added;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserView> list() {
        return User.<User>listAll(Sort.by("username")).stream().map(UserView::of).toList();
    }
}
