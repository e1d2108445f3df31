package org.gtmplan.lang.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;
import org.gtmplan.lang.dates.DateProblem;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.HolidayRange;
import org.gtmplan.lang.gtm.Library;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.model.NamedElements;
import org.gtmplan.lang.model.PlanTimeZone;
import org.gtmplan.lang.model.WrittenFeatures;
import org.gtmplan.lang.issues.GtmIssueCodes;


/**
 * The checks of language.md §5. This class holds the structural ones (names, dates and their
 * anchors); the launch-process rules live in the rule sets composed below, one topic each.
 * Each rule is one {@code @Check} method reporting one code from {@link GtmIssueCodes}.
 * Unresolved references are reported by the linker ({@code GtmLinkingDiagnosticMessageProvider}).
 */
@ComposedChecks(validators = { MilestoneChecks.class, WorkstreamChecks.class, DependencyChecks.class,
        ReadinessChecks.class, MarketingPlanChecks.class })
public class GtmValidator extends AbstractPlanCheck {

    @Check
    public void checkDates(Plan plan) {
        for (DateProblem problem : analysis(plan).dates().problems()) {
            report(problem.message(), problem.element(), problem.feature(), problem.code());
        }
    }

    @Check
    public void checkDay0IsCalendarDay(Plan plan) {
        // The value converter gives a DATE that names no calendar day no value; its text is quoted as written.
        String day0 = WrittenFeatures.unreadText(plan, GtmPackage.Literals.PLAN__DAY0);
        if (day0 != null) {
            report("day0 '" + day0 + "' is not a calendar day", GtmPackage.Literals.PLAN__DAY0,
                    GtmIssueCodes.INVALID_DATE);
        }
    }

    /** Calendars place meetings in the plan's zone; a zone Java does not know would silently become UTC. */
    @Check
    public void checkTimezone(Plan plan) {
        String zone = plan.getTimezone();
        if (zone == null) {
            return;
        }
        if (PlanTimeZone.parse(zone).isEmpty()) {
            report("'" + zone + "' is not an IANA time zone (such as Asia/Shanghai, Europe/Berlin or UTC)",
                    GtmPackage.Literals.PLAN__TIMEZONE, GtmIssueCodes.INVALID_TIMEZONE);
        }
    }

    @Check
    public void checkHolidayIsCalendarDay(HolidayRange holiday) {
        String from = WrittenFeatures.unreadText(holiday, GtmPackage.Literals.HOLIDAY_RANGE__FROM);
        if (from != null) {
            report("Holiday '" + from + "' is not a calendar day", GtmPackage.Literals.HOLIDAY_RANGE__FROM,
                    GtmIssueCodes.INVALID_DATE);
        }
        String to = WrittenFeatures.unreadText(holiday, GtmPackage.Literals.HOLIDAY_RANGE__TO);
        if (to != null) {
            report("Holiday '" + to + "' is not a calendar day", GtmPackage.Literals.HOLIDAY_RANGE__TO,
                    GtmIssueCodes.INVALID_DATE);
        }
    }

    @Check(CheckType.FAST)
    public void checkUniqueNames(Plan plan) {
        reportDuplicates(plan);
    }

    @Check(CheckType.FAST)
    public void checkUniqueNames(Library library) {
        reportDuplicates(library);
    }

    /** One pass with a hash map: each name after the first of its kind in a plan or library is reported. */
    private void reportDuplicates(EObject container) {
        Map<String, EObject> first = new HashMap<>();
        for (EObject element : NamedElements.of(container)) {
            String name = NamedElements.nameOf(element);
            if (name == null) {
                continue;
            }
            EObject previous = first.putIfAbsent(name, element);
            if (previous != null) {
                report("Duplicate name '" + name + "': " + NamedElements.describe(previous) + " already has it (line "
                        + NamedElements.line(previous) + ")", element, NamedElements.nameFeature(element),
                        GtmIssueCodes.DUPLICATE_NAME);
            }
        }
    }
}
