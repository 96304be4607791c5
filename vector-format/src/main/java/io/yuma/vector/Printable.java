package io.yuma.vector;

/**
 * Makes text read from a vector file (a name, a family, a string value) safe to print in a line
 * of output: a name holding a line break or a terminal control sequence could otherwise forge a
 * line of a report, such as a summary.
 */
public final class Printable {
    private Printable() {
    }

    /**
     * Escapes {@code text} for one line: backslash, {@code \n}, {@code \r} and {@code \t} as in
     * Java source, every other control character and the Unicode line and paragraph separators as
     * {@code \}{@code uXXXX}. Text without them comes back unchanged.
     *
     * @param text the text, or null
     * @return the escaped text, one line; {@code "null"} for null
     */
    public static String oneLine(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
