package org.gtmplan.lang.revision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The revision of a set of plan files, read from Git: the time of the newest commit that touched
 * any of them and how many commits did, so calendars can say that an element moved (a later
 * DTSTAMP, a higher SEQUENCE) while the same revision always gives the same bytes. A file with
 * changes not yet committed counts as one revision more, at its modification time. Outside a Git
 * repository, or without a {@code git} command, there is no revision (see {@link GitCommand}).
 */
public final class PlanRevision {

    public record Revision(Instant time, int sequence) {
    }

    private PlanRevision() {
    }

    public static Optional<Revision> of(List<Path> files) {
        Map<Path, List<Path>> byRepository = new LinkedHashMap<>();
        Map<Path, Path> topOfFolder = new LinkedHashMap<>();
        for (Path file : files) {
            Path folder = file.toAbsolutePath().normalize().getParent();
            Path top = topOfFolder.computeIfAbsent(folder, f -> git(f, "rev-parse", "--show-toplevel").map(Path::of).orElse(null));
            if (top == null) {
                return Optional.empty();
            }
            byRepository.computeIfAbsent(top, t -> new ArrayList<>()).add(file.toAbsolutePath().normalize());
        }
        Instant newest = null;
        int sequence = 0;
        for (Map.Entry<Path, List<Path>> repository : byRepository.entrySet()) {
            Path top = repository.getKey();
            List<String> paths = repository.getValue().stream().map(p -> top.relativize(p).toString()).toList();
            Optional<String> time = git(top, concat(List.of("log", "-1", "--format=%ct", "--"), paths));
            Optional<String> count = git(top, concat(List.of("rev-list", "--count", "HEAD", "--"), paths));
            Optional<String> dirty = git(top, concat(List.of("status", "--porcelain", "--"), paths));
            if (count.isEmpty() || dirty.isEmpty()) {
                return Optional.empty();
            }
            Instant committed = time.filter(t -> !t.isEmpty()).map(t -> Instant.ofEpochSecond(Long.parseLong(t))).orElse(Instant.EPOCH);
            int commits = Integer.parseInt(count.get());
            if (!dirty.get().isEmpty()) {
                commits++;
                committed = latest(committed, newestModification(repository.getValue()));
            }
            newest = latest(newest, committed);
            sequence = Math.max(sequence, commits);
        }
        return newest == null ? Optional.empty() : Optional.of(new Revision(newest, sequence));
    }

    private static Instant newestModification(List<Path> files) {
        Instant newest = Instant.EPOCH;
        for (Path file : files) {
            try {
                newest = latest(newest, Files.getLastModifiedTime(file).toInstant());
            } catch (IOException e) {
                // A file that vanished since it was read changes nothing here.
            }
        }
        return newest;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static Optional<String> git(Path folder, String... args) {
        return GitCommand.run(folder, args);
    }

    private static Optional<String> git(Path folder, List<String> args) {
        return GitCommand.run(folder, args);
    }
}
