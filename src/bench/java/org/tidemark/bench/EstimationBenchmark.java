package org.tidemark.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import org.tidemark.derive.CargoEstimator;
import org.tidemark.derive.DerivationEvent;
import org.tidemark.derive.DerivedVoyage;
import org.tidemark.derive.EstimationSettings;
import org.tidemark.derive.TankerParticulars;
import org.tidemark.derive.VoyageDeriver;

/** JMH: estimating the cargo of each of one synthetic tanker's voyages from its supporting events. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EstimationBenchmark {

    @Param("1000000")
    public int events;
    @Param("500")
    public int tankers;
    @Param("20240307")
    public long seed;

    private List<List<DerivationEvent>> voyages;
    private List<TankerParticulars> particulars;
    private CargoEstimator estimator;

    @Setup
    public void setUp() {
        SyntheticFleet fleet = new SyntheticFleet(events, tankers, seed);
        SyntheticFleet.TankerRef t = fleet.tankers.get(0);
        TankerParticulars known = new TankerParticulars(t.id(), t.deadweightT(), t.cargoCapacityT(),
                Math.round(t.deadweightT() / 40.0) / 10.0, 3.2);
        List<DerivationEvent> all = fleet.eventsOf(0).stream().map(SyntheticEvent::derivationEvent).toList();
        Map<Long, DerivationEvent> byId = new HashMap<>();
        all.forEach(e -> byId.put(e.id(), e));
        voyages = new ArrayList<>();
        particulars = new ArrayList<>();
        int i = 0;
        for (DerivedVoyage v : new VoyageDeriver(EstimationSettings.DEFAULTS).derive(known, all)) {
            voyages.add(v.eventIds().stream().map(byId::get).toList());
            // Alternate what is known of the tanker so that all three methods are exercised.
            particulars.add(i++ % 2 == 0 ? known : TankerParticulars.unknown(t.id()));
        }
        estimator = new CargoEstimator(EstimationSettings.DEFAULTS);
    }

    int voyageCount() {
        return voyages.size();
    }

    @Benchmark
    public void estimateEachVoyage(Blackhole bh) {
        for (int i = 0; i < voyages.size(); i++) {
            bh.consume(estimator.estimate(particulars.get(i), voyages.get(i)));
        }
    }
}
