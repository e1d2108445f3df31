package org.gtmplan.lang.validation;

import java.time.LocalDate;

import com.google.inject.Singleton;

/**
 * Options a front end sets for the checks of one run: the date the plan is read "as of"
 * (drives {@code overdue}; without it nothing is overdue, so editors stay quiet).
 */
@Singleton
public class ValidationOptions {

    private volatile LocalDate asOf;

    public LocalDate asOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }
}
