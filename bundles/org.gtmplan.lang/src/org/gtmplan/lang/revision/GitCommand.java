package org.gtmplan.lang.revision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code git} command to read a repository (never to write one). The command rather than
 * a Java Git library: it reads the repository exactly as the team's Git does (worktrees,
 * alternates, safe.directory, partial clones), and adds nothing to the tool for a few reads.
 */
public final class GitCommand {

    private static final long TIMEOUT_SECONDS = 30;

    private GitCommand() {
    }

    public static Optional<String> run(Path folder, String... args) {
        return run(folder, List.of(args));
    }

    /** Git's trimmed standard output in {@code folder}; empty when git is missing, fails or takes too long. */
    public static Optional<String> run(Path folder, List<String> args) {
        return bytes(folder, args).map(b -> new String(b, StandardCharsets.UTF_8).trim());
    }

    /** Git's standard output as it is (a file's content from {@code git show}). */
    public static Optional<byte[]> bytes(Path folder, List<String> args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(args);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            // Reading must never write: no index refresh, no lock left behind.
            builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
