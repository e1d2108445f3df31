package org.gtmplan.studio.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A command run to its end within a bounded time; killed with its children when it takes longer. */
final class Command {

    record Result(int exitCode, String output) {
    }

    private Command() {
    }

    static Result run(Path folder, Duration limit, String... command) throws IOException, InterruptedException {
        return run(folder, limit, List.of(command));
    }

    static Result run(Path folder, Duration limit, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("gtm-command", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process);
                throw new AssertionError(String.join(" ", command) + " did not finish within " + limit.toSeconds() + " s:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Kills a process and everything it started, and waits (bounded) until they are gone. */
    static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
