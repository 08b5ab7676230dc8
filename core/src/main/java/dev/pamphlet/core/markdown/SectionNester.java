package dev.pamphlet.core.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.Ids;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Inlines;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.Section;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the flat run of top-level headings and blocks of a Markdown document into nested
 * sections: each heading opens a section that holds everything up to the next heading of the
 * same or a higher level.
 *
 * <p>When the front matter gives no title, the first {@code #} heading is the article's title
 * and the headings below it start one level down ({@code ##} is a top-level section). Otherwise
 * the highest heading level used is the top level, so an article whose front matter holds the
 * title may use {@code #} or {@code ##} for its sections. A heading that skips a level
 * ({@code #} then {@code ###}) is still nested under the section it follows, and reported.
 */
final class SectionNester {
  /** The article title taken from a heading ({@code ""} when none) and the article's body. */
  record Body(String title, List<Block> blocks) {}

  private final ReadContext context;
  private final BlockConverter blocks;
  private final Ids.Allocator ids = Ids.allocator();
  private final Map<Heading, String> explicitIds = new IdentityHashMap<>();
  private final Deque<OpenSection> open = new ArrayDeque<>();
  private final List<Block> top = new ArrayList<>();
  private int titleLevel;

  SectionNester(ReadContext context, BlockConverter blocks) {
    this.context = context;
    this.blocks = blocks;
  }

  Body nest(Document document, boolean titleFromHeading) {
    Heading titleHeading = titleFromHeading ? firstLevelOne(document) : null;
    titleLevel = titleHeading == null ? highestLevel(document) - 1 : 1;
    claimExplicitIds(document, titleHeading);
    String title = "";
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node == titleHeading) {
        title = articleTitle(titleHeading);
      } else if (node instanceof Heading heading) {
        openSection(heading);
      } else {
        blocks.add(node, current());
      }
    }
    while (!open.isEmpty()) {
      close();
    }
    return new Body(title, top);
  }

  /** The article title is plain text; a footnote in it has nowhere to go, so it is reported. */
  private String articleTitle(Heading heading) {
    List<Inline> title = HeadingText.title(heading, blocks.inlines());
    if (title.stream().anyMatch(Note.class::isInstance)) {
      context.warn("markdown.unsupported", "a footnote in the article title cannot be kept;"
          + " cite it in the text instead", heading);
    }
    return Inlines.plainText(title);
  }

  private static Heading firstLevelOne(Document document) {
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading && heading.getLevel() == 1) {
        return heading;
      }
    }
    return null;
  }

  private static int highestLevel(Document document) {
    int highest = 1;
    boolean any = false;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading && (!any || heading.getLevel() < highest)) {
        highest = heading.getLevel();
        any = true;
      }
    }
    return highest;
  }

  /** Explicit ids are claimed before any slug is made, so a slug never takes one. */
  private void claimExplicitIds(Document document, Heading titleHeading) {
    Map<String, Heading> claimedBy = new java.util.HashMap<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (!(node instanceof Heading heading) || heading == titleHeading) {
        continue;
      }
      String id = HeadingText.explicitId(heading);
      if (id.isEmpty()) {
        continue;
      }
      if (!Ids.isValid(id)) {
        context.error("id.invalid", "'" + id + "' is not a valid section id (no spaces, '#',"
            + " '/', quotes or '<>'); the title's slug is used instead", heading);
      } else if (!ids.claim(id)) {
        Heading first = claimedBy.get(id);
        context.error("id.duplicate", "section id '" + id + "' is already used"
            + (first == null ? "" : " at line " + context.at(first).line())
            + "; the title's slug is used instead", heading);
      } else {
        explicitIds.put(heading, id);
        claimedBy.put(id, heading);
      }
    }
  }

  private void openSection(Heading heading) {
    int level = heading.getLevel();
    while (!open.isEmpty() && open.peek().level >= level) {
      close();
    }
    int parentLevel = open.isEmpty() ? titleLevel : open.peek().level;
    if (level > parentLevel + 1) {
      String above = open.isEmpty() ? "the article title" : "a level-" + parentLevel + " heading";
      context.warn("heading.skipped-level", "level-" + level + " heading directly under "
          + above + " skips a level; it is read as level " + (parentLevel + 1), heading);
    }
    List<Inline> title = HeadingText.title(heading, blocks.inlines());
    String id = explicitIds.get(heading);
    if (id == null) {
      id = ids.slugFor(Inlines.plainText(title));
    }
    open.push(new OpenSection(level, id, title, new ArrayList<>(), heading));
  }

  private void close() {
    OpenSection section = open.pop();
    current().add(context.place(new Section(section.id, section.title, section.blocks),
        section.heading));
  }

  private List<Block> current() {
    return open.isEmpty() ? top : open.peek().blocks;
  }

  private record OpenSection(
      int level, String id, List<Inline> title, List<Block> blocks, Heading heading) {}
}
