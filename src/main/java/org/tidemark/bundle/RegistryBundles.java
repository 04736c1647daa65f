package org.tidemark.bundle;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.tidemark.claim.Claims;
import org.tidemark.claim.NewClaim;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.InputErrors;
import org.tidemark.domain.Port;
import org.tidemark.domain.Source;
import org.tidemark.registry.NewPort;
import org.tidemark.registry.NewSource;
import org.tidemark.registry.NewTanker;
import org.tidemark.registry.Registry;

/**
 * Writes the registry as one {@link RegistryBundle} and registers a bundle, all or nothing, through the same
 * {@link Registry} and {@link Claims} calls the API's POSTs make (so every check is theirs).
 * <p>
 * Ids are not kept: each record is registered anew and gets this installation's id; references between records
 * travel as source keys, port names and tanker names, which the bundle carries beside every id.
 */
@ApplicationScoped
public class RegistryBundles {

    private final Registry registry;
    private final Claims claims;
    private final Validator validator;
    private final Clock clock = Clock.systemUTC();

    RegistryBundles(Registry registry, Claims claims, Validator validator) {
        this.registry = registry;
        this.claims = claims;
        this.validator = validator;
    }

    /** What an import did. */
    public record Report(boolean dryRun, int sources, int ports, int tankers, int claims) {
    }

    /** The whole registry, in the order an import registers it: sources by key, ports by name, tankers, claims. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegistryBundle export() {
        return new RegistryBundle(RegistryBundle.FORMAT, RegistryBundle.VERSION, clock.instant(),
                Source.listAll(Sort.by("key")), Port.listAll(Sort.by("name").and("id")), registry.tankers(),
                claims.claims(null, null));
    }

    /**
     * Registers every record of the bundle in one transaction, or none: the first bad record is a
     * {@link DomainException} naming it and its field ({@code tankers[2].imo}). A dry run checks everything and
     * rolls back.
     */
    @Transactional
    public Report importBundle(RegistryBundleImport bundle, boolean dryRun) {
        if (!RegistryBundle.FORMAT.equals(bundle.format())) {
            throw DomainException.invalid("format", "a registry bundle says \"format\": \"" + RegistryBundle.FORMAT
                    + "\" (as GET /api/export/registry writes it); given: " + bundle.format());
        }
        if (bundle.version() == null || bundle.version() != RegistryBundle.VERSION) {
            throw DomainException.invalid("version", "this Tidemark reads registry bundles of version "
                    + RegistryBundle.VERSION + "; given: " + bundle.version());
        }
        List<NewSource> sources = listOf(bundle.sources());
        List<NewPort> ports = listOf(bundle.ports());
        List<NewTanker> tankers = listOf(bundle.tankers());
        List<NewClaim> claimList = listOf(bundle.claims());
        checkEach("sources", sources, NewSource::key);
        checkEach("ports", ports, NewPort::name);
        checkEach("tankers", tankers, NewTanker::name);
        checkEach("claims", claimList, NewClaim::publisher);
        registerEach("sources", sources, NewSource::key, registry::register);
        registerEach("ports", ports, NewPort::name, registry::register);
        registerEach("tankers", tankers, NewTanker::name, registry::register);
        registerEach("claims", claimList, NewClaim::publisher, claims::record);
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        Log.infof("Registry bundle %s: %d sources, %d ports, %d tankers, %d claims", dryRun ? "checked (dry run)"
                : "imported", sources.size(), ports.size(), tankers.size(), claimList.size());
        return new Report(dryRun, sources.size(), ports.size(), tankers.size(), claimList.size());
    }

    private static <T> List<T> listOf(List<T> given) {
        return Optional.ofNullable(given).orElse(List.of());
    }

    /** Bean validation, as each POST's @Valid does, naming the item: {@code tankers[2].imo}. */
    private <T> void checkEach(String list, List<T> items, Function<T, String> label) {
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                throw DomainException.invalid(list + "[" + i + "]", list + "[" + i + "] is null");
            }
            Set<ConstraintViolation<T>> violations = validator.validate(item);
            Optional<ConstraintViolation<T>> first = violations.stream()
                    .min((a, b) -> InputErrors.field(a).compareTo(InputErrors.field(b)));
            if (first.isPresent()) {
                String field = list + "[" + i + "]." + InputErrors.field(first.get());
                throw DomainException.invalid(field, describe(list, i, label.apply(item)) + ": " + field + " "
                        + first.get().getMessage() + "; nothing was imported");
            }
        }
    }

    /** Registers each item as its POST does; a refusal names the item and field, and rolls everything back. */
    private static <T> void registerEach(String list, List<T> items, Function<T, String> label, Consumer<T> register) {
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            try {
                register.accept(item);
            } catch (DomainException e) {
                String field = list + "[" + i + "]" + (e.field() == null ? "" : "." + e.field());
                throw new DomainException(e.kind(), field, describe(list, i, label.apply(item)) + ": "
                        + e.getMessage() + "; nothing was imported");
            }
        }
    }

    private static String describe(String list, int index, String label) {
        return list + "[" + index + "]" + (label == null ? "" : " (" + label + ")");
    }
}
