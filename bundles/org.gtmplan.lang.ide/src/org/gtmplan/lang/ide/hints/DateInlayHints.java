package org.gtmplan.lang.ide.hints;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.gtmplan.lang.dates.DateResolver;
import org.gtmplan.lang.dates.ResolvedDates;
import org.gtmplan.lang.gtm.DateExpr;
import org.gtmplan.lang.gtm.Model;
import org.gtmplan.lang.gtm.Plan;

import com.google.inject.Inject;

/**
 * Inlay hints: after every relative date ({@code due GR2+20wd}, {@code at T-32d}) the day it
 * resolves to ({@code Fri 2026-05-08}), so a reader never has to count working days. A plain
 * date gets none: it already says its day. Dates come from the one {@link DateResolver}.
 */
public class DateInlayHints {

    @Inject
    private DateResolver dateResolver;

    /** The hints of the dates whose text ends inside {@code range} (the whole file when null). */
    public List<InlayHint> hints(XtextResource resource, Document document, Range range) {
        List<InlayHint> hints = new ArrayList<>();
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)
                || !(model.getElement() instanceof Plan plan)) {
            return hints;
        }
        ResolvedDates dates = dateResolver.resolve(plan);
        int from = range == null ? 0 : document.getOffSet(range.getStart());
        int to = range == null ? Integer.MAX_VALUE : document.getOffSet(range.getEnd());
        for (var it = plan.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (!(element instanceof DateExpr expression) || expression.getDate() != null) {
                continue;
            }
            LocalDate date = dates.dateOf(expression);
            INode node = NodeModelUtils.findActualNodeFor(expression);
            if (date == null || node == null || node.getEndOffset() < from || node.getEndOffset() > to) {
                continue;
            }
            InlayHint hint = new InlayHint(document.getPosition(node.getEndOffset()),
                    Either.forLeft(date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date));
            hint.setKind(InlayHintKind.Type);
            hint.setPaddingLeft(true);
            hint.setTooltip(dates.describe(date));
            hints.add(hint);
        }
        return hints;
    }
}
