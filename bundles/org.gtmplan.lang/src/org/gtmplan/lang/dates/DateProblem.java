package org.gtmplan.lang.dates;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Something the resolver could not turn into a calendar day, with the place to underline.
 *
 * @param code the diagnostic code (see {@code GtmIssueCodes})
 * @param element the element that holds the faulty text
 * @param feature the feature of {@code element} to underline
 * @param message what a launch team reads
 */
public record DateProblem(String code, EObject element, EStructuralFeature feature, String message) {
}
