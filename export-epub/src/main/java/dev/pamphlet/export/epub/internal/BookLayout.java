package dev.pamphlet.export.epub.internal;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.xref.Target;
import dev.pamphlet.export.html.UrlParts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each file goes inside the EPUB, and the links between them. Internal: not part of the
 * API.
 *
 * <pre>
 * mimetype
 * META-INF/container.xml
 * EPUB/package.opf            the package document (EPUB 3)
 * EPUB/nav.xhtml              table of contents, landmarks
 * EPUB/toc.ncx                the table of contents for EPUB 2 readers
 * EPUB/styles/booklet.css
 * EPUB/title-page.xhtml
 * EPUB/chapters/&lt;article&gt;.xhtml one per article
 * EPUB/images/&lt;image&gt;          figures and the cover
 * </pre>
 *
 * <p>Paths below are relative to {@code EPUB/}, the package document's folder. Chapter names
 * come from article ids, made safe by {@link FileNames}. A section's element id in a chapter
 * is the section id itself (the HTML renderer writes one article per page without a prefix).
 */
final class BookLayout {
  static final String PACKAGE_FOLDER = "EPUB/";
  static final String PACKAGE_DOCUMENT = "package.opf";
  static final String NAV = "nav.xhtml";
  static final String NCX = "toc.ncx";
  static final String STYLE_SHEET = "styles/booklet.css";
  static final String TITLE_PAGE = "title-page.xhtml";
  static final String CHAPTER_FOLDER = "chapters/";

  private final List<String> chapterFiles;
  private final Map<String, String> fileByArticle = new HashMap<>();

  private BookLayout(List<String> chapterFiles, List<Article> articles) {
    this.chapterFiles = List.copyOf(chapterFiles);
    for (int i = articles.size() - 1; i >= 0; i--) {
      fileByArticle.put(articles.get(i).id(), chapterFiles.get(i)); // the first of a repeated id
    }
  }

  /** Names a chapter file for each article of {@code publication}. */
  static BookLayout of(Publication publication) {
    FileNames names = new FileNames();
    List<String> files = new ArrayList<>();
    for (Article article : publication.articles()) {
      files.add(names.claim(article.id(), "chapter", ".xhtml"));
    }
    return new BookLayout(files, publication.articles());
  }

  /** The file name of the chapter at {@code position} (in {@link #CHAPTER_FOLDER}). */
  String chapterFile(int position) {
    return chapterFiles.get(position);
  }

  /** The chapter at {@code position}, from the package folder: {@code chapters/x.xhtml}. */
  String chapterHref(int position) {
    return CHAPTER_FOLDER + chapterFiles.get(position);
  }

  /** {@code target} from the package folder ({@code chapters/x.xhtml#section}). */
  String href(Target target) {
    return CHAPTER_FOLDER + hrefFromChapter(target);
  }

  /** {@code target} from another chapter ({@code x.xhtml#section}). */
  String hrefFromChapter(Target target) {
    String file = fileByArticle.get(target.article());
    if (file == null) {
      throw new IllegalArgumentException("no article " + target.article());
    }
    return target.isArticle() ? file : file + "#" + UrlParts.fragment(target.section());
  }
}
