package org.gtmplan.lang.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.xbase.lib.Pair;
import org.gtmplan.lang.gtm.Activity;
import org.gtmplan.lang.gtm.Criterion;
import org.gtmplan.lang.gtm.DateExpr;
import org.gtmplan.lang.gtm.Gate;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.HolidayRange;
import org.gtmplan.lang.gtm.Holidays;
import org.gtmplan.lang.gtm.Import;
import org.gtmplan.lang.gtm.Library;
import org.gtmplan.lang.gtm.LibraryMember;
import org.gtmplan.lang.gtm.Model;
import org.gtmplan.lang.gtm.Msp;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.PlanMember;
import org.gtmplan.lang.gtm.Setting;
import org.gtmplan.lang.gtm.Settings;
import org.gtmplan.lang.gtm.Target;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.gtm.Workstream;

/**
 * The canonical layout of a .gtm file, the one the shipped examples use: one declaration or
 * clause group per line, blocks indented by four spaces, one space between the words of a line,
 * at most one blank line kept between members, comments kept where they are.
 */
public class GtmFormatter extends AbstractJavaFormatter {

    /** Keywords that start a plan property on its own line. */
    private static final String[] PLAN_PROPERTIES = { "product", "kind", "day0", "timezone", "workdays", "holidays", "language" };

    /** Keywords that start an msp part on its own line. */
    private static final String[] MSP_PARTS = { "goal", "strategy", "valueProposition", "budget" };

    /** Four spaces per level, whatever the caller's default (Xtext's is a tab). */
    @Override
    protected void initialize(org.eclipse.xtext.formatting2.FormatterRequest request) {
        request.setPreferences(new org.eclipse.xtext.preferences.MapBasedPreferenceValues(request.getPreferences(),
                java.util.Map.of(org.eclipse.xtext.formatting2.FormatterPreferenceKeys.indentation.getId(), "    ")));
        super.initialize(request);
    }

    /**
     * In a document with syntax errors (the language server formats those too), the tokens the
     * parser skipped sit among the comments of a hidden region, and Xtext has no replacer for
     * them: it throws. They are kept exactly as written.
     */
    @Override
    public ITextReplacer createCommentReplacer(IComment comment) {
        EObject rule = comment.getGrammarElement();
        if (rule instanceof AbstractRule named && (named.getName().startsWith("ML") || named.getName().startsWith("SL"))) {
            return super.createCommentReplacer(comment);
        }
        return new ITextReplacer() {
            @Override
            public ITextSegment getRegion() {
                return comment;
            }

            @Override
            public ITextReplacerContext createReplacements(ITextReplacerContext context) {
                return context;
            }
        };
    }

    protected void format(Model model, IFormattableDocument doc) {
        ISemanticRegion last = null;
        for (ISemanticRegion region : allSemanticRegions(model)) {
            if (last != null) {
                doc.append(last, this::oneSpaceByDefault);
            }
            last = region;
        }
        if (last != null) {
            doc.append(last, f -> f.setNewLines(1));
        }
        for (ISemanticRegion comma : allRegionsFor(model).keywords(",")) {
            doc.prepend(comma, this::noSpace);
        }
        for (ISemanticRegion dot : allRegionsFor(model).keywords(".", ".*")) {
            doc.surround(dot, this::noSpace);
        }
        boolean header = false;
        if (model.getPackage() != null) {
            header = true;
        }
        for (Import anImport : model.getImports()) {
            boolean first = model.getImports().indexOf(anImport) == 0;
            doc.prepend(anImport, f -> f.setNewLines(first && model.getPackage() != null ? 2 : 1));
            header = true;
        }
        if (model.getElement() != null && header) {
            doc.prepend(model.getElement(), f -> f.setNewLines(2));
        }
        for (var it = model.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            formatBlocks(element, doc);
            formatLines(element, doc);
        }
    }

    /** Every { ... } block: the brace ends its line, the content is indented, the closing brace starts a line. */
    private void formatBlocks(EObject element, IFormattableDocument doc) {
        for (Pair<ISemanticRegion, ISemanticRegion> block : regionFor(element).keywordPairs("{", "}")) {
            doc.append(block.getKey(), this::newLine);
            doc.prepend(block.getValue(), this::newLine);
            doc.interior(block, this::indent);
        }
    }

    private void formatLines(EObject element, IFormattableDocument doc) {
        if (element instanceof PlanMember || element instanceof LibraryMember || element instanceof Settings
                || element instanceof Setting || element instanceof Task || element instanceof Criterion
                || element instanceof HolidayRange || element instanceof Target || element instanceof Activity) {
            doc.prepend(element, this::ownLineKeepingOneBlank);
        }
        if (element instanceof Plan plan) {
            for (ISemanticRegion property : regionFor(plan).keywords(PLAN_PROPERTIES)) {
                doc.prepend(property, this::ownLineKeepingOneBlank);
            }
        } else if (element instanceof Msp msp) {
            for (ISemanticRegion part : regionFor(msp).keywords(MSP_PARTS)) {
                doc.prepend(part, this::ownLineKeepingOneBlank);
            }
        } else if (element instanceof Gate gate) {
            doc.prepend(regionFor(gate).keyword("requires"), this::ownLineKeepingOneBlank);
        } else if (element instanceof Task task) {
            doc.prepend(regionFor(task).keyword("note"), this::ownLineKeepingOneBlank);
            doc.prepend(regionFor(task).keyword("checklist"), this::ownLineKeepingOneBlank);
            for (ISemanticRegion item : regionFor(task).features(GtmPackage.Literals.TASK__CHECKLIST)) {
                doc.prepend(item, this::ownLineKeepingOneBlank);
            }
        } else if (element instanceof DateExpr date) {
            // T-30d, GR2+5wd: an offset is written against its base.
            doc.surround(regionFor(date).feature(GtmPackage.Literals.DATE_EXPR__SIGN), this::noSpace);
        } else if (element instanceof org.gtmplan.lang.gtm.WorkdayRange range) {
            doc.surround(regionFor(range).keyword(".."), this::noSpace);
        } else if (element instanceof Workstream || element instanceof Holidays || element instanceof Library) {
            // Blocks and members are handled above.
        }
    }

    private void oneSpaceByDefault(IHiddenRegionFormatter formatter) {
        formatter.oneSpace();
        formatter.lowPriority();
    }

    /** Wins over the brace's plain new line, so a blank line after '{' or a comment is kept. */
    private void ownLineKeepingOneBlank(IHiddenRegionFormatter formatter) {
        formatter.setNewLines(1, 1, 2);
        formatter.highPriority();
    }
}
