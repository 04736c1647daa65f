/**
 * Pure chart building and rendering: read-model records in, JFreeChart charts out, drawn to PNG (with an
 * HTML image map) or to SVG through Batik. No Quarkus, JAX-RS or Hibernate here.
 */
package org.tidemark.chart;
