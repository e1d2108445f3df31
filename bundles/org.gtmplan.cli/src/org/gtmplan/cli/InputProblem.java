package org.gtmplan.cli;

/** Input the command cannot read at all (missing, binary, not UTF-8...): exit code 2, one clear line. */
public final class InputProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public InputProblem(String message) {
        super(message);
    }
}
