package org.tidemark.api;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.tidemark.chart.MapArea;

/** The HTML pages of charts, rendered by Qute from {@code templates/charts/}; Qute escapes every value. */
@CheckedTemplate(basePath = "charts")
final class ChartPages {

    private ChartPages() {
    }

    /**
     * A PNG chart inlined with its clickable image map.
     *
     * @param name  the chart's name: the page title and the image's alt text; the map is {@code name-map}
     * @param png   the PNG, base64-encoded
     * @param areas the map's areas, topmost first
     */
    static native TemplateInstance imageMap(String name, String png, int width, int height, List<MapArea> areas);
}
