package org.gtmplan.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the {@code .gtm} files a command was given and reads them safely: a folder is searched
 * recursively, and anything that is not a readable UTF-8 plan (missing, binary, not UTF-8,
 * empty, too large) is refused with one line that names the file.
 */
public final class PlanFiles {

    /** Room for a 100,000-task plan (about 6 MB); a larger file is a stray dump, not a plan. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    /** A plan file read into memory, with the name to show the user. */
    public record PlanFile(Path path, String displayName, String text) {
    }

    private final long maxBytes;

    public PlanFiles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Every {@code .gtm} file named or below a named folder, in a stable order. */
    public List<Path> discover(List<Path> arguments) throws InputProblem {
        List<Path> result = new ArrayList<>();
        for (Path argument : arguments) {
            if (!Files.exists(argument)) {
                throw new InputProblem(argument + ": no such file or folder");
            }
            if (Files.isDirectory(argument)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(argument)) {
                    found = walk.filter(p -> p.getFileName().toString().endsWith(".gtm") && Files.isRegularFile(p))
                            .sorted().toList();
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new InputProblem(argument + ": cannot read the folder (" + e.getMessage() + ")");
                }
                if (found.isEmpty()) {
                    throw new InputProblem(argument + ": the folder holds no .gtm file");
                }
                result.addAll(found);
            } else {
                result.add(argument);
            }
        }
        return result.stream().map(Path::normalize).distinct().toList();
    }

    /** Every plan file the arguments name, read and checked; the first unreadable one stops it all. */
    public List<PlanFile> readAll(List<Path> arguments) throws InputProblem {
        List<PlanFile> files = new ArrayList<>();
        for (Path path : discover(arguments)) {
            files.add(read(path));
        }
        return files;
    }

    public PlanFile read(Path path) throws InputProblem {
        String name = displayName(path);
        if (!Files.isReadable(path)) {
            throw new InputProblem(name + ": cannot be read (check its permissions)");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new InputProblem(String.format("%s: the file is %.1f MB, more than the %d MB a plan may have",
                        name, size / 1048576.0, maxBytes / 1048576));
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputProblem(name + ": cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length > maxBytes) {
            throw new InputProblem(name + ": the file grew past the size limit while being read");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputProblem(name + ":" + position(bytes, i) + ": this is a binary file, not a GTM plan");
            }
        }
        String text = decodeUtf8(name, bytes);
        if (text.isBlank()) {
            throw new InputProblem(name + ": the file is empty; a .gtm file holds one plan or one library");
        }
        return new PlanFile(path, name, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static String decodeUtf8(String name, byte[] bytes) throws InputProblem {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes);
            throw new InputProblem(name + ":" + position(bytes, offset)
                    + ": the file is not UTF-8 text; save it as UTF-8 and try again");
        }
    }

    /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    /** "line:column" of a byte offset, counting characters as the editor shows them. */
    private static String position(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return line + ":" + column;
    }

    /** The path as the user would write it: relative to the working folder when it is below it. */
    static String displayName(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        String shown = absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
        return shown.replace('\\', '/');
    }
}
