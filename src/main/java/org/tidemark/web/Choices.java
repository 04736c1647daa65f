package org.tidemark.web;

import java.util.Arrays;
import java.util.List;

import io.quarkus.panache.common.Sort;

import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.Port;
import org.tidemark.domain.Product;
import org.tidemark.domain.Source;
import org.tidemark.domain.StsDirection;
import org.tidemark.domain.Tanker;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.ingest.NewVoyageEvent;

/** What the pickers offer: registered tankers, ports and sources, and the enums' values. */
public record Choices(List<String> tankers, List<String> ports, List<Source> sources) {

    /** Read through Panache, like the registry's own lists. */
    static Choices load() {
        return new Choices(Tanker.<Tanker>listAll(Sort.by("name")).stream().map(t -> t.name).toList(),
                Port.<Port>listAll(Sort.by("name")).stream().map(p -> p.name).toList(),
                Source.listAll(Sort.by("key")));
    }

    public List<String> eventTypes() {
        return names(EventType.values()).stream().filter(t -> !t.equals("RETRACTION")).toList();
    }

    public List<String> evidenceTypes() {
        return names(EvidenceType.values());
    }

    public List<String> precisions() {
        return names(TimePrecision.values());
    }

    public List<String> ladenStates() {
        return names(LadenState.values());
    }

    public List<String> units() {
        return names(VolumeUnit.values());
    }

    public List<String> products() {
        return names(Product.values());
    }

    public List<String> directions() {
        return names(StsDirection.values());
    }

    public List<String> confidences() {
        return List.of("1", "2", "3", "4");
    }

    public String confidenceScale() {
        return NewVoyageEvent.CONFIDENCE_SCALE;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
