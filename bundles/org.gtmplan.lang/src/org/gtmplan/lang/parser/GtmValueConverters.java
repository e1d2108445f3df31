package org.gtmplan.lang.parser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractLexerBasedConverter;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.gtmplan.lang.time.CalendarDay;
import org.gtmplan.lang.time.Duration;

/**
 * Reads the values of language.md §2 and explains, in the author's words, a value that is not
 * one: an unknown duration unit, an hour past 23, an escape that does not exist, a missing
 * closing quote. These become syntax errors at the exact place. Durations, dates and times are
 * read here once, into the model's values (model/GtmTypes.ecore); nothing else reads their text.
 */
public class GtmValueConverters extends DefaultTerminalConverters {

    @Override
    @ValueConverter(rule = "STRING")
    public IValueConverter<String> STRING() {
        return new StringConverter();
    }

    /** A DURATION as a value: {@code 14d}, {@code 3wd}; written back as {@code 14d} ({@link Duration#toString()}). */
    @ValueConverter(rule = "DURATION")
    public IValueConverter<Duration> DURATION() {
        return new AbstractNullSafeConverter<>() {
            @Override
            protected Duration internalToValue(String text, INode node) {
                try {
                    return Duration.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new ValueConverterException(e.getMessage(), node, null);
                }
            }

            @Override
            protected String internalToString(Duration value) {
                return value.toString();
            }
        };
    }

    /**
     * A DATE as a day. Text that names no day ({@code 2026-02-30}) is no syntax error but a check's
     * finding ({@code invalid-date}, language.md §5): it gets no value here, and the checks quote the
     * text as written ({@code WrittenFeatures.unreadText}).
     */
    @ValueConverter(rule = "DATE")
    public IValueConverter<LocalDate> DATE() {
        return new AbstractNullSafeConverter<>() {
            @Override
            protected LocalDate internalToValue(String text, INode node) {
                return CalendarDay.parse(text);
            }

            @Override
            protected String internalToString(LocalDate value) {
                return value.toString();
            }
        };
    }

    /** A TIME as a time of day; written back with two-digit hours ({@code 09:30}). */
    @ValueConverter(rule = "TIME")
    public IValueConverter<LocalTime> TIME() {
        return new AbstractNullSafeConverter<>() {
            @Override
            protected LocalTime internalToValue(String text, INode node) {
                int colon = text.indexOf(':');
                int hours = Integer.parseInt(text.substring(0, colon));
                int minutes = Integer.parseInt(text.substring(colon + 1));
                if (hours > 23 || minutes > 59) {
                    throw new ValueConverterException("'" + text + "' is not a time of day: use 00:00 to 23:59", node, null);
                }
                return LocalTime.of(hours, minutes);
            }

            @Override
            protected String internalToString(LocalTime value) {
                return String.format("%02d:%02d", value.getHour(), value.getMinute());
            }
        };
    }

    @ValueConverter(rule = "SignedPercent")
    public IValueConverter<BigDecimal> SignedPercent() {
        return new AbstractNullSafeConverter<>() {
            @Override
            protected BigDecimal internalToValue(String text, INode node) {
                String digits = text.replace(" ", "").replace("%", "");
                return new BigDecimal(digits);
            }

            @Override
            protected String internalToString(BigDecimal value) {
                return value.toPlainString() + "%";
            }
        };
    }

    @ValueConverter(rule = "SignedNumber")
    public IValueConverter<BigDecimal> SignedNumber() {
        return new AbstractNullSafeConverter<>() {
            @Override
            protected BigDecimal internalToValue(String text, INode node) {
                return new BigDecimal(text.replace(" ", ""));
            }

            @Override
            protected String internalToString(BigDecimal value) {
                return value.toPlainString();
            }
        };
    }

    /** Strings take {@code \"}, {@code \\}, {@code \n}, {@code \t} and {@code \}{@code uXXXX}, and stay on one line. */
    static final class StringConverter extends AbstractLexerBasedConverter<String> {

        @Override
        protected String toEscapedString(String value) {
            StringBuilder result = new StringBuilder("\"");
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> result.append("\\\"");
                    case '\\' -> result.append("\\\\");
                    case '\n' -> result.append("\\n");
                    case '\t' -> result.append("\\t");
                    case '\r' -> result.append("\\u000D");
                    default -> result.append(c);
                }
            }
            return result.append('"').toString();
        }

        @Override
        public String toValue(String text, INode node) {
            if (text == null) {
                return null;
            }
            if (text.length() < 2 || !text.endsWith("\"") || endsWithEscapedQuote(text)) {
                throw new ValueConverterException("This text has no closing quote: end it with \" on the same line", node, null);
            }
            StringBuilder value = new StringBuilder(text.length());
            int end = text.length() - 1;
            for (int i = 1; i < end; i++) {
                char c = text.charAt(i);
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                char escape = text.charAt(++i);
                switch (escape) {
                    case '"' -> value.append('"');
                    case '\\' -> value.append('\\');
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'u' -> {
                        String hex = i + 4 < end + 1 ? text.substring(i + 1, Math.min(i + 5, end)) : "";
                        if (hex.length() != 4 || !hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                            throw new ValueConverterException("\\u must be followed by four hex digits, as in \\u00E9", node, null);
                        }
                        value.append((char) Integer.parseInt(hex, 16));
                        i += 4;
                    }
                    default -> throw new ValueConverterException("'\\" + escape
                            + "' is not an escape: use \\\" \\\\ \\n \\t or \\uXXXX", node, null);
                }
            }
            return value.toString();
        }

        /** {@code "abc\"} ends with an escaped quote: the string itself is not closed. */
        private static boolean endsWithEscapedQuote(String text) {
            int backslashes = 0;
            for (int i = text.length() - 2; i > 0 && text.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }
    }
}
