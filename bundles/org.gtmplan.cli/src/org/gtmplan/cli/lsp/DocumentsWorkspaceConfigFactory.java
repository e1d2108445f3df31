package org.gtmplan.cli.lsp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.MultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ISourceFolder;
import org.eclipse.xtext.workspace.IWorkspaceConfig;
import org.eclipse.xtext.workspace.WorkspaceConfig;

/**
 * One project per workspace folder, as in Xtext, plus a project of the open documents that lie
 * in no folder. That project scans nothing from disk: its files are exactly the documents the
 * client opens outside the folders, so with no folder at all (a client that sends no root,
 * "single-file mode") the open documents are the workspace, and a library opened beside a plan
 * serves it. Without it, Xtext finds no project for such a document and never builds it.
 */
public class DocumentsWorkspaceConfigFactory extends MultiRootWorkspaceConfigFactory {

    static final String DOCUMENTS = "documents";

    @Override
    public IWorkspaceConfig getWorkspaceConfig(List<WorkspaceFolder> folders) {
        WorkspaceConfig config = new WorkspaceConfig();
        Set<String> names = new HashSet<>();
        if (folders != null) {
            for (WorkspaceFolder folder : folders) {
                addProjectsForWorkspaceFolder(config, folder, names);
            }
        }
        config.addProject(new DocumentsProject(config, getUniqueProjectName(DOCUMENTS, names)));
        return config;
    }

    /**
     * Contains every URI, and is the shallowest project (the file system root), so Xtext, which
     * gives a document to the deepest project containing it, picks it only outside all folders.
     */
    static final class DocumentsProject implements IProjectConfig, ISourceFolder {
        private static final URI ROOT = URI.createURI("file:///");

        private final IWorkspaceConfig workspace;
        private final String name;

        DocumentsProject(IWorkspaceConfig workspace, String name) {
            this.workspace = workspace;
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public URI getPath() {
            return ROOT;
        }

        @Override
        public Set<? extends ISourceFolder> getSourceFolders() {
            return Set.of(this);
        }

        @Override
        public ISourceFolder findSourceFolderContaining(URI uri) {
            return this;
        }

        @Override
        public boolean contains(URI uri) {
            return true;
        }

        /** Nothing is read from disk: the open documents reach the build through didOpen. */
        @Override
        public List<URI> getAllResources(org.eclipse.xtext.util.IFileSystemScanner scanner) {
            return List.of();
        }

        @Override
        public IWorkspaceConfig getWorkspaceConfig() {
            return workspace;
        }
    }
}
