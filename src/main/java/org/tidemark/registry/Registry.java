package org.tidemark.registry;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tidemark.domain.Designation;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.ImoNumber;
import org.tidemark.domain.Port;
import org.tidemark.domain.Source;
import org.tidemark.domain.Tanker;
import org.tidemark.domain.TankerIdentity;
import org.tidemark.ingest.References;

/** Tankers, ports and sources: the things events refer to. */
@ApplicationScoped
@Transactional
public class Registry {

    private final References references;

    Registry(References references) {
        this.references = references;
    }

    public TankerView register(NewTanker in) {
        if (in.imo() != null) {
            if (!ImoNumber.isValid(in.imo())) {
                throw DomainException.invalid("imo", "IMO " + in.imo() + " fails the check digit; check the number");
            }
            Tanker.findByImo(in.imo()).ifPresent(t -> {
                throw DomainException.conflict("imo", "IMO " + in.imo() + " is already registered as tanker " + t.id + " (" + t.name + ")");
            });
        }
        if (!Tanker.listByNameOrAlias(in.name()).isEmpty()) {
            throw DomainException.conflict("name", "a tanker named or aliased '" + in.name()
                    + "' is already registered; add an IMO number or a distinguishing name");
        }
        Tanker t = new Tanker();
        t.name = in.name().strip();
        t.imo = in.imo();
        t.mmsi = in.mmsi();
        t.flag = in.flag();
        t.deadweightT = in.deadweightT();
        t.cargoCapacityT = in.cargoCapacityT();
        t.tpcTonnesPerCm = in.tpcTonnesPerCm();
        t.ballastDraftM = in.ballastDraftM();
        t.illustrative = in.illustrative();
        t.particularsNote = in.particularsNote();
        t.sourceId = sourceId(in.source());
        for (NewTanker.Identity i : Optional.ofNullable(in.identities()).orElse(List.of())) {
            TankerIdentity identity = new TankerIdentity();
            identity.tanker = t;
            identity.kind = i.kind();
            identity.value = i.value().strip();
            identity.validFrom = i.validFrom();
            identity.validTo = i.validTo();
            identity.sourceId = sourceId(i.source());
            t.identities.add(identity);
        }
        for (NewTanker.NewDesignation d : Optional.ofNullable(in.designations()).orElse(List.of())) {
            Designation designation = new Designation();
            designation.tanker = t;
            designation.regime = d.regime();
            designation.listedOn = d.listedOn();
            designation.reference = d.reference();
            designation.sourceId = sourceId(d.source());
            t.designations.add(designation);
        }
        t.persist();
        return TankerView.of(t);
    }

    public Port register(NewPort in) {
        if (Port.findByName(in.name()).isPresent()) {
            throw DomainException.conflict("name", "a port named '" + in.name() + "' is already registered");
        }
        if (in.locode() != null && Port.findByLocode(in.locode()).isPresent()) {
            throw DomainException.conflict("locode", "UN/LOCODE " + in.locode() + " is already registered");
        }
        Port p = new Port();
        p.name = in.name().strip();
        p.locode = in.locode();
        p.country = in.country();
        p.latitude = in.latitude();
        p.longitude = in.longitude();
        p.role = in.role();
        p.persist();
        return p;
    }

    public Source register(NewSource in) {
        if (Source.findByKey(in.key()).isPresent()) {
            throw DomainException.conflict("key", "a source with key '" + in.key() + "' is already registered");
        }
        Source s = new Source();
        s.key = in.key();
        s.publisher = in.publisher();
        s.title = in.title();
        s.url = in.url();
        s.publishedOn = in.publishedOn();
        s.retrievedOn = in.retrievedOn();
        s.illustrative = in.illustrative();
        s.notes = in.notes();
        s.persist();
        return s;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TankerView> tankers() {
        return Tanker.<Tanker>listAll(io.quarkus.panache.common.Sort.by("name")).stream().map(TankerView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TankerView> tanker(long id) {
        return Tanker.<Tanker>findByIdOptional(id).map(TankerView::of);
    }

    private Long sourceId(String reference) {
        return reference == null || reference.isBlank() ? null : references.source(reference).id;
    }
}
