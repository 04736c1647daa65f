package org.tidemark.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.tidemark.Wcag;

/**
 * WCAG 2.x contrast of what a page actually shows, read from the browser's computed styles: every visible text (HTML
 * and the charts' SVG text) against the colours painted behind it, the boundaries of form controls and buttons, and
 * the focus indicator of every element the Tab key reaches.
 */
final class Contrast {

    /** One measured pair: what, its colour, the colour behind it, their ratio and the ratio WCAG AA asks for. */
    record Pair(String page, String kind, String what, String foreground, String background, double ratio, double need) {

        boolean passes() {
            return ratio + 1e-9 >= need;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.2f:1 (needs %.1f) %s %s on %s — %s on %s", ratio, need, kind,
                    foreground, background, what, page);
        }
    }

    /** Colour parsing and compositing, and the backdrop an element sits on; the ratio is {@link Wcag}'s, in Java. */
    private static final String COLOURS = """
            function rgba(c) {
              if (!c || c === 'none' || c === 'transparent') { return null; }
              var m = c.match(/rgba?\\(([^)]+)\\)/);
              if (!m) { return null; }
              var p = m[1].split(/[\\s,\\/]+/).filter(function (x) { return x.length; }).map(parseFloat);
              return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
            }
            function over(top, bottom) {
              var a = top[3];
              return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
            }
            function backdrop(el) {
              var chain = [];
              for (var e = el; e; e = e.parentElement) { chain.unshift(e); }
              var bg = [255, 255, 255, 1];
              chain.forEach(function (e) {
                var c = rgba(getComputedStyle(e).backgroundColor);
                if (c && c[3] > 0) { bg = over(c, bg); }
              });
              return bg;
            }
            function hex(c) {
              return '#' + c.slice(0, 3).map(function (x) { return ('0' + Math.round(x).toString(16)).slice(-2); }).join('');
            }
            function visible(el) {
              var s = getComputedStyle(el);
              if (s.visibility !== 'visible' || s.display === 'none') { return false; }
              var r = el.getBoundingClientRect();
              return r.width > 0 && r.height > 0;
            }
            function name(el) {
              var cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
              var text = (el.textContent || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
              return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + cls + ' "' + text + '"';
            }
            function pair(kind, el, fg, bg, need) {
              var seen = over(fg, bg);
              return {kind: kind, what: name(el), fg: hex(seen), bg: hex(bg), need: need};
            }
            """;

    private static final String MEASURE = COLOURS + """
            var out = [];
            document.querySelectorAll('body *').forEach(function (el) {
              var svg = el instanceof SVGElement;
              var tag = el.tagName.toLowerCase();
              if (['script', 'style', 'option', 'title', 'datalist'].indexOf(tag) >= 0) { return; }
              if (svg && tag !== 'text' && tag !== 'tspan') { return; }
              if (el.closest('[disabled], [aria-disabled=true]')) { return; }
              var own = Array.prototype.some.call(el.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });
              var control = ['input', 'select', 'textarea'].indexOf(tag) >= 0 && el.type !== 'hidden' && el.type !== 'checkbox'
                  && el.type !== 'radio' && el.type !== 'file';
              if (!(own || control) || !visible(el)) { return; }
              var s = getComputedStyle(el);
              var fg = rgba(svg ? s.fill : s.color);
              if (!fg) { return; }
              var size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;
              var large = size >= 24 || (bold && size >= 18.66);
              var bg = backdrop(el);
              out.push(pair(large ? 'large text' : 'text', el, fg, bg, large ? 3 : 4.5));
              if (control && el.placeholder && !el.value) {
                var ph = rgba(getComputedStyle(el, '::placeholder').color);
                if (ph) { out.push(pair('placeholder', el, ph, bg, 4.5)); }
              }
              if (control) {
                // the control's boundary against what surrounds it (WCAG 1.4.11: 3:1)
                var border = rgba(s.borderTopColor);
                if (border && parseFloat(s.borderTopWidth) > 0) {
                  out.push(pair('control boundary', el, border, backdrop(el.parentElement), 3));
                }
              }
            });
            document.querySelectorAll('button').forEach(function (el) {
              if (!visible(el) || el.disabled || el.classList.contains('link')) { return; }
              var s = getComputedStyle(el);
              var around = backdrop(el.parentElement);
              // a filled button is told apart by its fill, an unfilled one by its border
              var fill = rgba(s.backgroundColor), border = rgba(s.borderTopColor);
              if (fill && fill[3] > 0) {
                out.push(pair('button boundary', el, fill, around, 3));
              } else if (border && parseFloat(s.borderTopWidth) > 0) {
                out.push(pair('button boundary', el, border, around, 3));
              }
            });
            return out;
            """;

    /**
     * The focused element's indicator: its outline (or, for a chart's SVG link, the stroke its CSS draws around the
     * link's shape) against what is behind it.
     */
    private static final String FOCUSED = COLOURS + """
            var el = document.activeElement;
            if (!el || el === document.body || el === document.documentElement) { return null; }
            var s = getComputedStyle(el);
            if (el.tagName === 'INPUT' && !el.matches(':focus')) {
              // focus on a part the browser draws inside the field (a date field's calendar button): no style to read
              return {id: name(el) + '@inner', inner: true, what: name(el), bg: hex(backdrop(el))};
            }
            var around = backdrop(el instanceof SVGElement ? el.closest('svg').parentElement : el.parentElement);
            var shape = el instanceof SVGElement ? el.querySelector('path') : null;
            var drawn = shape && getComputedStyle(shape).stroke !== 'none' ? rgba(getComputedStyle(shape).stroke)
                : s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? rgba(s.outlineColor) : null;
            var box = el.getBoundingClientRect();
            var id = name(el) + '@' + Math.round(box.left) + ',' + Math.round(box.top + window.scrollY);
            if (!drawn) { return {id: id, kind: 'focus indicator', what: name(el), fg: 'none', bg: hex(around), need: 3}; }
            var p = pair('focus indicator', el, drawn, around, 3);
            p.id = id;
            return p;
            """;

    private Contrast() {
    }

    /** Every text, control and button boundary on the page now open in the browser. */
    @SuppressWarnings("unchecked")
    static List<Pair> measure(Browser browser, String page) {
        List<Map<String, Object>> raw = (List<Map<String, Object>>) browser.driver.executeScript(MEASURE);
        return raw.stream().map(m -> pair(page, m)).toList();
    }

    /**
     * Presses Tab through the page (at most {@code limit} times, stopping when focus leaves the page or comes back to
     * the first element) and measures the focus indicator of each element reached.
     */
    @SuppressWarnings("unchecked")
    static List<Pair> focusIndicators(Browser browser, String page, int limit) {
        browser.driver.executeScript("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();");
        // how each field looks without focus, to find what focus adds to the parts the browser draws itself
        Map<String, BufferedImage> unfocused = new HashMap<>();
        for (WebElement field : browser.driver.findElements(By.cssSelector("input[type=date], input[type=datetime-local]"))) {
            if (field.isDisplayed()) {
                unfocused.put(field.getAttribute("id"), image(field));
            }
        }
        List<Pair> found = new ArrayList<>();
        String first = null;
        for (int i = 0; i < limit; i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            Map<String, Object> m = (Map<String, Object>) browser.driver.executeScript(FOCUSED);
            if (m == null) {
                if (first != null) {
                    break;
                }
                continue;
            }
            if (Boolean.TRUE.equals(m.get("inner"))) {
                found.add(innerIndicator(browser, page, m, unfocused));
                continue;
            }
            String id = (String) m.get("id");
            if (id.equals(first)) {
                break;
            }
            if (first == null) {
                first = id;
            }
            found.add(pair(page, m));
        }
        return found;
    }

    /**
     * The indicator the browser draws on a part of a field that styles cannot reach: the pixels that focus changed,
     * their most common colour against the field's background.
     */
    private static Pair innerIndicator(Browser browser, String page, Map<String, Object> m,
                                       Map<String, BufferedImage> unfocused) {
        WebElement field = browser.driver.switchTo().activeElement();
        BufferedImage before = unfocused.get(field.getAttribute("id"));
        BufferedImage after = image(field);
        int bg = Integer.parseInt(((String) m.get("bg")).substring(1), 16);
        Map<Integer, Integer> changed = new HashMap<>();
        if (before != null && before.getWidth() == after.getWidth() && before.getHeight() == after.getHeight()) {
            for (int y = 0; y < after.getHeight(); y++) {
                for (int x = 0; x < after.getWidth(); x++) {
                    int a = after.getRGB(x, y) & 0xFFFFFF;
                    if (distance(rgb(a), rgb(before.getRGB(x, y) & 0xFFFFFF)) > 48) {
                        changed.merge(a, 1, Integer::sum);
                    }
                }
            }
        }
        String what = m.get("what") + " (the browser's own ring on its inner button)";
        if (changed.isEmpty()) {
            return new Pair(page, "focus indicator", what, "none", (String) m.get("bg"), 1, 3);
        }
        int colour = changed.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return new Pair(page, "focus indicator", what, String.format("#%06x", colour), (String) m.get("bg"),
                Wcag.ratio(colour, bg), Wcag.LARGE_OR_NON_TEXT);
    }

    private static BufferedImage image(WebElement element) {
        try {
            return ImageIO.read(new ByteArrayInputStream(element.getScreenshotAs(OutputType.BYTES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] rgb(int colour) {
        return new int[] {(colour >> 16) & 0xFF, (colour >> 8) & 0xFF, colour & 0xFF};
    }

    private static int distance(int[] a, int[] b) {
        return Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);
    }

    private static Pair pair(String page, Map<String, Object> m) {
        String fg = (String) m.get("fg");
        String bg = (String) m.get("bg");
        double ratio = fg.startsWith("#") ? Wcag.ratio(hex(fg), hex(bg)) : 1;
        return new Pair(page, (String) m.get("kind"), (String) m.get("what"), fg, bg, ratio,
                ((Number) m.get("need")).doubleValue());
    }

    private static int hex(String colour) {
        return Integer.parseInt(colour.substring(1), 16);
    }
}
