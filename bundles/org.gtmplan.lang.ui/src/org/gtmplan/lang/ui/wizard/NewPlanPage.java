package org.gtmplan.lang.ui.wizard;

import java.time.LocalDate;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.gtmplan.lang.time.CalendarDay;
import org.gtmplan.lang.template.PlanTemplate;

/** The New Plan wizard's page: the folder, the plan's name and its launch day (day 0). */
public class NewPlanPage extends WizardPage {

    private final IStructuredSelection selection;
    private Text folder;
    private Text name;
    private Text day0;

    NewPlanPage(IStructuredSelection selection) {
        super("newPlan");
        this.selection = selection;
        setTitle("GTM Plan");
        setDescription("A new launch plan from the IPMS template (kickoff, GR2, GR4, the 4P workstreams, the MSP, two meetings), as gtm new writes it.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));

        new Label(body, SWT.NONE).setText("&Folder:");
        folder = new Text(body, SWT.BORDER | SWT.SINGLE);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        folder.setText(initialFolder());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("B&rowse...");
        browse.addListener(SWT.Selection, event -> browse());

        new Label(body, SWT.NONE).setText("Plan &name:");
        name = new Text(body, SWT.BORDER | SWT.SINGLE);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        name.setMessage("letters, digits and _, e.g. MateX");

        new Label(body, SWT.NONE).setText("&Launch day (day 0):");
        day0 = new Text(body, SWT.BORDER | SWT.SINGLE);
        day0.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        day0.setText(PlanTemplate.defaultDay0(LocalDate.now()).toString());
        day0.setMessage("YYYY-MM-DD");

        folder.addModifyListener(event -> validate());
        name.addModifyListener(event -> validate());
        day0.addModifyListener(event -> validate());
        setControl(body);
        validate();
        name.setFocus();
    }

    /** The folder of the selected resource (the resource itself when it is a folder or project). */
    private String initialFolder() {
        Object first = selection == null ? null : selection.getFirstElement();
        IResource resource = first instanceof IResource r ? r
                : first instanceof org.eclipse.core.runtime.IAdaptable adaptable ? adaptable.getAdapter(IResource.class) : null;
        if (resource == null) {
            return "";
        }
        IContainer container = resource instanceof IContainer c ? c : resource.getParent();
        return container.getFullPath().makeRelative().toString();
    }

    private void browse() {
        ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), container(), false, "Choose the folder of the plan:");
        if (dialog.open() == Window.OK && dialog.getResult().length > 0) {
            folder.setText(((IPath) dialog.getResult()[0]).makeRelative().toString());
        }
    }

    /** Says what is missing or wrong, first problem first; the page is complete when nothing is. */
    private void validate() {
        String problem = problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    private String problem() {
        IContainer container = container();
        if (folder.getText().isBlank()) {
            return "Choose the folder of the plan.";
        }
        if (container == null || !container.isAccessible()) {
            return "The folder '" + folder.getText() + "' is not an open project or folder of the workspace.";
        }
        if (name.getText().isEmpty()) {
            return "Give the plan a name.";
        }
        String nameProblem = PlanTemplate.nameProblem(name.getText());
        if (nameProblem != null) {
            return nameProblem + ".";
        }
        if (CalendarDay.parse(day0.getText().trim()) == null) {
            return "'" + day0.getText() + "' is not a calendar day (write YYYY-MM-DD).";
        }
        IFile target = target();
        if (target.exists() || target.getLocation() != null && target.getLocation().toFile().exists()) {
            return target.getFullPath().makeRelative() + " already exists; the wizard never overwrites a file.";
        }
        return null;
    }

    private IContainer container() {
        String path = folder.getText().trim();
        if (path.isEmpty()) {
            return null;
        }
        IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(path));
        return resource instanceof IContainer c ? c : null;
    }

    /** The file the plan goes to. */
    IFile target() {
        return container().getFile(IPath.fromOSString(PlanTemplate.fileName(name.getText())));
    }

    String planName() {
        return name.getText();
    }

    LocalDate day0() {
        return CalendarDay.parse(day0.getText().trim());
    }

    /** The fields, for tests that fill the page as a person would. */
    public Text folderField() {
        return folder;
    }

    public Text nameField() {
        return name;
    }

    public Text day0Field() {
        return day0;
    }
}
