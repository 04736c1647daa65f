package org.tidemark.bench;

/** One benchmark figure: Tidemark measured beside its raw limit in the same run. */
public interface Figure {

    /** Short name used by {@code --only}, e.g. {@code post}. */
    String name();

    /** What is measured and against what, as the report's row title. */
    String title();

    FigureResult run(BenchContext ctx) throws Exception;
}
