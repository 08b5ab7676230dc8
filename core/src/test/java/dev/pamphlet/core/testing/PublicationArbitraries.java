package dev.pamphlet.core.testing;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.CheckState;
import dev.pamphlet.core.model.Citation;
import dev.pamphlet.core.model.Code;
import dev.pamphlet.core.model.CodeBlock;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Ids;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.LineBreak;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.ListItem;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Organization;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.TableCell;
import dev.pamphlet.core.model.TableRow;
import dev.pamphlet.core.model.Text;
import dev.pamphlet.core.model.ThematicBreak;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for the whole model, for property tests in any package: publications of a
 * few articles (unique ids), each with nested sections (ids unique within the article), lists
 * with checklist items, callouts, tables, figures, notes, links and cross-references, and text
 * that stresses encoders: quotes, backslashes, control characters, emoji, right-to-left and
 * combining characters.
 *
 * <pre>{@code
 * @Provide Arbitrary<Publication> publications() {
 *   return PublicationArbitraries.publications();
 * }
 * }</pre>
 *
 * <p>Cross-references draw their targets from the same small pool as the ids, so some resolve
 * and some dangle; content is structurally valid for the model, not necessarily for the
 * validator.
 */
public final class PublicationArbitraries {

  /** How deep sections, lists and other containers nest. */
  private static final int DEPTH = 2;

  private static final List<String> ID_POOL =
      List.of("intro", "dosing", "side-effects", "after-care", "a", "b_2", "día", "要点");

  private PublicationArbitraries() {}

  /** Publications of one to three articles with unique ids. */
  public static Arbitrary<Publication> publications() {
    return Combinators.combine(metadata(), articles().list().ofMinSize(1)
            .ofMaxSize(3).uniqueElements(Article::id), Arbitraries.of(true, false))
        .as(Publication::new);
  }

  /** Articles whose section ids are unique within the article. */
  public static Arbitrary<Article> articles() {
    Arbitrary<List<Block>> body = Combinators.combine(
            blocks(DEPTH).list().ofMinSize(1).ofMaxSize(3), sections(DEPTH).list().ofMaxSize(2))
        .as(PublicationArbitraries::concat);
    return Combinators.combine(ids(), metadata(), body)
        .as((id, metadata, blocks) -> new Article(id, metadata, uniqueSectionIds(blocks)));
  }

  /** Metadata with any mix of fields given. */
  public static Arbitrary<Metadata> metadata() {
    Arbitrary<List<String>> names = texts().list().ofMaxSize(2);
    Arbitrary<Organization> organization = Arbitraries.oneOf(Arbitraries.just(Organization.NONE),
        Combinators.combine(texts(), texts()).as(Organization::new));
    Arbitrary<List<Citation>> sources =
        Combinators.combine(texts(), Arbitraries.of("", "https://example.org/study"))
            .as((text, url) -> new Citation("Source " + text, url))
            .list().ofMaxSize(2);
    Arbitrary<Metadata> texts = Combinators.combine(texts(), texts(), texts(), names,
            Arbitraries.of("", "en", "pt-BR", "nl"))
        .as((title, subtitle, summary, authors, language) -> Metadata.builder().title(title)
            .subtitle(subtitle).summary(summary).authors(authors).language(language).build());
    return Combinators.combine(texts, organization, dates(), dates(), names, sources,
            Arbitraries.of("", "images/cover.png"))
        .as((base, org, reviewed, nextReview, keywords, citations, cover) -> new Metadata(
            base.title(), base.subtitle(), base.summary(), base.authors(), base.language(), org,
            reviewed, nextReview, keywords, citations, cover));
  }

  /** Non-section blocks nesting up to {@code depth} containers deep. */
  public static Arbitrary<Block> blocks(int depth) {
    Arbitrary<Block> paragraph = inlines(Math.min(depth, 1)).map(Paragraph::new);
    Arbitrary<Block> code = Combinators.combine(Arbitraries.of("", "text", "json"), texts())
        .as(CodeBlock::new);
    Arbitrary<Block> rule = Arbitraries.just(ThematicBreak.INSTANCE);
    Arbitrary<Block> figure = Combinators.combine(Arbitraries.of("a.png", "images/brain.svg"),
        texts(), inlines(0)).as(Figure::new);
    if (depth == 0) {
      return Arbitraries.oneOf(paragraph, code, rule, figure);
    }
    Arbitrary<List<Block>> inner = blocks(depth - 1).list().ofMaxSize(2);
    Arbitrary<List<ListItem>> items = Combinators.combine(Arbitraries.of(CheckState.class), inner)
        .as(ListItem::new).list().ofMaxSize(3);
    Arbitrary<Block> bullets = items.map(BulletList::new);
    Arbitrary<Block> numbers = Combinators.combine(
        Arbitraries.oneOf(Arbitraries.just(1), Arbitraries.integers().between(0, 1000)), items)
        .as(OrderedList::new);
    Arbitrary<Block> callout = Combinators.combine(Arbitraries.of(CalloutKind.class), texts(),
        inner).as(Callout::new);
    Arbitrary<Block> quote = inner.map(BlockQuote::new);
    Arbitrary<Block> table = Combinators.combine(rows(depth).list().ofMaxSize(1),
        rows(depth).list().ofMaxSize(3), inlines(0)).as(Table::new);
    return Arbitraries.oneOf(paragraph, paragraph, code, rule, figure, bullets, numbers, callout,
        quote, table);
  }

