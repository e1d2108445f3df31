package org.gtmplan.lang.tests;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The inputs of {@link FuzzTest}, in a fixed order given by a seed: first every prefix of every
 * source cut at a token boundary (what an author has typed so far) and prefixes cut at sampled
 * character offsets (half a keyword, half a date, an open string), shuffled together; then
 * random edits of tokens and lines (deleted, duplicated, swapped, moved), sometimes cut short too.
 */
final class FuzzInputs implements Iterator<FuzzInputs.Input> {

    /** A text that gets parsed, with the unmodified files of its folder loaded beside it. */
    record Source(String name, String text, List<String> siblings) {
    }

    /** One input: its text, the source it came from and how it was made. */
    record Input(Source source, String text, String how) {
    }

    /** The tokens of a source: [start, end) of every visible token, and every token boundary. */
    record Tokens(List<int[]> visible, TreeSet<Integer> boundaries) {
    }

    private static final int CHARACTER_SAMPLES_PER_SOURCE = 120;

    /** Values at the edges: huge numbers and offsets, impossible dates and times, broken strings, stray punctuation. */
    private static final String[] ODD_TOKENS = { "99999999999", "2147483648", "-0", "0", "-1", "999999999999999999999d",
            "2147483647d", "99999999wd", "-5d", "0d", "0wd", "0w", "0h", "0min", "99999h", "5x", "5mins", "300CNY", "1.5",
            "0.0000001", "1e5", "100%", "250%", "-3%", "99999999999999%", "0000-01-01", "9999-12-31", "2026-02-30",
            "2026-13-01", "00:00", "24:00", "23:60", "99:99", "1:00", "T", "T+", "T-", "T+99999999999d", "T-2147483647d",
            "+", "-", "..", ".", ".*", ",", "{", "}", "{}", "\"", "\"\"", "\"\\u12\"", "\"\\q\"", "\"a\\\"",
            "\"\\", "/*", "*/", "//", "%", "@", "#", "\u0000", "\t", "\r\n", "\u00e9", "ÄÖÜ", "上市", "GR1", "GR9",
            "kickoff", "firstSale", "launchEvent", "eol", "ga", "plan", "library", "package", "import", "person", "team",
            "task", "due", "after", "effort", "kind", "status", "owner", "workstream", "gate", "milestone", "msp",
            "meeting", "response", "settings", "workdays", "holidays", "day0", "within", "every", "MON..SUN", "SUN..MON",
            "USD", "XYZ", "units", "expects", "budget", "target", "activity", "level", "at", "from", "to", "until", "by" };

    private final List<Source> sources;
    private final List<Tokens> tokens;
    private final Random random;
    private final Set<String> seen = new java.util.HashSet<>();
    private final List<Input> prefixes = new ArrayList<>();
    private int nextPrefix;
    private final int mutationLimit;
    private int mutations;
    private Input pending;

    FuzzInputs(List<Source> sources, List<Tokens> tokens, long seed, int mutationLimit) {
        this.sources = sources;
        this.tokens = tokens;
        this.random = new Random(seed);
        this.mutationLimit = mutationLimit;
        for (int s = 0; s < sources.size(); s++) {
            Source source = sources.get(s);
            for (int boundary : tokens.get(s).boundaries()) {
                prefixes.add(new Input(source, source.text().substring(0, boundary), "prefix at token boundary " + boundary));
            }
            for (int i = 0; i < CHARACTER_SAMPLES_PER_SOURCE; i++) {
                int offset = random.nextInt(source.text().length() + 1);
                prefixes.add(new Input(source, source.text().substring(0, offset), "prefix at character " + offset));
            }
        }
        // Spread the prefixes over all sources and lengths, so that a run cut short by its budget
        // still saw every part of every file.
        java.util.Collections.shuffle(prefixes, random);
    }

    int prefixCount() {
        return prefixes.size();
    }

    @Override
    public boolean hasNext() {
        while (pending == null) {
            Input candidate;
            if (nextPrefix < prefixes.size()) {
                candidate = prefixes.get(nextPrefix++);
            } else if (mutations < mutationLimit) {
                mutations++;
                candidate = mutate();
            } else {
                return false;
            }
            if (seen.add(candidate.text())) {
                pending = candidate;
            }
        }
        return true;
    }

