package org.gtmplan.lang.ui.properties;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;
import org.gtmplan.lang.generator.DocumentPipeline;
import org.gtmplan.lang.ui.GtmUiPlugin;
import org.gtmplan.lang.ui.builder.GenerationSettings;
import org.gtmplan.lang.ui.builder.GtmNature;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Project properties, "GTM Plan": whether the builder regenerates the documents when plans are
 * saved, the folder they go into and their formats. Stored in the project's
 * {@code .settings/org.gtmplan.lang.ui.prefs}, so the team shares them through Git.
 */
public class GenerationPropertyPage extends PropertyPage {

    public static final String ID = "org.gtmplan.lang.ui.properties.generation";

    private static final Map<String, String> FORMAT_LABELS = new LinkedHashMap<>();
    static {
        FORMAT_LABELS.put("html", "HTML checklist");
        FORMAT_LABELS.put("ics", "iCalendar");
        FORMAT_LABELS.put("md", "Markdown");
        FORMAT_LABELS.put("json", "JSON");
    }

    private Button onSave;
    private Text folder;
    private final Map<String, Button> formats = new LinkedHashMap<>();

    private IProject project() {
        return Adapters.adapt(getElement(), IProject.class);
    }

    @Override
    protected Control createContents(Composite parent) {
        GenerationSettings settings = GenerationSettings.of(project());
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);

        onSave = new Button(page, SWT.CHECK);
        onSave.setText("&Generate documents when plans are saved");
        onSave.setSelection(settings.onSave());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(onSave);

        Label folderLabel = new Label(page, SWT.NONE);
        folderLabel.setText("&Output folder:");
        folder = new Text(page, SWT.BORDER | SWT.SINGLE);
        folder.setText(settings.folder());
        folder.setMessage(GenerationSettings.DEFAULT_FOLDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        folder.addModifyListener(e -> check());

        Group formatGroup = new Group(page, SWT.NONE);
        formatGroup.setText("Formats");
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(formatGroup);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(formatGroup);
        for (String format : GtmUiPlugin.get(DocumentPipeline.class).formats()) {
            Button box = new Button(formatGroup, SWT.CHECK);
            box.setText(FORMAT_LABELS.getOrDefault(format, format));
            box.setSelection(settings.formats().isEmpty() || settings.formats().contains(format));
            box.addListener(SWT.Selection, e -> check());
            formats.put(format, box);
        }

        Label rules = new Label(page, SWT.WRAP);
        rules.setText("As gtm generate does: nothing is written while a plan has an error; documents are written only inside "
                + "the output folder, and only when their content changed; no file is ever deleted."
                + (GtmNature.isOn(project()) ? "" : "\n\nDocuments are generated on save in GTM Plan projects only "
                        + "(Configure > Convert to GTM Plan Project); Generate Documents works everywhere."));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).indent(0, 8).applyTo(rules);
        check();
        return page;
    }

    private void check() {
        String problem = GenerationSettings.folderProblem(folder.getText());
        if (problem == null && formats.values().stream().noneMatch(Button::getSelection)) {
            problem = "Choose at least one format";
        }
        setErrorMessage(problem);
        setValid(problem == null);
    }

    @Override
    protected void performDefaults() {
        onSave.setSelection(false);
        folder.setText(GenerationSettings.DEFAULT_FOLDER);
        formats.values().forEach(b -> b.setSelection(true));
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        Set<String> chosen = new LinkedHashSet<>();
        formats.forEach((format, box) -> {
            if (box.getSelection()) {
                chosen.add(format);
            }
        });
        // Every format chosen is stored as "all", so formats added later are generated too.
        Set<String> stored = chosen.size() == formats.size() ? Set.of() : chosen;
        try {
            new GenerationSettings(onSave.getSelection(), folder.getText().trim(), stored).store(project());
            return true;
        } catch (BackingStoreException e) {
            setErrorMessage("Cannot save the settings: " + e.getMessage());
            return false;
        }
    }
}
