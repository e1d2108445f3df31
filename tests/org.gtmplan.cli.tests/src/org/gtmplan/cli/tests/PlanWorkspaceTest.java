package org.gtmplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.gtmplan.cli.PlanFiles;
import org.gtmplan.cli.PlanWorkspace;
import org.gtmplan.lang.generator.DocumentPipeline;
import org.gtmplan.lang.validation.ValidationOptions;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** gtm generate lets the plans' model go once their views are built; the views and the files' names stay. */
class PlanWorkspaceTest {

    @Test
    void releasedModelsAreCollectedAndTheFilesStillNamed() throws Exception {
        Injector injector = new org.gtmplan.lang.GtmStandaloneSetup().createInjectorAndDoEMFRegistration();
        PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class);
        Path examples = CliRunner.examples();
        workspace.load(new PlanFiles(8 << 20).readAll(List.of(examples)), ValidationOptions.DEFAULT);
        assertEquals(List.of(), workspace.validate());
        DocumentPipeline pipeline = injector.getInstance(DocumentPipeline.class);
        DocumentPipeline.Views views = pipeline.views(workspace.resources(), 0);
        Resource planFile = views.resourceOfPlan().get(views.plans().get(0));
        WeakReference<EObject> model = new WeakReference<>(planFile.getContents().get(0));

        workspace.releaseModels();

        for (int i = 0; i < 20 && model.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertNull(model.get(), "the plan's model is still reachable after releaseModels");
        assertEquals("phone-launch.gtm", workspace.fileOf(planFile).path().getFileName().toString());
        assertSame(DocumentPipeline.Documents.class, pipeline.documents(views, java.util.Set.of("html", "ics", "md", "json"),
                org.gtmplan.lang.generator.GenerationOptions.defaults(), document -> {
                }).getClass());
    }
}
