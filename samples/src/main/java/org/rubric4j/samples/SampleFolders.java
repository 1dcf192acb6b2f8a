package org.rubric4j.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The folders of {@code rubric4j-samples} ({@code rubrics}, {@code samples}) as directories of
 * files, found on the test class path: no test reaches into another module's folder.
 *
 * <p>When the class path holds the folder itself (an IDE, {@code mvn test}) that folder is the
 * answer; when it holds the samples jar (a reactor build that has packaged it), the folder's
 * files are copied once per run to {@code target/class-path/NAME} below the working directory.
 * Meant for tests and tools of rubric4j's own modules; thread-safe.
 */
public final class SampleFolders {

  private static final Map<String, Path> FOLDERS = new HashMap<>();

  private SampleFolders() {}

  /** The class-path folder {@code name}, such as {@code rubrics}, as a directory. */
  public static synchronized Path of(String name) {
    return FOLDERS.computeIfAbsent(name, SampleFolders::resolve);
  }

  private static Path resolve(String name) {
    URL url = SampleFolders.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalStateException("/" + name + " is not on the test class path; add rubric4j-samples (test scope)");
    }
    try {
      URI uri = url.toURI();
      if (!uri.getScheme().equals("jar")) {
        return Path.of(uri);
      }
      Path copy = Path.of("target", "class-path", name);
      if (Files.exists(copy)) {
        try (Stream<Path> old = Files.walk(copy)) {
          for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of());
          Stream<Path> entries = Files.walk(jar.getPath("/" + name))) {
        List<Path> files = entries.filter(Files::isRegularFile).toList();
        Path folder = jar.getPath("/" + name);
        for (Path file : files) {
          Path target = copy.resolve(folder.relativize(file).toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
