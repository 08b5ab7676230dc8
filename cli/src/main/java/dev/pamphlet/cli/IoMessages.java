package dev.pamphlet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * One plain sentence for an I/O failure. The JDK's messages are often just a path
 * ({@code AccessDeniedException: out/pdf}), which says nothing to someone who is not a
 * programmer.
 */
final class IoMessages {
  private IoMessages() {}

  static String describe(Throwable failure) {
    if (failure instanceof UncheckedIOException unchecked) {
      return describe(unchecked.getCause());
    }
    if (failure instanceof NoSuchFileException e) {
      return "no such file or folder: " + e.getFile();
    }
    if (failure instanceof AccessDeniedException e) {
      return "permission denied: " + e.getFile();
    }
    if (failure instanceof FileAlreadyExistsException e) {
      return "a file is in the way (a folder was expected): " + e.getFile();
    }
    if (failure instanceof NotDirectoryException e) {
      return "not a folder: " + e.getFile();
    }
    if (failure instanceof FileSystemException e && e.getReason() != null) {
      return e.getFile() + ": " + e.getReason();
    }
    if (failure instanceof IOException && failure.getMessage() != null) {
      return failure.getMessage();
    }
    return failure.toString();
  }
}
