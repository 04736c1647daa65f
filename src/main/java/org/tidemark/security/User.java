package org.tidemark.security;

import java.util.Optional;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person who uses Tidemark, with a bcrypt password hash and one role. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    public Long id;

    @Username
    public String username;
    @Password
    public String password;
    @Roles
    public String role;

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** Stores a new user with the password hashed by bcrypt. */
    public static User add(String username, String clearPassword, String role) {
        User user = new User();
        user.username = username;
        user.password = BcryptUtil.bcryptHash(clearPassword);
        user.role = role;
        user.persist();
        return user;
    }
}
