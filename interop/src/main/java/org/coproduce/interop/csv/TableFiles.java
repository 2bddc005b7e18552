package org.coproduce.interop.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Puts tables where they are asked for: as files in a folder, or as entries of one ZIP archive
 * whose entries all carry the same given time, so that the same tables give the same bytes. Each
 * file is written whole beside its target and then moved into place, so a reader never sees half
 * a table.
 */
final class TableFiles {
  private TableFiles() {}

  static void toFolder(Map<String, String> tables, Path folder) throws IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IOException(folder + ": is a file, not a folder: name a folder for the tables,"
          + " or a file whose name ends with .zip");
    }
    Files.createDirectories(folder);
    for (Map.Entry<String, String> table : tables.entrySet()) {
      Path target = folder.resolve(table.getKey());
      Path partial = Files.createTempFile(folder, ".coproduce-", ".csv");
      try {
        Files.writeString(partial, table.getValue(), StandardCharsets.UTF_8);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(partial);
      }
    }
  }

  static void toZip(Map<String, String> tables, Path zip, Instant time) throws IOException {
    Path parent = zip.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path partial = Files.createTempFile(parent, ".coproduce-", ".zip");
    try {
      try (OutputStream out = Files.newOutputStream(partial)) {
        toZip(tables, out, time);
      }
      Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  static void toZip(Map<String, String> tables, OutputStream out, Instant time)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    FileTime fileTime = FileTime.from(time);
    for (Map.Entry<String, String> table : tables.entrySet()) {
      ZipEntry entry = new ZipEntry(table.getKey());
      entry.setLastModifiedTime(fileTime);
      zip.putNextEntry(entry);
      zip.write(table.getValue().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    zip.finish();
  }
}
