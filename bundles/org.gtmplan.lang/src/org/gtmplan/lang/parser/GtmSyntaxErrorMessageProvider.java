package org.gtmplan.lang.parser;

import java.util.Map;
import java.util.regex.Pattern;

import org.antlr.runtime.EarlyExitException;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.Milestone;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.model.NamedElements;
import org.gtmplan.lang.issues.GtmIssueCodes;

/**
 * Says what the parser expected in the words of a plan's author ("expected 'due' but found
 * 'effort'", "expected a date such as 2026-09-08"), never in terms of ANTLR's internals.
 */
public class GtmSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

    private static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("RULE_STRING", "a text in quotes"),
            Map.entry("RULE_ID", "a name"),
            Map.entry("RULE_DATE", "a date such as 2026-09-08"),
            Map.entry("RULE_TIME", "a time such as 10:00"),
            Map.entry("RULE_DURATION", "a duration such as 14d, 5wd, 2w, 2h or 30min"),
            Map.entry("RULE_INT", "a whole number"),
            Map.entry("RULE_DECIMAL", "a number"),
            Map.entry("RULE_PERCENT", "a percentage such as 18%"),
            Map.entry("RULE_ANY_OTHER", "a character that has no meaning here"),
            Map.entry("EOF", "the end of the file"));

    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("ruleName", "a name"),
            Map.entry("ruleQualifiedName", "a name"),
            Map.entry("ruleQualifiedNameWithWildcard", "a package name such as acme.org.people.*"),
            Map.entry("ruleTopElement", "'library' or 'plan'"),
            Map.entry("ruleModel", "'package', 'import', 'library' or 'plan'"),
            Map.entry("rulePlan", "a plan member (product, kind, day0, milestone, gate, workstream, task, msp, meeting, ...) or '}'"),
            Map.entry("rulePlanMember", "a plan member (person, team, holidays, meeting, milestone, gate, workstream, msp, response)"),
            Map.entry("ruleLibraryMember", "'person', 'team', 'holidays' or '}'"),
            Map.entry("ruleDateExpr", "a date: 2026-09-08, T, T-30d or an anchor such as GR2+5wd"),
            Map.entry("ruleSetting", "a setting (launchToSaleMax, supplyLeadTime, companyActivitiesMax, ownerWeeklyMax) or '}'"),
            Map.entry("ruleQuantity", "a quantity: 1000 units, 30000000 CNY or 18%"),
            Map.entry("ruleSignedNumber", "a number"),
            Map.entry("ruleSignedPercent", "a percentage such as 18%"),
            Map.entry("ruleMoney", "an amount with a currency, such as 30000000 CNY"),
            Map.entry("ruleCurrencyCode", "a currency code such as CNY"),
            Map.entry("ruleMetric", "a metric (volume, revenue, leads, opportunities, conversion, share, arr, nps)"),
            Map.entry("ruleRole", "a role (GTM, PMM, PDT, MKT, MO, RETAIL, SALES, SUPPLY, SERVICE, FINANCE)"),
            Map.entry("ruleDay", "a day (MON, TUE, WED, THU, FRI, SAT, SUN)"),
            Map.entry("rulePillar", "a pillar (product, price, place, promotion)"),
            Map.entry("ruleMilestoneKind", "a milestone kind (kickoff, launchEvent, firstSale, ga, eol)"),
            Map.entry("ruleTaskKind", "a task kind (supplyForecast, retailReadiness, salesTraining, websiteReady, hotlineReady, pricingApproval, channelStock)"),
            Map.entry("ruleStatus", "a status (todo, doing, done, blocked)"),
            Map.entry("rulePlanKind", "a plan kind (newProduct, newMarket, feature)"),
            Map.entry("rulePlanLanguage", "a language (en, zh)"),
            Map.entry("ruleActivityLevel", "a level (company, region, customer)"),
            Map.entry("ruleRecurrenceUnit", "week, weeks, month or months"),
            Map.entry("ruleSign", "'+' or '-'"));

    /** What may come before the closing brace of a block, by the rule that parses the block. */
    private static final Map<String, String> BEFORE_CLOSING_BRACE = Map.ofEntries(
            Map.entry("ruleLibrary", "'person', 'team', 'holidays' or '}'"),
            Map.entry("ruleHolidays", "a date such as 2026-10-01 or '}'"),
            Map.entry("ruleSettings", "a setting (launchToSaleMax, supplyLeadTime, companyActivitiesMax, ownerWeeklyMax) or '}'"),
            Map.entry("ruleGate", "'criterion', 'requires' or '}'"),
            Map.entry("ruleWorkstream", "'task' or '}'"),
            Map.entry("ruleTask", "'note', 'checklist' or '}'"),
            Map.entry("ruleMsp", "an msp part (goal, strategy, valueProposition, budget, target, activity) or '}'"));

    /** The clauses of a task, in the only order the grammar accepts (language.md §3). */
    private static final java.util.Set<String> TASK_CLAUSES = java.util.Set.of("owner", "due", "after", "effort", "kind", "status");

    /** A number glued to a currency code lexes as one (bad) duration: {@code 300CNY}. */
    private static final Pattern GLUED_MONEY = Pattern.compile("\\d+[A-Z]{3}");

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        RecognitionException exception = context.getRecognitionException();
        String where = whereDescription(context.getCurrentContext());
        if (exception == null) {
            return new SyntaxErrorMessage(plain(context.getDefaultMessage()) + where, GtmIssueCodes.SYNTAX);
        }
        String rule = parserRuleOf(exception);
        String found = describeFound(exception.token);
        String hint = "";
        String message;
        if (exception instanceof MismatchedTokenException mismatch && mismatch.expecting >= 0
                && mismatch.expecting < context.getTokenNames().length) {
            String expecting = context.getTokenNames()[mismatch.expecting];
            String expected = "'}'".equals(expecting) && BEFORE_CLOSING_BRACE.containsKey(rule)
                    ? BEFORE_CLOSING_BRACE.get(rule) : describeToken(expecting);
            message = "Expected " + expected + " but found " + found;
            // The end-of-file token has no text, and Set.of(...) refuses to look up null.
            if ("ruleWorkstream".equals(rule) && exception.token != null && exception.token.getText() != null
                    && TASK_CLAUSES.contains(exception.token.getText())) {
                hint = ": a task's clauses come in this order: owner, due, after, effort, kind, status";
            }
        } else {
            String expected = rule == null ? null : RULES.get(rule);
            if ("rulePlanKind".equals(rule) && followsMilestoneWithoutKind(context.getCurrentContext())) {
                // `milestone m "M" at T kind launch`: 'kind' could start the plan's kind too, and the
                // parser only tries that one once the word after it is no milestone kind.
                expected = RULES.get("ruleMilestoneKind") + " or " + expected;
            }
            String after = previousToken(exception);
            message = expected == null ? "Unexpected " + found + (after == null ? "" : " after " + after)
                    : "Expected " + expected + " but found " + found;
            if (exception instanceof EarlyExitException && expected == null) {
                message = "Something is missing before " + found;
            }
        }
        if (exception.token != null && exception.token.getText() != null
                && GLUED_MONEY.matcher(exception.token.getText()).matches()) {
            hint = ": put a space between an amount and its currency, as in 300 CNY";
        }
        return new SyntaxErrorMessage(message + where + hint, GtmIssueCodes.SYNTAX);
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
        return new SyntaxErrorMessage(context.getDefaultMessage(), GtmIssueCodes.SYNTAX);
    }

    /**
     * The grammar rule the parser was in when it failed (e.g. {@code ruleMilestoneKind}), read from
     * where the exception was raised: the generated parser has one method per rule. Most decisions
     * of the generated parser carry no description, and the one that does (the plan's member loop)
     * names the first rule of its alternatives, not the rule being parsed.
     */
    private static String parserRuleOf(RecognitionException exception) {
        for (StackTraceElement frame : exception.getStackTrace()) {
            String method = frame.getMethodName();
            if (method.startsWith("rule") && frame.getClassName().contains("InternalGtmParser")) {
                return method;
            }
        }
        return null;
    }

    /** The visible token before the offending one, so "Unexpected 'kickof' after 'kind'" points at the clause. */
    private static String previousToken(RecognitionException exception) {
        if (!(exception.input instanceof org.antlr.runtime.TokenStream tokens)) {
            return null;
        }
        for (int i = exception.index - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.getChannel() == Token.DEFAULT_CHANNEL && token.getType() != Token.EOF) {
                return "'" + token.getText() + "'";
            }
        }
        return null;
    }

    private static boolean followsMilestoneWithoutKind(EObject current) {
        if (current instanceof Plan plan && !plan.getMembers().isEmpty()) {
            EObject last = plan.getMembers().get(plan.getMembers().size() - 1);
            return last instanceof Milestone milestone && !milestone.eIsSet(GtmPackage.Literals.MILESTONE__KIND);
        }
        return false;
    }

    private static String describeToken(String tokenName) {
        String known = TOKENS.get(tokenName);
        return known != null ? known : tokenName;
    }

    private static String describeFound(Token token) {
        if (token == null || token.getType() == Token.EOF) {
            return "the end of the file";
        }
        String text = token.getText();
        if (text == null) {
            return "nothing";
        }
        if (text.startsWith("\"")) {
            return "the text " + (text.length() > 40 ? text.substring(0, 37) + "...\"" : text);
        }
        return "'" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "'";
    }

    private static String whereDescription(EObject current) {
        if (current == null || current.eClass().getName().equals("Model")) {
            return "";
        }
        EObject named = current;
        while (named != null && NamedElements.nameOf(named) == null) {
            named = named.eContainer();
        }
        return named == null ? "" : " (in " + NamedElements.describe(named) + ")";
    }

    private static String plain(String message) {
        return message == null ? "Syntax error" : message;
    }
}
