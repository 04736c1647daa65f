package org.tidemark.bench;

import java.util.ArrayList;
import java.util.List;

/** Diagnostic: an authenticated request (HTTP Basic, the same credentials each time) beside an unauthenticated one. */
final class AuthFigure implements Figure {

    @Override
    public String name() {
        return "auth";
    }

    @Override
    public String title() {
        return "Authenticated GET /api/tankers/{id} (HTTP Basic) — vs unauthenticated GET /q/health/live (diagnostic)";
    }

    @Override
    public FigureResult run(BenchContext ctx) throws Exception {
        BenchOptions o = ctx.options;
        BenchHttp http = ctx.http();
        BenchHttp anonymous = new BenchHttp(ctx.app().port, null, null);
        int samples = Math.max(50, o.latencySamples / 4);
        List<Double> authed = new ArrayList<>();
        List<Double> open = new ArrayList<>();
        for (int i = 0; i < samples * 2; i++) {
            BenchHttp.Timed a = http.get("/api/tankers/" + (1 + i % o.tankers));
            BenchHttp.Timed h = anonymous.get("/q/health/live");
            if (a.status() != 200 || h.status() != 200) {
                return FigureResult.of(this).failed("answers " + a.status() + " / " + h.status()).build();
            }
            if (i >= samples) {
                authed.add(a.millis());
                open.add(h.millis());
            }
        }
        return FigureResult.of(this).tidemark(Measurement.time("ms", authed)).baseline(Measurement.time("ms", open))
                .note("one client, sequential, the same credentials each time: bcrypt runs once, then"
                        + " VerifiedCredentials remembers them; the difference is the security checks, a transaction and"
                        + " one tanker lookup")
                .build();
    }
}