    @Override
    public Input next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Input result = pending;
        pending = null;
        return result;
    }

    private Input mutate() {
        int s = random.nextInt(sources.size());
        Source source = sources.get(s);
        String text = source.text();
        Tokens t = tokens.get(s);
        if (random.nextInt(4) == 0) {
            int offset = random.nextInt(text.length() + 1);
            return new Input(source, text.substring(0, offset), "prefix at character " + offset);
        }
        StringBuilder how = new StringBuilder();
        String mutated = edit(text, t, how);
        if (random.nextInt(4) == 0) {
            // A second edit, on the text as it now is (its lines; its tokens are those of the source).
            mutated = editLines(mutated, how);
        }
        if (random.nextInt(3) == 0) {
            int offset = random.nextInt(mutated.length() + 1);
            mutated = mutated.substring(0, offset);
            how.append(", cut at character ").append(offset);
        }
        return new Input(source, mutated, how.toString());
    }

    private String edit(String text, Tokens t, StringBuilder how) {
        List<int[]> visible = t.visible();
        if (visible.size() < 2 || random.nextInt(3) == 0) {
            return editLines(text, how);
        }
        int i = random.nextInt(visible.size() - 1);
        int[] a = visible.get(i);
        String tokenA = text.substring(a[0], a[1]);
        switch (random.nextInt(8)) {
            case 0 -> {
                how.append("token ").append(i).append(" '").append(tokenA).append("' deleted");
                return text.substring(0, a[0]) + text.substring(a[1]);
            }
            case 1 -> {
                how.append("token ").append(i).append(" '").append(tokenA).append("' duplicated");
                return text.substring(0, a[1]) + " " + tokenA + text.substring(a[1]);
            }
            case 2 -> {
                int[] b = visible.get(i + 1);
                how.append("tokens ").append(i).append(" and ").append(i + 1).append(" swapped");
                return swap(text, a, b);
            }
            case 3 -> {
                int j = random.nextInt(visible.size());
                if (j == i) {
                    j = i + 1;
                }
                int[] first = visible.get(Math.min(i, j));
                int[] second = visible.get(Math.max(i, j));
                how.append("tokens ").append(i).append(" and ").append(j).append(" swapped");
                return swap(text, first, second);
            }
            case 4 -> {
                int end = visible.get(Math.min(visible.size() - 1, i + random.nextInt(5))) [1];
                how.append("tokens from ").append(i).append(" to offset ").append(end).append(" deleted");
                return text.substring(0, a[0]) + text.substring(end);
            }
            case 6 -> {
                // A value of the same kind at its edges: a date that is no day, an hour past 23, a huge offset...
                String[] alike = alike(tokenA);
                String odd = alike[random.nextInt(alike.length)];
                how.append("token ").append(i).append(" '").append(tokenA).append("' replaced by '").append(odd).append("'");
                return text.substring(0, a[0]) + odd + text.substring(a[1]);
            }
            case 7 -> {
                // A value at the edge of what the lexer accepts, in place of a token or before it.
                String odd = ODD_TOKENS[random.nextInt(ODD_TOKENS.length)];
                boolean replace = random.nextBoolean();
                how.append("token ").append(i).append(" '").append(tokenA).append(replace ? "' replaced by '" : "' preceded by '")
                        .append(odd).append("'");
                return text.substring(0, a[0]) + odd + (replace ? "" : " " + tokenA) + text.substring(a[1]);
            }
            default -> {
                int target = visible.get(random.nextInt(visible.size()))[0];
                String without = text.substring(0, a[0]) + text.substring(a[1]);
                int at = target > a[0] ? target - tokenA.length() : target;
                at = Math.max(0, Math.min(at, without.length()));
                how.append("token ").append(i).append(" '").append(tokenA).append("' moved to offset ").append(at);
                return without.substring(0, at) + tokenA + " " + without.substring(at);
            }
        }
    }

    private static String[] alike(String token) {
        if (token.matches("\\d{4}-\\d\\d-\\d\\d")) {
            return new String[] { "2026-02-29", "2028-02-29", "2026-04-31", "0000-01-01", "9999-12-31", "2026-00-10", "1970-01-01" };
        } else if (token.matches("\\d+:\\d\\d")) {
            return new String[] { "00:00", "23:59", "24:00", "12:60", "99:99", "7:30", "0:00" };
        } else if (token.matches("\\d+[a-zA-Z]+")) {
            return new String[] { "0d", "0wd", "0w", "0h", "0min", "1min", "2147483647d", "999999999d", "99999999wd", "9999999w",
                    "99999h", "5x", "5mins", "5D", "5WD", "365d", "3650wd", "300CNY" };
        } else if (token.matches("\\d+(\\.\\d+)?%")) {
            return new String[] { "0%", "100%", "100.0001%", "250%", "99999999999999999999%", "0.5%" };
        } else if (token.matches("\\d+(\\.\\d+)?")) {
            return new String[] { "0", "1", "2147483647", "2147483648", "99999999999999999999999", "0.0000001", "1.5", "007" };
        } else if (token.startsWith("\"")) {
            return new String[] { "\"\"", "\"", "\"\\u00e9\"", "\"\\u12\"", "\"\\\"", "\"<script>x</script>\"",
                    "\"a\\nb\\tc\"", "\"上市\"", "\"\\q\"" };
        }
        return new String[] { "T", "GR1", "GR2", "GR4", "GR6", "GR9", "kickoff", "x", "_", "a1", "plan", "task", "due", "MON",
                "USD", "product" };
    }

    private static String swap(String text, int[] first, int[] second) {
        return text.substring(0, first[0]) + text.substring(second[0], second[1]) + text.substring(first[1], second[0])
                + text.substring(first[0], first[1]) + text.substring(second[1]);
    }

    private String editLines(String text, StringBuilder how) {
        List<String> lines = new ArrayList<>(List.of(text.split("(?<=\n)")));
        if (lines.isEmpty()) {
            return text;
        }
        if (how.length() > 0) {
            how.append(", then ");
        }
        int i = random.nextInt(lines.size());
        switch (random.nextInt(4)) {
            case 0 -> {
                how.append("line ").append(i + 1).append(" deleted");
                lines.remove(i);
            }
            case 1 -> {
                how.append("line ").append(i + 1).append(" duplicated");
                lines.add(i, lines.get(i));
            }
            case 2 -> {
                int j = Math.min(lines.size() - 1, i + 1);
                how.append("lines ").append(i + 1).append(" and ").append(j + 1).append(" swapped");
                java.util.Collections.swap(lines, i, j);
            }
            default -> {
                int j = random.nextInt(lines.size());
                how.append("lines ").append(i + 1).append(" and ").append(j + 1).append(" swapped");
                java.util.Collections.swap(lines, i, j);
            }
        }
        return String.join("", lines);
    }
}
