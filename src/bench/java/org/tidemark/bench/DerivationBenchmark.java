package org.tidemark.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.tidemark.derive.DerivationEvent;
import org.tidemark.derive.DerivedVoyage;
import org.tidemark.derive.EstimationSettings;
import org.tidemark.derive.EventOrder;
import org.tidemark.derive.TankerParticulars;
import org.tidemark.derive.VoyageDeriver;

/** JMH: deriving one synthetic tanker's voyages and estimates from its events in recording order, and the bare sort of the same events. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DerivationBenchmark {

    @Param("1000000")
    public int events;
    @Param("500")
    public int tankers;
    @Param("20240307")
    public long seed;

    private List<DerivationEvent> tankerEvents;
    private TankerParticulars particulars;
    private VoyageDeriver deriver;

    @Setup
    public void setUp() {
        SyntheticFleet fleet = new SyntheticFleet(events, tankers, seed);
        // Recording order is arbitrary (derivation must not depend on it): shuffle, deterministically.
        List<DerivationEvent> events = new ArrayList<>(fleet.eventsOf(0).stream().map(SyntheticEvent::derivationEvent).toList());
        Collections.shuffle(events, new Random(seed));
        tankerEvents = List.copyOf(events);
        SyntheticFleet.TankerRef t = fleet.tankers.get(0);
        particulars = new TankerParticulars(t.id(), t.deadweightT(), t.cargoCapacityT(), t.tpcTonnesPerCm(),
                t.ballastDraftM());
        deriver = new VoyageDeriver(EstimationSettings.DEFAULTS);
    }

    @Benchmark
    public List<DerivedVoyage> derive() {
        return deriver.derive(particulars, tankerEvents);
    }

    /** The floor: putting the same events in derivation order, which any derivation must do. */
    @Benchmark
    public List<DerivationEvent> sortOnly() {
        List<DerivationEvent> copy = new ArrayList<>(tankerEvents);
        copy.sort(EventOrder.BY_CONTENT);
        return copy;
    }
}