  /**
   * Sections holding blocks and, above depth 0, sub-sections; ids from a small pool. Their
   * blocks nest one level less deep than top-level ones, to keep trees (and tries) quick.
   */
  public static Arbitrary<Block> sections(int depth) {
    Arbitrary<List<Block>> content = blocks(Math.min(depth, 1)).list().ofMaxSize(2);
    if (depth > 0) {
      content = Combinators.combine(content, sections(depth - 1).list().ofMaxSize(2))
          .as(PublicationArbitraries::concat);
    }
    return Combinators.combine(ids(), inlines(0), content).as(Section::new);
  }

  /** Inline lists nesting up to {@code depth} deep. */
  public static Arbitrary<List<Inline>> inlines(int depth) {
    return inline(depth).list().ofMaxSize(4);
  }

  /** One inline node nesting up to {@code depth} deep. */
  public static Arbitrary<Inline> inline(int depth) {
    Arbitrary<Inline> text = texts().map(Text::new);
    Arbitrary<Inline> code = texts().map(Code::new);
    Arbitrary<Inline> lineBreak = Arbitraries.just(LineBreak.INSTANCE);
    Arbitrary<Inline> crossRef = Combinators.combine(ids(),
        Arbitraries.oneOf(Arbitraries.just(""), ids()), inlinesBelow(depth)).as(CrossRef::new);
    Arbitrary<Inline> link = Combinators.combine(
        Arbitraries.of("https://example.org/a?b=1&c=\"2\"", "mailto:care@example.org", "tel:555"),
        texts(), inlinesBelow(depth)).as(Link::new);
    if (depth == 0) {
      return Arbitraries.oneOf(text, text, code, lineBreak, crossRef, link);
    }
    Arbitrary<Inline> emphasis = inlines(depth - 1).map(Emphasis::new);
    Arbitrary<Inline> strong = inlines(depth - 1).map(Strong::new);
    Arbitrary<Inline> note = blocks(0).list().ofMaxSize(2).map(Note::new);
    return Arbitraries.oneOf(text, text, code, lineBreak, crossRef, link, emphasis, strong, note);
  }

  /**
   * Text mixing plain words with what stresses an encoder: quotes, backslashes, control
   * characters, emoji (surrogate pairs), accents, right-to-left and CJK scripts, separators.
   */
  public static Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("dose", "rest", " ", "Call us", "ketamine", "2.5 mg"),
        Arbitraries.of("\"", "\\", "'", "/", "<b>", "&amp;", "{", "}", "[]"),
        Arbitraries.chars().range('\u0000', '\u001f').map(String::valueOf),
        Arbitraries.of("\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff"),
        Arbitraries.integers().between(0x1F300, 0x1FAFF).map(Character::toString),
        Arbitraries.of("é", "e\u0301", "ß", "مرحبا", "שלום", "漢字", "👩‍⚕️", "🇳🇱"));
    return piece.list().ofMaxSize(6).map(pieces -> String.join("", pieces));
  }

  /** Valid ids: mostly from a small pool, so that cross-references often resolve. */
  public static Arbitrary<String> ids() {
    return Arbitraries.oneOf(Arbitraries.of(ID_POOL),
        Arbitraries.strings().withChars("abcxyz019-_.é").ofMinLength(1).ofMaxLength(8)
            .filter(Ids::isValid));
  }

  private static Arbitrary<List<Inline>> inlinesBelow(int depth) {
    return depth == 0 ? Arbitraries.just(List.of()) : inlines(depth - 1);
  }

  private static Arbitrary<TableRow> rows(int depth) {
    return inlines(Math.min(depth, 1)).map(TableCell::new).list().ofMaxSize(3)
        .map(TableRow::new);
  }

  private static Arbitrary<Optional<LocalDate>> dates() {
    return Arbitraries.integers().between(0, 73_000)
        .map(days -> LocalDate.of(1900, 1, 1).plusDays(days)).optional();
  }

  private static List<Block> concat(List<Block> first, List<Block> second) {
    List<Block> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** Renames repeated section ids in document order, as the Markdown reader would. */
  private static List<Block> uniqueSectionIds(List<Block> blocks) {
    return renameSections(blocks, Ids.allocator());
  }

  private static List<Block> renameSections(List<Block> blocks, Ids.Allocator ids) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      if (block instanceof Section section) {
        String id = ids.claim(section.id()) ? section.id() : ids.slugFor(section.id());
        out.add(new Section(id, section.title(), renameSections(section.blocks(), ids)));
      } else {
        out.add(block);
      }
    }
    return out;
  }
}
