package org.gtmplan.lang.ui.editor;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;

/** The labels of the editor's actions, as the platform's text actions read them (prefix + "label", ...). */
final class Messages {

    static final ResourceBundle BUNDLE = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                    { "ContentAssistProposal.label", "Content Assist" },
                    { "ContentAssistProposal.tooltip", "Content Assist" },
                    { "ContentAssistProposal.description", "Content Assist" },
                    { "QuickAssist.label", "Quick Fix" },
                    { "QuickAssist.tooltip", "Quick Fix" },
                    { "QuickAssist.description", "Quick Fix" } };
        }
    };

    private Messages() {
    }
}
