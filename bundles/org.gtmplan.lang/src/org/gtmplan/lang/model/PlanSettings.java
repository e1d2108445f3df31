package org.gtmplan.lang.model;

import org.gtmplan.lang.time.Duration;
import org.gtmplan.lang.time.DurationUnit;
import org.gtmplan.lang.gtm.CompanyActivitiesMax;
import org.gtmplan.lang.gtm.LaunchToSaleMax;
import org.gtmplan.lang.gtm.OwnerWeeklyMax;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.Setting;
import org.gtmplan.lang.gtm.Settings;
import org.gtmplan.lang.gtm.SupplyLeadTime;

/** A plan's effective {@code settings}: what it wrote, else the defaults of language.md §3. */
public record PlanSettings(Duration launchToSaleMax, Duration supplyLeadTime, int companyActivitiesMax, int ownerWeeklyMax) {

    public static final PlanSettings DEFAULTS = new PlanSettings(new Duration(14, DurationUnit.DAYS),
            new Duration(60, DurationUnit.DAYS), 3, 5);

    public static PlanSettings of(Plan plan) {
        Duration launchToSale = DEFAULTS.launchToSaleMax;
        Duration supplyLead = DEFAULTS.supplyLeadTime;
        int companyMax = DEFAULTS.companyActivitiesMax;
        int ownerMax = DEFAULTS.ownerWeeklyMax;
        for (Settings settings : plan.getSettings()) {
            for (Setting setting : settings.getEntries()) {
                if (setting instanceof LaunchToSaleMax s && s.getValue() instanceof Duration written) {
                    launchToSale = written;
                } else if (setting instanceof SupplyLeadTime s && s.getValue() instanceof Duration written) {
                    supplyLead = written;
                } else if (setting instanceof CompanyActivitiesMax s) {
                    companyMax = s.getValue();
                } else if (setting instanceof OwnerWeeklyMax s) {
                    ownerMax = s.getValue();
                }
            }
        }
        return new PlanSettings(launchToSale, supplyLead, companyMax, ownerMax);
    }
}
