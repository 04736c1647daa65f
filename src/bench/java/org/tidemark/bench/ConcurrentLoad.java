package org.tidemark.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Runs a fixed number of calls from a fixed number of client threads and records each call's latency. */
final class ConcurrentLoad {

    /** One call; returns null when it succeeded, else what went wrong. */
    interface Call {
        String call(int index) throws Exception;
    }

    /** A client thread's own resources (e.g. a JDBC connection), opened before the clock starts. */
    interface ClientFactory {
        Call open(int client) throws Exception;
    }

    /** What one load run gave. */
    record Outcome(List<Double> latenciesMs, long ok, long failed, double seconds, String firstError) {
        double okPerSecond() {
            return ok / seconds;
        }
    }

    private ConcurrentLoad() {
    }

    static Outcome run(int clients, int calls, Call call) throws Exception {
        return runPerClient(clients, calls, client -> call);
    }

    /** Client {@code c} makes calls c, c + clients, c + 2·clients, … ; the clock runs from the common start. */
    static Outcome runPerClient(int clients, int calls, ClientFactory factory) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>(calls));
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Call call = factory.open(client);
            Thread t = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = client; i < calls; i += clients) {
                    long t0 = System.nanoTime();
                    String error;
                    try {
                        error = call.call(i);
                    } catch (Exception e) {
                        error = e.toString();
                    }
                    latencies.add((System.nanoTime() - t0) / 1e6);
                    if (error == null) {
                        ok.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                        firstError.compareAndSet(null, error);
                    }
                }
            }, "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Outcome(new ArrayList<>(latencies), ok.get(), failed.get(), seconds, firstError.get());
    }
}
