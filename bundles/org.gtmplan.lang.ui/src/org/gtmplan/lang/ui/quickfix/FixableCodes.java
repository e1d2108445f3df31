package org.gtmplan.lang.ui.quickfix;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.gtmplan.lang.ide.quickfix.GtmQuickfixProvider;

/** The issue codes that have a quick-fix: those of the {@code @QuickFix} methods of {@link GtmQuickfixProvider}. */
final class FixableCodes {

    private static final Set<String> CODES = Arrays.stream(GtmQuickfixProvider.class.getMethods())
            .map(method -> method.getAnnotation(QuickFix.class)).filter(java.util.Objects::nonNull).map(QuickFix::value)
            .collect(Collectors.toUnmodifiableSet());

    private FixableCodes() {
    }

    static boolean contains(String code) {
        return code != null && CODES.contains(code);
    }
}
