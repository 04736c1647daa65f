package org.tidemark.cli;

import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;

import org.tidemark.projection.TankerDerivation;

/** Recomputes all voyages and estimates from the events. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = "Recompute every voyage and cargo estimate from the recorded events.")
public class RebuildCommand implements Callable<Integer> {

    @Inject
    TankerDerivation derivation;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        int voyages = derivation.rebuildAll();
        System.out.printf("Rebuilt %d voyages in %.1f s%n", voyages, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
