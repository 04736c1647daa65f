package org.tidemark.domain;

/**
 * The CSV rule against formula injection (OWASP ASVS 5.0, 1.2.10), both ways. A text cell that a
 * spreadsheet would read as a formula — it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return — is written with a single quote in front. So that the rule can be undone exactly, a text
 * that starts with one or more quotes followed by one of those characters gets one more quote as well.
 * Reading a CSV import reverses it: one leading quote is removed when quotes and then one of those characters
 * start the cell. Numeric cells are never touched (a negative number stays a number).
 */
public final class FormulaCells {

    private FormulaCells() {
    }

    /** The cell as written to a CSV file. */
    public static String neutralise(String text) {
        return text != null && needsQuote(text) ? "'" + text : text;
    }

    /** The text a CSV cell stands for: the inverse of {@link #neutralise}. */
    public static String restore(String cell) {
        return cell != null && cell.startsWith("'") && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean needsQuote(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && isTrigger(text.charAt(i));
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
