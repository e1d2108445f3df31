package org.gtmplan.lang.formatting2;

import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.gtmplan.lang.gtm.Import;
import org.gtmplan.lang.gtm.Library;
import org.gtmplan.lang.gtm.LibraryMember;
import org.gtmplan.lang.gtm.Model;

public class GtmFormatter extends AbstractJavaFormatter {

	protected void format(Model model, IFormattableDocument doc) {
		// TODO: format HiddenRegions around keywords, attributes, cross references, etc. 
		for (Import _import : model.getImports()) {
			doc.format(_import);
		}
		doc.format(model.getElement());
	}

	protected void format(Library library, IFormattableDocument doc) {
		// TODO: format HiddenRegions around keywords, attributes, cross references, etc. 
		for (LibraryMember libraryMember : library.getMembers()) {
			doc.format(libraryMember);
		}
	}
	
	// TODO: implement for Plan, Settings, Holidays, Milestone, Gate, Workstream, Task, Meeting, Msp, Target, Activity
}
