package org.gtmplan.lang;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.gtmplan.lang.parser.GtmSyntaxErrorMessageProvider;
import org.gtmplan.lang.parser.GtmValueConverters;
import org.gtmplan.lang.scoping.GtmLinkingDiagnosticMessageProvider;
import org.gtmplan.lang.scoping.GtmLinkingResource;
import org.gtmplan.lang.scoping.GtmQualifiedNameProvider;

/** Binds GTM Plan's own services into the Xtext runtime (headless: no OSGi or UI needed). */
public class GtmRuntimeModule extends AbstractGtmRuntimeModule {

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return GtmQualifiedNameProvider.class;
    }

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return GtmValueConverters.class;
    }

    /**
     * EMF's generic EObjectValidator re-resolves every proxy and checks multiplicities the grammar
     * already guarantees; the linker reports unresolved names. Skipping it saves a full pass
     * over big plans.
     */
    public void configureUseEObjectValidator(com.google.inject.Binder binder) {
        binder.bindConstant().annotatedWith(com.google.inject.name.Names.named(
                org.eclipse.xtext.validation.CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return GtmSyntaxErrorMessageProvider.class;
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return GtmLinkingDiagnosticMessageProvider.class;
    }

    public Class<? extends org.eclipse.xtext.validation.IResourceValidator> bindIResourceValidator() {
        return org.gtmplan.lang.validation.GtmResourceValidator.class;
    }

    public Class<? extends org.eclipse.xtext.resource.EObjectAtOffsetHelper> bindEObjectAtOffsetHelper() {
        return org.gtmplan.lang.resource.GtmEObjectAtOffsetHelper.class;
    }

    /** Fragments that name elements: O(depth) to compute and stable across edits (NameFragmentProvider). */
    public Class<? extends org.eclipse.xtext.resource.IFragmentProvider> bindIFragmentProvider() {
        return org.gtmplan.lang.resource.NameFragmentProvider.class;
    }

    /** One linking scope per plan and reference while a file is linked (GtmLinkingService). */
    @Override
    public Class<? extends org.eclipse.xtext.linking.ILinkingService> bindILinkingService() {
        return org.gtmplan.lang.scoping.GtmLinkingService.class;
    }

    /** A linker that can link only what a partial reparse changed (GtmLazyLinker, GtmLinkingResource.updateKeepingLinks). */
    @Override
    public Class<? extends org.eclipse.xtext.linking.ILinker> bindILinker() {
        return org.gtmplan.lang.scoping.GtmLazyLinker.class;
    }

    /** Builds generate nothing; the documents come from gtm generate (NoBuildOutput). */
    public Class<? extends org.eclipse.xtext.generator.IShouldGenerate> bindIShouldGenerate() {
        return org.gtmplan.lang.generator.NoBuildOutput.class;
    }

    /** Resolves each plan's dates once per gtm generate run, shared by validation and the documents. */
    public Class<? extends org.gtmplan.lang.dates.DateResolver> bindDateResolver() {
        return org.gtmplan.lang.generator.RunScopedDateResolver.class;
    }

    /** Links without rebuilding an error message per resolved reference (GtmLinkingResource). */
    @Override
    public Class<? extends XtextResource> bindXtextResource() {
        return GtmLinkingResource.class;
    }
}
